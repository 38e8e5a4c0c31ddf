/**
 * `files` as users write them: each line is a path or a glob (`dist/*.tar.gz`), with an optional `:MEDIATYPE`.
 * Globs are expanded by the front end's globber (@actions/glob in the action and the CLI alike), sorted so the
 * layers' order does not depend on the file system; a pattern that matches nothing is an error naming it.
 */
import { OciError } from '../../core/errors.js';
import type { FileSpec } from '../../core/artifact/pack-files.js';

/** Expands one glob pattern into the paths it matches (files and directories, not their contents). */
export type Globber = (pattern: string) => Promise<string[]>;

/** `*`, `?` and `[…]` make a glob, as for @actions/glob; anything else is a literal path. */
export const isGlob = (path: string): boolean => /[*?[]/.test(path);

export async function expandFileSpecs(specs: readonly FileSpec[], glob: Globber): Promise<FileSpec[]> {
  const out: FileSpec[] = [];
  for (const spec of specs) {
    if (!isGlob(spec.path)) {
      out.push(spec);
      continue;
    }
    const matches = [...new Set(await glob(spec.path))].sort();
    if (matches.length === 0) {
      throw new OciError(
        'INVALID_INPUT',
        `input "files": the pattern "${spec.path}" matches no file (relative patterns start from ${process.cwd()})`,
      );
    }
    for (const path of matches) out.push(spec.mediaType ? { path, mediaType: spec.mediaType } : { path });
  }
  return out;
}

/**
 * @actions/glob, loaded when a pattern needs it; matched directories become layers, not their contents.
 * `quiet` (the CLI) drops the `::debug::` lines it writes on stdout, where the CLI's JSON outputs go.
 */
export function actionsGlobber(options: { quiet?: boolean } = {}): Globber {
  return async (pattern) => {
    const { create } = await import('@actions/glob');
    const search = async () => (await create(pattern, { implicitDescendants: false })).glob();
    if (!options.quiet) return search();
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
      String(chunk).startsWith('::debug::')
        ? true
        : (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest)) as typeof write;
    try {
      return await search();
    } finally {
      process.stdout.write = write;
    }
  };
}
