import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startRegistry, type RunningRegistry } from './harness/registry.js';

let registry: RunningRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.stop();
});

test('the real registry answers the distribution API base endpoint', async () => {
  const res = await fetch(`${registry.url}/v2/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
});
