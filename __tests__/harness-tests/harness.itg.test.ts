import { expect, test } from '@jest/globals';
import { useRegistry } from '../harness/fixtures.js';

const { registry } = useRegistry();

test('the real registry answers the distribution API base endpoint', async () => {
  const res = await fetch(`${registry.url}/v2/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
});
