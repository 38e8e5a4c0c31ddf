/** Job 6: start-up — from spawning `node dist/index.js` (the action) to its first request to the registry. */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from '../lib/measure.js';

async function firstRequestMs(context, command, args, env) {
  const { proxy } = context;
  proxy.reset();
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const first = proxy.reset().firstRequestAt;
  if (code !== 0 || first === undefined)
    throw new Error(`${args.join(' ')} exited with ${code}: ${stderr.slice(-1500)}`);
  return first - started;
}

export async function startupJob(context, repository) {
  const { proxy, root, workDir, quick } = context;
  const runs = quick ? 2 : 5;
  const outputs = join(workDir, 'github-output');
  await writeFile(outputs, '');
  const action = [];
  const cli = [];
  for (let i = 0; i < runs; i++) {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_TEMP: workDir,
      GITHUB_OUTPUT: outputs,
      INPUT_COMMAND: 'merge',
      INPUT_REPOSITORY: `${proxy.host}/${repository}`,
      'INPUT_STAGING-PREFIX': 'staging',
      INPUT_TAGS: `startup-${i}`,
      INPUT_CACHE: 'false',
    };
    action.push(await firstRequestMs(context, 'node', [join(root, 'dist/index.js')], env));
    cli.push(
      await firstRequestMs(
        context,
        'node',
        [
          join(root, 'dist/cli.js'),
          'merge',
          '--repository',
          `${proxy.host}/${repository}`,
          '--staging-prefix',
          'staging',
          '--tags',
          `startup-cli-${i}`,
        ],
        process.env,
      ),
    );
  }
  const ms = median(action);
  return {
    figures: [
      {
        job: '6. start-up',
        name: `node dist/index.js to its first request, median of ${runs} (the CLI: ${median(cli).toFixed(0)} ms)`,
        value: ms,
        display: `${ms.toFixed(0)} ms`,
        target: '< 500 ms',
        holds: ms < 500,
      },
    ],
  };
}
