// Runs the test suites with node's own test runner (ESM-native, TypeScript through tsx).
// Usage: node scripts/test.mjs [unit|e2e|stand-ins] — no argument runs them all.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const suites = process.argv.slice(2);
const roots = (suites.length ? suites : ['unit', 'stand-ins', 'e2e']).map((s) => join('__tests__', s));
const files = roots.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, f))
    .sort(),
);
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
