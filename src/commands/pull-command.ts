/** The pull command: inputs → pull use case → outputs. */
import { formatPlatformWithVersion as formatPlatform } from '../core/oci/platform.js';
import { pull } from '../core/pull/pull.js';
import { readPullRequest } from './inputs/pull.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { repositoryOf } from '../core/oci/reference.js';
import { describeCacheStats, openCommandCache, withCacheSession } from './cache.js';
import { escapeCell } from './format.js';
import { targetOpener } from './open.js';

export async function runPull(get: InputReader, io: CommandIO): Promise<void> {
  const request = readPullRequest(get);
  const session = openCommandCache(
    request.common,
    io,
    `pull ${repositoryOf(request.reference)} ${formatPlatform(request.platform)}`,
  );
  const open = targetOpener(request.common, request.reference, io, session?.cache);
  const { result, cache } = await withCacheSession(session, io.logger, () =>
    pull(request, { open, logger: io.logger }),
  );
  const chosen = result.platform ? formatPlatform(result.platform) : formatPlatform(request.platform);
  if (request.hostVersion)
    io.logger.info(`This machine is ${formatPlatform(request.platform)} (${request.hostVersion}): took ${chosen}`);
  io.setOutput('digest', result.digest);
  io.setOutput('files', result.files.join('\n'));
  io.logger.info(`Pulled ${result.files.length} file(s) for ${chosen} into ${request.output}`);
  await io.writeSummary(
    `### oci-multiarch pull: ${escapeCell(chosen)}\n\n` +
      `Manifest \`${result.digest}\`: ${result.files.length} file(s) written into \`${escapeCell(request.output)}\`.\n` +
      (cache ? `Blob cache: ${describeCacheStats(cache.stats)}.\n` : ''),
  );
}
