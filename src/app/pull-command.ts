/** The pull command: inputs → pull use case → outputs. */
import { formatPlatform } from '../core/oci/platform.js';
import { pull } from '../core/publish/pull.js';
import { readPullRequest } from '../request/pull.js';
import type { InputReader } from '../request/reader.js';
import type { CommandIO } from './io.js';
import { targetOpener } from './open.js';

export async function runPull(get: InputReader, io: CommandIO): Promise<void> {
  const request = readPullRequest(get);
  const open = targetOpener(request.common, request.reference, io);
  const result = await pull(request, { open, logger: io.logger });
  io.setOutput('digest', result.digest);
  io.setOutput('files', result.files.join('\n'));
  io.logger.info(
    `Pulled ${result.files.length} file(s) for ${formatPlatform(request.platform)} into ${request.output}`,
  );
}
