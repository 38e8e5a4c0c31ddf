/**
 * A directory as one deterministic tar stream: the same tree gives the same bytes on every run.
 *
 * - Entry names are relative to the directory, without a `./` prefix (`bin/tool`); directories end in `/`.
 *   The directory itself is not an entry. With a `prefix` (the layer's title, as ORAS's file store writes
 *   directories), every name starts with `prefix/` and the directory itself is the first entry, `prefix/`.
 * - Order: depth first, each directory's children sorted by the byte order of their UTF-8 names, and a
 *   directory's own entry before its contents (the order GNU tar's `--sort=name` gives).
 * - Metadata is normalised: mtime 0, uid/gid 0, empty uname/gname; mode 0755 for directories and for files
 *   with any execute bit, 0644 for other files, 0777 for symlinks (their mode means nothing).
 * - Regular files and symlinks (stored as links, never followed). Hard links are stored as separate files.
 *   Sockets, FIFOs and devices are refused, and so is anything pull would refuse to write (safe-path.ts: a
 *   symlink leading outside the directory, a `.git` entry): what we publish, we can also pull.
 * - Files are streamed, never read whole; a file that changes size while it is read is an error.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { OciError } from '../../errors.js';
import { nameProblem, symlinkTargetProblem } from '../safe-path.js';
import { blockSize, encodeEntryHeaders, EntryTypes, paddingFor } from './tar-format.js';

const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The uncompressed tar bytes of `dir`, streamed; names start with `prefix/` when one is given. */
export function createDirectoryTar(dir: string, prefix?: string): Readable {
  return Readable.from(tarChunks(dir, prefix), { objectMode: false });
}

async function* tarChunks(root: string, prefix?: string): AsyncGenerator<Buffer> {
  const top = await lstat(root).catch((e: unknown) => {
    throw new OciError('INVALID_INPUT', `cannot archive "${root}": ${(e as Error).message}`, { cause: e });
  });
  if (!top.isDirectory()) throw new OciError('INVALID_INPUT', `cannot archive "${root}": not a directory`);
  if ((await readdir(root)).length === 0) {
    throw new OciError(
      'INVALID_INPUT',
      `cannot archive "${root}": the directory is empty, so there is nothing to publish (add files to it, or leave it out of "files")`,
    );
  }
  if (prefix) yield* header({ name: `${prefix}/`, mode: 0o755, size: 0, type: EntryTypes.directory, linkName: '' });
  yield* walk(root, '', prefix ? `${prefix}/` : '');
  // The end of the archive: two zero blocks.
  yield Buffer.alloc(blockSize * 2);
}

async function* walk(root: string, relative: string, namePrefix: string): AsyncGenerator<Buffer> {
  const names = (await readdir(join(root, relative))).sort(byteOrder);
  for (const name of names) {
    const entryPath = relative ? `${relative}/${name}` : name;
    const absolute = join(root, entryPath);
    const stat = await lstat(absolute);
    const badName = nameProblem(entryPath);
    if (badName) throw refused(absolute, badName);
    if (stat.isDirectory()) {
      yield* header({
        name: `${namePrefix}${entryPath}/`,
        mode: 0o755,
        size: 0,
        type: EntryTypes.directory,
        linkName: '',
      });
      yield* walk(root, entryPath, namePrefix);
    } else if (stat.isSymbolicLink()) {
      const target = await readlink(absolute);
      const badLink = symlinkTargetProblem(entryPath, target);
      if (badLink) throw refused(absolute, badLink);
      yield* header({ name: namePrefix + entryPath, mode: 0o777, size: 0, type: EntryTypes.symlink, linkName: target });
    } else if (stat.isFile()) {
      const mode = stat.mode & 0o111 ? 0o755 : 0o644;
      yield* header({ name: namePrefix + entryPath, mode, size: stat.size, type: EntryTypes.file, linkName: '' });
      yield* fileBody(absolute, stat.size);
    } else {
      throw new OciError(
        'INVALID_INPUT',
        `cannot archive "${absolute}": only regular files, directories and symlinks can go into a layer`,
      );
    }
  }
}

/** Push's wording of the rule pull applies (safe-path.ts). */
const refused = (path: string, reason: string): OciError =>
  new OciError('INVALID_INPUT', `cannot archive "${path}": ${reason}; pull would refuse it, so it is not published`);

function* header(h: Parameters<typeof encodeEntryHeaders>[0]): Generator<Buffer> {
  yield* encodeEntryHeaders(h);
}

async function* fileBody(path: string, size: number): AsyncGenerator<Buffer> {
  let seen = 0;
  // `end` is inclusive; reading one byte more than expected reveals a file that grew.
  for await (const chunk of createReadStream(path, { start: 0, end: size, highWaterMark: 256 * 1024 })) {
    const buffer = chunk as Buffer;
    seen += buffer.length;
    if (seen > size) break;
    yield buffer;
  }
  if (seen !== size) {
    throw new OciError(
      'INCOMPLETE',
      `"${path}" changed size while it was archived (expected ${size} bytes, ${seen > size ? 'more' : `got ${seen}`}); archive a directory that is not being written to`,
    );
  }
  const padding = paddingFor(size);
  if (padding) yield Buffer.alloc(padding);
}
