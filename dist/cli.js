#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { k as keepYoungGenerationSmall, e as enableCompileCache } from './chunks/heap-tuning-BYD7AO0r.js';
import 'node:module';
import './chunks/v8-flags-Dk539qL4.js';

keepYoungGenerationSmall();
// Imported after the compile cache is on (see compile-cache.ts).
enableCompileCache();
const { runCli } = await import('./chunks/run-h0-eSq4Y.js');
process.exitCode = await runCli(process.argv.slice(2));
