/** The same Target conformance suite, against a repository of the real registry (distribution 2.8.2). */
import { parseReference, type RegistryReference } from '../../../src/core/oci/reference.js';
import { createRegistryTarget } from '../../../src/core/stores/registry/target.js';
import { useRegistry } from '../../harness/fixtures.js';
import { runTargetConformance } from '../../content/conformance.js';

const { registry } = useRegistry();

let count = 0;
runTargetConformance('registry', async () => {
  const ref = parseReference(`${registry.host}/conformance/r${++count}`) as RegistryReference;
  return { target: createRegistryTarget(ref, { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 } }) };
});
