/**
 * Jest runs the TypeScript sources as ESM; type-checking of tests is `npm run typecheck`. Two projects:
 * `unit` needs nothing but Node and this tree (no registry, no skopeo, no built dist/, no node subprocess);
 * `integration` is every `*.itg.test.ts` (a real registry, skopeo, the bundle, subprocesses).
 * `npm test` runs both; `npm run test:unit` only the first.
 */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
  },
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['\\.itg\\.test\\.ts$'] },
    { ...common, displayName: 'integration', testMatch: ['**/*.itg.test.ts'] },
  ],
  // Read from the top level only when there are projects.
  testTimeout: 60000,
  // 2 cores: more workers only make the registry-backed tests contend.
  maxWorkers: 2,
  verbose: false,
};
