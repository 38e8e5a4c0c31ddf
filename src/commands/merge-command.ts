/** The merge command: inputs → merge use case → outputs and job summary. */
import { merge } from '../core/merge/merge.js';
import { describePlan } from '../core/merge/plan.js';
import { addReport, emptyReport } from '../core/copy/report.js';
import { formatPlatformWithVersion } from '../core/oci/platform.js';
import { readMergeRequest } from './inputs/merge.js';
import type { RunContext } from './inputs/common.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { describeCacheStats, openCommandCache, withCacheSession } from './cache.js';
import { escapeCell, formatBytes } from './format.js';
import { targetOpener } from './open.js';
import { formatReference } from '../core/oci/reference.js';
import { createBlobLogger, createProgressReporter, describeBlobCounts } from './progress.js';
import { ghcrDeleter } from './ghcr-cleanup.js';

export async function runMerge(
  get: InputReader,
  context: RunContext & { sourceDateEpoch?: string },
  io: CommandIO,
): Promise<void> {
  const request = readMergeRequest(get, { ...context, github: io.github });
  if (request.manifestAnnotationsIgnored.length > 0) {
    io.logger.warning(
      `merge does not rewrite child manifests: ignoring manifest-level annotations ${request.manifestAnnotationsIgnored.join(', ')} (set them at push)`,
    );
  }
  const session = request.dryRun
    ? undefined
    : openCommandCache(request.common, io, `merge ${formatReference(request.repository)}`);
  const open = targetOpener(request.common, request.repository, io, session?.cache);
  const token = request.common.githubToken;
  const { result, cache } = await withCacheSession(session, io.logger, () =>
    merge(request, {
      open,
      logger: io.logger,
      ...(token
        ? {
            deleteStaging: ghcrDeleter({
              token,
              apiUrl: io.github.apiUrl ?? 'https://api.github.com',
              logger: io.logger,
            }),
          }
        : {}),
      onProgress: createProgressReporter(io.logger),
      onBlob: createBlobLogger(io.logger),
    }),
  );
  const { composed } = result;
  const indexJson = Buffer.from(composed.bytes).toString('utf8');
  const platforms = composed.entries
    .filter((e) => !e.attestation)
    .map((e) => ({
      platform: e.platform ? formatPlatformWithVersion(e.platform) : 'unknown',
      digest: e.descriptor.digest,
      size: e.descriptor.size,
    }));
  io.setOutput('digest', composed.descriptor.digest);
  io.setOutput('references', result.references.join('\n'));
  io.setOutput('index', indexJson);
  io.setOutput('platforms', JSON.stringify(platforms));
  if (request.dryRun) {
    io.logger.info(`dry-run: nothing pushed. The index:\n${JSON.stringify(composed.index, null, 2)}`);
    for (const d of result.destinations ?? []) for (const line of describePlan(d)) io.logger.info(`dry-run: ${line}`);
    for (const p of result.plan)
      io.logger.info(
        `dry-run: ${p.reference} ${p.moves ? `would move from ${p.current ?? 'nothing'}` : 'already at the index'}`,
      );
  } else {
    // Which tag moved where: the one thing a release log must say.
    for (const p of result.plan) {
      const to = composed.descriptor.digest;
      io.logger.info(
        p.moves
          ? `${p.reference} → ${to} (${p.current ? `moved from ${p.current}` : 'new tag'})`
          : `${p.reference} already at ${to}`,
      );
    }
  }
  const rows = composed.entries.map((e) => {
    // Each annotation is escaped on its own, then joined with a real line break.
    const lifted = Object.entries(e.descriptor.annotations ?? {})
      .map(([k, v]) => escapeCell(`${k}=${v}`))
      .join('<br>');
    const platform = e.platform ? escapeCell(formatPlatformWithVersion(e.platform)) : '';
    return `| ${platform}${e.attestation ? ' (attestation)' : ''} | \`${e.descriptor.digest}\` | ${formatBytes(e.descriptor.size)} | ${lifted} |`;
  });
  const moved = result.published.flatMap((p) => p.moved.map((t) => `${p.destination}:${t}`));
  const totals = emptyReport();
  for (const p of result.published) addReport(totals, p.report);
  await io.writeSummary(
    [
      `### oci-multiarch merge${request.dryRun ? ' (dry run)' : ''}`,
      '',
      `Index \`${composed.descriptor.digest}\` (${composed.descriptor.size} bytes)`,
      '',
      '| platform | digest | size | annotations |',
      '|---|---|---|---|',
      ...rows,
      '',
      `References: ${result.references.map((r) => `\`${r}\``).join(', ')}`,
      `Tags moved: ${moved.length ? moved.map((m) => `\`${m}\``).join(', ') : 'none (already at the index)'}`,
      `Blobs: ${describeBlobCounts(totals)}.`,
      ...(cache ? [`Blob cache: ${describeCacheStats(cache.stats)}.`] : []),
      ...(result.cleanup
        ? [
            `Cleanup: ${result.cleanup.deleted.length} staging index(es) deleted, ${result.cleanup.untagged.length} staging tag(s) removed, ${result.cleanup.kept.length} kept.`,
          ]
        : []),
      '',
    ].join('\n'),
  );
}
