/**
 * The workflows cannot run here, so they are checked with GitHub's own parser (@actions/workflow-parser):
 * each is valid, CI runs lint, type-check, the dist check and the tests, the end-to-end workflow runs this
 * action (`uses: ./`) in a matrix and against a registry:2 service, and every `with:` given to `uses: ./`
 * is an input of action.yml. action.yml itself is checked against the action schema.
 */
import { describe, expect, test } from '@jest/globals';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './node-runtime.js';

const workflowsDir = join(repoRoot, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');
const actionText = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
const inputs = (parseYaml(actionText) as { inputs: Record<string, unknown> }).inputs;

interface RawStep {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface RawJob {
  'runs-on'?: unknown;
  strategy?: { matrix?: unknown };
  services?: Record<string, { image?: string }>;
  steps?: RawStep[];
}
const jobsOf = (file: string) => (parseYaml(read(file)) as { jobs: Record<string, RawJob> }).jobs;
const stepsOf = (file: string) => Object.values(jobsOf(file)).flatMap((job) => job.steps ?? []);

async function parseErrors(file: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
}

describe('workflows are valid for GitHub', () => {
  test('the workflows exist', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'e2e.yml', 'release.yml']));
  });

  test.each(workflowFiles)('%s parses and converts without errors', async (file) => {
    expect(await parseErrors(file)).toEqual([]);
  });

  test('the parser does catch a broken workflow (the check is not vacuous)', async () => {
    const parsed = parseWorkflow(
      { name: 'broken.yml', content: 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n' },
      new NoOperationTraceWriter(),
    );
    expect(
      parsed.context.errors
        .getErrors()
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/stepz/);
  });

  test('action.yml passes the action schema and runs dist/index.js on node24', () => {
    const parsed = parseAction({ name: 'action.yml', content: actionText }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = convertActionTemplate(parsed.context, parsed.value!);
    expect(template.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(repoRoot, 'dist', 'index.js'))).toBe(true);
  });
});

describe('ci.yml', () => {
  const runs = stepsOf('ci.yml')
    .map((s) => s.run ?? '')
    .join('\n');

  test.each(['npm run lint', 'npm run typecheck', 'npm run check-dist', 'npm test', 'scripts/install-test-deps.sh'])(
    'runs %s',
    (command) => {
      expect(runs).toContain(command);
    },
  );

  test('tests on Node 20 and 24', () => {
    const matrices = Object.values(jobsOf('ci.yml')).map((j) => j.strategy?.matrix);
    expect(matrices).toContainEqual(expect.objectContaining({ node: [20, 24] }));
  });
});

describe('e2e.yml', () => {
  const jobs = jobsOf('e2e.yml');
  const ownSteps = stepsOf('e2e.yml').filter((s) => s.uses === './');

  test('runs push and pull on a Windows runner (backslash paths, pull writing on Windows)', () => {
    const windows = Object.values(jobs).filter((j) => String(j['runs-on']).startsWith('windows'));
    const commands = windows.flatMap((j) =>
      (j.steps ?? []).filter((s) => s.uses === './').map((s) => s.with?.['command']),
    );
    expect(commands).toEqual(expect.arrayContaining(['push', 'pull']));
  });

  test('runs this action from the checkout in a matrix, then merges against a registry:2 service', () => {
    const matrixJob = Object.values(jobs).find((j) => j.strategy?.matrix && j.steps?.some((s) => s.uses === './'));
    expect(matrixJob?.steps?.find((s) => s.uses === './')?.with?.['command']).toBe('push');
    const mergeJobs = Object.values(jobs).filter((j) =>
      j.steps?.some((s) => s.uses === './' && s.with?.['command'] === 'merge'),
    );
    expect(mergeJobs.length).toBeGreaterThan(0);
    for (const job of mergeJobs) {
      expect(Object.values(job.services ?? {}).map((s) => s.image)).toContain('registry:2');
      // Checked by an independent client, not by the action itself.
      expect(job.steps?.some((s) => /\bskopeo (inspect|copy)/.test(s.run ?? ''))).toBe(true);
    }
  });

  test('every with: key given to uses: ./ is an input of action.yml, with a known command', () => {
    expect(ownSteps.length).toBeGreaterThan(3);
    for (const step of ownSteps) {
      expect(Object.keys(step.with ?? {}).filter((key) => !(key in inputs))).toEqual([]);
      expect(['push', 'merge', 'pull']).toContain(step.with?.['command']);
    }
  });

  test('pushes, merges and pulls', () => {
    expect(new Set(ownSteps.map((s) => s.with?.['command']))).toEqual(new Set(['push', 'merge', 'pull']));
  });
});
