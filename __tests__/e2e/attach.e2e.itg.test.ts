/**
 * attach and discover through the bundle: against the real registry (no referrers API: the fallback tag),
 * and through a stand-in that adds the referrers API in front of it. What the registry holds afterwards is
 * read back with skopeo; bad input writes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { startReferrersApiProxy, type ReferrersApiProxy } from '../harness/referrers-api-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { errorLines, runAction, runCliProcess, skopeoRaw, skopeoTags } from './run-action.js';

interface Entry {
  digest: string;
  platform?: { os: string; architecture: string };
}

const { registry } = useRegistry();
let work: string;
const platforms = ['linux/amd64', 'linux/arm64'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-attach-'));
});

/** Publishes a two-platform release at `<host>/<repo>:1.0` and returns its index JSON. */
async function publish(host: string, repo: string): Promise<{ digest: string; manifests: Entry[] }> {
  const repository = `${host}/${repo}`;
  for (const platform of platforms) {
    const file = join(work, `${repo.replaceAll('/', '-')}-${platform.replaceAll('/', '-')}`);
    writeFileSync(file, `tool for ${platform}\n`);
    const run = await runAction({ command: 'push', repository, platform, files: file, 'staging-prefix': 's' });
    expect(errorLines(run)).toEqual([]);
  }
  const merged = await runAction({ command: 'merge', repository, 'staging-prefix': 's', tags: '1.0' });
  expect(errorLines(merged)).toEqual([]);
  return { digest: merged.outputs['digest'] ?? '', manifests: JSON.parse(merged.outputs['index'] ?? '{}').manifests };
}

function evidence(name: string, content: string): string {
  const dir = join(work, 'evidence');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const fallbackTag = (digest: string) => digest.replace(':', '-');
const entryOf = (index: { manifests: Entry[] }, platform: string) =>
  index.manifests.find((m) => `${m.platform?.os}/${m.platform?.architecture}` === platform);

describe('against distribution 2.8 (no referrers API: the fallback tag)', () => {
  let release: Awaited<ReturnType<typeof publish>>;
  const repository = () => `${registry.host}/attach/tool`;
  beforeAll(async () => {
    release = await publish(registry.host, 'attach/tool');
  });

  test('the action attaches an SBOM to the index: a referrer manifest with that subject, listed in the fallback tag', async () => {
    const sbom = evidence('sbom.spdx.json', '{"spdxVersion":"SPDX-2.3"}');
    const run = await runAction({
      command: 'attach',
      reference: `${repository()}:1.0`,
      'artifact-type': 'application/spdx+json',
      files: `${sbom}:application/spdx+json`,
      annotations: 'org.opencontainers.image.created=2026-11-30T00:00:00Z',
    });
    expect(errorLines(run)).toEqual([]);
    const digest = run.outputs['digest'] ?? '';
    expect(run.outputs['reference']).toBe(`${repository()}@${digest}`);
    const manifest = JSON.parse(skopeoRaw(`${repository()}@${digest}`));
    expect(manifest).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/spdx+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      subject: { digest: release.digest, mediaType: 'application/vnd.oci.image.index.v1+json' },
      annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
    });
    expect(manifest.layers[0]).toMatchObject({
      mediaType: 'application/spdx+json',
      annotations: { 'org.opencontainers.image.title': 'sbom.spdx.json' },
    });
    const listed = JSON.parse(skopeoRaw(`${repository()}:${fallbackTag(release.digest)}`));
    expect(listed.manifests).toEqual([expect.objectContaining({ digest, artifactType: 'application/spdx+json' })]);
  });

  test('the CLI attaches to one platform (files as a glob, as push takes them): the subject is that platform manifest; pull fetches the referrer by digest', async () => {
    const report = evidence('report.txt', 'arm64 passed\n');
    const run = await runCliProcess([
      'attach',
      '--reference',
      `${repository()}:1.0`,
      '--platform',
      'linux/arm64',
      '--artifact-type',
      'application/vnd.example.test-report.v1',
      '--files',
      report.replace(/report\.txt$/, 'report.t?t'),
    ]);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const arm64 = entryOf(release, 'linux/arm64');
    const manifest = JSON.parse(skopeoRaw(`${repository()}@${outputs['digest']}`));
    expect(manifest.subject.digest).toBe(arm64?.digest);
    expect(JSON.parse(skopeoRaw(`${repository()}:${fallbackTag(arm64?.digest ?? '')}`)).manifests).toEqual([
      expect.objectContaining({ digest: outputs['digest'], artifactType: 'application/vnd.example.test-report.v1' }),
    ]);
    const out = join(work, 'pulled-report');
    const pulled = await runCliProcess(['pull', '--reference', outputs['reference'] ?? '', '--output', out]);
    expect(pulled.code).toBe(0);
    expect(readFileSync(join(out, 'report.txt'), 'utf8')).toBe('arm64 passed\n');
  });

  test('discover lists the referrers of the index and of each platform, as JSON and as a summary table', async () => {
    const run = await runAction({ command: 'discover', reference: `${repository()}:1.0` });
    expect(errorLines(run)).toEqual([]);
    const referrers = JSON.parse(run.outputs['referrers'] ?? '[]') as Array<Record<string, unknown>>;
    expect(referrers).toEqual([
      expect.objectContaining({
        subject: release.digest,
        artifactType: 'application/spdx+json',
        annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
      }),
      expect.objectContaining({
        subject: entryOf(release, 'linux/arm64')?.digest,
        platform: 'linux/arm64',
        artifactType: 'application/vnd.example.test-report.v1',
      }),
    ]);
    expect(referrers[0]).not.toHaveProperty('platform');
    expect(run.summary).toContain('| subject | artifact type | digest | annotations |');
    expect(run.summary).toContain(
      `| linux/arm64 | application/vnd.example.test-report.v1 | \`${referrers[1]?.['digest']}\``,
    );
  });

  test('two attaches to one subject in parallel processes both end up listed', async () => {
    const amd64 = entryOf(release, 'linux/amd64')?.digest as string;
    // Both processes read the (missing) fallback tag before either writes it, and get their answers at the
    // same moment (a barrier: the second answer waits for what is left of the first one's delay), so both
    // write at once. Without a check after the write, the second write drops the first entry.
    const proxy = await startFaultProxy(registry.url);
    try {
      const barrierMs = 3000;
      const delay = { kind: 'delay' as const, ms: barrierMs };
      let firstArrival = 0;
      const barrier = proxy.addRule({
        method: 'HEAD',
        path: new RegExp(`/manifests/${fallbackTag(amd64)}$`),
        first: 2,
        when: () => {
          if (firstArrival === 0) firstArrival = Date.now();
          else delay.ms = Math.max(0, barrierMs - (Date.now() - firstArrival));
          return true;
        },
        fault: delay,
      });
      const attachOne = (name: string) =>
        runCliProcess([
          'attach',
          '--reference',
          `${proxy.host}/attach/tool:1.0`,
          '--platform',
          'linux/amd64',
          '--artifact-type',
          'application/vnd.example.signature.v1',
          '--files',
          evidence(name, `${name}\n`),
        ]);
      const runs = await Promise.all([attachOne('sig-a'), attachOne('sig-b')]);
      expect(barrier.fired()).toBe(2);
      const digests = runs.map((r) => {
        expect(r.stderr).not.toMatch(/error/);
        return (JSON.parse(r.stdout) as Record<string, string>)['digest'];
      });
      const listed = JSON.parse(skopeoRaw(`${repository()}:${fallbackTag(amd64)}`)).manifests.map(
        (m: { digest: string }) => m.digest,
      );
      expect(listed.sort()).toEqual([...digests].sort());
    } finally {
      await proxy.stop();
    }
  });

  test.each([
    ['a missing artifact-type', { 'artifact-type': '' }, /input "artifact-type" is required for attach/],
    [
      'an unknown platform',
      { platform: 'linux/s390x' },
      /no entry for platform linux\/s390x \(it has: linux\/amd64, linux\/arm64\); nothing was attached/,
    ],
    ['a reference without tag or digest', { reference: 'attach/tool' }, /needs a tag or a digest/],
    ['no files', { files: '' }, /input "files" lists no file/],
  ] as Array<[string, Record<string, string>, RegExp]>)(
    'bad input (%s) fails with one line and writes nothing',
    async (_name, override, message) => {
      const proxy = await startFaultProxy(registry.url);
      try {
        const inputs: Record<string, string> = {
          command: 'attach',
          reference: `${proxy.host}/attach/tool:1.0`,
          'artifact-type': 'application/vnd.example.bad.v1',
          files: evidence('bad.txt', 'bad\n'),
          ...override,
        };
        if (override['reference']) inputs['reference'] = `${proxy.host}/${override['reference']}`;
        const run = await runAction(inputs);
        expect(run.code).not.toBe(0);
        expect(errorLines(run)).toHaveLength(1);
        expect(errorLines(run)[0]).toMatch(message);
        expect(proxy.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([]);
      } finally {
        await proxy.stop();
      }
    },
  );
});

describe('through a registry with the referrers API', () => {
  let api: ReferrersApiProxy;
  let release: Awaited<ReturnType<typeof publish>>;
  beforeAll(async () => {
    api = await startReferrersApiProxy(registry.url);
    release = await publish(api.host, 'api/tool');
  });
  afterAll(async () => {
    await api.stop();
  });

  test('attach leaves the listing to the registry (no fallback tag); discover reads it through the API', async () => {
    const run = await runAction({
      command: 'attach',
      reference: `${api.host}/api/tool:1.0`,
      'artifact-type': 'application/vnd.dev.sigstore.bundle.v0.3+json',
      files: evidence('bundle.json', '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}'),
    });
    expect(errorLines(run)).toEqual([]);
    const digest = run.outputs['digest'];
    expect(api.log).toContain(`PUT /v2/api/tool/manifests/${digest}`);
    // The real registry behind the stand-in holds the referrer, and no fallback tag was written.
    expect(JSON.parse(skopeoRaw(`${registry.host}/api/tool@${digest}`)).subject.digest).toBe(release.digest);
    expect(skopeoTags(`${registry.host}/api/tool`)).not.toContain(fallbackTag(release.digest));

    const found = await runAction({ command: 'discover', reference: `${api.host}/api/tool:1.0` });
    expect(errorLines(found)).toEqual([]);
    expect(JSON.parse(found.outputs['referrers'] ?? '[]')).toEqual([
      expect.objectContaining({
        subject: release.digest,
        digest,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      }),
    ]);
    expect(api.log).toContain(`GET /v2/api/tool/referrers/${release.digest}`);
  });
});
