/**
 * Names that may be written under an output directory: relative, no `..`, no NUL, no backslash or drive
 * letter (separators on Windows), and symlink targets that cannot lead outside it.
 */
import { OciError } from '../errors.js';

const quote = (s: string): string => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
export const unsafe = (name: string, reason: string): OciError =>
  new OciError(
    'UNSAFE',
    `refusing to extract ${quote(name)}: ${reason}; nothing is written outside the output directory`,
  );

/**
 * The normalised relative path of an archive entry or a file title (`./a//b/` → `a/b`; `.` → ``), or an
 * UNSAFE error for an absolute path or one that climbs out with `..`.
 */
export function safeRelativePath(name: string): string {
  if (name.includes('\0')) throw unsafe(name, 'the name contains a NUL byte');
  if (name.includes('\\')) throw unsafe(name, 'the name contains a backslash (a path separator on Windows)');
  if (name.startsWith('/')) throw unsafe(name, 'the name is an absolute path');
  if (/^[A-Za-z]:/.test(name)) throw unsafe(name, 'the name starts with a drive letter');
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw unsafe(name, 'the name contains a ".." component');
  return parts.join('/');
}

/**
 * Checks a symlink target for a link at `linkPath` (already a safe relative path). The target must be
 * relative, and `..` may only lead it (`../lib/x`, never `a/../../x`), climbing no higher than the link's
 * own directory depth. With every earlier link held to the same rule and no write ever going through a
 * link, resolving any path under the output directory stays under it.
 */
export function checkSymlinkTarget(linkPath: string, target: string): void {
  if (target === '') throw unsafe(linkPath, 'the symlink has an empty target');
  if (target.includes('\0')) throw unsafe(linkPath, 'the symlink target contains a NUL byte');
  if (target.startsWith('/') || target.includes('\\') || /^[A-Za-z]:/.test(target)) {
    throw unsafe(linkPath, `the symlink points to ${quote(target)}, outside the output directory`);
  }
  const parts = target.split('/').filter((p) => p !== '' && p !== '.');
  const ups = parts.findIndex((p) => p !== '..');
  const leading = ups < 0 ? parts.length : ups;
  if (parts.slice(leading).includes('..')) {
    throw unsafe(linkPath, `the symlink target ${quote(target)} has ".." after a name (only leading ".." are allowed)`);
  }
  const depth = linkPath.split('/').length - 1;
  if (leading > depth) {
    throw unsafe(linkPath, `the symlink points to ${quote(target)}, outside the output directory`);
  }
}
