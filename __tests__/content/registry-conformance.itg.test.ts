/** The same Target conformance suite, against a repository of the real registry (distribution 2.8.2). */
import { afterAll, beforeAll } from '@jest/globals';
import { parseReference, type RegistryReference } from '../../src/core/reference.js';
import { createRegistryTarget } from '../../src/core/registry/target.js';
import { startRegistry, type RunningRegistry } from '../harness/registry.js';
import { runTargetConformance } from './conformance.js';

let registry: RunningRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.stop();
});

let count = 0;
runTargetConformance('registry', async () => {
  const ref = parseReference(`${registry.host}/conformance/r${++count}`) as RegistryReference;
  return { target: createRegistryTarget(ref, { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 } }) };
});
