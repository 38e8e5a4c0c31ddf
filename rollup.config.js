// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 20 and 24. Code they share, and
// what is imported lazily (@actions/cache, @actions/github: only for the cache and ghcr.io cleanup), go to
// dist/chunks/, so start-up loads only what every run needs.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { builtinModules, createRequire } from 'node:module';

// undici lazily requires node:sqlite; rollup would hoist it into a static import that dies on Node 20. The same
// goes for every built-in a CommonJS dependency requires: left as require() calls (the banner defines require),
// those it requires only when used (tls, worker_threads, perf_hooks… in undici) are not loaded at start-up.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const requireBanner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

/**
 * ESM imports of Node's built-ins as require() calls. Importing a built-in as ESM runs every getter it exports (to
 * fill the module's bindings): on Node 24 `node:http` then loads Node's own copy of undici for its WebSocket
 * export (~100 ms here), `node:tls` parses every root certificate, `node:crypto` sets up WebCrypto. Each import of
 * `node:x` becomes a tiny module that requires it and reads only the exports the bundle uses.
 */
const nodeRequire = createRequire(import.meta.url);
const builtinsByRequire = {
  name: 'builtins-by-require',
  resolveId(source, importer) {
    if (!importer || !builtins.has(source) || source === 'node:module' || source === 'module') return null;
    return `\0builtin:${source.replace(/^node:/, '')}`;
  },
  load(id) {
    if (!id.startsWith('\0builtin:')) return null;
    const name = `node:${id.slice('\0builtin:'.length)}`;
    const exported = nodeRequire(name);
    const keys = Object.keys(Object.getOwnPropertyDescriptors(exported)).filter(
      (key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key),
    );
    return [
      "import { createRequire } from 'node:module';",
      `const m = createRequire(import.meta.url)(${JSON.stringify(name)});`,
      'export default m;',
      // Pure calls: rollup drops the exports nothing imports, so only what is used is read at run time.
      'const exportOf = (key) => m[key];',
      ...keys.map((key) => `export const ${key} = /*#__PURE__*/ exportOf(${JSON.stringify(key)});`),
    ].join('\n');
  },
};

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // The action's front end (imported by dist/index.js after the compile cache is on) is named apart, so the npm
    // package, which holds only what the CLI loads, can leave it out (package.json "files").
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/action/run.ts')
        ? 'chunks/action-[hash].js'
        : 'chunks/[name]-[hash].js',
    banner: (chunk) =>
      chunk.isEntry && chunk.name === 'cli' ? `#!/usr/bin/env node\n${requireBanner}` : requireBanner,
  },
  plugins: [
    builtinsByRequire,
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs({ ignore: (id) => id === 'node:sqlite' || builtins.has(id) }),
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
