/** Tallies of copies added up: a merge publishes to several destinations, a push copies several entries. */
import type { CopyReport } from './copy-graph.js';

export const emptyReport = (): CopyReport => ({
  uploaded: { count: 0, bytes: 0 },
  mounted: { count: 0, bytes: 0 },
  existing: { count: 0, bytes: 0 },
  skipped: { count: 0, bytes: 0 },
  manifests: 0,
  manifestsExisting: 0,
  referrers: 0,
});

/** Adds every tally and count of `add` into `into`. */
export function addReport(into: CopyReport, add: CopyReport): void {
  for (const key of ['uploaded', 'mounted', 'existing', 'skipped'] as const) {
    into[key].count += add[key].count;
    into[key].bytes += add[key].bytes;
  }
  into.manifests += add.manifests;
  into.manifestsExisting += add.manifestsExisting;
  into.referrers += add.referrers;
}
