/**
 * The README's input and output tables must say what action.yml says (names, descriptions, defaults), and
 * its recipes may only use inputs that exist. A failure prints the row the README should have.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { inputsOf } from '../../src/commands/inputs/inputs.js';
import { codeBlocksOf, plainCell, sectionOf, tableOf } from './markdown.js';
import { repoRoot } from './node-runtime.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const reference = sectionOf(readme, '## Inputs and outputs');
const commands = ['push', 'merge', 'pull', 'attach', 'discover'] as const;
const tableHeading = {
  push: '### push',
  merge: '### merge',
  pull: '### pull',
  attach: '### attach',
  discover: '### discover',
  shared: '### every command',
} as const;

/** The commands an input's description names (`push:`, `push/merge:`, `…; merge:`); none means every command. */
function commandsOf(description: string): string[] {
  const found = new Set<string>();
  for (const m of description.matchAll(
    /(?:^|; )((?:push|merge|pull|attach|discover)(?:\/(?:push|merge|pull|attach|discover))*):/g,
  ))
    for (const c of (m[1] ?? '').split('/')) found.add(c);
  return [...found];
}

const escapeCell = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
const expectedInputRow = (name: string) => {
  const input = action.inputs[name];
  const def = input?.default === undefined ? '' : `\`${input.default}\``;
  return `| \`${name}\` | ${escapeCell(input?.description ?? '')} | ${def} |`;
};

function inputTable(group: keyof typeof tableHeading) {
  return tableOf(sectionOf(reference, tableHeading[group])).map((row) => ({
    name: plainCell(row['input'] ?? ''),
    description: plainCell(row['description'] ?? ''),
    default: plainCell(row['default'] ?? ''),
  }));
}

describe('README tables agree with action.yml', () => {
  const groups = [...commands, 'shared'] as const;

  test.each(groups)('the %s table lists exactly the inputs of that command, as action.yml describes them', (group) => {
    const expected = Object.keys(action.inputs).filter((name) => {
      const named = commandsOf(action.inputs[name]?.description ?? '');
      return group === 'shared' ? named.length === 0 : named.includes(group);
    });
    const rows = inputTable(group);
    const hint = `README "${tableHeading[group]}" should hold these rows:\n${expected.map(expectedInputRow).join('\n')}`;
    expect({ names: rows.map((r) => r.name), hint }).toEqual({ names: expected, hint });
    for (const row of rows) {
      const input = action.inputs[row.name];
      expect({ input: row.name, description: row.description, default: row.default }).toEqual({
        input: row.name,
        description: input?.description,
        default: input?.default ?? '',
      });
    }
  });

  test('the outputs table lists every output with its description', () => {
    const rows = tableOf(sectionOf(reference, '### outputs')).map((r) => [
      plainCell(r['output'] ?? ''),
      plainCell(r['description'] ?? ''),
    ]);
    expect(rows).toEqual(Object.entries(action.outputs).map(([name, o]) => [name, o.description]));
  });

  test('every input is documented somewhere', () => {
    const documented = new Set(groups.flatMap((g) => inputTable(g).map((r) => r.name)));
    expect(Object.keys(action.inputs).filter((name) => !documented.has(name))).toEqual([]);
  });
});

/** Every `with:` of a step that uses this action, anywhere in a parsed YAML value. */
function actionSteps(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) actionSteps(v, out);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['uses'] === 'string' && /oci-multiarch@/.test(record['uses'])) {
      out.push((record['with'] ?? {}) as Record<string, unknown>);
    }
    for (const v of Object.values(record)) actionSteps(v, out);
  }
  return out;
}

describe('README recipes use only real inputs', () => {
  const yamlBlocks = codeBlocksOf(readme).filter((b) => b.lang === 'yaml');
  const steps = yamlBlocks.flatMap((b) => actionSteps(parseYaml(b.body)));

  test('there are recipes for every command', () => {
    expect(new Set(steps.map((s) => s['command']))).toEqual(new Set(commands));
  });

  test.each(steps.map((s, i) => [i, s] as const))('step %i: every with: key is an input of action.yml', (_i, step) => {
    const unknown = Object.keys(step).filter((key) => !(key in action.inputs));
    expect(unknown).toEqual([]);
    expect(commands).toContain(step['command']);
  });

  test.each(steps.map((s, i) => [i, s] as const))(
    'step %i: every with: key is read by its command (the action refuses the others)',
    (_i, step) => {
      const command = String(step['command']) as (typeof commands)[number];
      const ignored = Object.keys(step).filter((key) => key !== 'command' && !inputsOf(command).includes(key));
      expect({ command, ignored }).toEqual({ command, ignored: [] });
    },
  );

  test('recipe 2 takes every tag and index-level annotations from docker/metadata-action', () => {
    const recipe = sectionOf(readme, '### 2. Images built by docker/build-push-action');
    const merge = steps.find((s) => s['command'] === 'merge' && String(s['tags']).includes('steps.meta'));
    expect(merge?.['tags']).toBe('${{ steps.meta.outputs.tags }}');
    expect(recipe).toContain('DOCKER_METADATA_ANNOTATIONS_LEVELS: index');
  });

  test('every CLI flag in the README is an input (or --config, --help)', () => {
    const shell = codeBlocksOf(readme)
      .filter((b) => b.lang === 'sh' && b.body.includes('dist/cli.js'))
      .map((b) => b.body)
      .join('\n');
    const inline = [...readme.matchAll(/`node dist\/cli\.js [^`]*`/g)].map((m) => m[0]).join('\n');
    const flags = [...`${shell}\n${inline}`.matchAll(/\s--([a-z][a-z-]*)/g)].map((m) => m[1] ?? '');
    expect(flags.length).toBeGreaterThan(10);
    expect([...new Set(flags)].filter((f) => !(f in action.inputs) && f !== 'config' && f !== 'help')).toEqual([]);
  });
});
