/** One 404 from the referrers API settles that a repository has none; later lookups use the fallback tag only. */
import { afterAll, expect, test } from '@jest/globals';
import { MediaTypes } from '../../../src/core/oci/media-types.js';
import { closeRegistryConnections } from '../../../src/core/stores/registry/http.js';
import { createRegistryTarget, type RegistryTarget } from '../../../src/core/stores/registry/target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { blobDescriptor, imageManifest, registryRef } from './fixtures.js';

const { proxy } = useRegistry({ proxy: true });
const target = (repository: string): RegistryTarget => createRegistryTarget(registryRef(proxy.host, repository));

afterAll(async () => {
  await closeRegistryConnections();
});

/** Pushes a small manifest (config `{}`, one layer) and returns its descriptor. */
async function pushSubject(repo: RegistryTarget, content: string) {
  const empty = Buffer.from('{}');
  const emptyDesc = blobDescriptor(empty, MediaTypes.ociEmpty);
  await repo.push(emptyDesc, empty);
  const layer = Buffer.from(content);
  const layerDesc = blobDescriptor(layer, 'application/octet-stream');
  await repo.push(layerDesc, layer);
  const manifest = imageManifest(emptyDesc, [layerDesc]);
  await repo.push(manifest.desc, manifest.bytes);
  return { subject: manifest.desc, emptyDesc };
}

const referrersRequests = () => proxy.log.filter((e) => /\/referrers\//.test(e.path)).length;

test('after one 404 from the referrers API, the same repository goes to the fallback tag straight away', async () => {
  const repo = target('memo/app');
  const first = await pushSubject(repo, 'one');
  const second = await pushSubject(repo, 'two');
  // a referrer of the second subject, listed in its fallback tag
  const signature = imageManifest(first.emptyDesc, [first.emptyDesc], {
    artifactType: 'application/example',
    subject: second.subject,
  });
  await repo.push(signature.desc, signature.bytes);

  proxy.log.length = 0;
  expect(await repo.referrers(first.subject)).toEqual([]);
  expect(referrersRequests()).toBe(1); // distribution 2.8 has no referrers API: 404
  const listed = await repo.referrers(second.subject);
  expect(listed.map((d) => d.digest)).toEqual([signature.desc.digest]);
  expect(referrersRequests()).toBe(1); // not asked again
  expect(proxy.log.map((e) => `${e.method} ${e.path}`)).toContain(
    `HEAD /v2/memo/app/manifests/${second.subject.digest.replace(':', '-')}`,
  );
});

test('a 404 that names a missing repository (NAME_UNKNOWN) does not settle it: the API is asked again', async () => {
  const repo = target('unknown/app');
  const { subject, emptyDesc } = await pushSubject(repo, 'three');
  const rule = proxy.addRule({
    method: 'GET',
    path: /\/referrers\//,
    nth: 1,
    fault: {
      kind: 'status',
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }] }),
    },
  });
  try {
    proxy.log.length = 0;
    expect(await repo.referrers(subject)).toEqual([]);
    expect(await repo.referrers(subject)).toEqual([]);
    expect(referrersRequests()).toBe(2);
  } finally {
    rule.remove();
  }
  // the fallback index is still what lists referrers (a manifest whose subject is this one)
  const signature = imageManifest(emptyDesc, [emptyDesc], { artifactType: 'application/example', subject });
  await repo.push(signature.desc, signature.bytes);
  expect((await repo.referrers(subject)).map((d) => d.digest)).toEqual([signature.desc.digest]);
});
