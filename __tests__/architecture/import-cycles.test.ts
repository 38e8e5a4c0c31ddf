/**
 * The shape of src/ that the compiler does not check: no import cycles (type imports count: a type cycle still
 * ties two files into one idea), and src/core free of @actions/* and process.env (the core takes its settings as
 * arguments, so the CLI and tests can run it). Imports are read from the text, relative ones resolved as Node does
 * for our ESM (`./x.js` is `./x.ts`).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const src = join(root, 'src');

const sourceFiles = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(src, f))
  .sort();

/** Every module specifier of a file: static imports and re-exports (type-only too), dynamic import(). */
export function specifiersOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1] as string);
  return found;
}

function resolveRelative(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Each cycle once, as `a.ts → b.ts → a.ts` (paths relative to src/), found by a depth-first walk. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('src/ has the shape docs/architecture.md describes', () => {
  test('no file imports itself back, through types or values', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles) {
      const targets = specifiersOf(readFileSync(file, 'utf8'))
        .map((s) => resolveRelative(file, s))
        .filter((t): t is string => t !== undefined);
      graph.set(relative(src, file), [...new Set(targets.map((t) => relative(src, t)))]);
    }
    expect(graph.size).toBeGreaterThan(50);
    const cycles = findCycles(graph).map((c) => c.join(' → '));
    expect(cycles).toEqual([]);
  });

  test('src/core imports no @actions/* and reads no process.env', () => {
    const offences: string[] = [];
    for (const file of sourceFiles.filter((f) => relative(src, f).startsWith(`core/`))) {
      const text = readFileSync(file, 'utf8');
      for (const spec of specifiersOf(text))
        if (spec.startsWith('@actions/')) offences.push(`${relative(root, file)} imports ${spec}`);
      if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(text))
        offences.push(`${relative(root, file)} reads process.env`);
    }
    expect(offences).toEqual([]);
  });

  test('the cycle finder names a cycle, and a type-only import is an import', () => {
    expect(
      specifiersOf(`import type { A } from './a.js';\nexport { b } from "./b.js";\nawait import('./c.js');`),
    ).toEqual(['./a.js', './b.js', './c.js']);
    const graph = new Map([
      ['merge.ts', ['cleanup.ts', 'read.ts']],
      ['cleanup.ts', ['merge.ts']],
      ['read.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['cleanup.ts', 'merge.ts', 'cleanup.ts']]);
  });
});
