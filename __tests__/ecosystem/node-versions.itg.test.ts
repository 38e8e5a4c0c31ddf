/**
 * The committed bundle runs on the Node that runs these tests (20 here) and on Node 24 (what GitHub runs
 * `runs.using: node24` actions with): the CLI's help, a push/merge/pull round trip on an oci-layout store, a
 * big file streamed to a real registry, and the action entry point reading INPUT_* and writing GITHUB_OUTPUT.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { STREAMED_PUSH_MIN_SIZE } from '../../src/core/artifact/pack-files.js';
import { parseOutputFile } from '../e2e/run-action.js';
import { sha256, useRegistry } from '../harness/fixtures.js';
import { findNode24, majorOf, repoRoot } from './node-runtime.js';

let work: string;
const { registry } = useRegistry();
const runtimes: Array<[string, () => string]> = [
  [`current (${process.version})`, () => process.execPath],
  ['Node 24', findNode24],
];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-node-versions-'));
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

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

describe.each(runtimes)('the bundle on %s', (label, locate) => {
  let node: string;
  const cli = join(repoRoot, 'dist', 'cli.js');
  const slug = label.replace(/\W+/g, '-');
  const store = () => `oci-layout:${join(work, `store-${slug}`)}`;

  beforeAll(() => {
    node = locate();
  }, 300_000);

  test('is the Node it claims to be, and prints --help', async () => {
    const version = await run(node, ['--version']);
    if (label === 'Node 24') expect(majorOf(version.stdout)).toBe(24);
    const help = await run(node, [cli, '--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: oci-multiarch COMMAND');
  });

  test('push two platforms, merge, pull one back (CLI)', async () => {
    for (const arch of ['amd64', 'arm64']) {
      const file = join(work, `tool-${slug}-${arch}`);
      writeFileSync(file, `tool ${arch}\n`);
      const pushed = await run(node, [
        cli,
        'push',
        '--repository',
        store(),
        '--platform',
        `linux/${arch}`,
        '--staging-prefix',
        's',
        '--files',
        file,
      ]);
      expect(pushed.code).toBe(0);
    }
    const merged = await run(node, [
      cli,
      'merge',
      '--repository',
      store(),
      '--staging-prefix',
      's',
      '--platforms',
      'linux/amd64,linux/arm64',
      '--tags',
      '1.0',
    ]);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout).references).toBe(`${store()}:1.0`);
    const out = join(work, `out-${slug}`);
    const pulled = await run(node, [
      cli,
      'pull',
      '--reference',
      `${store()}:1.0`,
      '--platform',
      'linux/arm64',
      '--output',
      out,
    ]);
    expect(pulled.code).toBe(0);
    expect(readFileSync(join(out, `tool-${slug}-arm64`), 'utf8')).toBe('tool arm64\n');
  });

  test('a big file is pushed to a registry while hashed (undici, reused buffers) and reads back byte for byte', async () => {
    const bytes = randomBytes(STREAMED_PUSH_MIN_SIZE + 3);
    const file = join(work, `big-${slug}.bin`);
    writeFileSync(file, bytes);
    const repository = `node-versions/${slug.toLowerCase().replace(/^-+|-+$/g, '')}`;
    const pushed = await run(node, [
      cli,
      'push',
      '--repository',
      `${registry.host}/${repository}`,
      '--platform',
      'linux/amd64',
      '--staging-prefix',
      's',
      '--files',
      file,
    ]);
    expect(pushed.stderr).toContain('uploading while hashing');
    expect(pushed.code).toBe(0);
    const digest = sha256(bytes);
    const blob = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`);
    expect(blob.status).toBe(200);
    expect(Buffer.from(await blob.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test('the action entry point (dist/index.js) pulls and writes its outputs', async () => {
    const outputFile = join(work, `github-output-${slug}`);
    writeFileSync(outputFile, '');
    const out = join(work, `action-out-${slug}`);
    const result = await run(node, [join(repoRoot, 'dist', 'index.js')], {
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: work,
      INPUT_COMMAND: 'pull',
      INPUT_REFERENCE: `${store()}:1.0`,
      INPUT_PLATFORM: 'linux/amd64',
      INPUT_OUTPUT: out,
    });
    expect(result.stdout).not.toContain('::error::');
    expect(result.code).toBe(0);
    expect(parseOutputFile(readFileSync(outputFile, 'utf8'))['files']).toBe(`tool-${slug}-amd64`);
    expect(readFileSync(join(out, `tool-${slug}-amd64`), 'utf8')).toBe('tool amd64\n');
  });
});
