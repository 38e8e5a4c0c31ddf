/**
 * README's "Registries" table must say what the personalities suite (whole-job.itg.test.ts) shows: one row per
 * personality, cleanup and `artifact-type` as the suite expects them, and the set-up a registry needs.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionOf, tableOf } from '../ecosystem/markdown.js';
import { repoRoot } from '../ecosystem/node-runtime.js';
import { personalities } from '../harness/personalities.js';

const rows = tableOf(sectionOf(readFileSync(join(repoRoot, 'README.md'), 'utf8'), '## Registries'));

describe('README "Registries" agrees with the personalities suite', () => {
  test('one row per personality, in the same order', () => {
    expect(rows.map((r) => r['registry'])).toEqual(personalities.map((p) => p.name));
  });

  test.each(personalities.map((p) => [p.name, p] as const))('%s: what works and what to set up', (name, p) => {
    const row = rows.find((r) => r['registry'] === name) ?? {};
    const { cleanup = '', ['custom `artifact-type`']: artifactType = '', ['you set up']: setUp = '' } = row;
    expect(row['push, merge, pull']).toBe('yes');
    expect(cleanup.startsWith('yes')).toBe(p.expectations.cleanup);
    if (p.expectations.cleanupElsewhere) expect(cleanup).toContain(p.expectations.cleanupElsewhere);
    expect(artifactType.startsWith('yes')).toBe(p.expectations.artifactType);
    if (!p.expectations.artifactType) expect(artifactType).toContain('omit `artifact-type`');
    expect(setUp.includes('create the repository first')).toBe(p.expectations.createRepository);
    expect(setUp.includes('immutable tags never move')).toBe(p.expectations.immutableTags);
  });
});
