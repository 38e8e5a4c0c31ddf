#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { k as keepYoungGenerationSmall, e as enableCompileCache } from './chunks/heap-tuning-BCLepe1a.js';
import 'node:module';
import './chunks/_builtin_v8-BkvRYTk1.js';

keepYoungGenerationSmall();
// Imported after the compile cache is on (see compile-cache.ts).
enableCompileCache();
const { runCli } = await import('./chunks/run-sVp9CirU.js');
process.exitCode = await runCli(process.argv.slice(2));
