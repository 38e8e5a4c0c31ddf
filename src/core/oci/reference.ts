/**
 * References: `HOST[:PORT]/PATH[:TAG][@DIGEST]` for registries (host required, no silent docker.io) and
 * `oci-layout:PATH[:TAG][@DIGEST]` for OCI image-layout directories. One parse, one data type.
 */
import { parseDigest } from './digest.js';
import { OciError, quote } from '../errors.js';

export interface RegistryReference {
  kind: 'registry';
  /** The registry as written (docker.io kept), used for credentials and messages. */
  registry: string;
  /** Where the API lives (docker.io → registry-1.docker.io). */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export interface LayoutReference {
  kind: 'layout';
  path: string;
  tag?: string;
  digest?: string;
}

export type Reference = RegistryReference | LayoutReference;

/**
 * A reference that names content: with a tag, a digest or both. The use cases that read what a reference names
 * (pull, attach, discover, push's source) take this type, so the request layer is where a bare repository is
 * refused (src/commands/inputs/common.ts), once, with one message.
 */
export type VersionedReference = Reference & ({ tag: string } | { digest: string });

export const isVersioned = (ref: Reference): ref is VersionedReference =>
  ref.tag !== undefined || ref.digest !== undefined;

/** What to resolve: the digest when given (it pins the content), else the tag. */
export const versionOf = (ref: VersionedReference): string => (ref.digest ?? ref.tag) as string;

export const layoutScheme = 'oci-layout:';
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const hostPattern =
  /^(?:localhost|\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::[0-9]{1,5})?$/;

export function parseReference(input: string): Reference {
  const text = input.trim();
  if (text.startsWith(layoutScheme)) return parseLayoutReference(text.slice(layoutScheme.length), input);
  return parseRegistryReference(text, input);
}

export function isValidTag(tag: string): boolean {
  return tagPattern.test(tag);
}

export function assertTag(tag: string, context = 'tag'): string {
  if (!isValidTag(tag)) {
    throw new OciError(
      'INVALID_REFERENCE',
      `invalid ${context} ${quote(tag)}: a tag is 1-128 characters of letters, digits, _ . - and does not start with . or -`,
    );
  }
  return tag;
}

function splitDigest(text: string, input: string): { rest: string; digest?: string } {
  const at = text.lastIndexOf('@');
  // An '@' followed by a '/' (or, in a Windows path, a '\') belongs to a layout path (e.g.
  // node_modules/@scope/store), not to a digest.
  if (at < 0 || text.includes('/', at) || text.includes('\\', at)) return { rest: text };
  const digest = text.slice(at + 1);
  try {
    parseDigest(digest);
  } catch (e) {
    throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: ${(e as Error).message}`);
  }
  return { rest: text.slice(0, at), digest };
}

function parseRegistryReference(text: string, input: string): RegistryReference {
  const { rest, digest } = splitDigest(text, input);
  const slash = rest.indexOf('/');
  const host = slash > 0 ? rest.slice(0, slash) : '';
  const looksLikeHost = host === 'localhost' || host.includes('.') || host.includes(':') || host.startsWith('[');
  if (slash < 0 && isHostWithoutRepository(rest)) {
    throw new OciError(
      'INVALID_REFERENCE',
      `invalid reference ${quote(input, 300)}: the repository is missing after the registry host (e.g. ${quote(`${rest}/owner/name:tag`)})`,
    );
  }
  if (!looksLikeHost) {
    const suggestion = rest.includes('/') ? `docker.io/${rest}` : `docker.io/library/${rest}`;
    throw new OciError(
      'INVALID_REFERENCE',
      `invalid reference ${quote(input, 300)}: the registry host is required (did you mean ${quote(`${suggestion}${digest ? `@${digest}` : ''}`, 200)}?)`,
    );
  }
  const port = /:(\d+)$/.exec(host)?.[1];
  if (!hostPattern.test(host) || (port !== undefined && Number(port) > 65535))
    throw new OciError('INVALID_REFERENCE', `invalid reference ${quote(input, 300)}: bad registry host ${quote(host)}`);
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    assertTag(tag, `tag in reference ${quote(input, 300)}`);
  }
  if (!path || path.length > 255 || !path.split('/').every((c) => pathComponent.test(c))) {
    throw new OciError(
      'INVALID_REFERENCE',
      `invalid reference ${quote(input, 300)}: the repository ${quote(path)} must be lowercase path components (a-z, 0-9, . _ -) separated by /`,
    );
  }
  const registry = host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
  // Docker Hub's official images live under library/: docker.io/alpine is docker.io/library/alpine.
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const apiHost = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  const ref: RegistryReference = { kind: 'registry', registry, apiHost, repository: path };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** `localhost[:port]`, `[::1][:port]` or a dotted name with an optional numeric port, e.g. `ghcr.io`. */
const isHostWithoutRepository = (text: string): boolean =>
  hostPattern.test(text) &&
  (/^localhost(:|$)/.test(text) || text.startsWith('[') || (text.split(':')[0] ?? '').includes('.'));

function parseLayoutReference(text: string, input: string): LayoutReference {
  const { rest, digest } = splitDigest(text, input);
  // The tag follows the last ':' that comes after the last '/' or '\', so paths like C:/x, D:\a\_temp or
  // ./a:b/c stay paths.
  const lastSlash = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
  const colon = rest.indexOf(':', lastSlash + 1);
  let path = rest;
  let tag: string | undefined;
  if (colon >= 0) {
    path = rest.slice(0, colon);
    tag = assertTag(rest.slice(colon + 1), `tag in reference ${quote(input, 300)}`);
  }
  if (!path)
    throw new OciError(
      'INVALID_REFERENCE',
      `invalid reference ${quote(input, 300)}: the layout path is empty (e.g. oci-layout:./store:v1)`,
    );
  const ref: LayoutReference = { kind: 'layout', path };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

export function formatReference(ref: Reference): string {
  const base = ref.kind === 'layout' ? `${layoutScheme}${ref.path}` : `${ref.registry}/${ref.repository}`;
  return `${base}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The same repository or layout with another tag/digest (either may be dropped with undefined). */
export function withVersion<R extends Reference>(
  ref: R,
  version: { tag?: string | undefined; digest?: string | undefined },
): R {
  const out = { ...ref };
  delete out.tag;
  delete out.digest;
  if (version.tag !== undefined) out.tag = version.tag;
  if (version.digest !== undefined) out.digest = version.digest;
  return out;
}

/** The repository or layout without tag or digest, e.g. for grouping. */
export const repositoryOf = (ref: Reference): string => formatReference(withVersion(ref, {}));

/** Loopback hosts use plain HTTP; everything else HTTPS unless named in `plain-http`. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
