/** The push command: inputs → push use case → outputs and job summary. */
import { push } from '../core/push/push.js';
import { formatPlatformWithVersion as formatPlatform } from '../core/oci/platform.js';
import { formatReference } from '../core/oci/reference.js';
import { expandFileSpecs } from './inputs/files.js';
import { readPushRequest } from './inputs/push.js';
import type { RunContext } from './inputs/common.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { describeCacheStats, openCommandCache, withCacheSession } from './cache.js';
import { escapeCell, formatBytes } from './format.js';
import { targetOpener } from './open.js';
import { createBlobLogger, createProgressReporter, describeBlobCounts } from './progress.js';

export async function runPush(get: InputReader, context: RunContext, io: CommandIO): Promise<void> {
  const request = readPushRequest(get, context);
  request.files = await expandFileSpecs(request.files, io.glob);
  // Only a source is read from elsewhere: files never go through the blob cache.
  const session = request.source
    ? openCommandCache(
        request.common,
        io,
        `push ${formatReference(request.repository)} ${request.platform ? formatPlatform(request.platform) : 'source'}`,
      )
    : undefined;
  const open = targetOpener(request.common, request.repository, io, session?.cache);
  const { result, cache } = await withCacheSession(session, io.logger, () =>
    push(request, {
      open,
      logger: io.logger,
      tempRoot: io.tempRoot,
      onProgress: createProgressReporter(io.logger),
      onBlob: createBlobLogger(io.logger),
    }),
  );
  io.setOutput('digest', result.digest);
  io.setOutput('staging-tag', result.stagingTag);
  io.setOutput('reference', result.reference);
  io.setOutput('descriptor', JSON.stringify(result.descriptor));
  const r = result.report;
  const staged = result.platforms.map(formatPlatform).join(', ');
  io.logger.info(
    `Staged ${staged} as ${result.stagingTag} (${result.reference}): ` +
      `${r.uploaded.count} blob(s) uploaded (${formatBytes(r.uploaded.bytes)}), ${r.mounted.count} mounted (${formatBytes(r.mounted.bytes)}), ${r.existing.count} already there`,
  );
  const rows = result.files.map((f) => `| ${escapeCell(f.title)} | ${formatBytes(f.size)} | \`${f.digest}\` |`);
  await io.writeSummary(
    [
      `### oci-multiarch push: ${staged}`,
      '',
      `Staging tag \`${result.stagingTag}\` → \`${result.reference}\`; manifest \`${result.digest}\``,
      '',
      ...(rows.length ? ['| file | size | digest |', '|---|---|---|', ...rows, ''] : []),
      `Blobs: ${describeBlobCounts(r)}.`,
      ...(cache ? [`Blob cache: ${describeCacheStats(cache.stats)}.`] : []),
      '',
    ].join('\n'),
  );
}
