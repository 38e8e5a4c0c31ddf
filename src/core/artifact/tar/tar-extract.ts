/**
 * Safe, streaming extraction of a tar+gzip layer into a directory. Everything lands under `outDir`:
 * absolute names, `..`, symlinks leading outside, hard links to anything but a file this archive wrote,
 * writing through a symlink (one from the archive or one already there), replacing a directory, and
 * device or FIFO entries are all refused with one UNSAFE error line before anything is written for them.
 * Modes are normalised as the writer does (0755 for directories and executables, 0644 otherwise); owners
 * and times are not restored.
 */
import {
  closeSync,
  fchmodSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  symlinkSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { resolve, sep } from 'node:path';
import { pipeline as pipelineCallback, type Readable } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { canLend, type Lender } from '../../content/lend.js';
import { messageOf, OciError, oneLine } from '../../errors.js';
import { EntryTypes, type TarHeader } from './tar-format.js';
import { TarParser, type TarHandler } from './tar-read.js';
import { checkSymlinkTarget, safeRelativePath, unsafe } from '../safe-path.js';
import { newFileFlags } from './write-file.js';

const lstatOrNull = (path: string): Stats | null => lstatSync(path, { throwIfNoEntry: false }) ?? null;

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

const GUNZIP_CHUNK = 256 * 1024;
/**
 * How many inflated bytes may wait for the extractor. zlib inflates on the thread pool only while its reader
 * wants more: read one chunk at a time, inflating and writing files alternate and each waits for the other.
 * With a few chunks queued, the pool inflates the next ones while this thread writes files. 'data' events, not
 * for-await: the async iterator's read() joins whatever is buffered into one new buffer (a copy into fresh
 * memory, which is dear on some VMs).
 */
const READ_AHEAD_BYTES = 1024 * 1024;

/** Extracts a gzip-compressed tar stream; returns the relative paths of the files and links written, in order. */
export async function extractTarGz(input: Readable, outDir: string, options: ExtractOptions = {}): Promise<string[]> {
  // Large output chunks: fewer round trips to the thread pool where zlib runs, fewer pieces to parse.
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  // Errors of either stream surface through the iteration of `gunzip`.
  if (canLend(input)) feedLent(input, gunzip);
  else pipelineCallback(input, gunzip, () => undefined);
  // A reader that stopped early (an unsafe entry) leaves zlib to fail later on a cut stream: that late
  // 'error' must not be uncaught. Errors while reading still reach extractTar through the iteration.
  gunzip.on('error', () => undefined);
  try {
    return await extractTar(counted(readAhead(gunzip, READ_AHEAD_BYTES), options), outDir, options);
  } catch (e) {
    throw gzipError(e);
  }
}

/**
 * Feeds a source that lends its chunks (a big blob's download, content/lend.ts) to gunzip: a chunk goes back once
 * zlib has read all of it (its write's callback), so a few buffers carry the whole layer. The end comes only
 * after the source has checked its digest; its failure fails gunzip, and so the extraction.
 */
function feedLent(input: Lender, gunzip: Gunzip): void {
  input
    .lend(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          gunzip.write(chunk, (error) => (error ? reject(error) : resolve()));
        }),
    )
    .then(
      () => gunzip.end(),
      (error: unknown) => gunzip.destroy(error instanceof Error ? error : new Error(String(error))),
    );
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

/**
 * The chunks of `stream`, read ahead of the consumer: 'data' events queue them (the stream is paused while
 * `limit` bytes wait), so the producer keeps working while the consumer handles what is queued. Stopping early
 * destroys the stream.
 */
async function* readAhead(stream: Readable, limit: number): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= limit) stream.pause();
    notify();
  });
  stream.once('end', () => {
    ended = true;
    notify();
  });
  stream.once('error', (error: unknown) => {
    failure ??= { error };
    notify();
  });
  stream.once('close', () => {
    if (!ended) failure ??= { error: new Error('the decompressed stream closed before its end') };
    notify();
  });
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        queued -= chunk.length;
        if (queued < limit && stream.isPaused()) stream.resume();
        yield chunk;
      } else if (failure) throw failure.error;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!ended) stream.destroy();
  }
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
  const extractor = new SyncExtractor(outDir, options);
  const parser = new TarParser(extractor);
  try {
    for await (const chunk of input) parser.write(chunk);
    parser.end();
  } catch (e) {
    // A file left open half-way is closed; the error that stopped the extraction is the one to report.
    try {
      extractor.close();
    } catch {
      // already failing
    }
    throw e;
  }
  return [...extractor.written];
}

/**
 * The extraction itself, called by the tar parser as entries arrive. Every file-system call is synchronous: a
 * small file is an open, a write, a chmod and a close on this thread, where asynchronous calls would each be a
 * round trip through libuv's thread pool (milliseconds apiece on a busy machine, for 10,000 files).
 */
class SyncExtractor implements TarHandler {
  readonly written = new Set<string>();
  private readonly root: string;
  /** `root` ending in a separator: an entry's path is this and its relative path. */
  private readonly rootSlash: string;
  private readonly prefix: string | undefined;
  /**
   * Directories this extraction created: nothing can be in them but what it wrote (a fast path for pull, which
   * always extracts into a fresh staging directory: no lstat per entry).
   */
  private readonly fresh = new Set<string>();
  private readonly knownDirs = new Set<string>(['']);
  private readonly writtenFiles = new Set<string>();
  /** The file being written, or undefined between files. */
  private fd: number | undefined;
  /** Per mode: whether a file created with it gets it exactly (the umask clears none of its bits). */
  private readonly modeKept = new Map<number, boolean>();

  constructor(outDir: string, options: ExtractOptions) {
    this.prefix = options.stripPrefix === undefined ? undefined : safeRelativePath(options.stripPrefix);
    this.root = resolve(outDir);
    this.rootSlash = this.root.endsWith(sep) ? this.root : this.root + sep;
    if (mkdirSync(this.root, { recursive: true }) !== undefined) this.fresh.add('');
  }

  entry(header: TarHeader): void {
    const type = legacyType(header);
    const name = header.name;
    const rel = this.below(name, safeRelativePath(name));
    if (rel === '') {
      if (type === EntryTypes.directory) return;
      throw unsafe(name, 'the entry has no name');
    }
    switch (type) {
      case EntryTypes.directory:
        this.ensureParents(name, rel);
        this.ensureDirectory(name, rel);
        break;
      case EntryTypes.file:
      case EntryTypes.oldFile:
      case EntryTypes.contiguous: {
        this.ensureParents(name, rel);
        this.clearFor(name, rel, false);
        const mode = header.mode & 0o111 ? 0o755 : 0o644;
        const path = this.absolute(rel);
        // New files only (clearFor removed what was there), so the mode is the one asked for less the umask.
        this.fd = openSync(path, newFileFlags, mode);
        this.exactMode(this.fd, mode);
        this.writtenFiles.add(rel);
        this.written.add(rel);
        break;
      }
      case EntryTypes.symlink:
        checkSymlinkTarget(rel, header.linkName);
        this.ensureParents(name, rel);
        this.clearFor(name, rel, true);
        symlinkSync(header.linkName, this.absolute(rel));
        this.writtenFiles.delete(rel);
        this.written.add(rel);
        break;
      case EntryTypes.hardlink: {
        const target = this.below(name, safeRelativePath(header.linkName));
        if (!this.writtenFiles.has(target)) {
          throw unsafe(name, `the hard link points to ${JSON.stringify(header.linkName)}, not a file of this archive`);
        }
        this.ensureParents(name, rel);
        this.clearFor(name, rel, false);
        linkSync(this.absolute(target), this.absolute(rel));
        this.writtenFiles.add(rel);
        this.written.add(rel);
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

  data(piece: Buffer): void {
    // Only a file's entry opens a descriptor; the bytes of anything else are skipped.
    if (this.fd === undefined) return;
    for (let at = 0; at < piece.length;) at += writeSync(this.fd, piece, at, piece.length - at);
  }

  entryEnd(): void {
    this.close();
  }

  /**
   * The mode exactly, whatever the umask: the first file created with each mode tells whether the umask
   * changed it; if it did, every file of that mode gets a chmod (one syscall per file saved when it did not).
   */
  private exactMode(fd: number, mode: number): void {
    let kept = this.modeKept.get(mode);
    if (kept === undefined) {
      kept = (fstatSync(fd).mode & 0o7777) === mode;
      this.modeKept.set(mode, kept);
    }
    if (!kept) fchmodSync(fd, mode);
  }

  /** Closes the file being written, if any. */
  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    closeSync(fd);
  }

  /** The entry's path below the prefix ('' for the prefix itself). */
  private below(name: string, rel: string): string {
    const prefix = this.prefix;
    if (prefix === undefined || prefix === '') return rel;
    if (rel === prefix) return '';
    if (rel.startsWith(`${prefix}/`)) return rel.slice(prefix.length + 1);
    throw unsafe(name, `the layer unpacks into "${prefix}/" and this entry is outside it`);
  }

  /** `rel` is normal (safe-path.ts: no empty, `.` or `..` component), so joining needs no normalising. */
  private absolute(rel: string): string {
    return this.rootSlash + (sep === '/' ? rel : rel.split('/').join(sep));
  }

  /** Creates the parents of `rel` as real directories; an existing symlink or file on the way is refused. */
  private ensureParents(name: string, rel: string): void {
    const slash = rel.lastIndexOf('/');
    if (slash < 0 || this.knownDirs.has(rel.slice(0, slash))) return;
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) this.ensureDirectory(name, parts.slice(0, i).join('/'));
  }

  private ensureDirectory(name: string, rel: string): void {
    if (this.knownDirs.has(rel)) return;
    const slash = rel.lastIndexOf('/');
    const parentFresh = this.fresh.has(slash < 0 ? '' : rel.slice(0, slash)) && !this.written.has(rel);
    const stat = parentFresh ? null : lstatOrNull(this.absolute(rel));
    if (stat === null) {
      mkdirSync(this.absolute(rel), { mode: 0o755 });
      this.fresh.add(rel);
    } else if (stat.isSymbolicLink()) throw unsafe(name, `it would be written through the symlink "${rel}"`);
    else if (!stat.isDirectory()) throw unsafe(name, `"${rel}" exists and is not a directory`);
    this.knownDirs.add(rel);
  }

  /** Makes room for a non-directory at `rel`: a file or link there is replaced, a directory is refused. */
  private clearFor(name: string, rel: string, allowSymlink: boolean): void {
    const slash = rel.lastIndexOf('/');
    const parentFresh = this.fresh.has(slash < 0 ? '' : rel.slice(0, slash));
    if (parentFresh && !this.written.has(rel) && !this.knownDirs.has(rel)) return;
    const stat = lstatOrNull(this.absolute(rel));
    if (stat === null) return;
    if (stat.isDirectory()) throw unsafe(name, `"${rel}" is a directory`);
    if (stat.isSymbolicLink() && !allowSymlink) throw unsafe(name, `it would be written through the symlink "${rel}"`);
    unlinkSync(this.absolute(rel));
  }
}

/** Old (V7) archives mark a directory as a regular file whose name ends in `/`. */
function legacyType(header: TarHeader): string {
  const isFile = header.type === EntryTypes.file || header.type === EntryTypes.oldFile;
  return isFile && header.name.endsWith('/') ? EntryTypes.directory : header.type;
}
