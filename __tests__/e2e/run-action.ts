/**
 * Runs the bundled action exactly as GitHub runs it — `node dist/index.js` with INPUT_* variables, a
 * GITHUB_OUTPUT file and a GITHUB_STEP_SUMMARY file — or the bundled CLI, and parses what they wrote.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const distDir = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'dist');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** action.yml's input defaults, which GitHub sets as INPUT_* for every input the step leaves out. */
export function actionYmlDefaults(): Record<string, string> {
  const yml = parseYaml(readFileSync(join(distDir, '..', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(yml.inputs)) {
    // `${{ github.token }}` is an expression GitHub evaluates; outside a workflow it is empty.
    if (input.default !== undefined && !input.default.includes('${{')) out[name] = input.default;
  }
  return out;
}

export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'oma-action-'));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputEnv = Object.fromEntries(
    Object.entries({ ...actionYmlDefaults(), ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const childEnv: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...inputEnv,
    ...env,
  };
  const { code, stdout, stderr } = await execNode([join(distDir, 'index.js')], childEnv);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

export async function runCliProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return execNode([join(distDir, 'cli.js'), ...args], { PATH: process.env['PATH'] ?? '', HOME: tmpdir(), ...env });
}

function execNode(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** The `::error::` lines of a run (what GitHub shows as the failure). */
export const errorLines = (run: { stdout: string }): string[] =>
  run.stdout.split('\n').filter((l) => l.startsWith('::error::'));

/** skopeo's raw view of a manifest or index in the registry: an independent reader. */
export function skopeoRaw(reference: string): string {
  return execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], {
    encoding: 'utf8',
  });
}

export function skopeoTags(repository: string): string[] {
  try {
    const out = execFileSync('skopeo', ['list-tags', '--tls-verify=false', `docker://${repository}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return (JSON.parse(out) as { Tags: string[] | null }).Tags ?? [];
  } catch {
    return [];
  }
}
