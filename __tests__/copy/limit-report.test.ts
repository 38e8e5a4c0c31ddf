/** runBounded keeps to its bound and visits every item; addReport adds every tally (copy/limit.ts, report.ts). */
import { describe, expect, test } from '@jest/globals';
import { runBounded } from '../../src/core/copy/limit.js';
import { addReport, emptyReport } from '../../src/core/copy/report.js';

describe('runBounded', () => {
  test.each([1, 3, 10])('at most %i in flight, every item once', async (limit) => {
    let active = 0;
    let peak = 0;
    const seen: number[] = [];
    await runBounded([...Array(10).keys()], limit, async (i) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(i);
      active--;
    });
    expect(peak).toBe(Math.min(limit, 10));
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  test('a failure rejects the whole run', async () => {
    await expect(
      runBounded([1, 2, 3], 2, async (i) => {
        if (i === 2) throw new Error('two failed');
      }),
    ).rejects.toThrow('two failed');
  });
});

test('addReport adds counts and bytes of every kind', () => {
  const total = emptyReport();
  const one = emptyReport();
  one.uploaded = { count: 2, bytes: 10 };
  one.mounted = { count: 1, bytes: 5 };
  one.existing = { count: 3, bytes: 7 };
  one.skipped = { count: 4, bytes: 1 };
  one.manifests = 2;
  one.manifestsExisting = 1;
  one.referrers = 5;
  addReport(total, one);
  addReport(total, one);
  expect(total).toEqual({
    uploaded: { count: 4, bytes: 20 },
    mounted: { count: 2, bytes: 10 },
    existing: { count: 6, bytes: 14 },
    skipped: { count: 8, bytes: 2 },
    manifests: 4,
    manifestsExisting: 2,
    referrers: 10,
  });
  expect(emptyReport()).not.toBe(emptyReport()); // a fresh tally each time, never shared
});
