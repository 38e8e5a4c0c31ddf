/**
 * Files as users write them and what the user reads, through the bundle: `files` globs (action and CLI), a
 * pattern matching nothing, an executable's mode kept from push to pull, the log in order, and the job summary
 * as GitHub renders it (markdown-it, GFM tables and inline HTML as GitHub allows).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { createBlobLogger } from '../../src/commands/progress.js';
import { errorLines, runAction, runCliProcess } from './run-action.js';

let work: string;
let storePath: string;
const store = () => `oci-layout:${storePath}`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oma-files-'));
  storePath = join(work, 'store');
  mkdirSync(join(work, 'dist'));
  for (const name of ['tool-b.tar.gz', 'tool-a.tar.gz', 'notes.txt']) writeFileSync(join(work, 'dist', name), name);
  writeFileSync(join(work, 'dist', 'run.sh'), '#!/bin/sh\necho ok\n');
  chmodSync(join(work, 'dist', 'run.sh'), 0o755);
});

/** The layout's manifest for a tag, through its staging index: read from disk, not through our code. */
function layoutManifest(tag: string): { layers: Array<{ annotations: Record<string, string> }> } {
  const blob = (digest: string) =>
    JSON.parse(readFileSync(join(storePath, 'blobs', 'sha256', digest.slice('sha256:'.length)), 'utf8'));
  const top = JSON.parse(readFileSync(join(storePath, 'index.json'), 'utf8')) as {
    manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
  };
  const tagged = top.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag);
  if (!tagged) throw new Error(`no tag ${tag} in the layout`);
  const index = blob(tagged.digest) as { manifests: Array<{ digest: string }> };
  return blob(index.manifests[0]?.digest ?? '');
}
const titles = (tag: string) => layoutManifest(tag).layers.map((l) => l.annotations['org.opencontainers.image.title']);

describe('files', () => {
  test('action: files: dist/*.tar.gz pushes every match, in order; the log keeps file lines in their group', async () => {
    const run = await runAction({
      command: 'push',
      repository: store(),
      platform: 'linux/amd64',
      files: `${work}/dist/*.tar.gz`,
      'staging-prefix': 'st',
    });
    expect(errorLines(run)).toEqual([]);
    expect(titles('st-linux-amd64')).toEqual(['tool-a.tar.gz', 'tool-b.tar.gz']);
    const log = run.stdout.split('\n');
    const open = log.findIndex((l) => l.startsWith('::group::Pack 2 file(s)'));
    const close = log.indexOf('::endgroup::', open);
    const fileLines = log.flatMap((l, i) => (/^tool-[ab]\.tar\.gz: \d+ bytes sha256:/.test(l) ? [i] : []));
    expect(fileLines).toHaveLength(2);
    for (const i of fileLines) expect(i > open && i < close).toBe(true);
    expect(run.stdout).not.toContain('Blob cache');
  });

  test('CLI: --files with a glob, stdout stays one JSON object', async () => {
    const run = await runCliProcess([
      'push',
      '--repository',
      store(),
      '--platform',
      'linux/arm64',
      '--files',
      `${work}/dist/*.txt`,
      '--files',
      `${work}/dist/run.sh`,
      '--staging-prefix',
      'st',
    ]);
    expect(run.stderr).not.toContain('error');
    expect(JSON.parse(run.stdout).digest).toMatch(/^sha256:/);
    expect(titles('st-linux-arm64')).toEqual(['notes.txt', 'run.sh']);
  });

  test('a pattern that matches nothing fails in one line naming it; nothing is tagged; no cache line', async () => {
    const run = await runAction({
      command: 'push',
      repository: store(),
      platform: 'linux/riscv64',
      files: `${work}/dist/*.zip`,
      'staging-prefix': 'st',
    });
    expect(errorLines(run)).toEqual([
      `::error::input "files": the pattern "${work}/dist/*.zip" matches no file (relative patterns start from ${process.cwd()})`,
    ]);
    expect(() => titles('st-linux-riscv64')).toThrow('no tag');
    expect(run.stdout).not.toContain('Blob cache');
  });

  test('an executable pushed 0755 is pulled 0755; a plain file keeps the default mode', async () => {
    const merged = await runCliProcess([
      'merge',
      '--repository',
      store(),
      '--staging-prefix',
      'st',
      '--platforms',
      'linux/amd64,linux/arm64',
      '--tags',
      '1.0',
    ]);
    expect(merged.stderr).not.toContain('error');
    const manifest = layoutManifest('st-linux-arm64');
    expect(manifest.layers.map((l) => l.annotations['dev.oci-multiarch.mode'])).toEqual([undefined, '0755']);
    const out = join(work, 'pulled');
    const pulled = await runCliProcess([
      'pull',
      '--reference',
      `${store()}:1.0`,
      '--platform',
      'linux/arm64',
      '--output',
      out,
    ]);
    expect(pulled.stderr).not.toContain('error');
    expect(statSync(join(out, 'run.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(out, 'notes.txt')).mode & 0o111).toBe(0);
    expect(existsSync(join(out, 'notes.txt'))).toBe(true);
  });
});

describe('what the user reads', () => {
  test('merge: the log says which tag moved where; the summary renders annotations on separate lines', async () => {
    const staged = await runAction({
      command: 'push',
      repository: store(),
      platform: 'linux/amd64',
      files: `${work}/dist/notes.txt`,
      'staging-prefix': 'sum',
      annotations:
        'org.opencontainers.image.description=a|b <i>not html</i>\norg.opencontainers.image.ref.name=2.0.amd64',
    });
    expect(errorLines(staged)).toEqual([]);
    const run = await runAction({
      command: 'merge',
      repository: store(),
      'staging-prefix': 'sum',
      platforms: 'linux/amd64',
      tags: '2.0',
      'descriptor-annotations': 'org.opencontainers.image.*',
    });
    expect(errorLines(run)).toEqual([]);
    const digest = run.outputs['digest'] ?? '';
    expect(run.stdout).toContain(`${store()}:2.0 → ${digest} (new tag)`);

    // As GitHub renders it: two lines in one cell, the user's text shown as text (no pipe split, no <i>).
    const html = new MarkdownIt({ html: true }).render(run.summary);
    const row = /<tr>\s*<td>linux\/amd64<\/td>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? '');
    expect(cells).toHaveLength(4);
    expect(cells[3]).toBe(
      'org.opencontainers.image.description=a|b &lt;i&gt;not html&lt;/i&gt;<br>org.opencontainers.image.ref.name=2.0.amd64',
    );
    expect(html).not.toContain('&#60;br&#62;');
    expect(html).not.toContain('<i>');
  });

  test('a mounted blob is logged with its size, not the bytes that crossed the wire', () => {
    const lines: string[] = [];
    const log = createBlobLogger({
      info: (m) => void lines.push(m),
      debug: () => {},
      warning: () => {},
      group: (_n, fn) => fn(),
    });
    const descriptor = {
      mediaType: 'application/octet-stream',
      digest: `sha256:${'a'.repeat(64)}`,
      size: 3 * 1024 * 1024,
    };
    log({ descriptor, action: 'mounted', bytes: 0 });
    expect(lines).toEqual([`sha256:${'a'.repeat(64)} (3.0 MiB): mounted`]);
  });
});
