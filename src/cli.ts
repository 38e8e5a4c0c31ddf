import { enableCompileCache } from './compile-cache.js';
import { keepYoungGenerationSmall } from './heap-tuning.js';

keepYoungGenerationSmall();
// Imported after the compile cache is on (see compile-cache.ts).
enableCompileCache();
const { runCli } = await import('./cli/run.js');
process.exitCode = await runCli(process.argv.slice(2));
