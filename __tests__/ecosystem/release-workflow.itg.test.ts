/**
 * The release workflow (.github/workflows/release.yml) cannot run here, but the shell of its steps can: each step
 * with an id is taken from the YAML and run with bash as GitHub runs it (`-eo pipefail`), in a sandbox, with the
 * env the workflow would give it. The version check, the notes from CHANGELOG.md, `npm pack` of the repository,
 * `npm publish --dry-run` of that tarball (offline), the release text and the major tag moved in a real git
 * remote. Its shape is checked too: triggers, dry-run input, least privileges, the checks before publishing.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './node-runtime.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: {
    push: { tags: string[] };
    workflow_dispatch: { inputs: Record<string, { type?: string; default?: unknown; required?: boolean }> };
  };
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parseYaml(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
const allSteps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const script = (id: string): string => {
  const run = allSteps.find((s) => s.id === id)?.run;
  if (!run) throw new Error(`release.yml has no step with id ${id} and a run script`);
  return run;
};

// npm, git and whole action runs, on a machine that may be loaded
jest.setTimeout(240_000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oma-release-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** Runs a step's script in `cwd` as GitHub would (bash -eo pipefail, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files). */
function runStep(id: string, cwd: string, env: Record<string, string>): Promise<StepRun> {
  const dir = mkdtempSync(join(work, `step-${id}-`));
  const file = join(dir, 'step.sh');
  writeFileSync(file, script(id));
  const outputPath = join(dir, 'output');
  writeFileSync(outputPath, '');
  writeFileSync(join(dir, 'summary'), '');
  return new Promise((done) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', file],
      {
        cwd,
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: dir,
          GITHUB_OUTPUT: outputPath,
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          npm_config_offline: 'true',
          npm_config_update_notifier: 'false',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const outputs = Object.fromEntries(
          readFileSync(outputPath, 'utf8')
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, outputs });
      },
    );
  });
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

describe('release.yml: shape', () => {
  test('runs on v*.*.* tags, and by hand with a tag and a dry-run switch that defaults to on', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(workflow.on.workflow_dispatch.inputs['tag']).toMatchObject({ required: true });
    expect(workflow.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ type: 'boolean', default: true });
    expect(workflow.env['DRY_RUN']).toContain("github.event_name == 'workflow_dispatch'");
  });

  test('least privilege: read-only by default; only the publish job may write and get an OIDC token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(workflow.jobs).filter(([, j]) => j.permissions !== undefined);
    expect(writers.map(([name]) => name)).toEqual(['publish']);
    expect(workflow.jobs['publish']?.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(workflow.jobs['publish']?.needs).toBe('verify');
  });

  test('verifies before it packs: lint, type-check, dist/ is the build of src/, every test, the notes', () => {
    const runs = (workflow.jobs['verify']?.steps ?? []).map((s) => s.run ?? '');
    const at = (text: string) => runs.findIndex((r) => r.includes(text));
    const pack = at('npm pack');
    for (const check of ['npm run lint', 'npm run typecheck', 'npm run check-dist', 'npm test', 'release-notes.js']) {
      expect(at(check)).toBeGreaterThan(-1);
      expect(at(check)).toBeLessThan(pack);
    }
  });

  test('publishes with provenance, and no expression is written into a script (they come through env)', () => {
    expect(script('npm-publish')).toMatch(/npm publish "\$tarball" "\$\{flags\[@\]\}" --provenance/);
    for (const step of allSteps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe('release.yml: the steps, run', () => {
  test('version: the tag must be package.json version; outputs version, major and pre-release', async () => {
    const dir = join(work, 'version');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), '{"version":"1.2.3"}');
    expect((await runStep('version', dir, { TAG: 'v1.2.3' })).outputs).toEqual({
      version: '1.2.3',
      major: 'v1',
      prerelease: 'false',
    });
    const wrong = await runStep('version', dir, { TAG: 'v1.2.4' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toMatch(/^::error::tag v1\.2\.4 does not match package\.json version 1\.2\.3: /m);
    const bad = await runStep('version', dir, { TAG: 'v1.2' });
    expect(bad.stdout).toMatch(/^::error::v1\.2 is not a release tag/m);
    writeFileSync(join(dir, 'package.json'), '{"version":"2.0.0-rc.1"}');
    expect((await runStep('version', dir, { TAG: 'v2.0.0-rc.1' })).outputs).toMatchObject({
      major: 'v2',
      prerelease: 'true',
    });
  });

  test('notes: the section of CHANGELOG.md for the version; none for it fails in one line', async () => {
    const dir = join(work, 'notes');
    mkdirSync(join(dir, 'scripts'), { recursive: true });
    cpSync(join(repoRoot, 'scripts', 'release-notes.js'), join(dir, 'scripts', 'release-notes.js'));
    writeFileSync(
      join(dir, 'CHANGELOG.md'),
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '- not yet',
        '',
        '## [1.2.3] - 2026-12-01',
        '',
        '### Added',
        '',
        '- the thing',
        '',
        '## [1.2.2] - 2026-11-01',
        '',
        '- older',
        '',
        '[1.2.3]: https://github.com/octo/oci-multiarch/compare/v1.2.2...v1.2.3',
        '',
      ].join('\n'),
    );
    const run = await runStep('notes', dir, { VERSION: '1.2.3' });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'release', 'notes.md'), 'utf8')).toBe('### Added\n\n- the thing\n');
    const older = await runStep('notes', dir, { VERSION: '1.2.2' });
    expect(older.code).toBe(0);
    expect(readFileSync(join(dir, 'release', 'notes.md'), 'utf8')).toBe('- older\n');
    const missing = await runStep('notes', dir, { VERSION: '1.3.0' });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toEqual([
      'release-notes: CHANGELOG.md has no notes for 1.3.0: move them from "## [Unreleased]" under "## [1.3.0] - YYYY-MM-DD" and tag again',
    ]);
  });

  describe('pack, then npm publish --dry-run and the release text, offline', () => {
    const dir = () => join(work, 'repo');
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

    beforeAll(() => {
      mkdirSync(dir());
      for (const name of ['package.json', 'README.md', 'LICENSE', 'dist']) {
        cpSync(join(repoRoot, name), join(dir(), name), { recursive: true });
      }
      git(dir(), 'init', '-q');
      git(dir(), 'add', '.');
      git(dir(), 'commit', '-qm', 'release');
    });

    test('pack: the tarball names this repository for provenance, and package.json is left as it was', async () => {
      const run = await runStep('pack', dir(), { REPOSITORY: 'octo/oci-multiarch' });
      expect(run.code).toBe(0);
      const tarball = join(dir(), 'release', `oci-multiarch-${version}.tgz`);
      const packed = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }));
      expect(packed.repository).toEqual({ type: 'git', url: 'git+https://github.com/octo/oci-multiarch.git' });
      expect(git(dir(), 'status', '--porcelain', '--', 'package.json')).toBe('');
    });

    test('npm-publish in dry-run publishes that tarball with --dry-run (pre-releases under the next tag)', async () => {
      const env = { VERSION: version, PRERELEASE: 'false', DRY_RUN: 'true' };
      const run = await runStep('npm-publish', dir(), env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`+ oci-multiarch@${version}`);
      expect(run.stderr).toMatch(
        /Publishing to https:\/\/registry\.npmjs\.org\/ with tag latest and public access \(dry-run\)/,
      );
      const next = await runStep('npm-publish', dir(), { ...env, PRERELEASE: 'true' });
      expect(next.stderr).toMatch(/with tag next and public access \(dry-run\)/);
    });

    test('github-release in dry-run prints the release it would create, with the notes', async () => {
      writeFileSync(join(dir(), 'release', 'notes.md'), '- the thing\n');
      const run = await runStep('github-release', dir(), { TAG: `v${version}`, PRERELEASE: 'true', DRY_RUN: 'true' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        `dry run: gh release create v${version} --title v${version} --notes-file release/notes.md`,
      );
      expect(run.stdout).toContain('--prerelease');
      expect(run.stdout).toContain('- the thing');
    });
  });

  test('major-tag: moves v1 on the remote to the newest v1.x.y only; dry-run and pre-releases move nothing', async () => {
    const origin = join(work, 'origin.git');
    const clone = join(work, 'clone');
    git(work, 'init', '-q', '--bare', origin);
    git(work, 'clone', '-q', origin, clone);
    const release = (tag: string) => {
      git(clone, 'commit', '-q', '--allow-empty', '-m', tag);
      git(clone, 'tag', tag);
      git(clone, 'push', '-q', 'origin', 'HEAD', tag);
      return git(clone, 'rev-parse', 'HEAD');
    };
    const v1OnOrigin = () => git(origin, 'rev-parse', '--verify', '-q', 'refs/tags/v1^{commit}');
    const step = (tag: string, env: Record<string, string> = {}) =>
      runStep('major-tag', clone, { TAG: tag, MAJOR: 'v1', PRERELEASE: 'false', DRY_RUN: 'false', ...env });

    const first = release('v1.0.0');
    expect((await step('v1.0.0')).code).toBe(0);
    expect(v1OnOrigin()).toBe(first);
    const second = release('v1.1.0');
    const moved = await step('v1.1.0');
    expect(moved.stdout).toContain(`moved v1 to v1.1.0 (${second})`);
    expect(v1OnOrigin()).toBe(second);
    release('v1.0.1'); // a fix on the older line: v1 stays on v1.1.0
    expect((await step('v1.0.1')).stdout).toContain('v1.1.0 is newer than v1.0.1: v1 stays where it is');
    expect(v1OnOrigin()).toBe(second);
    const third = release('v1.2.0');
    expect((await step('v1.2.0', { DRY_RUN: 'true' })).stdout).toContain(`dry run: would move v1 to v1.2.0 (${third})`);
    expect(v1OnOrigin()).toBe(second);
    release('v1.3.0-rc.1');
    expect((await step('v1.3.0-rc.1', { PRERELEASE: 'true' })).code).toBe(0);
    expect(v1OnOrigin()).toBe(second);
  });

  test('check-dist: fails in one line naming the changed files when dist/ differs from what is committed', () => {
    const dir = join(work, 'check-dist');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.js'), 'built\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'dist');
    const check = join(repoRoot, 'scripts', 'check-dist.js');
    expect(execFileSync(process.execPath, [check], { cwd: dir, encoding: 'utf8' })).toContain('dist/ matches');
    writeFileSync(join(dir, 'dist', 'index.js'), 'rebuilt differently\n');
    let failure = '';
    try {
      execFileSync(process.execPath, [check], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      failure = String((e as { stderr: string }).stderr);
    }
    expect(failure).toMatch(
      /^dist\/ is out of date with src\/: run "npm run build" and commit dist\/\. Changed:\n M dist\/index\.js/,
    );
  });
});

describe('action.yml: what the GitHub Marketplace lists', () => {
  const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    name?: string;
    description?: string;
    author?: string;
    branding?: { icon?: string; color?: string };
  };

  test('a name, a description of at most 125 characters, an author, and branding with an allowed color', () => {
    expect(action.name).toBe('oci-multiarch');
    expect(action.description?.length).toBeGreaterThan(20);
    expect(action.description?.length).toBeLessThanOrEqual(125);
    expect(action.author?.trim()).toBeTruthy();
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding?.color,
    );
  });
});
