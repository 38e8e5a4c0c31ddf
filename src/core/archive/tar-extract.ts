/**
 * Safe, streaming extraction of a tar+gzip layer into a directory. Everything lands under `outDir`:
 * absolute names, `..`, symlinks leading outside, hard links to anything but a file this archive wrote,
 * writing through a symlink (one from the archive or one already there), replacing a directory, and
 * device or FIFO entries are all refused with one UNSAFE error line before anything is written for them.
 * Modes are normalised as the writer does (0755 for directories and executables, 0644 otherwise); owners
 * and times are not restored.
 */
import { constants, type Stats } from 'node:fs';
import { chmod, link, lstat, mkdir, open, symlink, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline as pipelineCallback, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { messageOf, OciError, oneLine } from '../errors.js';
import { EntryTypes, type TarHeader } from './tar-format.js';
import { readTarEntries } from './tar-read.js';
import { checkSymlinkTarget, safeRelativePath, unsafe } from './safe-path.js';

/** O_NOFOLLOW where the platform has it: the last line of defence against a symlink swapped in. */
const writeFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

const lstatOrNull = (path: string): Promise<Stats | null> =>
  lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });

export interface ExtractOptions {
  /**
   * Every entry must sit under this directory name, which is removed (ORAS's directory layers: `<title>/…`
   * extracted into `<output>/<title>`); an entry elsewhere is refused.
   */
  stripPrefix?: string;
  /**
   * The most bytes the decompressed tar stream may hold (headers included): more is a TOO_LARGE error as soon
   * as it is seen, so a small gzip bomb never fills the disk. pull sets it from the layer's size (unpack-limits.ts).
   */
  maxUnpackedBytes?: number;
  /** What is extracted, for the TOO_LARGE message (e.g. `layer "bin" (sha256:…)`). */
  what?: string;
  /** Told how many decompressed bytes went by, once the archive is read. */
  onUnpacked?: (bytes: number) => void;
}

/** Extracts a gzip-compressed tar stream; returns the relative paths of the files and links written, in order. */
export async function extractTarGz(input: Readable, outDir: string, options: ExtractOptions = {}): Promise<string[]> {
  const gunzip = createGunzip();
  // Errors of either stream surface through the iteration of `gunzip`.
  pipelineCallback(input, gunzip, () => undefined);
  // A reader that stopped early (an unsafe entry) leaves zlib to fail later on a cut stream: that late
  // 'error' must not be uncaught. Errors while reading still reach extractTar through the iteration.
  gunzip.on('error', () => undefined);
  try {
    return await extractTar(counted(gunzip, options), outDir, options);
  } catch (e) {
    throw gzipError(e);
  }
}

/** zlib's own errors (`incorrect header check`, `unexpected end of file`) as our one-line errors; others pass. */
function gzipError(e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('Z_')) return e;
  const cut = code === 'Z_BUF_ERROR';
  return new OciError(
    cut ? 'INCOMPLETE' : 'UNSAFE',
    `gzip stream: ${oneLine(messageOf(e), 80)} (the layer is ${cut ? 'cut short' : 'corrupt or not gzip'})`,
    { cause: e },
  );
}

/** Passes chunks through until more than the limit went by, then fails (the source is destroyed by the loop). */
async function* counted(source: AsyncIterable<Buffer>, limits: ExtractOptions): AsyncGenerator<Buffer> {
  const limit = limits.maxUnpackedBytes ?? Number.POSITIVE_INFINITY;
  const what = limits.what ?? 'the archive';
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.length;
    if (seen > limit) {
      throw new OciError(
        'TOO_LARGE',
        `refusing to extract ${what}: it unpacks to more than ${limit} bytes, the limit for its size (a compression bomb?); nothing of it is kept`,
      );
    }
    yield chunk;
  }
  limits.onUnpacked?.(seen);
}

/** Extracts an uncompressed tar stream (see extractTarGz). */
export async function extractTar(
  input: AsyncIterable<Buffer>,
  outDir: string,
  options: ExtractOptions = {},
): Promise<string[]> {
  const prefix = options.stripPrefix === undefined ? undefined : safeRelativePath(options.stripPrefix);
  /** The entry's path below the prefix ('' for the prefix itself). */
  const below = (name: string, rel: string): string => {
    if (prefix === undefined || prefix === '') return rel;
    if (rel === prefix) return '';
    if (rel.startsWith(`${prefix}/`)) return rel.slice(prefix.length + 1);
    throw unsafe(name, `the layer unpacks into "${prefix}/" and this entry is outside it`);
  };
  const root = resolve(outDir);
  // Directories this extraction created: nothing can be in them but what it wrote (a fast path for pull, which
  // always extracts into a fresh staging directory: no lstat per entry).
  const fresh = new Set<string>();
  if ((await mkdir(root, { recursive: true })) !== undefined) fresh.add('');
  const absolute = (rel: string): string => join(root, ...rel.split('/'));
  const knownDirs = new Set<string>(['']);
  const writtenFiles = new Set<string>();
  const written = new Set<string>();
  const record = (rel: string): void => {
    written.add(rel);
  };

  /** Creates the parents of `rel` as real directories; an existing symlink or file on the way is refused. */
  const ensureParents = async (name: string, rel: string): Promise<void> => {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) await ensureDirectory(name, parts.slice(0, i).join('/'));
  };
  const ensureDirectory = async (name: string, rel: string): Promise<void> => {
    if (knownDirs.has(rel)) return;
    const slash = rel.lastIndexOf('/');
    const parentFresh = fresh.has(slash < 0 ? '' : rel.slice(0, slash)) && !written.has(rel);
    const stat = parentFresh ? null : await lstatOrNull(absolute(rel));
    if (stat === null) {
      await mkdir(absolute(rel), { mode: 0o755 });
      fresh.add(rel);
    } else if (stat.isSymbolicLink()) throw unsafe(name, `it would be written through the symlink "${rel}"`);
    else if (!stat.isDirectory()) throw unsafe(name, `"${rel}" exists and is not a directory`);
    knownDirs.add(rel);
  };
  /** Makes room for a non-directory at `rel`: a file or link there is replaced, a directory is refused. */
  const clearFor = async (name: string, rel: string, allowSymlink: boolean): Promise<void> => {
    const slash = rel.lastIndexOf('/');
    if (fresh.has(slash < 0 ? '' : rel.slice(0, slash)) && !written.has(rel) && !knownDirs.has(rel)) return;
    const stat = await lstatOrNull(absolute(rel));
    if (stat === null) return;
    if (stat.isDirectory()) throw unsafe(name, `"${rel}" is a directory`);
    if (stat.isSymbolicLink() && !allowSymlink) throw unsafe(name, `it would be written through the symlink "${rel}"`);
    await unlink(absolute(rel));
  };

  for await (const { header, body } of readTarEntries(input)) {
    const type = legacyType(header);
    const name = header.name;
    const rel = below(name, safeRelativePath(name));
    if (rel === '') {
      if (type === EntryTypes.directory) continue;
      throw unsafe(name, 'the entry has no name');
    }
    switch (type) {
      case EntryTypes.directory:
        await ensureParents(name, rel);
        await ensureDirectory(name, rel);
        break;
      case EntryTypes.file:
      case EntryTypes.oldFile:
      case EntryTypes.contiguous: {
        await ensureParents(name, rel);
        await clearFor(name, rel, false);
        const mode = header.mode & 0o111 ? 0o755 : 0o644;
        const handle = await open(absolute(rel), writeFlags, mode);
        await pipeline(Readable.from(body), handle.createWriteStream());
        await chmod(absolute(rel), mode);
        writtenFiles.add(rel);
        record(rel);
        break;
      }
      case EntryTypes.symlink:
        checkSymlinkTarget(rel, header.linkName);
        await ensureParents(name, rel);
        await clearFor(name, rel, true);
        await symlink(header.linkName, absolute(rel));
        writtenFiles.delete(rel);
        record(rel);
        break;
      case EntryTypes.hardlink: {
        const target = below(name, safeRelativePath(header.linkName));
        if (!writtenFiles.has(target)) {
          throw unsafe(name, `the hard link points to ${JSON.stringify(header.linkName)}, not a file of this archive`);
        }
        await ensureParents(name, rel);
        await clearFor(name, rel, false);
        await link(absolute(target), absolute(rel));
        writtenFiles.add(rel);
        record(rel);
        break;
      }
      case EntryTypes.charDevice:
      case EntryTypes.blockDevice:
      case EntryTypes.fifo:
        throw unsafe(name, 'device files and FIFOs are not extracted');
      default:
        throw unsafe(name, `unsupported tar entry type ${JSON.stringify(type)}`);
    }
  }
  return [...written];
}

/** Old (V7) archives mark a directory as a regular file whose name ends in `/`. */
function legacyType(header: TarHeader): string {
  const isFile = header.type === EntryTypes.file || header.type === EntryTypes.oldFile;
  return isFile && header.name.endsWith('/') ? EntryTypes.directory : header.type;
}
