/**
 * Minimal distribution-API calls with plain `fetch`, independent of the product's client: for tests of
 * the harness and for seeding or checking registry state without the code under test.
 */
import { sha256 } from './fixtures.js';

/** fixtures.ts's sha256, under the name this module's callers use. */
export const sha256Digest = sha256;

export interface RawPushResult {
  /** status of the last request made (202 expected from POST, 201 from the commit) */
  status: number;
  /** the upload Location returned by POST, absolute */
  location?: string;
}

/** Pushes a blob in two steps (POST, then PUT with the whole body) and returns the final status. */
export async function pushBlobRaw(
  registryUrl: string,
  repository: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
): Promise<RawPushResult> {
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  await start.arrayBuffer();
  if (start.status !== 202) return { status: start.status };
  const location = new URL(start.headers.get('location') ?? '', registryUrl);
  const commit = new URL(location);
  commit.searchParams.set('digest', sha256Digest(bytes));
  const put = await fetch(commit, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  await put.arrayBuffer();
  return { status: put.status, location: location.href };
}

/** Status of HEAD on a blob (200 when the repository holds it). */
export async function blobStatus(
  registryUrl: string,
  repository: string,
  digest: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const res = await fetch(`${registryUrl}/v2/${repository}/blobs/${digest}`, { method: 'HEAD', headers });
  await res.arrayBuffer();
  return res.status;
}
