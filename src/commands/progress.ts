/** Progress lines for long transfers: bytes, percent and rate, at most once every few seconds per blob. */
import type { BlobEvent, CopyReport, ProgressEvent } from '../core/copy/copy-graph.js';
import type { Logger } from '../core/logger.js';
import { formatBytes } from './format.js';

/** How often a long transfer reports, at most. */
export const PROGRESS_INTERVAL_MS = 5000;

export function createProgressReporter(
  logger: Logger,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = Date.now,
): (event: ProgressEvent) => void {
  const started = new Map<string, number>();
  const lastReported = new Map<string, number>();
  return (event) => {
    const key = event.name ?? event.descriptor.digest;
    const t = now();
    if (!started.has(key)) {
      started.set(key, t);
      lastReported.set(key, t);
      return;
    }
    if (t - (lastReported.get(key) ?? t) < intervalMs && event.transferred < event.total) return;
    if (event.transferred >= event.total && t - (started.get(key) ?? t) < intervalMs) return; // short transfers stay quiet
    lastReported.set(key, t);
    const seconds = Math.max((t - (started.get(key) ?? t)) / 1000, 0.001);
    const percent = event.total > 0 ? Math.floor((event.transferred / event.total) * 100) : 100;
    logger.info(
      `${event.name ?? key.slice(0, 19)}: ${formatBytes(event.transferred)} / ${formatBytes(event.total)} (${percent}%) at ${formatBytes(Math.round(event.transferred / seconds))}/s`,
    );
  };
}

/**
 * One line per blob copied: `sha256:… (1.5 MiB): uploaded` (or mounted, already there, skipped). The size is
 * the blob's, whatever crossed the wire: a mounted 1.5 MiB blob is not "(0 B): mounted".
 */
export const createBlobLogger =
  (logger: Logger) =>
  (e: BlobEvent): void =>
    logger.info(
      `${e.descriptor.digest} (${formatBytes(e.descriptor.size)}): ${e.action === 'exists' ? 'already there' : e.action}`,
    );

/** `2 uploaded (1.5 MiB), 1 mounted (10 B), 3 already there`, for logs and summaries. */
export const describeBlobCounts = (r: CopyReport): string =>
  `${r.uploaded.count} uploaded (${formatBytes(r.uploaded.bytes)}), ${r.mounted.count} mounted (${formatBytes(r.mounted.bytes)}), ${r.existing.count} already there`;
