import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLayoutTarget } from '../../../src/core/stores/layout/layout-target.js';
import { runTargetConformance } from '../../content/conformance.js';

runTargetConformance('oci-layout', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oma-layout-'));
  return { target: createLayoutTarget(join(dir, 'store')), cleanup: () => rm(dir, { recursive: true, force: true }) };
});
