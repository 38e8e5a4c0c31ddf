/**
 * Job 7: what `concurrency` buys where it matters, against a distant registry. Both registries sit behind a
 * latency proxy (lib/latency-proxy.js: a round trip of DELAY_MS per request and per new connection, no bandwidth
 * limit); 16 staged platforms are released into another registry (no mounts: every blob is read and uploaded)
 * at several concurrencies, each into a repository of its own. Peak requests in flight are counted at the destination: since one limiter bounds all
 * of a merge's transfers into a registry, the peak is at most the concurrency.
 */
import { median, run } from '../lib/measure.js';
import { startLatencyProxy } from '../lib/latency-proxy.js';
import { seedPlatforms } from '../lib/seed.js';

const PLATFORMS = 16;
const LAYER_SIZE = 1024 * 1024;
const DELAY_MS = 20;
const LEVELS = [1, 2, 4, 8, 16];
const DEFAULT_CONCURRENCY = 4;

export async function concurrencyJob(context) {
  const { registry, other, cli, workDir, quick } = context;
  await seedPlatforms(registry.url, 'bench/far-src', 'staging', PLATFORMS, LAYER_SIZE);
  const source = await startLatencyProxy(registry.url, { delayMs: DELAY_MS });
  const destination = await startLatencyProxy(other.url, { delayMs: DELAY_MS });
  const times = new Map(LEVELS.map((c) => [c, []]));
  const peaks = new Map(LEVELS.map((c) => [c, 0]));
  let n = 0;
  try {
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      for (const c of LEVELS) {
        destination.reset();
        const r = await run(
          'node',
          [
            cli,
            'merge',
            '--repository',
            `${source.host}/bench/far-src`,
            '--staging-prefix',
            'staging',
            '--tags',
            `${destination.host}/bench/far-dst-${n++}:1.0`,
            '--concurrency',
            String(c),
          ],
          { workDir },
        );
        times.get(c).push(r.ms);
        peaks.set(c, Math.max(peaks.get(c), destination.reset().peakInFlight));
      }
    }
  } finally {
    await source.stop();
    await destination.stop();
  }
  const ms = (c) => median(times.get(c));
  const ratio = ms(DEFAULT_CONCURRENCY) / ms(1);
  const table = LEVELS.map((c) => `${c}: ${(ms(c) / 1000).toFixed(2)} s, ${peaks.get(c)} in flight`).join('; ');
  return {
    figures: [
      {
        job: `7. concurrency, ${DELAY_MS} ms away`,
        name: `release of ${PLATFORMS} platforms into another registry, wall time at concurrency ${DEFAULT_CONCURRENCY} (the default) / at 1 (${table}; median of ${times.get(1).length})`,
        value: ratio,
        display: `${ratio.toFixed(2)}×`,
        target: '≤ 0.50×',
        holds: ratio <= 0.5,
      },
    ],
  };
}
