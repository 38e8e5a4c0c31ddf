/** The benchmarks' registries: scripts/lib/registry-process.js, quiet, under the bench's work directory. */
import { startRegistryProcess } from '../../scripts/lib/registry-process.js';

export async function startRegistry(workDir, name) {
  return startRegistryProcess({ parentDir: workDir, prefix: `registry-${name}-`, quiet: true });
}
