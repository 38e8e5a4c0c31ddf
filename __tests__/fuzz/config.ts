/**
 * How the fuzz suites run. Inside `npm test`: a fixed seed and a few hundred runs per property, so the
 * default run stays a few seconds and is the same every time. `npm run fuzz`: a seed from the clock,
 * unbounded runs cut off after FUZZ_SECONDS per property, and the seed printed so a finding replays with
 * `FUZZ_SEED=<seed> npm run fuzz -- <surface>`. FUZZ_RUNS overrides the number of runs in either mode.
 */
import { fc } from '@fast-check/jest';

const env = process.env;
/** The long run: `npm run fuzz` sets FUZZ_LONG=1. */
export const longRun = env.FUZZ_LONG === '1';
/** Seconds per property in the long run. */
export const secondsPerProperty = Number(env.FUZZ_SECONDS ?? '60');
export const seed = env.FUZZ_SEED !== undefined ? Number(env.FUZZ_SEED) : longRun ? Date.now() % 2 ** 31 : 20;

const fixedRuns = env.FUZZ_RUNS !== undefined ? Number(env.FUZZ_RUNS) : undefined;

/** Runs per property: `quick` for the default run (scaled down for slow, file-system properties). */
export function runs(quick: number): { numRuns: number; interruptAfterTimeLimit?: number } {
  if (fixedRuns !== undefined) return { numRuns: fixedRuns };
  if (longRun) return { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: secondsPerProperty * 1000 };
  return { numRuns: quick };
}

/** The jest timeout of one property test. */
export const propertyTimeout = longRun ? (secondsPerProperty + 120) * 1000 : 60_000;

fc.configureGlobal({ seed });

/** Prints the seed and the replay command once per surface in the long run. */
export function announce(surface: string): void {
  if (!longRun && env.FUZZ_SEED === undefined) return;
  process.stderr.write(
    `fuzz ${surface}: seed ${seed}, ${fixedRuns ?? `${secondsPerProperty} s`} per property; replay: ` +
      `FUZZ_SEED=${seed} npm run fuzz -- ${surface}\n`,
  );
}
