import { createMemoryTarget } from '../../src/core/content/memory.js';
import { runTargetConformance } from './conformance.js';

runTargetConformance('memory', async () => ({ target: createMemoryTarget() }));
