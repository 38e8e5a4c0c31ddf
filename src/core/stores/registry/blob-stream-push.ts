/**
 * A blob whose digest is not known yet, pushed in one pass: POST a session, PATCH the bytes as they stream
 * while hashing them, then PUT `?digest=` with what was hashed (docker's own streamed upload, which every
 * registry accepts). The file is read once instead of twice (hash, then upload); the registry checks the
 * digest before the blob becomes visible. A failure cancels the session; the upload is retried whole, with a
 * new session, when the content can be opened again.
 */
import { Readable } from 'node:stream';
import { createDigester } from '../../oci/digest.js';
import { cancelUpload, commitUpload, isTransient, patchUpload, startUpload } from './blobs.js';
import type { RegistryClient } from './client.js';
import { backoffDelay, dropStream } from './http.js';

export interface StreamedBlob {
  digest: string;
  size: number;
}

/** Content to stream: a Readable or any iterable of chunks (such as readFileChunks). */
export type StreamedContent = AsyncIterable<Uint8Array>;

export async function pushBlobStreamed(
  client: RegistryClient,
  open: () => StreamedContent | Promise<StreamedContent>,
  signal?: AbortSignal,
): Promise<StreamedBlob> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await streamOnce(client, await open(), signal);
    } catch (e) {
      if (attempt >= client.http.retry.uploadAttempts || signal?.aborted || !isTransient(e)) throw e;
      const delayMs = backoffDelay(attempt, client.http.retry);
      client.logger.debug(`streamed blob upload to ${client.name} failed, trying again in ${delayMs} ms`);
      await client.http.retry.sleep(delayMs, signal);
    }
  }
}

/** Hashes and counts the chunks as they pass, each before it is sent. */
async function* hashing(source: StreamedContent, seen: { digester: ReturnType<typeof createDigester>; size: number }) {
  for await (const chunk of source) {
    seen.digester.update(chunk);
    seen.size += chunk.length;
    yield chunk;
  }
}

/** Releases content that will not be read (further): destroys a stream, ends a generator early. */
async function release(source: StreamedContent): Promise<void> {
  if (source instanceof Readable) dropStream(source);
  else await (source as AsyncGenerator<Uint8Array>).return?.(undefined);
}

async function streamOnce(
  client: RegistryClient,
  source: StreamedContent,
  signal?: AbortSignal,
): Promise<StreamedBlob> {
  const operation = 'streamed blob upload';
  let session: URL;
  try {
    session = await startUpload(client, operation, signal);
  } catch (e) {
    await release(source);
    throw e;
  }
  const seen = { digester: createDigester(), size: 0 };
  try {
    session = await patchUpload(client, session, operation, hashing(source, seen), signal);
    const digest = seen.digester.digest();
    await commitUpload(client, session, digest, signal);
    return { digest, size: seen.size };
  } catch (e) {
    await release(source);
    await cancelUpload(client, session);
    throw e;
  }
}
