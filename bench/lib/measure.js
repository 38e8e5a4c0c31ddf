/** Running the programs measured: wall time, peak RSS (GNU time), medians, tool checks, the machine. */
import { performance } from 'node:perf_hooks';
import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

/** What `npm run bench` needs, and the Debian package that brings each. */
export const REQUIRED_TOOLS = [
  { command: 'docker-registry', package: 'docker-registry' },
  { command: 'skopeo', package: 'skopeo' },
  { command: 'buildah', package: 'buildah' },
  { command: 'curl', package: 'curl' },
  { command: '/usr/bin/time', package: 'time' },
];

/** One line naming what to install, or undefined when everything is there. */
export function missingTools() {
  const missing = REQUIRED_TOOLS.filter(
    (t) => spawnSync('sh', ['-c', `command -v ${t.command}`], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length === 0) return undefined;
  return `npm run bench needs ${missing.map((t) => t.command).join(', ')}: apt-get install -y ${missing.map((t) => t.package).join(' ')}`;
}

/**
 * Runs `command args` under GNU time: wall milliseconds (measured here, spawn to exit), peak RSS in MiB, CPU
 * seconds (user + system, its children included), stdout and stderr. A non-zero exit throws with the end of stderr.
 */
export async function run(command, args, options = {}) {
  const rssFile = join(options.workDir ?? '/tmp', `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  const stderr = Buffer.concat(err).toString();
  let rssMiB = NaN;
  let cpuSeconds = NaN;
  try {
    const [rssKiB, user, system] = (await readFile(rssFile, 'utf8')).trim().split('\n').at(-1).split(' ').map(Number);
    rssMiB = rssKiB / 1024;
    cpuSeconds = user + system;
  } catch {
    // no RSS when time itself failed
  }
  await rm(rssFile, { force: true });
  if (code !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.slice(-1500)}`);
  }
  return { ms, rssMiB, cpuSeconds, code, stdout: Buffer.concat(out).toString(), stderr };
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * How long a new process takes to write 256 MiB of memory it has just allocated, in a child of its own: page
 * faults cost ~0.25 µs apiece on a plain machine and ~20 µs on some virtual machines, where a process that
 * grows by 100 MiB pays half a second for it (the peers' RSS is 10–40 MiB; Node's is larger).
 */
function firstTouch() {
  const ms = msInChild('const t = performance.now(); Buffer.allocUnsafeSlow(256 << 20).fill(1);');
  return Number.isFinite(ms) ? `${Math.round(ms)} ms (${((ms * 1000) / 65536).toFixed(1)} µs per 4 KiB page)` : '?';
}

/** Runs `script` in a new node, which must set `t` before the work; the milliseconds since `t`, or NaN. */
function msInChild(script) {
  const out = spawnSync(process.execPath, ['-e', `${script} process.stdout.write(String(performance.now() - t))`], {
    encoding: 'utf8',
  }).stdout;
  return out ? Number(out) : NaN;
}

/**
 * SHA-256 on one core, in a child of its own (over 256 MiB already touched): what verifying each byte costs, which
 * the curl floor does not pay.
 */
function sha256Rate() {
  const ms = msInChild(
    "const b = Buffer.allocUnsafeSlow(256 << 20).fill(7); const h = require('node:crypto').createHash('sha256');" +
      'const t = performance.now(); h.update(b); h.digest();',
  );
  return Number.isFinite(ms)
    ? `${((256 * 1024 * 1024) / (ms / 1000) / 1e9).toFixed(2)} GB/s (1 GiB: ${((ms * 4) / 1000).toFixed(2)} s of CPU)`
    : '?';
}

export function machine() {
  const list = cpus();
  const version = (cmd, args) =>
    spawnSync(cmd, args, { encoding: 'utf8' }).stdout?.split('\n')[0]?.split(' (')[0]?.trim() ?? '?';
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGiB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
    date: new Date().toISOString(),
    firstTouch: firstTouch(),
    sha256: sha256Rate(),
    peers: [version('skopeo', ['--version']), version('buildah', ['--version']), version('curl', ['--version'])],
    registry: version('docker-registry', ['--version']),
  };
}

/** CPU seconds (user + system) a running process has used so far, from /proc (Linux; NaN elsewhere). */
export async function processCpuSeconds(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ, the unit of /proc/PID/stat times: 100 on every Linux the bench runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
