import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { openTarget } from '../../src/core/stores/open-target.js';
import { parseReference } from '../../src/core/oci/reference.js';
import { emptyConfig, image, layer, pushAll } from '../content/fixtures.js';

test.each([
  [
    'registry.example:5000/team/app:v1',
    { kind: 'registry', registry: 'registry.example:5000', repository: 'team/app' },
  ],
  ['oci-layout:./store:v1', { kind: 'layout', path: join(process.cwd(), 'store') }],
])('openTarget(%s) opens the store the reference names', (text, location) => {
  expect(openTarget(text).location).toEqual(location);
  expect(openTarget(parseReference(text)).location).toEqual(location);
});

test('a layout opened by reference is the same store as the directory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-open-'));
  try {
    const manifest = image(emptyConfig, [layer('z')]);
    const writer = openTarget(`oci-layout:${dir}/store`);
    await pushAll(writer, [emptyConfig, layer('z'), manifest]);
    await writer.tag(manifest.descriptor, 'v1');
    expect(await openTarget(parseReference(`oci-layout:${dir}/store:v1`)).resolve('v1')).toEqual(manifest.descriptor);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
