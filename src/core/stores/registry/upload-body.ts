/**
 * The body of a streamed blob upload: the stream's chunks as an async iterable (undici writes each to the socket
 * as it comes, with no stream hop in between), checked on the way out. Each byte is hashed once: a stream that
 * already verifies itself against the descriptor (a verified download being copied) is not hashed again. The last
 * chunk is held back until the stream has ended and its size and digest are known good, so bytes that do not
 * match never complete the request: the registry sees a short body and commits nothing, whatever it checks.
 */
import type { Readable } from 'node:stream';
import { createDigester, parseDigest, verifiesAs } from '../../oci/digest.js';
import { OciError } from '../../errors.js';
import type { Descriptor } from '../../oci/descriptor.js';

export async function* uploadChunks(
  stream: Readable,
  desc: Descriptor,
  what: string,
  onProgress?: (transferred: number) => void,
): AsyncGenerator<Uint8Array> {
  const digester = verifiesAs(stream, desc) ? undefined : createDigester(parseDigest(desc.digest).algorithm);
  let held: Uint8Array | undefined;
  let seen = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    seen += chunk.length;
    if (seen > desc.size) {
      throw new OciError('SIZE_MISMATCH', `${what} ${desc.digest}: more than the expected ${desc.size} bytes`);
    }
    digester?.update(chunk);
    if (held !== undefined) {
      yield held;
      onProgress?.(seen - chunk.length);
    }
    held = chunk;
  }
  if (seen !== desc.size) {
    throw new OciError('SIZE_MISMATCH', `${what} ${desc.digest}: got ${seen} bytes, expected ${desc.size}`);
  }
  const actual = digester?.digest();
  if (actual !== undefined && actual !== desc.digest) {
    throw new OciError('DIGEST_MISMATCH', `${what}: expected digest ${desc.digest} but the bytes hash to ${actual}`);
  }
  if (held !== undefined) yield held;
  onProgress?.(seen);
}
