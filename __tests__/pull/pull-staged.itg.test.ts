/**
 * pull writes nothing that is not verified: layers go to a private staging directory beside `output` and are
 * moved in only when every digest matched and every archive was safe. A failure at the very end (a digest
 * that fails after the whole tar was streamed, a refused entry after good ones, a compression bomb, a title
 * collision) leaves `output` exactly as it was, from the registry and from an oci-layout store alike.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { blockSize, encodeEntryHeaders } from '../../src/core/artifact/tar/tar-format.js';
import { openTarget } from '../../src/core/stores/open-target.js';
import { blobPath } from '../../src/core/stores/layout/blob-store.js';
import { listTree, rawTarGz, type RawEntry } from '../artifact/tar/helpers.js';
import { tempDir } from '../content/cache/fixtures.js';
import { registryPaths } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { pullCli, pushRawIndex, type RawLayer } from './publish-raw.js';
import { runCliProcess } from '../e2e/run-action.js';
import { THREAD_HASH_MIN_BYTES } from '../../src/core/limits.js';

const { registry, proxy } = useRegistry({ proxy: true });
let work: string;
beforeAll(async () => {
  work = await tempDir('oma-pull-staged-');
});

const amd64 = { os: 'linux', architecture: 'amd64' };
const file = (name: string, body: Buffer | string, mode = 0o644): RawEntry => ({
  header: { name, mode },
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});
/** evil.sh (0755) and a 3.8 MB filler: what stayed behind in the report. */
const evilEntries = (): RawEntry[] => [
  file('evil.sh', '#!/bin/sh\necho owned\n', 0o755),
  file('filler.bin', Buffer.alloc(3_800_000, 7)),
];

let counter = 0;
/** An output directory that already holds the user's files; returns it and a snapshot reader. */
async function populatedOutput(): Promise<{ sandbox: string; output: string; snapshot(): Promise<string[]> }> {
  const sandbox = join(work, `case-${++counter}`);
  const output = join(sandbox, 'out');
  await mkdir(join(output, 'bin'), { recursive: true });
  await writeFile(join(output, 'mine.txt'), 'the user wrote this\n');
  await writeFile(join(output, 'bin', 'keep'), 'keep me\n');
  const snapshot = async (): Promise<string[]> => {
    const tree = await listTree(output);
    const contents = await Promise.all(
      tree.map(async (p) => (p.endsWith('/') ? p : `${p}=${await readFile(join(output, p), 'utf8')}`)),
    );
    return contents;
  };
  return { sandbox, output, snapshot };
}

/** Nothing of the pull stays beside the output either (no staging directory left behind). */
async function expectNoStaging(sandbox: string): Promise<void> {
  expect((await readdir(sandbox)).sort()).toEqual(['out']);
}

const where = [
  ['an oci-layout store', (name: string) => `oci-layout:${join(work, 'stores', name)}`],
  ['the registry', (name: string) => `${registry.host}/staged/${name}`],
] as const;

describe.each(where)('pull from %s', (label, repositoryOf) => {
  const slug = label.replace(/\W+/g, '-');

  test('a bad title after good layers: nothing is written and the output is as it was', async () => {
    const repository = repositoryOf(`bad-title-${slug}`);
    await pushRawIndex(openTarget(repository), 'v1', [
      {
        platform: amd64,
        layers: [
          { title: 'ok.txt', bytes: Buffer.from('ok\n') },
          { title: 'bin', bytes: rawTarGz(evilEntries()), unpack: true },
          { title: '../../escape', bytes: Buffer.from('x') },
        ],
      },
    ]);
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/refusing layer title "\.\.\/\.\.\/escape"/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
  });

  test('an archive refused as unsafe after good entries leaves nothing of it', async () => {
    const repository = repositoryOf(`unsafe-${slug}`);
    await pushRawIndex(openTarget(repository), 'v1', [
      {
        platform: amd64,
        layers: [
          { title: 'first.txt', bytes: Buffer.from('first\n') },
          {
            title: 'tool',
            bytes: rawTarGz([...evilEntries(), file('../../../x', 'escape')]),
            unpack: true,
          },
        ],
      },
    ]);
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/refusing to extract "\.\.\/\.\.\/\.\.\/x"/);
    expect(await snapshot()).toEqual(before);
    expect(existsSync(join(output, 'first.txt'))).toBe(false);
    await expectNoStaging(sandbox);
  });

  test('duplicate titles are refused instead of overwriting, and nothing is written', async () => {
    const repository = repositoryOf(`dup-${slug}`);
    await pushRawIndex(openTarget(repository), 'v1', [
      {
        platform: amd64,
        layers: [
          { title: 'tool', bytes: Buffer.from('honest\n') },
          { title: './tool', bytes: Buffer.from('evil\n') },
        ],
      },
    ]);
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/layers "tool" and "\.\/tool" would write the same path/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
  });

  test('a success replaces what it names, keeps the rest, and accepts a title like "...."', async () => {
    const repository = repositoryOf(`ok-${slug}`);
    await pushRawIndex(openTarget(repository), 'v1', [
      {
        platform: amd64,
        layers: [
          { title: 'mine.txt', bytes: Buffer.from('pulled\n') },
          { title: '....', bytes: Buffer.from('four dots\n') },
          { title: 'bin', bytes: rawTarGz([file('tool', 'tool\n', 0o755)]), unpack: true },
        ],
      },
    ]);
    const { sandbox, output } = await populatedOutput();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Pulled 3 file\(s\)/)]));
    expect(run.code).toBe(0);
    expect(run.outputs['files']?.split('\n')).toEqual(['mine.txt', '....', 'bin/tool']);
    expect(await readFile(join(output, 'mine.txt'), 'utf8')).toBe('pulled\n');
    expect(await readFile(join(output, '....'), 'utf8')).toBe('four dots\n');
    expect(await readFile(join(output, 'bin', 'tool'), 'utf8')).toBe('tool\n');
    expect((await stat(join(output, 'bin', 'tool'))).mode & 0o777).toBe(0o755);
    expect(await readFile(join(output, 'bin', 'keep'), 'utf8')).toBe('keep me\n');
    await expectNoStaging(sandbox);
  });

  test.each([
    ['a title under .git', [{ title: '.git/hooks/pre-commit', bytes: Buffer.from('#!/bin/sh\n') }]],
    ['a title under .GIT', [{ title: 'sub/.GIT/config', bytes: Buffer.from('[core]\n') }]],
    [
      'a directory layer holding .git/hooks',
      [{ title: 'src', bytes: rawTarGz([file('.git/hooks/pre-commit', '#!/bin/sh\n', 0o755)]), unpack: true }],
    ],
  ] as Array<[string, RawLayer[]]>)('%s is refused and nothing is written', async (_name, layers) => {
    const repository = repositoryOf(`git-${++counter}-${slug}`);
    await pushRawIndex(openTarget(repository), 'v1', [{ platform: amd64, layers }]);
    const { sandbox, output, snapshot } = await populatedOutput();
    await mkdir(join(output, '.git', 'hooks'), { recursive: true });
    const before = await snapshot();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/"\.git" component/i);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
  });
});

/** A tar+gzip whose last byte can be flipped without upsetting gzip (trailing zeros after the member). */
const withTrailingZeros = (gz: Buffer): Buffer => Buffer.concat([gz, Buffer.alloc(16)]);

describe('a digest that fails after the whole layer was streamed and unpacked', () => {
  test('from an oci-layout store: no evil.sh, no filler, output as it was', async () => {
    const store = join(work, 'stores', 'late-digest');
    const repository = `oci-layout:${store}`;
    const layer = withTrailingZeros(rawTarGz(evilEntries()));
    await pushRawIndex(openTarget(repository), 'v1', [
      { platform: amd64, layers: [{ title: 'bin', bytes: layer, unpack: true }] },
    ]);
    // Tamper with the stored blob: same size, last (trailing) byte changed, so the tar unpacks whole first.
    const { createHash } = await import('node:crypto');
    const digest = `sha256:${createHash('sha256').update(layer).digest('hex')}`;
    const tampered = Buffer.from(layer);
    tampered[tampered.length - 1] = 1;
    await writeFile(blobPath(store, digest), tampered);
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/digest/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
  });

  test('from the registry (a proxy flips the last byte): no evil.sh, no filler, output as it was', async () => {
    const layer = withTrailingZeros(rawTarGz(evilEntries()));
    await pushRawIndex(openTarget(`${registry.host}/staged/late-digest`), 'v1', [
      { platform: amd64, layers: [{ title: 'bin', bytes: layer, unpack: true }] },
    ]);
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      fault: { kind: 'flip-byte', offset: layer.length - 1 },
    });
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${proxy.host}/staged/late-digest:v1`, 'linux/amd64', output);
    rule.remove();
    expect(rule.fired()).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/digest/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
  });
});

describe('a single-file layer written in batches (several writes in flight) whose last byte is wrong', () => {
  test('from the registry: the whole file streamed to staging, then refused; output as it was', async () => {
    const { randomBytes } = await import('node:crypto');
    const big = randomBytes(6 * 1024 * 1024 + 123);
    await pushRawIndex(openTarget(`${registry.host}/staged/late-file`), 'v1', [
      { platform: amd64, layers: [{ title: 'tool.bin', bytes: big }] },
    ]);
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      fault: { kind: 'flip-byte', offset: big.length - 1 },
    });
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullCli(`${proxy.host}/staged/late-file:v1`, 'linux/amd64', output);
    rule.remove();
    expect(rule.fired()).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(/digest/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
    // And unharmed, the same layer arrives byte for byte.
    const ok = await pullCli(`${registry.host}/staged/late-file:v1`, 'linux/amd64', output);
    expect(ok.code).toBe(0);
    expect((await readFile(join(output, 'tool.bin'))).equals(big)).toBe(true);
    expect(await readFile(join(output, 'mine.txt'), 'utf8')).toBe('the user wrote this\n');
  }, 60_000);
});

describe('a layer big enough to be verified on the hashing thread (THREAD_HASH_MIN_BYTES)', () => {
  // Through the bundle in a process of its own: the hashing thread must not keep the CLI from exiting either.
  const pullProcess = (reference: string, output: string) =>
    runCliProcess(['pull', '--reference', reference, '--platform', 'linux/amd64', '--output', output], {
      HOME: output,
    });

  test('its last byte wrong: refused, output as it was; unharmed: byte for byte, and the CLI exits', async () => {
    const { randomBytes } = await import('node:crypto');
    const big = randomBytes(THREAD_HASH_MIN_BYTES + 4097);
    await pushRawIndex(openTarget(`${registry.host}/staged/thread-hashed`), 'v1', [
      { platform: amd64, layers: [{ title: 'toolchain.bin', bytes: big }] },
    ]);
    const rule = proxy.addRule({
      method: 'GET',
      path: registryPaths.blob,
      fault: { kind: 'flip-byte', offset: big.length - 1 },
    });
    const { sandbox, output, snapshot } = await populatedOutput();
    const before = await snapshot();
    const run = await pullProcess(`${proxy.host}/staged/thread-hashed:v1`, output);
    rule.remove();
    expect(rule.fired()).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/expected digest sha256:[0-9a-f]{64} but the bytes hash to/);
    expect(await snapshot()).toEqual(before);
    await expectNoStaging(sandbox);
    const ok = await pullProcess(`${registry.host}/staged/thread-hashed:v1`, output);
    expect(ok.code).toBe(0);
    expect((await readFile(join(output, 'toolchain.bin'))).equals(big)).toBe(true);
  }, 120_000);
});

/** A tar of one file of `size` zero bytes, gzip'd as it streams (never held whole). */
async function zeroFileTarGz(size: number): Promise<Buffer> {
  async function* tar(): AsyncGenerator<Buffer> {
    yield* encodeEntryHeaders({ name: 'zeros.bin', mode: 0o644, size, type: '0', linkName: '' });
    const chunk = Buffer.alloc(1 << 20);
    for (let left = size; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    yield Buffer.alloc(blockSize * 2);
  }
  const chunks: Buffer[] = [];
  for await (const c of Readable.from(tar()).pipe(createGzip({ level: 9 }))) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

test('a 1 MB gzip that would unpack to 1 GiB is refused early; nothing lands on disk', async () => {
  const bomb = await zeroFileTarGz(1024 * 1024 * 1024);
  expect(bomb.length).toBeLessThan(1_200_000);
  const repository = `oci-layout:${join(work, 'stores', 'bomb')}`;
  await pushRawIndex(openTarget(repository), 'v1', [
    { platform: amd64, layers: [{ title: 'data', bytes: bomb, unpack: true }] },
  ]);
  const { sandbox, output, snapshot } = await populatedOutput();
  const before = await snapshot();
  const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
  expect(run.code).toBe(1);
  expect(run.lines.at(-1)).toMatch(
    /refusing to extract layer "data" \(sha256:[0-9a-f]{64}\) of .*: it unpacks to more than \d+ bytes/,
  );
  expect(await snapshot()).toEqual(before);
  await expectNoStaging(sandbox);
}, 60_000);

test('a directory layer of 130,000 entries is pulled and reported whole', async () => {
  const entries: RawEntry[] = [];
  for (let d = 0; d < 130; d++) {
    entries.push({ header: { name: `d${d}/`, type: '5', mode: 0o755 } });
    for (let f = 0; f < 1000; f++) entries.push({ header: { name: `d${d}/f${f}`, type: '2', linkName: 'x' } });
  }
  const repository = `oci-layout:${join(work, 'stores', 'many')}`;
  await pushRawIndex(openTarget(repository), 'v1', [
    { platform: amd64, layers: [{ title: 'many', bytes: rawTarGz(entries), unpack: true }] },
  ]);
  const output = join(work, 'many-out');
  const run = await pullCli(`${repository}:v1`, 'linux/amd64', output);
  expect(run.lines.filter((l) => /error/.test(l))).toEqual([]);
  expect(run.code).toBe(0);
  const files = run.outputs['files']?.split('\n') ?? [];
  expect(files).toHaveLength(130_000);
  expect(files[129_999]).toBe('many/d129/f999');
  expect((await readdir(join(output, 'many', 'd129'))).length).toBe(1000);
}, 300_000);
