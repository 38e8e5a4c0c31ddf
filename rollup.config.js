// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 20 and 24. Code they share, and
// what is imported lazily (@actions/cache, @actions/github: only for the cache and ghcr.io cleanup), go to
// dist/chunks/, so start-up loads only what every run needs.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

// undici lazily requires node:sqlite; rollup would hoist it into a static import that dies on Node 20.
const requireBanner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) =>
      chunk.isEntry && chunk.name === 'cli' ? `#!/usr/bin/env node\n${requireBanner}` : requireBanner,
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs({ ignore: ['node:sqlite'] }),
    json(),
  ],
  // @actions/core imports @actions/http-client (and through it a whole undici 6) only for getIDToken, which we
  // never call: without this the action would parse 1 MB more at start-up. The cache and GitHub chunks, which
  // do use it, still get it.
  treeshake: {
    moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@actions[\\/]http-client[\\/]/.test(id),
  },
  onwarn: (warning, warn) => {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
