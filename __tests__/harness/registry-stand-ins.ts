/**
 * Building blocks for registry personalities (personalities.ts): stand-ins on the fault proxy for behaviours
 * a plain rule cannot play — tag-list pagination styles, immutable tags, a referrers API, media-type
 * allow-lists, deletes refused while a tag names the manifest, deletes by tag. Each answers from what the
 * real registry behind the proxy holds, so what a client reads back independently stays the truth.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { FaultRule, StandInAnswer, StandInExchange } from './fault-rules.js';

const ALL_MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export const errorJson = (code: string, message: string, status: number, extra: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...extra },
  body: JSON.stringify({ errors: [{ code, message, detail: null }] }),
});

/** `/v2/<repo>/<kind>/<rest>` → repo, kind, rest (the repository name may hold slashes). */
export function parseV2Path(path: string): { repo: string; kind: string; rest: string } | undefined {
  const m = /^\/v2\/(.+)\/(manifests|blobs|tags|referrers)\/((?:uploads\/)?[^/]*)$/.exec(path);
  return m ? { repo: m[1] ?? '', kind: m[2] ?? '', rest: m[3] ?? '' } : undefined;
}

export const isDigestRef = (ref: string): boolean => /^sha(256|512):[0-9a-f]+$/.test(ref);

/** The digest a tag names in the registry, or undefined. */
export async function digestOfTag(ex: StandInExchange, repo: string, tag: string): Promise<string | undefined> {
  const head = await ex.upstream('HEAD', `/v2/${repo}/manifests/${tag}`, { accept: ALL_MANIFEST_TYPES });
  return head.status === 200 ? head.headers['docker-content-digest'] : undefined;
}

export async function allTags(ex: StandInExchange, repo: string): Promise<string[]> {
  const res = await ex.upstream('GET', `/v2/${repo}/tags/list`);
  if (res.status !== 200) return [];
  return ((JSON.parse(res.body.toString('utf8')) as { tags?: string[] | null }).tags ?? []).sort();
}

export interface PaginationStyle {
  /** tags per page when the client gives no `n` (scaled down from the usual 100 so a few tags cross pages) */
  pageSize: number;
  /** how the next page is announced */
  link: 'relative' | 'absolute' | 'relative-extra-params' | 'opaque-token';
  /** `n` above this: refused (400 PAGINATION_NUMBER_INVALID) or clamped */
  maxN?: { limit: number; refuse: boolean };
  /** `n` below this is raised to it (Quay clamps to at least 100) */
  minN?: number;
  /** extra fields per answer (GAR/GCR's `manifest` and `child`) */
  extraFields?: boolean;
}

/** GET tags/list in pages, from the registry's whole list (distribution 2.8.2 ignores `n` and `last`). */
export function paginatedTags(style: PaginationStyle, origin: () => string): FaultRule {
  return {
    method: 'GET',
    path: /^\/v2\/.+\/tags\/list$/,
    fault: {
      kind: 'respond',
      respond: async (ex) => {
        const repo = parseV2Path(ex.path)?.repo ?? '';
        const query = new URL(ex.url, 'http://x').searchParams;
        let n = query.has('n') ? Number(query.get('n')) : style.pageSize;
        if (style.maxN && n > style.maxN.limit) {
          if (style.maxN.refuse)
            return errorJson('PAGINATION_NUMBER_INVALID', 'invalid number of results requested', 400);
          n = style.maxN.limit;
        }
        if (style.minN && n < style.minN) n = style.minN;
        const tags = await allTags(ex, repo);
        const after =
          style.link === 'opaque-token'
            ? Buffer.from(query.get('next_page') ?? '', 'base64url').toString('utf8')
            : (query.get('last') ?? '');
        const rest = after ? tags.filter((t) => t > after) : tags;
        const page = rest.slice(0, n);
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (rest.length > n) {
          const last = page[page.length - 1] ?? '';
          const base = `/v2/${repo}/tags/list`;
          const next =
            style.link === 'opaque-token'
              ? `${base}?next_page=${Buffer.from(last).toString('base64url')}`
              : style.link === 'relative-extra-params'
                ? `${base}?last=${encodeURIComponent(last)}&n=${n}&orderby=`
                : `${base}?n=${n}&last=${encodeURIComponent(last)}`;
          headers['link'] = `<${style.link === 'absolute' ? origin() + next : next}>; rel="next"`;
        }
        const body: Record<string, unknown> = { name: repo, tags: page };
        if (style.extraFields) Object.assign(body, { manifest: {}, child: [] });
        return { status: 200, headers, body: JSON.stringify(body) };
      },
    },
  };
}

/**
 * Immutable tags: a PUT under a tag that already exists is refused with the registry's own answer (strictly,
 * even at the same digest, as ECR does: a client re-running a release must leave a tag at its digest alone).
 */
export function immutableTags(refuse: (tag: string, repo: string) => StandInAnswer): FaultRule {
  return {
    method: 'PUT',
    path: /^\/v2\/.+\/manifests\/[^/]+$/,
    when: (req) => !isDigestRef((req.url ?? '').split('?')[0]?.split('/').pop() ?? ''),
    fault: {
      kind: 'respond',
      respond: async (ex) => {
        const { repo, rest: tag } = parseV2Path(ex.path) ?? { repo: '', rest: '' };
        return (await digestOfTag(ex, repo, tag)) === undefined ? undefined : refuse(tag, repo);
      },
    },
  };
}

/** A manifest PUT whose artifactType or config media type is not on the list is refused as the registry does. */
export function mediaTypeAllowList(
  allowed: readonly string[],
  check: 'artifactType-and-config' | 'config',
  refuse: (mediaType: string) => StandInAnswer,
): FaultRule {
  return {
    method: 'PUT',
    path: /^\/v2\/.+\/manifests\/[^/]+$/,
    fault: {
      kind: 'respond',
      respond: async (ex) => {
        let json: { artifactType?: string; config?: { mediaType?: string } };
        try {
          json = JSON.parse((await ex.body()).toString('utf8')) as typeof json;
        } catch {
          return undefined;
        }
        const types = [check === 'config' ? undefined : json.artifactType, json.config?.mediaType];
        const refused = types.find((t): t is string => t !== undefined && !allowed.includes(t));
        return refused === undefined ? undefined : refuse(refused);
      },
    },
  };
}

/**
 * A referrers API played by the proxy from the manifests PUT through it; `ociSubject` says whether PUTs say so.
 * `api: false` plays ECR in 2024: OCI-Subject on the PUT, but GET /v2/<name>/referrers/<digest> is 404.
 */
export function referrersApi(options: { ociSubject: boolean; api?: boolean }): FaultRule[] {
  const bySubject = new Map<string, Map<string, Record<string, unknown>>>();
  const rules: FaultRule[] = [
    {
      method: 'PUT',
      path: /^\/v2\/.+\/manifests\/[^/]+$/,
      fault: {
        kind: 'respond',
        respond: async (ex) => {
          const body = await ex.body();
          const answer = await ex.upstream(
            'PUT',
            ex.url,
            { 'content-type': ex.request.headers['content-type'] ?? '' },
            body,
          );
          const headers = { ...answer.headers };
          delete headers['content-length'];
          delete headers['connection'];
          delete headers['keep-alive'];
          let json: { subject?: { digest?: string }; artifactType?: string; config?: { mediaType?: string } };
          try {
            json = JSON.parse(body.toString('utf8')) as typeof json;
          } catch {
            return { ...answer, headers };
          }
          const subject = json.subject?.digest;
          const digest = answer.headers['docker-content-digest'];
          if (answer.status === 201 && subject && digest) {
            const repo = parseV2Path(ex.path)?.repo ?? '';
            const key = `${repo}@${subject}`;
            const entries = bySubject.get(key) ?? new Map<string, Record<string, unknown>>();
            entries.set(digest, {
              mediaType: ex.request.headers['content-type'],
              digest,
              size: body.length,
              artifactType: json.artifactType ?? json.config?.mediaType,
            });
            bySubject.set(key, entries);
            if (options.ociSubject) headers['oci-subject'] = subject;
          }
          return { ...answer, headers };
        },
      },
    },
    {
      method: 'GET',
      path: /^\/v2\/.+\/referrers\/[^/]+$/,
      fault: {
        kind: 'respond',
        respond: async (ex) => {
          const { repo, rest: subject } = parseV2Path(ex.path) ?? { repo: '', rest: '' };
          const manifests = [...(bySubject.get(`${repo}@${subject}`)?.values() ?? [])];
          const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests };
          return {
            status: 200,
            headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
            body: JSON.stringify(index),
          };
        },
      },
    },
  ];
  return options.api === false ? rules.slice(0, 1) : rules;
}

/**
 * Manifest DELETE as GAR answers it: by digest refused (400 GOOGLE_MANIFEST_DANGLING_TAG) while a tag names
 * it, by tag removes the tag (202) — played on the registry's storage, as distribution 2.8.2 cannot untag.
 */
export function danglingTagDeletes(storage: () => string): FaultRule {
  return {
    method: 'DELETE',
    path: /^\/v2\/.+\/manifests\/[^/]+$/,
    fault: {
      kind: 'respond',
      respond: async (ex) => {
        const { repo, rest: ref } = parseV2Path(ex.path) ?? { repo: '', rest: '' };
        if (!isDigestRef(ref)) {
          if ((await digestOfTag(ex, repo, ref)) === undefined) return errorJson('MANIFEST_UNKNOWN', 'Not found', 404);
          const dir = join(storage(), 'docker/registry/v2/repositories', repo, '_manifests/tags', ref);
          await rm(dir, { recursive: true, force: true });
          return { status: 202 };
        }
        for (const tag of await allTags(ex, repo)) {
          if ((await digestOfTag(ex, repo, tag)) === ref) {
            return errorJson('GOOGLE_MANIFEST_DANGLING_TAG', `Manifest is still referenced by tag: ${tag}`, 400);
          }
        }
        return undefined;
      },
    },
  };
}

/**
 * What Docker Hub's token service does with a mount's two scopes (push on the destination, pull on the
 * source): `granted` issues both; `refused` fails the whole request (400 `{"details":"invalid repository
 * name"}`, as go-containerregistry#1679 captured) or `refused-401`; `narrowed` issues a token without the
 * source's pull, and the registry then ignores the mount (the POST opens an upload, 202).
 */
export type MountTokenPolicy = 'granted' | 'refused' | 'refused-401' | 'narrowed';

/** `repository:NAME:a,b` scopes (one parameter may hold several, space-separated) as NAME → actions. */
function scopesOf(values: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const scope of values.flatMap((v) => v.split(' ')).filter(Boolean)) {
    const m = /^repository:(.+):([a-z*,]+)$/.exec(scope);
    if (!m) continue;
    const actions = out.get(m[1] ?? '') ?? new Set<string>();
    for (const a of (m[2] ?? '').split(',')) actions.add(a);
    out.set(m[1] ?? '', actions);
  }
  return out;
}

/**
 * Bearer auth as Docker Hub plays it, in front of a registry that has none: every /v2/ request without a token
 * covering it is answered 401 with a challenge naming `<origin>/token`, where this stand-in issues opaque tokens
 * (anonymous clients too: the suite has no Hub accounts) per `policy`. The Authorization header is then ignored
 * by the registry behind. `tokenRequests` records each token request's scopes.
 */
export function dockerHubTokens(
  origin: () => string,
  policy: () => MountTokenPolicy,
): { rules: FaultRule[]; tokenRequests: string[][] } {
  const granted = new Map<string, Map<string, Set<string>>>();
  const tokenRequests: string[][] = [];
  let issued = 0;
  const grantOf = (req: IncomingMessage) =>
    granted.get(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const can = (grant: Map<string, Set<string>>, repo: string, action: string): boolean =>
    grant.get(repo)?.has(action) === true || grant.get(repo)?.has('*') === true;
  /** What a request needs, as distribution asks it (a mount also pulls from its source, unless narrowed). */
  const allowed = (req: IncomingMessage): boolean => {
    const grant = grantOf(req);
    if (!grant) return false;
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const parsed = parseV2Path(path);
    if (!parsed) return true; // /v2/ itself: any token
    const method = (req.method ?? 'GET').toUpperCase();
    const action = method === 'GET' || method === 'HEAD' ? 'pull' : method === 'DELETE' ? 'delete' : 'push';
    if (!can(grant, parsed.repo, action)) return false;
    const from = new URLSearchParams(query).get('from');
    return from === null || policy() === 'narrowed' || can(grant, from, 'pull');
  };
  const rules: FaultRule[] = [
    {
      method: 'GET',
      path: /^\/token$/,
      fault: {
        kind: 'respond',
        respond: async (ex) => {
          const asked = new URL(ex.url, 'http://x').searchParams.getAll('scope');
          tokenRequests.push(asked);
          const scopes = scopesOf(asked);
          const combined = scopes.size > 1;
          if (combined && policy() === 'refused') return { status: 400, body: '{"details":"invalid repository name"}' };
          if (combined && policy() === 'refused-401')
            return { status: 401, body: '{"details":"access to the requested resource is not authorized"}' };
          if (combined && policy() === 'narrowed')
            for (const [repo, actions] of scopes) if (!actions.has('push')) scopes.delete(repo);
          const token = `hub-token-${++issued}`;
          granted.set(token, scopes);
          return {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }),
          };
        },
      },
    },
    {
      path: /^\/v2\//,
      when: (req) => !allowed(req),
      fault: {
        kind: 'status',
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="${origin()}/token",service="registry.docker.io"` },
        body: JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }),
      },
    },
    {
      // narrowed: the registry ignores a mount the token does not cover and opens an upload session (202)
      method: 'POST',
      path: /^\/v2\/.+\/blobs\/uploads\/$/,
      when: (req) => policy() === 'narrowed' && (req.url ?? '').includes('mount='),
      fault: {
        kind: 'rewrite-url',
        rewrite: (url, req) => {
          const u = new URL(url, 'http://x');
          const from = u.searchParams.get('from') ?? '';
          const grant = grantOf(req);
          if (grant && can(grant, from, 'pull')) return url;
          u.searchParams.delete('mount');
          u.searchParams.delete('from');
          return `${u.pathname}${u.search}`;
        },
      },
    },
  ];
  return { rules, tokenRequests };
}
