/**
 * @actions/cache through the action: the module is replaced by a fake that keeps archives on disk (a copy of
 * the paths per key), and the exported runAction runs in-process against real registries. Asserted: the keys,
 * the same paths on save and restore, a second runner restoring what the first saved, isFeatureAvailable()
 * respected, an existing key not an error, and every cache failure a warning, never a failed step.
 * The real library, against a cache service and Azurite, is run by actions-cache-service.itg.test.ts; this
 * fake stays for what that one cannot set up quickly. Note that the real library never throws on a service
 * failure (it warns and answers a miss or -1): the throwing fake below stands for an adapter that throws.
 */
import { beforeAll, expect, jest, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run.js';
import { parseOutputFile } from '../../e2e/run-action.js';
import { useRegistry } from '../../harness/fixtures.js';
import { tempDir } from './fixtures.js';

interface Saved {
  key: string;
  paths: string[];
  at: number;
}
const fake = {
  store: '',
  available: true,
  failing: false,
  miss: false,
  saved: [] as Saved[],
  calls: [] as { op: string; paths: string[]; key: string; restoreKeys?: string[] }[],
};
const archiveDir = (key: string) => join(fake.store, key);

jest.unstable_mockModule('@actions/cache', () => ({
  isFeatureAvailable: () => fake.available,
  restoreCache: async (paths: string[], primaryKey: string, restoreKeys: string[] = []) => {
    fake.calls.push({ op: 'restore', paths: [...paths], key: primaryKey, restoreKeys: [...restoreKeys] });
    if (fake.failing) throw new Error('Cache service responded with 503');
    if (fake.miss) return undefined;
    // Like the service: the exact key, else the newest key starting with a restore key; archives made with
    // other paths (another "version") never match.
    const usable = fake.saved.filter((s) => JSON.stringify(s.paths) === JSON.stringify(paths));
    const hit =
      usable.find((s) => s.key === primaryKey) ??
      restoreKeys
        .map((prefix) => usable.filter((s) => s.key.startsWith(prefix)).sort((x, y) => y.at - x.at)[0])
        .find(Boolean);
    if (!hit) return undefined;
    hit.paths.forEach((p, i) => cpSync(join(archiveDir(hit.key), String(i)), p, { recursive: true }));
    return hit.key;
  },
  saveCache: async (paths: string[], key: string) => {
    fake.calls.push({ op: 'save', paths: [...paths], key });
    if (fake.failing) throw new Error('Cache service responded with 503');
    if (fake.saved.some((s) => s.key === key)) return -1; // what @actions/cache answers for an existing key
    paths.forEach((p, i) => cpSync(p, join(archiveDir(key), String(i)), { recursive: true }));
    fake.saved.push({ key, paths: [...paths], at: fake.saved.length });
    return fake.saved.length;
  },
}));
const { runAction } = await import('../../../src/action/run.js');

const { registry: source, proxy } = useRegistry({ proxy: true });
const { registry: release } = useRegistry();
let work: string;

beforeAll(async () => {
  work = await tempDir('oma-action-cache-');
  fake.store = join(work, 'archives');
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    const file = join(work, platform.replace('/', '-'), 'tool.bin');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, randomBytes(100_000));
    const code = await runCli(
      ['push', '--repository', `${source.host}/app`, '--platform', platform, '--files', file, '--staging-prefix', 's'],
      { HOME: work },
      { stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
  }
});

/**
 * One action step on a fresh runner: merge the staging tags into release/<repository>. RUNNER_TEMP is the same
 * path on every run (as on GitHub's runners, where @actions/cache's version hashes the paths) but starts empty.
 */
async function mergeStep(repository: string) {
  const runner = join(work, 'runner-temp');
  rmSync(runner, { recursive: true, force: true });
  mkdirSync(runner, { recursive: true });
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs: Record<string, string> = {
    command: 'merge',
    repository: `${proxy.host}/app`,
    'staging-prefix': 's',
    tags: `${release.host}/${repository}:v1`,
  };
  const env: Record<string, string> = {
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    HOME: runner,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  const from = proxy.log.length;
  const callsFrom = fake.calls.length;
  try {
    await runAction(process.env);
  } finally {
    process.stdout.write = write;
    for (const name of Object.keys(env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  const blobGets = proxy.log.slice(from).filter((e) => e.method === 'GET' && /\/blobs\/sha256:/.test(e.path));
  return {
    failed,
    stdout,
    warnings: stdout.split('\n').filter((l) => l.startsWith('::warning::')),
    errors: stdout.split('\n').filter((l) => l.startsWith('::error::')),
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    calls: fake.calls.slice(callsFrom),
    sourceBlobBytes: blobGets.reduce((sum, e) => sum + e.bytesOut, 0),
    paths: [join(runner, 'oci-multiarch-cache', 'blobs')],
  };
}

const prefixPattern = /^oci-multiarch-blobs-v1-[0-9a-f]{16}-$/;
let firstKey = '';

test('first runner: restore misses, the blobs come from the source, save under a content key with the same paths', async () => {
  const run = await mergeStep('r1');
  expect(run.failed).toBe(false);
  expect(run.errors).toEqual([]);
  expect(run.warnings).toEqual([]);
  expect(run.outputs['digest']).toMatch(/^sha256:/);
  const [restore, save, ...rest] = run.calls;
  expect(rest).toEqual([]);
  expect(restore).toEqual({
    op: 'restore',
    paths: run.paths,
    key: expect.stringMatching(prefixPattern),
    restoreKeys: [restore?.key],
  });
  expect(save?.op).toBe('save');
  expect(save?.paths).toEqual(restore?.paths);
  expect(save?.key).toMatch(new RegExp(`^${restore?.key}[0-9a-f]{64}$`));
  firstKey = save?.key ?? '';
  expect(readdirSync(join(archiveDir(firstKey), '0', 'sha256'))).toHaveLength(4);
  expect(run.sourceBlobBytes).toBeGreaterThanOrEqual(200_000);
  expect(run.summary).toMatch(/Blob cache: 0 blob\(s\) \(0 B\) from the cache, 4 \(.+\) from the source\./);
});

test('second runner: restores the first one’s archive, reads no blob byte from the source, saves nothing', async () => {
  const run = await mergeStep('r2');
  expect(run.failed).toBe(false);
  expect(run.warnings).toEqual([]);
  expect(run.calls.map((c) => c.op)).toEqual(['restore']);
  expect(run.sourceBlobBytes).toBe(0);
  expect(run.stdout).toContain(`cache: restored ${firstKey}`);
  expect(run.summary).toMatch(/Blob cache: 4 blob\(s\) \(.+\) from the cache, 0 \(0 B\) from the source\./);
});

test('an existing key is not an error: the save answers -1 and the step succeeds quietly', async () => {
  fake.miss = true;
  const run = await mergeStep('r3');
  fake.miss = false;
  expect(run.failed).toBe(false);
  expect(run.warnings).toEqual([]);
  expect(run.calls.map((c) => [c.op, c.op === 'save' ? c.key : ''])).toEqual([
    ['restore', ''],
    ['save', firstKey],
  ]);
  expect(run.stdout).toContain(`cache: ${firstKey} not saved (it exists already`);
});

test('a failing cache service gives warnings, never a failed step', async () => {
  fake.failing = true;
  const run = await mergeStep('r4');
  fake.failing = false;
  expect(run.failed).toBe(false);
  expect(run.errors).toEqual([]);
  expect(run.outputs['digest']).toMatch(/^sha256:/);
  expect(run.warnings).toEqual([
    expect.stringMatching(/^::warning::cache: restore failed \(Cache service responded with 503\)/),
    expect.stringMatching(/^::warning::cache: save failed \(Cache service responded with 503\)/),
  ]);
  expect(run.calls.map((c) => c.op)).toEqual(['restore', 'save']);
});

test('isFeatureAvailable() false: no restore, no save, the directory alone serves the run', async () => {
  fake.available = false;
  const run = await mergeStep('r5');
  fake.available = true;
  expect(run.failed).toBe(false);
  expect(run.warnings).toEqual([]);
  expect(run.calls).toEqual([]);
  expect(existsSync(run.paths[0] as string)).toBe(true);
  expect(run.summary).toMatch(/0 blob\(s\) \(0 B\) from the cache, 4 \(.+\) from the source/);
});

test('cache: false turns it off: no archive calls and no cache directory', async () => {
  process.env['INPUT_CACHE'] = 'false';
  const run = await mergeStep('r6').finally(() => delete process.env['INPUT_CACHE']);
  expect(run.failed).toBe(false);
  expect(run.calls).toEqual([]);
  expect(existsSync(run.paths[0] as string)).toBe(false);
  expect(run.summary).not.toMatch(/Blob cache/);
});
