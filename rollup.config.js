// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 20 and 24.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

// undici lazily requires node:sqlite; rollup would hoist it into a static import that dies on Node 20.
const banner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

const plugins = () => [
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs({ ignore: ['node:sqlite'] }),
  json(),
];

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', banner, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/cli.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: `#!/usr/bin/env node\n${banner}`, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
