/**
 * Jobs 3 and 4: release staged platforms into another repository of the same registry (blobs are mounted:
 * zero bytes uploaded) and into another registry with a warm blob cache (zero blob bytes read from the source).
 */
import { join } from 'node:path';
import { run } from '../lib/measure.js';
import { seedPlatforms } from '../lib/seed.js';

const PLATFORMS = 16;
/** Big enough that uploading instead of mounting, or reading instead of the cache, would show. */
const LAYER_SIZE = 1024 * 1024;

export async function sameRegistryJob(context) {
  const { registry, proxy, cli, workDir } = context;
  await seedPlatforms(registry.url, 'bench/release-src', 'staging', PLATFORMS, LAYER_SIZE);
  proxy.reset();
  await run(
    'node',
    [
      cli,
      'merge',
      '--repository',
      `${proxy.host}/bench/release-src`,
      '--staging-prefix',
      'staging',
      '--tags',
      `${proxy.host}/bench/release-dst:1.0`,
    ],
    { workDir },
  );
  const counts = proxy.reset();
  return {
    figures: [
      {
        job: '3. release to another repository',
        name: `blob bytes uploaded (${counts.mounts} mounts, ${counts.requests} requests, ${PLATFORMS} platforms of ${LAYER_SIZE / 1024} KiB)`,
        value: counts.blobUploadBytes,
        display: `${counts.blobUploadBytes} B`,
        target: '0 B',
        holds: counts.blobUploadBytes === 0,
      },
    ],
  };
}

export async function otherRegistryJob(context) {
  const { registry, proxy, other, otherProxy, cli, workDir } = context;
  await seedPlatforms(registry.url, 'bench/cache-src', 'staging', PLATFORMS, LAYER_SIZE);
  const cacheDir = join(workDir, 'blob-cache');
  const release = async (repository) => {
    proxy.reset();
    const r = await run(
      'node',
      [
        cli,
        'merge',
        '--repository',
        `${proxy.host}/bench/cache-src`,
        '--staging-prefix',
        'staging',
        '--tags',
        `${otherProxy.host}/${repository}:1.0`,
        '--cache-dir',
        cacheDir,
      ],
      { workDir, allowFailure: true },
    );
    return { code: r.code, stderr: r.stderr, read: proxy.reset().blobDownloadBytes };
  };
  const cold = await release('bench/cache-cold');
  const pending = cold.code !== 0 && /cache-dir/.test(cold.stderr);
  if (cold.code !== 0 && !pending) throw new Error(`merge with a cache failed: ${cold.stderr.slice(-1500)}`);
  const warm = pending ? undefined : await release('bench/cache-warm');
  if (warm && warm.code !== 0) throw new Error(`merge with a warm cache failed: ${warm.stderr.slice(-1500)}`);
  void other;
  return {
    figures: [
      {
        job: '4. release to another registry, warm cache',
        name: pending
          ? 'blob bytes read from the source — pending the cache (--cache-dir not accepted)'
          : `blob bytes read from the source (cold run: ${cold.read} B)`,
        value: warm?.read ?? NaN,
        display: warm ? `${warm.read} B` : 'pending',
        target: '0 B',
        holds: warm ? warm.read === 0 : null,
      },
    ],
  };
}
