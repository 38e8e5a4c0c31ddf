/**
 * Referrers where registries disagree with the spec (REGISTRIES.md): ECR in 2024 answered a manifest PUT with
 * `OCI-Subject` but had no referrers API (GET …/referrers/… is 404), so a client trusting the header wrote no
 * fallback tag and the referrer was found nowhere; attach and discover (run in this process, as the action runs
 * them) must still find it, and the fallback tag must be in the registry. And what a `sha256-<hex>` tag holds is
 * checked before it is believed or extended: a manifest of another kind, or an index whose entries are not
 * referrers of the subject, is refused with one line, and attach leaves that tag alone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { createRegistryTarget } from '../../src/core/stores/registry/target.js';
import { errorLines } from '../e2e/run-action.js';
import { startFaultProxy, type FaultProxy } from '../harness/fault-proxy.js';
import { personality } from '../harness/personalities.js';
import { startRegistry, type RunningRegistry } from '../harness/registry.js';
import { runInProcess } from '../reliability/in-process.js';
import { blobDescriptor, imageIndex, imageManifest, registryRef } from '../stores/registry/fixtures.js';

let registry: RunningRegistry;
let work: string;
const proxies: FaultProxy[] = [];

beforeAll(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'oma-referrers-'));
  writeFileSync(join(work, 'tool.bin'), 'tool\n');
  writeFileSync(join(work, 'sbom.spdx.json'), '{"spdxVersion":"SPDX-2.3"}\n');
}, 60_000);
afterAll(async () => {
  await closeRegistryConnections();
  for (const proxy of proxies) await proxy.stop();
  await registry?.stop();
});

/** A one-platform release at `repo:1.0.0` (push, then merge), its index digest. */
async function release(repo: string): Promise<string> {
  const pushed = await runInProcess({
    command: 'push',
    repository: repo,
    platform: 'linux/amd64',
    files: join(work, 'tool.bin'),
    'staging-prefix': 'st',
  });
  expect(errorLines(pushed)).toEqual([]);
  const merged = await runInProcess({
    command: 'merge',
    repository: repo,
    'staging-prefix': 'st',
    platforms: 'linux/amd64',
    tags: '1.0.0',
  });
  expect(errorLines(merged)).toEqual([]);
  return merged.outputs['digest'] ?? '';
}

const accept = [MediaTypes.ociIndex, MediaTypes.ociManifest].join(', ');
const readTag = async (repo: string, tag: string) => {
  const res = await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, { headers: { accept } });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
};

test('ECR (2024): OCI-Subject without the referrers API — attach writes the fallback tag, discover finds it', async () => {
  const proxy = await startFaultProxy(registry.url);
  proxies.push(proxy);
  personality('ecr')
    .install(proxy, registry.storage ?? '')
    .createRepository('ecr/tool');
  const repo = `${proxy.host}/ecr/tool`;
  const subject = await release(repo);

  const attached = await runInProcess({
    command: 'attach',
    reference: `${repo}:1.0.0`,
    files: join(work, 'sbom.spdx.json'),
    'artifact-type': 'application/spdx+json',
  });
  expect(errorLines(attached)).toEqual([]);
  const artifact = attached.outputs['digest'];
  // the personality did play ECR: the PUT was answered with OCI-Subject, the referrers API with 404
  expect(
    proxy.log.some((e) => e.method === 'GET' && e.path.startsWith('/v2/ecr/tool/referrers/') && e.status === 404),
  ).toBe(true);

  // read back from the registry itself: the fallback tag is an OCI index listing the artifact
  const tag = await readTag('ecr/tool', subject.replace(':', '-'));
  expect(tag.status).toBe(200);
  expect(tag.type).toBe(MediaTypes.ociIndex);
  const index = JSON.parse(tag.body) as {
    mediaType: string;
    manifests: Array<{ digest: string; artifactType: string }>;
  };
  expect(index.mediaType).toBe(MediaTypes.ociIndex);
  expect(index.manifests.map((m) => [m.digest, m.artifactType])).toEqual([[artifact, 'application/spdx+json']]);

  const discovered = await runInProcess({ command: 'discover', reference: `${repo}:1.0.0` });
  expect(errorLines(discovered)).toEqual([]);
  expect(discovered.outputs['referrers']).toContain(artifact);
}, 120_000);

/** A subject manifest in `repo` (config `{}`, one layer) through a registry without the referrers API. */
async function subjectIn(repository: string) {
  const target = createRegistryTarget(registryRef(registry.host, repository));
  const empty = Buffer.from('{}');
  const emptyDesc = blobDescriptor(empty, MediaTypes.ociEmpty);
  await target.push(emptyDesc, empty);
  const layer = Buffer.from(`layer of ${repository}`);
  const layerDesc = blobDescriptor(layer, 'application/octet-stream');
  await target.push(layerDesc, layer);
  const subject = imageManifest(emptyDesc, [layerDesc]);
  await target.push(subject.desc, subject.bytes);
  return { target, subject: subject.desc, emptyDesc, layerDesc };
}

test.each([
  ['an image manifest', 'a application/vnd.oci.image.manifest.v1+json'],
  ['an ordinary index (entries that are not referrers of the subject)', 'is not a referrer of it'],
])('a fallback tag naming %s is refused with one line; attach leaves it alone', async (kind, named) => {
  const repository = `fallback/${kind.startsWith('an image') ? 'manifest' : 'index'}`;
  const { target, subject, emptyDesc, layerDesc } = await subjectIn(repository);
  const tag = subject.digest.replace(':', '-');
  // what someone left under the subject's fallback tag name
  const other = imageManifest(emptyDesc, [layerDesc], { annotations: { note: 'not a referrers index' } });
  await target.push(other.desc, other.bytes);
  const squatter = kind.startsWith('an image') ? other : imageIndex([other.desc]);
  if (squatter !== other) await target.push(squatter.desc, squatter.bytes);
  await target.tag(squatter.desc, tag);

  const error = (await target.referrers(subject).catch((e: unknown) => e)) as Error;
  expect(error).toBeInstanceOf(Error);
  expect(error.message).not.toMatch(/\n/);
  expect(error.message).toContain(
    `the referrers tag ${tag} in ${registry.host}/${repository} names ${squatter.desc.digest}`,
  );
  expect(error.message).toContain(named);
  expect(error.message).toMatch(/move or delete it, then re-run$/);

  // attach (a manifest with this subject) is refused the same way and the tag still names what it named
  const signature = imageManifest(emptyDesc, [emptyDesc], { artifactType: 'application/example', subject });
  const attach = (await target.push(signature.desc, signature.bytes).catch((e: unknown) => e)) as Error;
  expect(attach.message).toContain(`the referrers tag ${tag}`);
  const after = await readTag(repository, tag);
  expect(after.body).toBe(Buffer.from(squatter.bytes).toString('utf8'));
});

test.each([
  ['bytes that are not JSON', 'not json at all', /, which is not JSON, not an OCI image index/],
  [
    'an index whose "manifests" is not a list',
    JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: { x: 1 } }),
    /, without a "manifests" list, not an OCI image index/,
  ],
  [
    'an index with an entry that is not a descriptor',
    JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [{ digest: 'x' }] }),
    /, with an entry that is not a manifest descriptor, not an OCI image index/,
  ],
])('a fallback tag answering %s (played by the proxy) is refused with one line', async (_kind, body, line) => {
  const { subject } = await subjectIn(`fallback/garbage-${proxies.length}`);
  const proxy = await startFaultProxy(registry.url);
  proxies.push(proxy);
  const bytes = Buffer.from(body);
  const digest = blobDescriptor(bytes, MediaTypes.ociIndex).digest;
  proxy.addRule({
    path: new RegExp(`/manifests/(${subject.digest.replace(':', '-')}|${digest})$`),
    fault: {
      kind: 'status',
      status: 200,
      headers: { 'content-type': MediaTypes.ociIndex, 'docker-content-digest': digest },
      body,
    },
  });
  const target = createRegistryTarget(registryRef(proxy.host, `fallback/garbage-${proxies.length - 1}`));
  const error = (await target.referrers(subject).catch((e: unknown) => e)) as Error;
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toMatch(line);
  expect(error.message).not.toMatch(/\n/);
});
