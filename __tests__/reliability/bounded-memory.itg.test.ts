/**
 * Promise 4 (bounded), memory: pushing a 1 GiB file and copying it registry → registry in a merge keep the
 * CLI process's peak RSS (GNU time's %M) under 200 MiB. Slow by nature (it moves 2 GiB through the real
 * registry); the file is sparse, so it costs no disk of its own.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../e2e/run-action.js';
import { useRegistry } from '../harness/fixtures.js';

const GiB = 1024 * 1024 * 1024;
const RSS_LIMIT_KIB = 200 * 1024;
const { registry: registryA } = useRegistry();
const { registry: registryB } = useRegistry();
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-big-'));
  const file = join(work, 'big.bin');
  writeFileSync(file, '');
  truncateSync(file, GiB);
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI under GNU time; returns the exit code, the outputs and the peak RSS in KiB. */
function cliMeasured(args: string[]): Promise<{ code: number; outputs: Record<string, string>; peakKiB: number }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env['PATH'] ?? '', HOME: work, SOURCE_DATE_EPOCH: '1700000000' };
    execFile(
      '/usr/bin/time',
      ['-f', 'peak-rss-kib=%M', process.execPath, join(distDir, 'cli.js'), ...args],
      { env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const peak = /peak-rss-kib=(\d+)/.exec(stderr);
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (code !== 0) process.stderr.write(stderr.slice(-2000));
        resolve({
          code,
          outputs: code === 0 ? (JSON.parse(stdout) as Record<string, string>) : {},
          peakKiB: Number(peak?.[1] ?? Infinity),
        });
      },
    );
  });
}

test('a 1 GiB push and a 1 GiB registry-to-registry merge each stay under 200 MiB of RSS', async () => {
  const push = await cliMeasured([
    'push',
    '--repository',
    `${registryA.host}/big/tool`,
    '--platform',
    'linux/amd64',
    '--files',
    join(work, 'big.bin'),
    '--staging-prefix',
    'st',
  ]);
  expect(push.code).toBe(0);
  expect(push.peakKiB).toBeLessThan(RSS_LIMIT_KIB);

  const merge = await cliMeasured([
    'merge',
    '--repository',
    `${registryA.host}/big/tool`,
    '--staging-prefix',
    'st',
    '--platforms',
    'linux/amd64',
    '--tags',
    `${registryB.host}/big/release:1.0`,
  ]);
  expect(merge.code).toBe(0);
  expect(merge.peakKiB).toBeLessThan(RSS_LIMIT_KIB);

  // Registry B holds the 1 GiB layer (it checked the digest when the upload was committed).
  const manifest = (await (
    await fetch(`${registryB.url}/v2/big/release/manifests/${push.outputs['digest']}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: Array<{ digest: string; size: number }> };
  expect(manifest.layers[0]?.size).toBe(GiB);
  const head = await fetch(`${registryB.url}/v2/big/release/blobs/${manifest.layers[0]?.digest}`, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(Number(head.headers.get('content-length'))).toBe(GiB);
  process.stdout.write(`peak RSS: push ${push.peakKiB} KiB, merge ${merge.peakKiB} KiB\n`);
}, 240_000);
