/**
 * The one rule for names that may be written under an output directory, shared by pull (titles, tar entries)
 * and push (what goes into a directory layer), so that push never publishes what pull would refuse:
 * relative, no `..`, no NUL, no backslash or drive letter (separators on Windows), no `.git` component (a
 * published `.git/hooks/pre-commit` would run in the consumer's repository), and symlink targets that cannot
 * lead outside. The rules return a reason; each side words the error for its own operation.
 */
import { OciError, quote } from '../errors.js';

export const unsafe = (name: string, reason: string): OciError =>
  new OciError(
    'UNSAFE',
    `refusing to extract ${quote(name)}: ${reason}; nothing is written outside the output directory`,
  );

/**
 * `.git`, in any case, and with the trailing dots or spaces that Windows drops from names: git's own
 * directory, where hooks and config are executable in effect.
 */
const isGitDirName = (part: string): boolean => /^\.git[. ]*$/i.test(part);

/** Why `name` may not be written under an output directory, or undefined when it may. */
export function nameProblem(name: string): string | undefined {
  if (name.includes('\0')) return 'the name contains a NUL byte';
  if (name.includes('\\')) return 'the name contains a backslash (a path separator on Windows)';
  if (name.startsWith('/')) return 'the name is an absolute path';
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  // Checked on every component, not the raw name: `./C:/x` normalises to `C:/x`, a drive on Windows.
  if (parts.some((p) => /^[A-Za-z]:/.test(p))) return 'the name has a drive letter (C:) in it';
  if (parts.includes('..')) return 'the name contains a ".." component';
  if (parts.some(isGitDirName)) return 'the name has a ".git" component (git would run hooks from it)';
  return undefined;
}

/**
 * The normalised relative path of an archive entry or a file title (`./a//b/` → `a/b`; `.` → ``), or an
 * UNSAFE error for an absolute path, one that climbs out with `..`, or one under `.git`.
 */
export function safeRelativePath(name: string): string {
  if (plainPath.test(name)) return name.endsWith('/') ? name.slice(0, -1) : name;
  return checkedRelativePath(name);
}

/**
 * Names of ASCII letters, digits, `_`, `-` and `.` whose components do not start with a dot (`dir/file.ext`, what
 * nearly every archive holds): no rule of nameProblem can refuse one (no NUL, backslash, colon or leading `/`;
 * no `.`, `..` or `.git` component) and it is already normal but for a trailing slash. One regular expression
 * instead of the full check, for each of 10,000 entries; everything else takes the full check.
 */
const plainPath = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*\/?$/;

/** safeRelativePath without its fast path (exported for the test that holds the two to the same answers). */
export function checkedRelativePath(name: string): string {
  const problem = nameProblem(name);
  if (problem) throw unsafe(name, problem);
  return name
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/**
 * Why a symlink at `linkPath` (already a safe relative path) pointing to `target` is refused, or undefined.
 * The target must be relative, and `..` may only lead it (`../lib/x`, never `a/../../x`), climbing no higher
 * than the link's own directory depth. With every earlier link held to the same rule and no write ever going
 * through a link, resolving any path under the output directory stays under it.
 */
export function symlinkTargetProblem(linkPath: string, target: string): string | undefined {
  if (target === '') return 'the symlink has an empty target';
  if (target.includes('\0')) return 'the symlink target contains a NUL byte';
  if (target.startsWith('/') || target.includes('\\') || /^[A-Za-z]:/.test(target)) {
    return `the symlink points to ${quote(target)}, outside the output directory`;
  }
  const parts = target.split('/').filter((p) => p !== '' && p !== '.');
  const ups = parts.findIndex((p) => p !== '..');
  const leading = ups < 0 ? parts.length : ups;
  if (parts.slice(leading).includes('..')) {
    return `the symlink target ${quote(target)} has ".." after a name (only leading ".." are allowed)`;
  }
  if (parts.some(isGitDirName)) return `the symlink target ${quote(target)} has a ".git" component`;
  const depth = linkPath.split('/').length - 1;
  if (leading > depth) return `the symlink points to ${quote(target)}, outside the output directory`;
  return undefined;
}

/** Throws UNSAFE (pull's wording) when symlinkTargetProblem finds one. */
export function checkSymlinkTarget(linkPath: string, target: string): void {
  const problem = symlinkTargetProblem(linkPath, target);
  if (problem) throw unsafe(linkPath, problem);
}
