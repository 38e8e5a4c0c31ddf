/** Printing the figures and writing docs/benchmarks.md. */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

/** A figure without a verdict (holds undefined) is there to be read: its target says 'reported'. */
const verdict = (holds) => (holds === true ? 'holds' : holds === false ? 'MISSES' : '—');

export function printFigures(figures) {
  for (const f of figures) {
    console.log(`${verdict(f.holds).padEnd(7)} ${f.job}: ${f.name}: ${f.display} (target ${f.target})`);
    if (f.holds === false && f.why) console.log(`        why: ${f.why}`);
  }
}

/** The figures that miss, each with what the same run measured about why (a figure may say nothing). */
const missesAndWhy = (figures) => {
  const misses = figures.filter((f) => f.holds === false);
  if (misses.length === 0) return '';
  const lines = misses.map(
    (f) => `- **${f.job}: ${f.display}** (target ${f.target}). ${f.why ?? 'No reason measured.'}`,
  );
  return `\n## Misses, and why\n\n${lines.join('\n')}\n`;
};

export async function writeReport(path, { machine, figures, minutes, notes }) {
  const rows = figures.map((f) => `| ${f.job} | ${f.name} | ${f.display} | ${f.target} | ${verdict(f.holds)} |`);
  const text = `# Benchmarks

Written by \`npm run bench\` (bench/run.js) — do not edit by hand; run it again. Ratios are ours / peer, each
figure a median of several runs unless it says otherwise. Every registry is Debian's docker-registry on loopback,
started by the bench (storage on local disk; on tmpfs for the push runs when there is room); the peers are real
programs from Debian's packages. The machine may be shared: the load average when the bench started is shown.

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGiB} GiB |
| first touch of 256 MiB of fresh memory | ${machine.firstTouch} |
| SHA-256, one core | ${machine.sha256} |
| load average at start | ${machine.load} |
| node | ${machine.node} |
| registry | ${machine.registry} |
| peers | ${machine.peers.join('; ')} |
| date | ${machine.date} |
| bench wall time | ${minutes.toFixed(1)} min |

## Figures

| job | figure | measured | target | |
|---|---|---|---|---|
${rows.join('\n')}
${missesAndWhy(figures)}
## How each is measured

${notes.map((n) => `- ${n}`).join('\n')}
`;
  await writeFile(path, text);
  // Best effort: the repository's formatter lays the tables out (npm run lint checks it).
  spawnSync('npx', ['--no-install', 'prettier', '--write', path], { stdio: 'ignore' });
}
