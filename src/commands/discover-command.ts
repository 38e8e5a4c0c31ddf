/** The discover command: inputs → discover use case → `referrers` output (JSON) and a job summary table. */
import { discover, type DiscoveredReferrer } from '../core/referrers/discover.js';
import { formatReference } from '../core/oci/reference.js';
import { readDiscoverRequest } from './inputs/discover.js';
import type { InputReader } from './inputs/reader.js';
import type { CommandIO } from './io.js';
import { targetOpener } from './open.js';
import { escapeCell } from './format.js';

export async function runDiscover(get: InputReader, io: CommandIO): Promise<void> {
  const request = readDiscoverRequest(get);
  const open = targetOpener(request.common, request.reference, io);
  const result = await discover(request, { open });
  io.setOutput('digest', result.digest);
  io.setOutput('referrers', JSON.stringify(result.referrers));
  const name = formatReference(request.reference);
  io.logger.info(`${name} (${result.digest}): ${result.referrers.length} referrer(s)`);
  for (const r of result.referrers) {
    io.logger.info(`  ${r.platform ?? 'index'}: ${r.artifactType ?? r.mediaType} ${r.digest}`);
  }
  await io.writeSummary(
    [
      `### oci-multiarch discover: ${escapeCell(name)}`,
      '',
      `Release \`${result.digest}\`: ${result.referrers.length} referrer(s).`,
      '',
      ...(result.referrers.length > 0
        ? ['| subject | artifact type | digest | annotations |', '|---|---|---|---|', ...result.referrers.map(row), '']
        : []),
    ].join('\n'),
  );
}

function row(r: DiscoveredReferrer): string {
  const subject = r.platform ?? 'index';
  const escaped = Object.entries(r.annotations)
    .map(([k, v]) => escapeCell(`${k}=${v}`))
    .join('<br>');
  return `| ${escapeCell(subject)} | ${escapeCell(r.artifactType ?? r.mediaType)} | \`${r.digest}\` | ${escaped} |`;
}
