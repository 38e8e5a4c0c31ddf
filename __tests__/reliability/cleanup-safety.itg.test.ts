/**
 * Promise 7 (safe cleanup) as a demanding user breaks it: a promotion merge whose source is a release tag, a
 * release re-staged with `push --source`, two runs staging identical content, a tag someone else put on a
 * staging digest, and a merge re-run after its cleanup — on the real registry and in an oci-layout store.
 * Cleanup may delete only the staging indexes push wrote for this merge's staging tags; everything else stays,
 * read back by skopeo, plain fetch or index.json.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction, skopeoTags, type ActionRun } from '../e2e/run-action.js';
import { useRegistry } from '../harness/fixtures.js';
import { completeTag, FIXED_ENV, INDEX_ACCEPT, mergeInputs, platformFile, stage } from './helpers.js';

const { registry } = useRegistry();
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-cleanup-'));
});

const ok = (run: ActionRun): ActionRun => {
  if (run.code !== 0 || errorLines(run).length > 0) {
    throw new Error(`run failed (${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
  }
  return run;
};

/** The digest a tag names, by a plain HEAD (undefined when the tag is gone). */
async function tagDigest(repository: string, tag: string): Promise<string | undefined> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: INDEX_ACCEPT },
  });
  return res.status === 200 ? (res.headers.get('docker-content-digest') ?? undefined) : undefined;
}

/** Puts the manifest a tag names under another tag too, byte for byte (as `crane tag` does). */
async function retag(repository: string, from: string, to: string): Promise<void> {
  const got = await fetch(`${registry.url}/v2/${repository}/manifests/${from}`, { headers: { accept: INDEX_ACCEPT } });
  const bytes = Buffer.from(await got.arrayBuffer());
  const put = await fetch(`${registry.url}/v2/${repository}/manifests/${to}`, {
    method: 'PUT',
    headers: { 'content-type': got.headers.get('content-type') ?? '' },
    body: bytes,
  });
  expect(put.status).toBe(201);
}

const platforms = ['linux/amd64', 'linux/arm64'];

describe('cleanup on a registry deletes only what push staged for this merge', () => {
  test('promoting a release (merge --sources REG/app:1.0 --cleanup) never deletes tag 1.0', async () => {
    const repository = 'promote/app';
    const repo = `${registry.host}/${repository}`;
    await stage(work, repo, 'a', platforms, 'promote');
    const release = ok(await runAction(mergeInputs(repo, 'a', platforms, ['1.0']), FIXED_ENV));
    const promoted = ok(
      await runAction(
        {
          command: 'merge',
          repository: repo,
          sources: `${repo}:1.0`,
          tags: '1.0-final',
          annotations: 'org.opencontainers.image.version=1.0',
          cleanup: 'true',
        },
        FIXED_ENV,
      ),
    );
    expect(promoted.stdout).not.toMatch(/deleted staging index/);
    expect(promoted.stdout).toMatch(/kept .*:1\.0.*not a staging index/);
    expect(await completeTag(registry.url, repository, '1.0')).toBe(release.outputs['digest']);
    expect(await completeTag(registry.url, repository, '1.0-final')).toBe(promoted.outputs['digest']);
    // The staging tags of prefix a are not this merge's: they stay too.
    expect(skopeoTags(repo).sort()).toEqual(['1.0', '1.0-final', 'a-linux-amd64', 'a-linux-arm64']);
  });

  test('push --source REG/app:1.0 --platform linux/amd64, then a merge with cleanup: tag 1.0 stays whole', async () => {
    const repository = 'promote/source';
    const repo = `${registry.host}/${repository}`;
    await stage(work, repo, 'a', platforms, 'resource');
    const release = ok(await runAction({ ...mergeInputs(repo, 'a', platforms, ['1.0']), cleanup: 'true' }));
    ok(
      await runAction({
        command: 'push',
        repository: repo,
        source: `${repo}:1.0`,
        platform: 'linux/amd64',
        'staging-prefix': 'b',
      }),
    );
    const amd64 = ok(await runAction({ ...mergeInputs(repo, 'b', ['linux/amd64'], ['1.0-amd64']), cleanup: 'true' }));
    expect(await completeTag(registry.url, repository, '1.0')).toBe(release.outputs['digest']);
    expect(await completeTag(registry.url, repository, '1.0-amd64')).toBe(amd64.outputs['digest']);
    expect(skopeoTags(repo).sort()).toEqual(['1.0', '1.0-amd64']);
  });

  test('two runs staging identical content get distinct staging digests; cleaning up one leaves the other', async () => {
    const repository = 'runs/app';
    const repo = `${registry.host}/${repository}`;
    const file = platformFile(work, 'linux/amd64', 'same');
    const pushOf = (prefix: string) => ({
      command: 'push',
      repository: repo,
      platform: 'linux/amd64',
      files: file,
      'staging-prefix': prefix,
    });
    const first = ok(await runAction(pushOf('staging-100')));
    const second = ok(await runAction(pushOf('staging-200')));
    expect(first.outputs['digest']).toBe(second.outputs['digest']); // the artifact itself is shared
    expect(first.outputs['reference']).not.toBe(second.outputs['reference']); // its staging index is not
    ok(await runAction({ ...mergeInputs(repo, 'staging-100', ['linux/amd64'], ['100']), cleanup: 'true' }));
    expect(await tagDigest(repository, 'staging-100-linux-amd64')).toBeUndefined();
    expect(await tagDigest(repository, 'staging-200-linux-amd64')).toBe(second.outputs['reference']?.split('@')[1]);
    const later = ok(
      await runAction({ ...mergeInputs(repo, 'staging-200', ['linux/amd64'], ['200']), cleanup: 'true' }),
    );
    expect(await completeTag(registry.url, repository, '200')).toBe(later.outputs['digest']);
    expect(await completeTag(registry.url, repository, '100')).toBeDefined();
    expect(skopeoTags(repo).sort()).toEqual(['100', '200']);
  });

  test('a staging digest that another tag names is kept, and the log says why', async () => {
    const repository = 'named/app';
    const repo = `${registry.host}/${repository}`;
    const [amd64] = await stage(work, repo, 'c', platforms, 'named');
    await retag(repository, 'c-linux-amd64', 'keep-me');
    const run = ok(await runAction({ ...mergeInputs(repo, 'c', platforms, ['1.0']), cleanup: 'true' }));
    const staged = amd64?.outputs['reference']?.split('@')[1];
    expect(await tagDigest(repository, 'keep-me')).toBe(staged);
    expect(run.stdout).toMatch(/kept .*c-linux-amd64.*keep-me/);
    expect(await tagDigest(repository, 'c-linux-arm64')).toBeUndefined();
    expect(skopeoTags(repo).sort()).toEqual(['1.0', 'c-linux-amd64', 'keep-me']);
  });

  test('a merge with cleanup run again after it succeeded says "already released" and changes nothing', async () => {
    const repository = 'rerun/app';
    const repo = `${registry.host}/${repository}`;
    await stage(work, repo, 'staging-300', platforms, 'rerun');
    const inputs = { ...mergeInputs(repo, 'staging-300', platforms, ['1.0', 'latest']), cleanup: 'true' };
    const first = ok(await runAction(inputs, FIXED_ENV));
    expect(skopeoTags(repo).sort()).toEqual(['1.0', 'latest']);
    const again = ok(await runAction(inputs, FIXED_ENV));
    expect(again.stdout).toMatch(/already released/);
    expect(again.outputs['digest']).toBe(first.outputs['digest']);
    expect(again.outputs['index']).toBe(first.outputs['index']);
    expect(await completeTag(registry.url, repository, '1.0')).toBe(first.outputs['digest']);
    expect(await completeTag(registry.url, repository, 'latest')).toBe(first.outputs['digest']);
  });

  test('a merge whose staging tags are gone and whose release tags hold something else still fails', async () => {
    const repository = 'rerun/other';
    const repo = `${registry.host}/${repository}`;
    await stage(work, repo, 'staging-400', platforms, 'other');
    ok(await runAction({ ...mergeInputs(repo, 'staging-400', platforms, ['1.0']), cleanup: 'true' }, FIXED_ENV));
    const run = await runAction(mergeInputs(repo, 'staging-401', platforms, ['1.0']), FIXED_ENV);
    expect(run.code).not.toBe(0);
    expect(errorLines(run).join('\n')).toMatch(/no staging tags "staging-401-\*"/);
  });
});

describe('cleanup in an oci-layout store follows the same rules', () => {
  const layoutTags = (dir: string): Record<string, string> => {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
    };
    const out: Record<string, string> = {};
    for (const m of index.manifests) {
      const tag = m.annotations?.['org.opencontainers.image.ref.name'];
      if (tag) out[tag] = m.digest;
    }
    return out;
  };
  const pushLayout = (dir: string, platform: string, prefix: string, version: string) =>
    runAction({
      command: 'push',
      repository: `oci-layout:${dir}`,
      platform,
      files: platformFile(work, platform, version),
      'staging-prefix': prefix,
    });

  test('promotion, a shared staging digest, a retagged staging index and a re-run: only staging goes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oma-cleanup-layout-'));
    const store = `oci-layout:${dir}`;
    for (const p of platforms) ok(await pushLayout(dir, p, 'a', 'layout'));
    const release = ok(await runAction({ ...mergeInputs(store, 'a', platforms, ['1.0']) }, FIXED_ENV));
    // Promotion from the release tag, with cleanup.
    ok(
      await runAction(
        { command: 'merge', repository: store, sources: `${store}:1.0`, tags: '1.0-final', cleanup: 'true' },
        FIXED_ENV,
      ),
    );
    expect(layoutTags(dir)['1.0']).toBe(release.outputs['digest']);
    // The same content staged by another run, and a staging index someone else tagged.
    for (const p of platforms) ok(await pushLayout(dir, p, 'b', 'layout'));
    const tags = layoutTags(dir);
    expect(tags['b-linux-amd64']).not.toBe(tags['a-linux-amd64']);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      manifests: Array<{ annotations?: Record<string, string> }>;
    };
    const entry = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'a-linux-arm64');
    index.manifests.push({ ...entry, annotations: { 'org.opencontainers.image.ref.name': 'keep-me' } });
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    const inputs = { ...mergeInputs(store, 'a', platforms, ['1.0']), cleanup: 'true' };
    const final = ok(await runAction(inputs, FIXED_ENV));
    const after = layoutTags(dir);
    expect(after['1.0']).toBe(final.outputs['digest']);
    expect(after['1.0-final']).toBeDefined();
    expect(after['keep-me']).toBe(tags['a-linux-arm64']);
    expect(after['b-linux-amd64']).toBe(tags['b-linux-amd64']);
    expect(after['b-linux-arm64']).toBe(tags['b-linux-arm64']);
    expect(after['a-linux-amd64']).toBeUndefined();
    expect(after['a-linux-arm64']).toBeUndefined(); // the staging tag went; the digest stays for keep-me
    expect(readFileSync(join(dir, 'blobs', 'sha256', (tags['a-linux-arm64'] ?? '').slice(7))).length).toBeGreaterThan(
      0,
    );
    // Run again: the staging tags are gone, the release holds what prefix a produced.
    const again = ok(await runAction(inputs, FIXED_ENV));
    expect(again.stdout).toMatch(/already released/);
    expect(layoutTags(dir)['1.0']).toBe(again.outputs['digest']);
  });
});
