/**
 * Directory layers: `createDirectoryTarGz` for push (one deterministic tar+gzip stream) and
 * `extractTarGz` for pull (safe extraction). See tar-pack.ts and tar-extract.ts for the rules.
 */
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import { createDirectoryTar } from './tar-pack.js';

export { extractTar, extractTarGz } from './tar-extract.js';
export { createDirectoryTar } from './tar-pack.js';
export { checkSymlinkTarget, safeRelativePath } from '../safe-path.js';

/** Best compression: a layer is written once and downloaded many times. */
export const layerGzipLevel = constants.Z_BEST_COMPRESSION;
/** The gzip header's OS byte is set to 255 ("unknown") so that it does not differ between Linux, macOS and Windows. */
const gzipOsOffset = 9;
const gzipOsUnknown = 0xff;

/**
 * A directory as one tar+gzip stream with the same bytes on every run: the tar is deterministic
 * (tar-pack.ts) and the gzip header has mtime 0, no file name and a fixed OS byte. The compressed bytes
 * depend on the zlib that Node was built with; one Node build gives the same bytes every time.
 */
export function createDirectoryTarGz(dir: string, options: { prefix?: string; tarTap?: Transform } = {}): Readable {
  const tar = createDirectoryTar(dir, options.prefix);
  const gzip = createGzip({ level: layerGzipLevel });
  // `tarTap` sees the uncompressed tar (to hash it: ORAS's `io.deis.oras.content.digest`).
  return options.tarTap
    ? pipeline(tar, options.tarTap, gzip, fixedGzipHeader(), () => undefined)
    : pipeline(tar, gzip, fixedGzipHeader(), () => undefined);
}

function fixedGzipHeader(): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (seen <= gzipOsOffset && seen + chunk.length > gzipOsOffset) {
        const copy = Buffer.from(chunk);
        copy[gzipOsOffset - seen] = gzipOsUnknown;
        chunk = copy;
      }
      seen += chunk.length;
      callback(null, chunk);
    },
  });
}
