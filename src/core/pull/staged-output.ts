/**
 * Writing into an output directory all at once or not at all. Everything is first written into a private
 * staging directory beside `output` (same file system, so a rename moves it), where it is verified while it
 * streams; only then is the staged tree merged into `output` by renames. Whatever fails (a digest, an unsafe
 * archive, a bomb, a conflict with what is already there), `output` is left as it was: nothing of the pull
 * stays, and anything a rename replaced is put back.
 *
 * Merging follows what a second pull of the same artifact expects: a staged file or link replaces a file or
 * link at its path; a staged directory is merged into a directory there (files the artifact does not name are
 * left alone). A staged file where a directory is, a directory where a file is, and any path through a symlink
 * already in `output` are conflicts, found before anything is moved.
 */
import { lstat, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError, OciError } from '../errors.js';

export interface StagedOutput {
  /** The staging directory's tree: write the titles under it. */
  readonly tree: string;
  /** Merges the staged tree into `output`; on failure puts back what was moved and throws. Then discards. */
  commit(): Promise<void>;
  /** Removes the staging directory and everything in it. */
  discard(): Promise<void>;
}

const STAGING_PREFIX = '.oci-multiarch-pull-';

/** Creates the staging directory for `output`: beside it when its parent is writable and on the same device. */
export async function openStagedOutput(output: string): Promise<StagedOutput> {
  const root = resolve(output);
  const parent = dirname(root);
  await mkdir(parent, { recursive: true }).catch((e: unknown) => {
    throw describeFsError(e, `creating the parent directory of the output directory ${root}`);
  });
  const outputStat = await stat(root).catch(() => undefined);
  if (outputStat && !outputStat.isDirectory()) {
    throw new OciError('INVALID_INPUT', `the output ${root} exists and is not a directory`);
  }
  const parentStat = await stat(parent);
  const besideOk = root !== parent && (!outputStat || outputStat.dev === parentStat.dev);
  let base: string;
  try {
    if (!besideOk) throw new Error('not beside');
    base = await mkdtemp(join(parent, `${STAGING_PREFIX}${basename(root)}-`));
  } catch {
    // The parent is read-only, or another file system: stage inside the output directory instead.
    await mkdir(root, { recursive: true }).catch((e: unknown) => {
      throw describeFsError(e, `creating the output directory ${root}`);
    });
    base = await mkdtemp(join(root, STAGING_PREFIX)).catch((e: unknown) => {
      throw describeFsError(e, `creating a staging directory in ${root}`);
    });
  }
  const tree = join(base, 'tree');
  const backups = join(base, 'replaced');
  await mkdir(tree);
  await mkdir(backups);
  const discard = (): Promise<void> => rm(base, { recursive: true, force: true });
  return {
    tree,
    discard,
    async commit() {
      try {
        await mergeInto(tree, root, backups);
      } finally {
        await discard();
      }
    },
  };
}

interface Move {
  /** Where the staged entry now is. */
  dest: string;
  /** Where what was at `dest` before went, to be put back on failure. */
  backup?: string;
}

async function mergeInto(tree: string, root: string, backups: string): Promise<void> {
  if (!(await lstat(root).catch(() => undefined))) {
    // Nothing there yet: the whole tree goes in one rename.
    await rename(tree, root).catch((e: unknown) => {
      throw describeFsError(e, `moving the pulled files into ${root}`);
    });
    return;
  }
  await plan(tree, root, '', root);
  const moves: Move[] = [];
  let counter = 0;
  const place = async (from: string, to: string): Promise<void> => {
    const staged = await lstat(from);
    const there = await lstat(to).catch(() => undefined);
    if (staged.isDirectory() && there?.isDirectory()) {
      for (const name of await readdir(from)) await place(join(from, name), join(to, name));
      return;
    }
    if (there) {
      const backup = join(backups, String(counter++));
      await rename(to, backup);
      moves.push({ dest: to, backup });
      await rename(from, to);
    } else {
      await rename(from, to);
      moves.push({ dest: to });
    }
  };
  try {
    for (const name of await readdir(tree)) await place(join(tree, name), join(root, name));
  } catch (e) {
    for (const move of moves.reverse()) {
      await rm(move.dest, { recursive: true, force: true }).catch(() => {});
      if (move.backup) await rename(move.backup, move.dest).catch(() => {});
    }
    throw describeFsError(e, `moving the pulled files into ${root} (nothing was changed there)`);
  }
}

/** Finds every conflict before anything moves (see the file comment). */
async function plan(from: string, to: string, rel: string, root: string): Promise<void> {
  for (const name of await readdir(from)) {
    const path = rel ? `${rel}/${name}` : name;
    const staged = await lstat(join(from, name));
    const there = await lstat(join(to, name)).catch(() => undefined);
    if (!there) continue;
    if (staged.isDirectory()) {
      if (there.isSymbolicLink()) throw conflict(path, root, 'is a symlink; the pulled directory would go through it');
      if (!there.isDirectory()) throw conflict(path, root, 'exists and is not a directory');
      await plan(join(from, name), join(to, name), path, root);
    } else if (there.isDirectory()) {
      throw conflict(path, root, 'is a directory; the pulled file would replace it');
    }
  }
}

const conflict = (path: string, dir: string, what: string): OciError =>
  new OciError(
    'CONFLICT',
    `refusing to write "${path}" into ${dir}: it ${what}; nothing was written (remove it, or pull into another output)`,
  );
