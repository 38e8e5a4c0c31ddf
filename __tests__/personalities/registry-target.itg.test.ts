/**
 * The registry Target's own mechanisms through personalities where the whole job does not reach them:
 * GitLab's `sha256-<hex>` tag that resolves to the subject itself, Quay's referrers API without OCI-Subject,
 * GAR's delete refused while a tag names the manifest, Artifactory's refusal of a body on the commit PUT.
 */
import { afterAll, expect, test } from '@jest/globals';
import { MediaTypes } from '../../src/core/oci/media-types.js';
import { closeRegistryConnections } from '../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryTarget } from '../../src/core/stores/registry/target.js';
import { startFaultProxy, type FaultProxy } from '../harness/fault-proxy.js';
import { personality, type PersonalityId } from '../harness/personalities.js';
import { useRegistry } from '../harness/fixtures.js';
import { blobDescriptor, imageIndex, imageManifest, registryRef } from '../stores/registry/fixtures.js';
import { skopeoTags } from '../e2e/run-action.js';

const { registry } = useRegistry();
const proxies: FaultProxy[] = [];

afterAll(async () => {
  await closeRegistryConnections();
  for (const proxy of proxies) await proxy.stop();
});

async function through(id: PersonalityId, repository: string): Promise<{ target: RegistryTarget; proxy: FaultProxy }> {
  const proxy = await startFaultProxy(registry.url);
  proxies.push(proxy);
  personality(id)
    .install(proxy, registry.storage ?? '')
    .createRepository(repository);
  return { target: createRegistryTarget(registryRef(proxy.host, repository)), proxy };
}

/** An index of one image manifest (config `{}`, one layer), pushed children first. */
async function pushIndex(target: RegistryTarget, content: string) {
  const empty = Buffer.from('{}');
  const emptyDesc = blobDescriptor(empty, MediaTypes.ociEmpty);
  await target.push(emptyDesc, empty);
  const layer = Buffer.from(content);
  const layerDesc = blobDescriptor(layer, 'application/octet-stream');
  await target.push(layerDesc, layer);
  const manifest = imageManifest(emptyDesc, [layerDesc]);
  await target.push(manifest.desc, manifest.bytes);
  const index = imageIndex([manifest.desc]);
  await target.push(index.desc, index.bytes);
  return { index: index.desc, manifest: manifest.desc, emptyDesc };
}

test('GitLab: a fallback tag that resolves to the subject itself lists no referrers (not its children)', async () => {
  const { target, proxy } = await through('gitlab', 'gitlab/referrers');
  const { index } = await pushIndex(target, 'gitlab subject');
  expect(await target.referrers(index)).toEqual([]);
  // the proxy did play GitLab: the fallback tag was asked for and answered with the subject
  expect(
    proxy.log.some((e) => e.path.endsWith(`/manifests/${index.digest.replace(':', '-')}`) && e.status === 200),
  ).toBe(true);
});

test('Quay: the referrers API without OCI-Subject still finds what was attached', async () => {
  const { target } = await through('quay', 'quay/referrers');
  const { manifest, emptyDesc } = await pushIndex(target, 'quay subject');
  const sbom = imageManifest(emptyDesc, [emptyDesc], { artifactType: 'application/spdx+json', subject: manifest });
  await target.push(sbom.desc, sbom.bytes);
  expect((await target.referrers(manifest)).map((d) => d.digest)).toEqual([sbom.desc.digest]);
});

test('GAR: deleting a manifest a tag still names deletes the tag first, then the manifest', async () => {
  const { target } = await through('gar', 'gar/delete');
  const { index } = await pushIndex(target, 'gar subject');
  await target.tag(index, 'staging-x');
  await target.delete(index);
  expect(skopeoTags(`${registry.host}/gar/delete`)).toEqual([]);
  expect(await target.exists(index)).toBe(false);
});

test('Artifactory: a blob refused with its body on the commit PUT is sent with PATCH, then PUT', async () => {
  const { target, proxy } = await through('artifactory', 'artifactory/blobs');
  const bytes = Buffer.from('a small blob');
  const desc = blobDescriptor(bytes, 'application/octet-stream');
  await target.push(desc, bytes);
  const res = await fetch(`${registry.url}/v2/artifactory/blobs/blobs/${desc.digest}`);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  expect(proxy.log.some((e) => e.method === 'PATCH' && e.bytesIn === bytes.length)).toBe(true);
});
