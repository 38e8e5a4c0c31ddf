/**
 * Registry personalities: the registries our users publish to, each played on the fault proxy in front of
 * the real distribution 2.8.2 as a named set of rules and stand-ins, taken from ../shared/REGISTRIES.md
 * (each rule cites its section). The personalities suite (__tests__/personalities) runs the whole job through
 * each one; README's "Registries" table is checked against `expectations` so the two cannot drift.
 */
import type { FaultProxy, FaultRule } from './fault-proxy.js';
import { registryPaths } from './fault-rules.js';
import {
  danglingTagDeletes,
  dockerHubTokens,
  errorJson,
  immutableTags,
  mediaTypeAllowList,
  paginatedTags,
  parseV2Path,
  referrersApi,
  type MountTokenPolicy,
} from './registry-stand-ins.js';

export type PersonalityId =
  | 'distribution-2.8'
  | 'distribution-v3'
  | 'ghcr.io'
  | 'docker-hub'
  | 'ecr'
  | 'gar'
  | 'acr'
  | 'quay'
  | 'harbor'
  | 'gitlab'
  | 'artifactory'
  | 'zot';

/** What the whole job does on this registry (the README table says the same). */
export interface Expectations {
  /** `cleanup: true` deletes the staging indexes; false: one line says cleanup is not possible, tags kept */
  cleanup: boolean;
  /** where cleanup goes instead when the registry API cannot delete (README names it) */
  cleanupElsewhere?: string;
  /** a custom `artifact-type` is accepted */
  artifactType: boolean;
  /** repositories must be created before the first push */
  createRepository: boolean;
  /** tags are immutable (a release tag cannot move to another digest) */
  immutableTags: boolean;
}

export interface Personality {
  id: PersonalityId;
  /** as users name it (README "Registries" table) */
  name: string;
  /** the REGISTRIES.md section it is taken from */
  section: string;
  expectations: Expectations;
  /** Installs the rules on `proxy` (in front of a registry whose storage root is `storage`). */
  install(proxy: FaultProxy, storage: string): PersonalityControls;
}

export interface PersonalityControls {
  /** Creates a repository (ECR: repositories must exist before a push). */
  createRepository(name: string): void;
  /** Docker Hub: how the token service answers a mount's combined scopes (default `refused`). */
  setMountTokens?(policy: MountTokenPolicy): void;
  /** Docker Hub: the scopes of each token request, in order. */
  tokenRequests?: readonly string[][];
}

const none: PersonalityControls = { createRepository: () => {} };
const add = (proxy: FaultProxy, rules: FaultRule[]): PersonalityControls => {
  for (const rule of rules) proxy.addRule(rule);
  return none;
};
const isPlainText429 = { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '0' };
const unsupportedDelete: FaultRule = {
  method: 'DELETE',
  path: registryPaths.manifest,
  fault: { kind: 'status', status: 405, body: errorBody('UNSUPPORTED', 'The operation is unsupported.') },
};
const lenient: Expectations = { cleanup: true, artifactType: true, createRepository: false, immutableTags: false };

function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message }] });
}

/** Chunked PATCHes (with Content-Range) refused as `status`/`code`; we send one streamed PATCH, never chunks. */
const noChunks = (status: number, code: string, message: string): FaultRule => ({
  method: 'PATCH',
  path: registryPaths.blobUploadSession,
  when: (req) => req.headers['content-range'] !== undefined,
  fault: { kind: 'status', status, body: errorBody(code, message) },
});

/** A mount the registry ignores: the POST opens a normal upload session (202), as ECR (opt-in) and zot (ACL). */
const mountIgnored: FaultRule = {
  method: 'POST',
  path: registryPaths.blobUploadStart,
  when: (req) => (req.url ?? '').includes('mount='),
  fault: {
    kind: 'rewrite-url',
    rewrite: (url) => {
      const u = new URL(url, 'http://x');
      u.searchParams.delete('mount');
      u.searchParams.delete('from');
      return `${u.pathname}${u.search}`;
    },
  },
};

export const personalities: readonly Personality[] = [
  {
    id: 'distribution-2.8',
    name: 'distribution 2.8 (registry:2)',
    section: 'distribution itself',
    expectations: lenient,
    // The registry every other test runs against: no case fails on today's code here by construction.
    install: () => none,
  },
  {
    id: 'distribution-v3',
    name: 'distribution v3 (registry:3)',
    section: 'distribution itself',
    expectations: lenient,
    // v3: relative `Link: <path?n=..&last=..>; rel="next"`, `n` > 1000 refused (v3.1.0). We follow Link and
    // never send `n`, so no case fails on today's code; the personality guards that.
    install: (proxy) =>
      add(proxy, [
        paginatedTags({ pageSize: 2, link: 'relative', maxN: { limit: 1000, refuse: true } }, () => proxy.url),
      ]),
  },
  {
    id: 'ghcr.io',
    name: 'ghcr.io',
    section: 'ghcr.io',
    // The registry API refuses DELETE (played here); on ghcr.io itself cleanup goes through the Packages API.
    expectations: { ...lenient, cleanup: false, cleanupElsewhere: 'GitHub Packages API' },
    install: (proxy) =>
      add(proxy, [
        unsupportedDelete, // DELETE: 405 UNSUPPORTED (the Packages API deletes; it needs ghcr.io itself)
        noChunks(416, 'REQUESTED_RANGE_NOT_SATISFIABLE', 'Requested range not satisfiable'),
        paginatedTags({ pageSize: 2, link: 'relative' }, () => proxy.url), // pages of 100 with Link
      ]),
  },
  {
    id: 'docker-hub',
    name: 'Docker Hub',
    section: 'Docker Hub',
    expectations: { ...lenient, cleanup: false },
    install: (proxy) => {
      // Bearer tokens from a token service that fails a request whole when one scope (a mount's source) is not
      // grantable: the release into a second repository must upload instead of mounting.
      let policy: MountTokenPolicy = 'refused';
      const hub = dockerHubTokens(
        () => proxy.url,
        () => policy,
      );
      add(proxy, [
        unsupportedDelete, // registry DELETE: 405 UNSUPPORTED; tags go through hub.docker.com's API
        {
          // the pull rate limit: manifest GETs count
          method: 'GET',
          path: registryPaths.manifest,
          nth: 1,
          fault: {
            kind: 'status',
            status: 429,
            retryAfter: 0,
            headers: {
              'ratelimit-limit': '100;w=21600',
              'ratelimit-remaining': '0;w=21600',
              'docker-ratelimit-source': '127.0.0.1',
            },
            body: errorBody('TOOMANYREQUESTS', 'You have reached your pull rate limit.'),
          },
        },
        {
          // the abuse limiter: a bare 429 whose body is plain text
          method: 'HEAD',
          path: registryPaths.blob,
          nth: 2,
          fault: { kind: 'status', status: 429, headers: isPlainText429, body: 'Too Many Requests (HAP429).\n' },
        },
        ...hub.rules, // after the 429s: a rate limit answers before auth is looked at
      ]);
      return { ...none, setMountTokens: (p) => void (policy = p), tokenRequests: hub.tokenRequests };
    },
  },
  {
    id: 'ecr',
    name: 'Amazon ECR',
    section: 'Amazon ECR',
    expectations: { ...lenient, createRepository: true, immutableTags: true },
    install: (proxy) => {
      const created = new Set<string>();
      const rules: FaultRule[] = [
        {
          // repositories must exist before a push
          path: /^\/v2\/.+\/(manifests|blobs|tags)\//,
          when: (req) => !created.has(parseV2Path((req.url ?? '').split('?')[0] ?? '')?.repo ?? ''),
          fault: {
            kind: 'respond',
            respond: async (ex) => {
              const repo = parseV2Path(ex.path)?.repo ?? '';
              return errorJson(
                'NAME_UNKNOWN',
                `The repository with name '${repo}' does not exist in the registry with id '123456789012'`,
                404,
              );
            },
          },
        },
        // a PATCH answers 201, not 202
        {
          method: 'PATCH',
          path: registryPaths.blobUploadSession,
          fault: { kind: 'rewrite-status', from: 202, status: 201 },
        },
        // parts but the last must be ≥ 5 MiB; Range stops advancing: we send one PATCH and keep no Range
        {
          method: 'PATCH',
          path: registryPaths.blobUploadSession,
          when: (req) => {
            const m = /(\d+)-(\d+)/.exec(String(req.headers['content-range'] ?? ''));
            return m !== null && Number(m[2]) - Number(m[1]) + 1 < 5 * 1024 * 1024;
          },
          fault: {
            kind: 'status',
            status: 400,
            body: errorBody('LAYER_PART_TOO_SMALL', 'All layer parts except the last part should be at least 5MB'),
          },
        },
        {
          method: 'PATCH',
          path: registryPaths.blobUploadSession,
          fault: { kind: 'rewrite-header', header: 'range', rewrite: () => '0-1' },
        },
        mountIgnored, // blob mounting is opt-in: the mount POST opens an upload
        immutableTags((tag, repo) =>
          errorJson(
            'TAG_INVALID',
            `The image tag '${tag}' already exists in the '${repo}' repository and cannot be overwritten because the repository is immutable.`,
            400,
          ),
        ),
        // 2024: OCI-Subject on a PUT with a subject, but no referrers API (GET …/referrers/… is 404); after the
        // immutable tags (stand-ins answer in order, and this one forwards the PUT itself)
        ...referrersApi({ ociSubject: true, api: false }),
        {
          // throttling
          method: 'PUT',
          path: registryPaths.manifest,
          nth: 1,
          fault: { kind: 'status', status: 429, retryAfter: 0, body: errorBody('TOOMANYREQUESTS', 'Rate exceeded') },
        },
      ];
      for (const rule of rules) proxy.addRule(rule);
      return { createRepository: (name) => void created.add(name) };
    },
  },
  {
    id: 'gar',
    name: 'Google Artifact Registry',
    section: 'Google Artifact Registry',
    expectations: lenient,
    install: (proxy, storage) =>
      add(proxy, [
        // upload Location: a relative path outside /v2/, opaque to the client
        {
          method: ['POST', 'PATCH'],
          path: /^\/v2\/.+\/blobs\/uploads\/|^\/artifacts-uploads\//,
          fault: {
            kind: 'rewrite-header',
            header: 'location',
            rewrite: (value) => {
              const u = new URL(value, proxy.url);
              const token = Buffer.from(`${u.pathname}${u.search}`).toString('base64url');
              return `/artifacts-uploads/namespaces/p/repositories/r/uploads/${token}`;
            },
          },
        },
        {
          path: /^\/artifacts-uploads\/namespaces\/p\/repositories\/r\/uploads\/[^/]+$/,
          fault: {
            kind: 'rewrite-url',
            rewrite: (url) => {
              const [path = '', query = ''] = url.split('?');
              const original = new URL(
                Buffer.from(path.split('/').pop() ?? '', 'base64url').toString('utf8'),
                'http://x',
              );
              for (const [k, v] of new URLSearchParams(query)) original.searchParams.set(k, v);
              return `${original.pathname}${original.search}`;
            },
          },
        },
        noChunks(400, 'UNSUPPORTED', 'Chunked uploads are not supported'),
        danglingTagDeletes(() => storage),
        paginatedTags({ pageSize: 2, link: 'relative', extraFields: true }, () => proxy.url),
      ]),
  },
  {
    id: 'acr',
    name: 'Azure Container Registry',
    section: 'Azure Container Registry',
    expectations: lenient,
    // Relative Link with extra parameters, blob GETs redirected to storage on another host, no `*` Content-Range:
    // today's code follows Link as an opaque URL, drops credentials on other origins and sends no Content-Range,
    // so no case fails on it; the personality guards that.
    install: (proxy) =>
      add(proxy, [
        paginatedTags({ pageSize: 2, link: 'relative-extra-params' }, () => proxy.url),
        {
          method: 'GET',
          path: registryPaths.blob,
          fault: {
            kind: 'redirect',
            // another host (localhost, not 127.0.0.1): another origin, as ACR's storage accounts are
            to: (req) =>
              `${proxy.url.replace('127.0.0.1', 'localhost')}/acr-storage/${Buffer.from(req.url ?? '').toString('base64url')}?sig=SECRET`,
          },
        },
        {
          method: 'GET',
          path: /^\/acr-storage\/[^/]+$/,
          when: (req) => req.headers.authorization === undefined, // credentials must not follow to storage
          fault: {
            kind: 'rewrite-url',
            rewrite: (url) => Buffer.from(url.split('?')[0]?.split('/').pop() ?? '', 'base64url').toString('utf8'),
          },
        },
        noChunks(400, 'BLOB_UPLOAD_INVALID', 'the Content-Range header format is invalid'),
      ]),
  },
  {
    id: 'quay',
    name: 'Quay',
    section: 'Quay',
    expectations: { ...lenient, immutableTags: true },
    install: (proxy) =>
      add(proxy, [
        mediaTypeAllowList(
          [
            'application/vnd.oci.image.config.v1+json',
            'application/vnd.oci.empty.v1+json',
            'application/vnd.cncf.helm.config.v1+json',
          ],
          'config',
          () => errorJson('MANIFEST_INVALID', 'manifest data does not match schema', 400),
        ),
        immutableTags(() => errorJson('TAG_IMMUTABLE', 'tag is immutable', 409)),
        ...referrersApi({ ociSubject: false }), // the API, but no OCI-Subject on PUT (stand-ins answer in order)
        paginatedTags({ pageSize: 2, minN: 2, link: 'absolute' }, () => proxy.url),
      ]),
  },
  {
    id: 'harbor',
    name: 'Harbor',
    section: 'Harbor',
    expectations: { ...lenient, immutableTags: true },
    install: (proxy) =>
      add(proxy, [
        {
          method: 'DELETE',
          path: registryPaths.manifest,
          when: (req) => !/\/manifests\/sha(256|512):/.test(req.url ?? ''),
          fault: { kind: 'status', status: 400, body: errorBody('UNSUPPORTED', 'delete by tag is not supported') },
        },
        immutableTags((tag) =>
          errorJson('PRECONDITION', `Failed to process request due to 'tag ${tag}' configured as immutable.`, 412),
        ),
        ...referrersApi({ ociSubject: true }),
      ]),
  },
  {
    id: 'gitlab',
    name: 'GitLab',
    section: 'GitLab',
    expectations: { ...lenient, artifactType: false },
    install: (proxy) =>
      add(proxy, [
        mediaTypeAllowList(
          [
            'application/vnd.oci.image.config.v1+json',
            'application/vnd.docker.container.image.v1+json',
            'application/vnd.oci.empty.v1+json',
          ],
          'artifactType-and-config',
          (type) => errorJson('MANIFEST_INVALID', `unknown media type: ${type}`, 400),
        ),
        {
          // a tag sha256-<hex> resolves as the digest sha256:<hex>: the fallback tag returns the subject itself
          path: /^\/v2\/.+\/manifests\/sha256-[0-9a-f]{64}$/,
          fault: { kind: 'rewrite-url', rewrite: (url) => url.replace(/\/manifests\/sha256-/, '/manifests/sha256:') },
        },
      ]),
  },
  {
    id: 'artifactory',
    name: 'JFrog Artifactory',
    section: 'JFrog Artifactory',
    expectations: lenient,
    install: (proxy) =>
      add(proxy, [
        {
          // old versions: POST then PUT with the body fails; PATCH then PUT works
          method: 'PUT',
          path: registryPaths.blobUploadSession,
          when: (req) =>
            Number(req.headers['content-length'] ?? '0') > 0 || req.headers['transfer-encoding'] !== undefined,
          fault: { kind: 'status', status: 404, body: errorBody('BLOB_UNKNOWN', 'blob unknown to registry') },
        },
      ]),
  },
  {
    id: 'zot',
    name: 'zot',
    section: 'zot',
    expectations: lenient,
    // A mount denied by ACL answers 202 (an upload session): today's code cancels it and uploads, so no case
    // fails on it; the personality guards that.
    install: (proxy) => add(proxy, [mountIgnored]),
  },
];

export const personality = (id: PersonalityId): Personality => {
  const found = personalities.find((p) => p.id === id);
  if (!found) throw new Error(`no personality ${id}`);
  return found;
};
