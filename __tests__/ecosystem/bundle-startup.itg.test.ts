/**
 * What the bundle costs before its first request (rollup.config.js, src/compile-cache.ts): no Node built-in is
 * imported as ESM (doing so runs every getter the built-in exports: on Node 24 `node:http` loads Node's own
 * undici, `node:crypto` WebCrypto), and on a Node that has it the compile cache is switched on, in a directory
 * under os.tmpdir(), without failing when that directory cannot be made. V8's young generation stays at its
 * first size through a pull of many files (heap-tuning.ts: dead buffers are freed and reused sooner).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNode24, repoRoot } from './node-runtime.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oma-startup-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const cli = join(repoRoot, 'dist', 'cli.js');

function run(node: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      node,
      args,
      { cwd: work, env: { PATH: process.env['PATH'] ?? '', HOME: work, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the bundle at start-up', () => {
  test('imports no Node built-in as ESM but node:module (it requires them)', () => {
    const files = [
      ...readdirSync(join(repoRoot, 'dist')).filter((f) => f.endsWith('.js')),
      ...readdirSync(join(repoRoot, 'dist', 'chunks')).map((f) => join('chunks', f)),
    ];
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(repoRoot, 'dist', file), 'utf8');
      for (const m of text.matchAll(/^import\s[^;]*?['"]((?:node:)?[a-z_/]+)['"];?$/gm)) {
        const spec = m[1] as string;
        if (spec.startsWith('node:') && spec !== 'node:module') found.push(`${file}: ${spec}`);
      }
    }
    expect(found).toEqual([]);
  });

  test.each([
    ['this Node', () => process.execPath],
    ['Node 24', findNode24],
  ])('on %s, --version loads neither Node’s own undici nor WebCrypto', async (_name, node) => {
    const preload = join(work, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));");
    const r = await run(node(), ['--require', preload, cli, '--version']);
    expect(r.code).toBe(0);
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded.filter((m) => /internal\/deps\/undici|internal\/crypto\/webcrypto/.test(m))).toEqual([]);
  });

  test('on Node 24 the compile cache is filled under os.tmpdir(), and a cache that cannot be made is no error', async () => {
    const node = findNode24();
    const tmp = join(work, 'tmp');
    mkdirSync(tmp);
    for (let i = 0; i < 2; i++) {
      const r = await run(node, [cli, '--version'], { TMPDIR: tmp });
      expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/), stderr: '' });
    }
    const cacheDir = join(tmp, 'node-compile-cache');
    const entries = readdirSync(cacheDir, { recursive: true });
    expect(entries.length).toBeGreaterThan(1);

    // A file where the cache directory would go: no cache, same answer, nothing on stderr.
    const blocked = join(work, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'node-compile-cache'), 'not a directory');
    const r = await run(node, [cli, '--version'], { TMPDIR: blocked });
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/), stderr: '' });
  });

  test.each([
    ['this Node', () => process.execPath],
    ['Node 24', findNode24],
  ])('on %s, the young generation stays at its first size through a pull of 4,000 files', async (name, node) => {
    const slug = name.replace(/\W+/g, '-');
    const tree = join(work, `tree-${slug}`);
    for (let i = 0; i < 4000; i++) {
      const sub = join(tree, `d${Math.floor(i / 100)}`);
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `f${i}.txt`), `file ${i}\n`.repeat(50));
    }
    const store = `oci-layout:${join(work, `store-${slug}`)}`;
    const pushed = await run(node(), [
      cli,
      'push',
      '--repository',
      store,
      '--platform',
      'linux/amd64',
      '--files',
      tree,
      '--staging-tag',
      'v1',
    ]);
    expect(pushed.code).toBe(0);
    const preload = join(work, 'new-space.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write(`\\nnew_space ${require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size}\\n`));",
    );
    const out = join(work, `out-${slug}`);
    const pulled = await run(node(), [
      '--require',
      preload,
      cli,
      'pull',
      '--reference',
      `${store}:v1`,
      '--platform',
      'linux/amd64',
      '--output',
      out,
    ]);
    expect(pulled.code).toBe(0);
    expect(readdirSync(join(out, `tree-${slug}`, 'd39'))).toHaveLength(100);
    const size = Number(/new_space (\d+)/.exec(pulled.stderr)?.[1]);
    // Two semi-spaces of V8's first size (1 MiB each on 64-bit Node 20 and 24); a grown one is 8 MiB or more.
    expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
