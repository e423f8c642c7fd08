// Jest runs the TypeScript tests as ES modules (node --experimental-vm-modules, see scripts/dev/test.mjs), compiled by
// SWC with no type check (npm run typecheck does that). Three projects: `unit` (pure code, the docs and the
// examples; fast), `stand-ins` (the local servers the end-to-end suite talks to) and `e2e` (the bundled dist/
// run as the runner does). Tests use fakes passed through interfaces: no module mocks.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

/** @param {string} name @param {boolean} slow */
const project = (name, slow) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/__tests__/${name}`],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Sources import each other as './x.js' (NodeNext); the files are .ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFilesAfterEnv: slow ? ['<rootDir>/__tests__/support/long-timeout.ts'] : [],
});

export default {
  projects: [project('unit', false), project('stand-ins', true), project('e2e', true)],
  testTimeout: 30_000,
  // Two workers on the two-core machines CI runs on; end-to-end tests mostly wait on child processes.
  maxWorkers: 2,
  maxConcurrency: 4,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
};
