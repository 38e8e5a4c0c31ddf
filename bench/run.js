/**
 * `npm run bench`: starts its own registries on loopback, measures us side by side with the peers (curl for
 * the wire floor, skopeo, buildah), prints every figure with its target and whether it holds, and writes
 * docs/benchmarks.md with the machine it ran on. `--quick` runs each figure once, for trying the bench out.
 * Not part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concurrencyJob } from './jobs/concurrency.js';
import { mergeJob, scaleJob } from './jobs/merge.js';
import { packageSizeJob } from './jobs/package-size.js';
import { pullJob } from './jobs/pull.js';
import { pushJob } from './jobs/push.js';
import { farReleaseJob } from './jobs/release-far.js';
import { otherRegistryJob, sameRegistryJob } from './jobs/release.js';
import { startupJob } from './jobs/startup.js';
import { machine, missingTools } from './lib/measure.js';
import { startCountingProxy } from './lib/proxy.js';
import { startRegistry } from './lib/registry.js';
import { printFigures, writeReport } from './lib/report.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

const notes = [
  "push: `oci-multiarch push --files FILE` (into a registry of its own each run, as for the peers) against curl — `POST /blobs/uploads/` then `curl -T FILE -X PUT …?digest=` — whose digest is computed before its clock starts, so the floor does not pay for hashing while we do; and against `skopeo copy oci:LAYOUT:v1 docker://…` of the same bytes as an OCI layout (the layer is a hard link to the file). The tools take turns going first. Peak RSS is GNU time's maximum resident set size.",
  'merge: 16 staged platforms (as push leaves them, seeded over HTTP into a fresh repository per run) merged under 3 tags in the same repository by `oci-multiarch merge --staging-prefix`, against buildah on the same kind of sources: `buildah manifest create`, `manifest add docker://…@digest` for each platform, `manifest push --all` to each of the 3 tags. Requests are counted by a reverse proxy in front of the registry.',
  'release to another repository: merge with a tag in another repository of the same registry; bytes are the PUT/PATCH bodies of blob uploads seen by the proxy.',
  'release to another registry: two merges into two repositories of a second registry with one `--cache-dir`; the figure is the blob bytes the second one GETs from the source registry.',
  'scale: 256 staged platforms merged under 3 tags; time per platform is the wall time divided by the count, against the 16-platform merge.',
  'concurrency: both registries behind a latency proxy (bench/lib/latency-proxy.js: a TCP proxy that holds every chunk back 10 ms each way, so every request, and every new connection, costs a 20 ms round trip; no bandwidth limit; it never parses a body and reads into reused buffers, so that it takes little of the CPU the tools need); 16 staged platforms of 1 MiB released into the other registry (each blob read and uploaded) with `--concurrency` 1, 2, 4, 8 and 16, each into a repository of its own; peak requests in flight counted at the destination. One limiter bounds every transfer of a merge into a registry, so there are at most `concurrency` requests in flight (it used to nest: `concurrency` platforms of `concurrency` transfers each).',
  'release to another registry 20 ms away: 1, 8 and 16 staged platforms of 64 MiB (seeded over HTTP), both registries behind the latency proxy of the concurrency job; ours is `oci-multiarch merge --staging-prefix … --tags OTHER/…:1.0 --cache false` at the default concurrency, the peer `skopeo copy --all` of an index over the same platform manifests in the source repository. Every run copies into a destination registry started empty (on tmpfs when there is room), the tools taking turns going first; medians of 3 at 16 platforms, of 2 at 1 and 8.',
  "pull: `oci-multiarch pull --reference … --platform linux/amd64 --output DIR --cache false` (and, reported, with `--cache-dir` of an empty directory: a miss) of one platform pushed by the CLI (a 1 GiB file; a directory of 10,000 files of 4 KiB, packed as one tar+gzip layer), against `curl -o FILE` GETting the same blob (no verification: the floor) and `skopeo copy docker://…@MANIFEST dir:DIR`; the directory against GNU `tar -xzf` of the same blob already on local disk. Registry storage and every output on tmpfs when there is room; medians of 3, the tools taking turns going first. Peak RSS is GNU time's, at 64 MiB and 1 GiB.",
  'package: `npm pack --dry-run` of the CLI package as published (dist/cli.js and its chunks, README, LICENSE).',
  'start-up: the time from spawning `node dist/index.js` (the action, inputs in INPUT_* variables) to the first request the proxy sees.',
];

async function main() {
  const missing = missingTools();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'index.js'))) {
    console.error('npm run bench needs the bundle: run npm run build first');
    process.exit(1);
  }
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'oma-bench-'));
  const registry = await startRegistry(workDir, 'main');
  const other = await startRegistry(workDir, 'other');
  const proxy = await startCountingProxy(registry.url);
  const otherProxy = await startCountingProxy(other.url);
  const context = { registry, other, proxy, otherProxy, cli, root, workDir, quick };
  const figures = [];
  const step = async (name, fn) => {
    if (only && !only.includes(name)) return undefined;
    console.log(`== ${name}`);
    const result = await fn();
    printFigures(result.figures);
    figures.push(...result.figures);
    return result;
  };
  try {
    const merge16 = await step('merge', () => mergeJob(context));
    // start-up is measured on a merge of what the merge job staged
    if (merge16) await step('startup', () => startupJob(context, 'bench/merge16-ours-0'));
    else if (only?.includes('startup')) console.log('== startup: needs the merge job too (--only=merge,startup)');
    await step('release', () => sameRegistryJob(context));
    await step('cache', () => otherRegistryJob(context));
    if (merge16) await step('scale', () => scaleJob(context, merge16.raw));
    await step('concurrency', () => concurrencyJob(context));
    await step('far', () => farReleaseJob(context));
    await step('pull', () => pullJob(context));
    await step('push', () => pushJob(context));
    await step('package', () => packageSizeJob(context));
  } finally {
    await proxy.stop();
    await otherProxy.stop();
    await registry.stop();
    await other.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  const minutes = (performance.now() - started) / 60000;
  console.log(
    `\n${figures.filter((f) => f.holds === true).length} of ${figures.length} figures hold (${minutes.toFixed(1)} min)`,
  );
  printFigures(figures);
  if (!only && !quick) {
    await writeReport(join(root, 'docs', 'benchmarks.md'), { machine: machine(), figures, minutes, notes });
    console.log('wrote docs/benchmarks.md');
  }
}

await main();
