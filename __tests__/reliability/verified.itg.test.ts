/**
 * Promise 2 (every byte verified): a merge from registry A, read through a proxy that flips one byte of a
 * blob, a child manifest or a staging index, to registry B. The mismatch is one clear error, and nothing
 * that references the corrupted content is committed in B: no tag, no index, no manifest above the bad node.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction } from '../e2e/run-action.js';
import { registryPaths, type FaultRule } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { FIXED_ENV, manifestStatus, mergeInputs, platformList, stage } from './helpers.js';

const { registry: registryA, proxy: flipping } = useRegistry({ proxy: true });
const { registry: registryB } = useRegistry();
const platforms = platformList(2);
/** What the staging indexes in A reference: child manifests and their blobs. */
const children: string[] = [];
const blobs: string[] = [];

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'oma-verified-'));
  const runs = await stage(work, `${registryA.host}/src/tool`, 'st', platforms, 'v1');
  for (const run of runs) {
    const child = run.outputs['digest'] ?? '';
    children.push(child);
    const res = await fetch(`${registryA.url}/v2/src/tool/manifests/${child}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    const manifest = (await res.json()) as { config: { digest: string }; layers: Array<{ digest: string }> };
    blobs.push(manifest.config.digest, ...manifest.layers.map((l) => l.digest));
  }
}, 60_000);

const flip = { kind: 'flip-byte' } as const;
const cases: Array<[string, FaultRule]> = [
  ['a blob', { method: 'GET', path: registryPaths.blob, fault: flip }],
  [
    'a child manifest',
    { method: 'GET', path: /\/manifests\/sha256:/, when: (r) => !isStagingIndex(r.url), fault: flip },
  ],
  ['a staging index', { method: 'GET', path: /\/manifests\//, when: (r) => isStagingIndex(r.url), fault: flip }],
];
const isStagingIndex = (url: string | undefined): boolean => !children.some((c) => url?.endsWith(c));

test.each(cases.map(([what, rule], i) => [what, i, rule] as const))(
  'a flipped byte in %s is one clear error and nothing referencing it is committed',
  async (what, i, rule) => {
    const repository = `rel/flip-${i}`;
    const handle = flipping.addRule(rule);
    const run = await runAction(
      mergeInputs(`${flipping.host}/src/tool`, 'st', platforms, [`${registryB.host}/${repository}:1.0`]),
      FIXED_ENV,
    );
    handle.remove();
    expect(handle.fired()).toBeGreaterThan(0);
    expect(run.code).not.toBe(0);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/digest|hash/i);
    // Nothing above the corrupted node exists in B: no tag, no child manifest (so no index either).
    const tagList = await fetch(`${registryB.url}/v2/${repository}/tags/list`);
    expect(tagList.status === 404 || ((await tagList.json()) as { tags: string[] | null }).tags === null).toBe(true);
    expect(await manifestStatus(registryB.url, repository, '1.0')).toBe(404);
    if (what !== 'a blob') {
      for (const child of children) expect(await manifestStatus(registryB.url, repository, child)).toBe(404);
    } else {
      // The corrupted blob never got stored under its digest either.
      const stored = await Promise.all(
        blobs.map(
          async (b) => (await fetch(`${registryB.url}/v2/${repository}/blobs/${b}`, { method: 'HEAD' })).status,
        ),
      );
      expect(stored.filter((s) => s === 200).length).toBeLessThan(blobs.length);
      for (const child of children) expect(await manifestStatus(registryB.url, repository, child)).toBe(404);
    }
  },
);
