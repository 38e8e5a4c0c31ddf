/**
 * Jobs 2 and 5: merge N staged platforms into an index under 3 tags in the same repository, against buildah
 * (manifest create, add ×N, push --all to each tag) for the same sources; HTTP requests counted by a proxy.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { median, run } from '../lib/measure.js';
import { seedPlatforms } from '../lib/seed.js';

/** Layer size of each seeded platform: small, since merge moves manifests, not layers. */
const LAYER_SIZE = 64 * 1024;
const TAGS = ['1.2.3', '1.2', 'latest'];

async function oursMerge(context, repository, prefix, tags) {
  const { proxy, cli, workDir } = context;
  proxy.reset();
  const args = ['merge', '--repository', `${proxy.host}/${repository}`, '--staging-prefix', prefix];
  for (const tag of tags) args.push('--tags', tag);
  const r = await run('node', [cli, ...args], { workDir });
  const counts = proxy.reset();
  return { ms: r.ms, requests: counts.requests, byMethod: counts.byMethod, rss: r.rssMiB };
}

async function buildahMerge(context, repository, seeded, tags, i) {
  const { proxy, workDir } = context;
  const storage = [
    '--root',
    join(workDir, 'buildah', 'root'),
    '--runroot',
    join(workDir, 'buildah', 'run'),
    '--storage-driver',
    'vfs',
  ];
  const list = `bench-list-${i}`;
  proxy.reset();
  const started = performance.now();
  await run('buildah', [...storage, 'manifest', 'create', list], { workDir });
  for (const s of seeded) {
    await run(
      'buildah',
      [
        ...storage,
        'manifest',
        'add',
        '--tls-verify=false',
        list,
        `docker://${proxy.host}/${repository}@${s.manifest.digest}`,
      ],
      { workDir },
    );
  }
  for (const tag of tags) {
    await run(
      'buildah',
      [
        ...storage,
        'manifest',
        'push',
        '--all',
        '--tls-verify=false',
        list,
        `docker://${proxy.host}/${repository}:${tag}`,
      ],
      { workDir },
    );
  }
  const ms = performance.now() - started;
  const requests = proxy.reset().requests;
  await run('buildah', [...storage, 'manifest', 'rm', list], { workDir, allowFailure: true });
  return { ms, requests };
}

/** Fresh repositories per run, so that every run does the same work (tags move, the index is new). */
export async function mergeJob(context) {
  const { registry, quick } = context;
  const runs = quick ? 1 : 5;
  const ours = [];
  const buildah = [];
  for (let i = 0; i < runs; i++) {
    const oursRepo = `bench/merge16-ours-${i}`;
    const buildahRepo = `bench/merge16-buildah-${i}`;
    await seedPlatforms(registry.url, oursRepo, 'staging', 16, LAYER_SIZE);
    const seeded = await seedPlatforms(registry.url, buildahRepo, 'staging', 16, LAYER_SIZE);
    if (i % 2 === 0) {
      ours.push(await oursMerge(context, oursRepo, 'staging', TAGS));
      buildah.push(await buildahMerge(context, buildahRepo, seeded, TAGS, i));
    } else {
      buildah.push(await buildahMerge(context, buildahRepo, seeded, TAGS, i));
      ours.push(await oursMerge(context, oursRepo, 'staging', TAGS));
    }
  }
  const oursMs = median(ours.map((r) => r.ms));
  const buildahMs = median(buildah.map((r) => r.ms));
  const requests = Math.max(...ours.map((r) => r.requests));
  const budget = 2 * 16 + 3 + 5;
  const figures = [
    {
      job: '2. merge 16 platforms, 3 tags',
      name: `wall time, ours / buildah (create + add ×16 + push --all ×3), median of ${runs}`,
      value: oursMs / buildahMs,
      display: `${(oursMs / buildahMs).toFixed(2)}× (${(oursMs / 1000).toFixed(2)} s / ${(buildahMs / 1000).toFixed(2)} s)`,
      target: '≤ 0.50×',
      holds: oursMs / buildahMs <= 0.5,
    },
    {
      job: '2. merge 16 platforms, 3 tags',
      name: `HTTP requests, ours (buildah: ${median(buildah.map((r) => r.requests))}; ours by method ${JSON.stringify(ours[0].byMethod)})`,
      value: requests,
      display: String(requests),
      target: `≤ ${budget} (2×16 + 3 + 5)`,
      holds: requests <= budget,
    },
  ];
  return { figures, raw: { ours, buildah, oursMs } };
}

/** Job 5: a 256-platform merge, time per platform against the 16-platform merge. */
export async function scaleJob(context, merge16) {
  const { registry, quick } = context;
  const runs = quick ? 1 : 3;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const repo = `bench/merge256-${i}`;
    await seedPlatforms(registry.url, repo, 'staging', 256, 1024);
    samples.push(await oursMerge(context, repo, 'staging', TAGS));
  }
  const ms256 = median(samples.map((r) => r.ms));
  const per16 = merge16.oursMs / 16;
  const per256 = ms256 / 256;
  return {
    figures: [
      {
        job: '5. scale',
        name: `256-platform merge completes (median of ${runs}: ${(ms256 / 1000).toFixed(2)} s, ${samples[0].requests} requests)`,
        value: ms256,
        display: 'yes',
        target: 'completes',
        holds: true,
      },
      {
        job: '5. scale',
        name: `time per platform, 256 vs 16 (${per256.toFixed(1)} ms vs ${per16.toFixed(1)} ms)`,
        value: per256 / per16,
        display: `${(per256 / per16).toFixed(2)}×`,
        target: '≤ 1.00× (flat or better)',
        holds: per256 <= per16,
      },
      {
        job: '5. scale',
        name: 'HTTP requests per platform at 256',
        value: samples[0].requests / 256,
        display: (samples[0].requests / 256).toFixed(2),
        target: '≤ 2.5 (as at 16)',
        holds: samples[0].requests / 256 <= 2.5,
      },
    ],
    raw: { samples },
  };
}
