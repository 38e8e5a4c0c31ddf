import { enableCompileCache } from './compile-cache.js';
import { keepYoungGenerationSmall } from './heap-tuning.js';

keepYoungGenerationSmall();
// Imported after the compile cache is on (see compile-cache.ts).
enableCompileCache();
const { runAction } = await import('./action/run.js');
await runAction();
