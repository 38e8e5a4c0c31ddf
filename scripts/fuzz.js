// The long fuzz run: `npm run fuzz [-- surface …]` runs each surface's properties for FUZZ_SECONDS (default 60)
// each, one surface after another, with a seed from the clock printed first so a finding replays with
// `FUZZ_SEED=<seed> npm run fuzz -- <surface>`. Surfaces are the file names under __tests__/fuzz/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const all = readdirSync('__tests__/fuzz')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.test\.ts$/, ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((s) => !all.includes(s));
if (unknown.length > 0) {
  console.error(`unknown fuzz surface ${unknown.join(', ')}: one of ${all.join(', ')}`);
  process.exit(2);
}
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const env = { ...process.env, FUZZ_LONG: '1', FUZZ_SEED: seed, NODE_OPTIONS: '--experimental-vm-modules' };
const failed = [];
for (const surface of wanted.length ? wanted : all) {
  const started = Date.now();
  console.log(`fuzz ${surface}: seed ${seed}, started ${new Date(started).toISOString()}`);
  const run = spawnSync('npx', ['jest', '--runInBand', `__tests__/fuzz/${surface}\\.test\\.ts$`], {
    stdio: 'inherit',
    env,
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`fuzz ${surface}: ${run.status === 0 ? 'no finding' : 'FAILED'} after ${minutes} min (seed ${seed})`);
  if (run.status !== 0) {
    failed.push(surface);
    console.log(`replay: FUZZ_SEED=${seed} npm run fuzz -- ${surface}`);
  }
}
process.exit(failed.length ? 1 : 0);
