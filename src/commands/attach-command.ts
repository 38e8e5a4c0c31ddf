/** The attach command: inputs → attach use case → outputs and job summary. */
import { attach } from '../core/referrers/attach.js';
import { formatPlatform } from '../core/oci/platform.js';
import { formatReference } from '../core/oci/reference.js';
import { readAttachRequest } from './inputs/attach.js';
import { expandFileSpecs } from './inputs/files.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { targetOpener } from './open.js';
import { createBlobLogger, createProgressReporter, describeBlobCounts } from './progress.js';
import { escapeCell } from './format.js';

export async function runAttach(get: InputReader, io: CommandIO): Promise<void> {
  const request = readAttachRequest(get);
  request.files = await expandFileSpecs(request.files, io.glob);
  // No blob cache: attach reads nothing but the release's manifest, and uploads only local files.
  const open = targetOpener(request.common, request.reference, io);
  const result = await attach(request, {
    open,
    logger: io.logger,
    tempRoot: io.tempRoot,
    onProgress: createProgressReporter(io.logger),
    onBlob: createBlobLogger(io.logger),
  });
  io.setOutput('digest', result.digest);
  io.setOutput('reference', result.reference);
  const to = request.platform
    ? `${formatPlatform(request.platform)} of ${formatReference(request.reference)}`
    : formatReference(request.reference);
  io.logger.info(`Attached ${request.artifactType} ${result.digest} to ${to} (subject ${result.subject.digest})`);
  await io.writeSummary(
    [
      `### oci-multiarch attach: ${escapeCell(request.artifactType)}`,
      '',
      `\`${escapeCell(result.reference)}\` refers to \`${result.subject.digest}\` (${escapeCell(to)}).`,
      '',
      `Blobs: ${describeBlobCounts(result.report)}.`,
      '',
    ].join('\n'),
  );
}
