/**
 * The CLI as users get it from the npm registry: `npm pack` the repository, install the tarball into an empty
 * directory offline with an empty npm cache (so it must need no dependency at all: the bundle carries its code),
 * then `npx oci-multiarch --version` and a push/merge/pull round trip on an oci-layout: store, on this Node and
 * on Node 24. The package holds only what the CLI loads, and no source or test file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNode24, repoRoot } from './node-runtime.js';
import { chunkClosure, type PackResult } from './npm-pack.js';

let work: string;
let tarball: string;
let pack: PackResult;
let consumer: string;
let install: Run;
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        // npm's own settings from this machine (registry, cache) must not help: HOME is the work directory.
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: work,
          npm_config_update_notifier: 'false',
          npm_config_offline: 'true',
          ...env,
        },
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-npm-package-'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], repoRoot);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  pack = (JSON.parse(packed.stdout) as PackResult[])[0] as PackResult;
  tarball = join(work, pack.filename);
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","version":"0.0.0","private":true}\n');
  const emptyCache = join(work, 'npm-cache');
  install = await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--cache', emptyCache, tarball],
    consumer,
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  test('holds the CLI bundle, README, LICENSE and package.json, and nothing else', () => {
    const paths = pack.files.map((f) => f.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/cli.js']));
    for (const path of paths) expect(path).toMatch(/^(dist\/.*\.js|LICENSE|README\.md|package\.json)$/);
    // exactly the files the CLI can load: its entry and every chunk it imports, statically or lazily
    const distFiles = paths.filter((p) => p.startsWith('dist/'));
    expect(distFiles).toEqual(chunkClosure(join(repoRoot, 'dist'), 'cli.js').map((f) => `dist/${f}`));
    expect(pack.name).toBe('oci-multiarch');
    expect(pack.version).toBe(version);
  });

  test('declares no runtime dependency and is not private', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['private']).toBeUndefined();
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['bin']).toEqual({ 'oci-multiarch': 'dist/cli.js' });
    expect(readFileSync(join(repoRoot, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('installed offline from the tarball into an empty directory', () => {
  test('installs with an empty npm cache, no engine warning, and nothing but itself', () => {
    expect(install.stderr).not.toMatch(/EBADENGINE|ERR!/);
    expect(install.code).toBe(0);
    const modules = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['oci-multiarch']);
    expect(existsSync(join(consumer, 'node_modules', 'oci-multiarch', 'src'))).toBe(false);
  });

  test('npx oci-multiarch --version prints the package version', async () => {
    const result = await run('npx', ['oci-multiarch', '--version'], consumer);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  }, 120_000);

  test('npx oci-multiarch push, merge and pull on an oci-layout: store', async () => {
    const store = `oci-layout:${join(work, 'store')}`;
    for (const arch of ['amd64', 'arm64']) {
      const file = join(work, `tool-${arch}`);
      writeFileSync(file, `tool ${arch}\n`);
      const pushed = await run(
        'npx',
        [
          'oci-multiarch',
          'push',
          '--repository',
          store,
          '--platform',
          `linux/${arch}`,
          '--staging-prefix',
          'staging',
          '--files',
          file,
        ],
        consumer,
      );
      expect(pushed.stderr).not.toContain('error');
      expect(pushed.code).toBe(0);
    }
    const merged = await run(
      'npx',
      [
        'oci-multiarch',
        'merge',
        '--repository',
        store,
        '--staging-prefix',
        'staging',
        '--platforms',
        'linux/amd64,linux/arm64',
        '--tags',
        '1.0',
      ],
      consumer,
    );
    expect(merged.code).toBe(0);
    expect((JSON.parse(merged.stdout) as { references: string }).references).toBe(`${store}:1.0`);
    // read back independently of the CLI: the store's index.json names the tag, whose index has both platforms
    const layout = join(work, 'store');
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
    };
    const tagged = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === '1.0');
    expect(tagged).toBeDefined();
    const [algorithm, hex] = (tagged?.digest ?? '').split(':') as [string, string];
    const released = JSON.parse(readFileSync(join(layout, 'blobs', algorithm, hex), 'utf8')) as {
      manifests: Array<{ platform: { architecture: string } }>;
    };
    expect(released.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const out = join(work, 'pulled');
    const pulled = await run(
      'npx',
      ['oci-multiarch', 'pull', '--reference', `${store}:1.0`, '--platform', 'linux/arm64', '--output', out],
      consumer,
    );
    expect(pulled.code).toBe(0);
    expect(readFileSync(join(out, 'tool-arm64'), 'utf8')).toBe('tool arm64\n');
  }, 240_000); // five npx runs, each starting npm first

  test('the installed bin runs on Node 24 too', async () => {
    const node24 = findNode24();
    const bin = join(consumer, 'node_modules', 'oci-multiarch', 'dist', 'cli.js');
    expect(await run(node24, [bin, '--version'], consumer)).toMatchObject({ code: 0, stdout: `${version}\n` });
    const file = join(work, 'tool-node24');
    writeFileSync(file, 'tool on node 24\n');
    const store = `oci-layout:${join(work, 'store-24')}`;
    const pushed = await run(
      node24,
      [bin, 'push', '--repository', store, '--platform', 'linux/amd64', '--staging-prefix', 's', '--files', file],
      consumer,
    );
    expect(pushed.code).toBe(0);
    const out = join(work, 'pulled-24');
    const staged = (JSON.parse(pushed.stdout) as { 'staging-tag': string })['staging-tag'];
    const pulled = await run(
      node24,
      [bin, 'pull', '--reference', `${store}:${staged}`, '--platform', 'linux/amd64', '--output', out],
      consumer,
    );
    expect(pulled.code).toBe(0);
    expect(readFileSync(join(out, 'tool-node24'), 'utf8')).toBe('tool on node 24\n');
  }, 300_000);
});
