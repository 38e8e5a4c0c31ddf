import { readFileSync } from 'node:fs';
import { runCli } from './cli/run.js';

// --version reads the package.json next to the bundle (dist/../package.json, also src/../ in the repo), so an
// installed CLI reports what npm installed.
if (process.argv[2] === '--version' || process.argv[2] === '-V') {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  process.exitCode = await runCli(process.argv.slice(2));
}
