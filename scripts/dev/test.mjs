// Runs the test suites with Jest, as ES modules (Jest's ESM support needs --experimental-vm-modules).
// Usage: node scripts/dev/test.mjs [unit|stand-ins|e2e ...] [jest options]   (no suite: all three)
// `npm test -- --coverage` reports coverage of src/. Under npm, `node` is the Node of the runner (package.json's
// "node" dev dependency); `npx --yes node@22 scripts/dev/test.mjs unit` runs the unit suite on the oldest Node
// the CLI supports (package.json engines), as .ci/run does.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SUITES = new Set(['unit', 'stand-ins', 'e2e']);
const args = process.argv.slice(2);
const suites = args.filter((a) => SUITES.has(a));
const rest = args.filter((a) => !SUITES.has(a));
const jest = join(dirname(createRequire(import.meta.url).resolve('jest/package.json')), 'bin', 'jest.js');
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    jest,
    ...(suites.length ? ['--selectProjects', ...suites] : []),
    ...rest,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
