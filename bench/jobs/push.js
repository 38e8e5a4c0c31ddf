/**
 * Job 1: push one file as a platform artifact, against the wire floor (curl: POST, then one streamed PUT of
 * the same bytes with the digest computed before the clock starts) and skopeo copying the same content from
 * an OCI layout. Peak RSS of ours at every size.
 */
import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { layoutOf, randomFile, sha256File } from '../lib/files.js';
import { median, run } from '../lib/measure.js';
import { startRegistry } from '../lib/registry.js';

const execFileP = promisify(execFile);
const MiB = 1024 * 1024;

async function curlFloor(registry, repository, file, digest) {
  const started = performance.now();
  const { stdout } = await execFileP('curl', [
    '-sS',
    '-D',
    '-',
    '-o',
    '/dev/null',
    '-X',
    'POST',
    `${registry.url}/v2/${repository}/blobs/uploads/`,
  ]);
  const location = /^location:\s*(\S+)/im.exec(stdout)?.[1];
  if (!location) throw new Error(`curl POST gave no Location: ${stdout}`);
  const url = new URL(location, registry.url);
  url.searchParams.set('digest', digest);
  const put = await execFileP('curl', [
    '-sS',
    '-o',
    '/dev/null',
    '-w',
    '%{http_code}',
    '-T',
    file,
    '-X',
    'PUT',
    '-H',
    'content-type: application/octet-stream',
    url.href,
  ]);
  if (put.stdout.trim() !== '201') throw new Error(`curl PUT answered ${put.stdout}`);
  return performance.now() - started;
}

/**
 * Runs each tool `runs` times at `size`, rotating which goes first; each run pushes into a registry of its own,
 * started empty: skopeo remembers where it saw a blob (its blob info cache) and would mount it from an earlier
 * run's repository instead of uploading it.
 */
export async function measurePush({ workDir, storageRoot, size, runs, label, cli }) {
  const file = await randomFile(join(workDir, `artifact-${label}.bin`), size);
  const digest = await sha256File(file);
  const layout = await layoutOf(join(workDir, `layout-${label}`), file, digest, size, 'v1');
  const samples = { curl: [], skopeo: [], ours: [], oursRss: [], skopeoRss: [] };
  const fresh = async (work) => {
    const registry = await startRegistry(storageRoot ?? workDir, `push-${label}`);
    try {
      return await work(registry);
    } finally {
      await registry.stop();
    }
  };
  const tools = {
    curl: (i) =>
      fresh(async (registry) => samples.curl.push(await curlFloor(registry, `bench/curl-${label}-${i}`, file, digest))),
    skopeo: (i) =>
      fresh(async (registry) => {
        const r = await run(
          'skopeo',
          [
            'copy',
            '-q',
            '--dest-tls-verify=false',
            `oci:${layout}:v1`,
            `docker://${registry.host}/bench/skopeo-${label}-${i}:v1`,
          ],
          { workDir },
        );
        samples.skopeo.push(r.ms);
        samples.skopeoRss.push(r.rssMiB);
      }),
    ours: (i) =>
      fresh(async (registry) => {
        const r = await run(
          'node',
          [
            cli,
            'push',
            '--repository',
            `${registry.host}/bench/ours-${label}-${i}`,
            '--platform',
            'linux/amd64',
            '--files',
            file,
            '--staging-prefix',
            'bench',
          ],
          { workDir },
        );
        samples.ours.push(r.ms);
        samples.oursRss.push(r.rssMiB);
      }),
  };
  const order = Object.keys(tools);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < order.length; k++) await tools[order[(i + k) % order.length]](i);
  }
  return {
    size,
    runs,
    curl: median(samples.curl),
    skopeo: median(samples.skopeo),
    ours: median(samples.ours),
    oursRss: Math.max(...samples.oursRss),
    skopeoRss: Math.max(...samples.skopeoRss),
    samples,
  };
}

/** A fresh directory on /dev/shm when it has `room` bytes free, else undefined. */
export async function memoryDir(room) {
  const free = await statfs('/dev/shm')
    .then((s) => s.bavail * s.bsize)
    .catch(() => 0);
  return free >= room ? mkdtemp('/dev/shm/oma-bench-') : undefined;
}

export async function pushJob(context) {
  const { workDir, cli, quick } = context;
  // Registry storage in memory when there is room: the page cache's write-back of earlier runs' gigabytes
  // otherwise lands in later runs, whichever tool they measure.
  const storageRoot = await memoryDir(5 * 1024 * MiB);
  const runs = quick ? 1 : 5;
  const small = await measurePush({ workDir, storageRoot, size: 64 * MiB, runs, label: '64m', cli });
  const gib = await measurePush({ workDir, storageRoot, size: 1024 * MiB, runs, label: '1g', cli });
  const big = quick
    ? undefined
    : await measurePush({ workDir, storageRoot, size: 4096 * MiB, runs: 1, label: '4g', cli });
  const figures = [];
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  // Each round's own ratio (the tools ran back to back), so the spread shows what the load did to the figure.
  const rounds = gib.samples.ours.map((ms, i) => ms / gib.samples.curl[i]);
  const spread = `${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)}×`;
  figures.push({
    job: '1. push 1 GiB',
    name: `wall time, ours / curl floor (median of ${gib.runs}; each round's ratio from ${spread})`,
    value: gib.ours / gib.curl,
    display: `${(gib.ours / gib.curl).toFixed(2)}× (${s(gib.ours)} / ${s(gib.curl)})`,
    target: '≤ 1.10×',
    holds: gib.ours / gib.curl <= 1.1,
  });
  figures.push({
    job: '1. push 1 GiB',
    name: 'wall time, ours / skopeo copy',
    value: gib.ours / gib.skopeo,
    display: `${(gib.ours / gib.skopeo).toFixed(2)}× (${s(gib.ours)} / ${s(gib.skopeo)})`,
    target: '≤ 1.00×',
    holds: gib.ours <= gib.skopeo,
  });
  for (const m of [small, gib, big].filter(Boolean)) {
    figures.push({
      job: `1. push ${m.size / MiB >= 1024 ? `${m.size / MiB / 1024} GiB` : `${m.size / MiB} MiB`}`,
      name: `peak RSS, ours (skopeo ${m.skopeoRss.toFixed(0)} MiB); wall ours ${s(m.ours)}, curl ${s(m.curl)}, skopeo ${s(m.skopeo)}${m.runs === 1 ? ', one run' : `, median of ${m.runs}`}`,
      value: m.oursRss,
      display: `${m.oursRss.toFixed(0)} MiB`,
      target: '≤ 150 MiB',
      holds: m.oursRss <= 150,
    });
  }
  const largest = big ?? gib;
  const growth = largest.oursRss - small.oursRss;
  figures.push({
    job: '1. push',
    name: `peak RSS growth from 64 MiB to ${largest === big ? '4 GiB' : '1 GiB'} (independent of size)`,
    value: growth,
    display: `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB`,
    target: '≤ +16 MiB',
    holds: growth <= 16,
  });
  if (storageRoot) await rm(storageRoot, { recursive: true, force: true });
  return { figures, raw: { small, gib, big, storage: storageRoot ? 'tmpfs' : 'disk' } };
}
