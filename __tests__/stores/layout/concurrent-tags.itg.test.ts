/**
 * Two kinds of concurrent writers tag the same layout at once: separate target instances in this
 * process, and separate node processes running the same code (transpiled on the fly). No tag is lost.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import ts from 'typescript';
import { createLayoutTarget } from '../../../src/core/stores/layout/layout-target.js';
import { emptyConfig, image, layer, pushAll } from '../../content/fixtures.js';

let dir: string;
let built: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oma-layout-concurrent-'));
  built = join(dir, 'built');
  const src = join(process.cwd(), 'src', 'core');
  const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const out = ts.transpileModule(await readFile(join(src, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const path = join(built, file.replace(/\.ts$/, '.js'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, out.outputText);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runChild = (script: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`))));
  });

test('concurrent tagging from 4 processes and 4 in-process instances loses no tag', async () => {
  const store = join(dir, 'store');
  const manifest = image(emptyConfig, [layer('shared image')]);
  await pushAll(createLayoutTarget(store), [emptyConfig, layer('shared image'), manifest]);

  const script = join(dir, 'tagger.mjs');
  const importPath = `./${relative(dir, join(built, 'stores', 'layout', 'layout-target.js'))}`;
  await writeFile(
    script,
    [
      `import { createLayoutTarget } from ${JSON.stringify(importPath)};`,
      'const [store, prefix, count, desc] = process.argv.slice(2);',
      'const target = createLayoutTarget(store);',
      'await Promise.all(Array.from({ length: Number(count) }, (_, i) => target.tag(JSON.parse(desc), `${prefix}-${i}`)));',
    ].join('\n'),
  );
  const perWriter = 20;
  const children = ['p1', 'p2', 'p3', 'p4'].map((p) =>
    runChild(script, [store, p, String(perWriter), JSON.stringify(manifest.descriptor)]),
  );
  const local = ['i1', 'i2', 'i3', 'i4'].map(async (p) => {
    const target = createLayoutTarget(store);
    await Promise.all(Array.from({ length: perWriter }, (_, i) => target.tag(manifest.descriptor, `${p}-${i}`)));
  });
  await Promise.all([...children, ...local]);

  const expected = ['p1', 'p2', 'p3', 'p4', 'i1', 'i2', 'i3', 'i4']
    .flatMap((p) => Array.from({ length: perWriter }, (_, i) => `${p}-${i}`))
    .sort();
  const reader = createLayoutTarget(store);
  expect(await reader.listTags?.()).toEqual(expected);
  for (const tag of ['p1-0', 'i4-19']) expect(await reader.resolve(tag)).toEqual(manifest.descriptor);
  const leftovers = (await readdir(store)).filter((f) => f.includes('lock') || f.includes('tmp'));
  expect(leftovers).toEqual([]);
}, 60_000);
