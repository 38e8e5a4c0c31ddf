/**
 * Tag listing: GET /v2/<repo>/tags/list, following `Link: <…>; rel="next"` pages on the same origin only,
 * with a page cap and a body cap (distribution 2.8.2 ignores `n`/`last` and answers in one page).
 */
import { OciError } from '../../errors.js';
import { pullScope } from './blobs.js';
import type { ClientRequest, RegistryClient } from './client.js';
import { redactUrl } from './errors.js';
import { discard, readCapped, type ResponseHeaders } from './http.js';
import { TAG_PAGE_BODY_LIMIT } from '../../limits.js';

/** Pages followed before giving up: 1000 pages of the usual 100 tags is far beyond any real repository. */
export const TAG_PAGE_LIMIT = 1000;

export async function listTags(client: RegistryClient): Promise<string[]> {
  const tags: string[] = [];
  const seen = new Set<string>();
  let url: URL | undefined = client.url('tags/list');
  for (let page = 1; url; page++) {
    if (page > TAG_PAGE_LIMIT) {
      throw new OciError('TOO_LARGE', `GET tags of ${client.name}: more than ${TAG_PAGE_LIMIT} pages of tags`);
    }
    seen.add(url.href);
    const request: ClientRequest = {
      method: 'GET',
      url,
      operation: 'tag list',
      scopes: [pullScope(client.repository)],
      headers: { accept: 'application/json' },
    };
    const response = await client.request(request);
    if (response.status === 404 && page === 1) {
      await discard(response.body);
      return []; // no such repository yet: it has no tags
    }
    if (response.status !== 200) throw await client.fail(request, response);
    const body = await readCapped(
      response.body,
      TAG_PAGE_BODY_LIMIT,
      `the tag list of ${client.name}`,
      client.http.timeouts.smallBodyMs,
    );
    tags.push(...parseTagPage(body.toString('utf8'), client.name));
    url = nextPage(response.headers, url, client);
    if (url && seen.has(url.href)) {
      throw new OciError(
        'REGISTRY',
        `GET tags of ${client.name}: the registry's Link pages loop back to ${redactUrl(url)}`,
      );
    }
  }
  return tags;
}

export function parseTagPage(text: string, name: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OciError('REGISTRY', `GET tags of ${name}: the registry answered something that is not JSON`);
  }
  const tags = (json as { tags?: unknown } | null)?.tags;
  if (tags === null || tags === undefined) return [];
  if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) {
    throw new OciError('REGISTRY', `GET tags of ${name}: "tags" is not a list of strings`);
  }
  return tags;
}

/** The `rel="next"` target of a Link header, resolved and checked to stay on the registry's origin. */
export function nextPage(headers: ResponseHeaders, current: URL, client: Pick<RegistryClient, 'origin' | 'name'>) {
  const raw = headers['link'];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  for (const value of values) {
    for (const match of value.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
      const params = match[2] ?? '';
      if (!/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(params)) continue;
      let next: URL;
      try {
        next = new URL(match[1] ?? '', current);
      } catch {
        throw new OciError('REGISTRY', `GET tags of ${client.name}: the registry's Link header names an invalid URL`);
      }
      if (next.origin !== client.origin) {
        throw new OciError(
          'UNSAFE',
          `GET tags of ${client.name}: refusing a next page on another origin (${redactUrl(next)})`,
        );
      }
      return next;
    }
  }
  return undefined;
}
