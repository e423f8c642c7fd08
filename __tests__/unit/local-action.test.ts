/**
 * `npm run local-action` prints the job summary the run wrote: the action writes one only when
 * GITHUB_STEP_SUMMARY names a file, which @github/local-action does not provide. A real node process stands in
 * for local-action and writes the summary the way the action's reporter does (appending to that file).
 */
import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction } from '../../scripts/dev/local-action.js';

const dir = mkdtempSync(join(tmpdir(), 'ai-scanner-local-action-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A runner that appends to GITHUB_STEP_SUMMARY and records the env file it was given. */
const WRITES_SUMMARY = [
  process.execPath,
  '-e',
  `const fs = require('node:fs');
   fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## AI security scan: 0 findings\\n');
   fs.writeFileSync(process.argv[1] + '.seen', 'yes');`,
];

function run(envFile: string, command: string[]) {
  let out = '';
  let err = '';
  const code = runLocalAction({
    envFile,
    command,
    env: { PATH: process.env.PATH },
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe('npm run local-action', () => {
  it('gives the run a summary file and prints what the action wrote to it', () => {
    const envFile = join(dir, 'a.env');
    writeFileSync(envFile, 'INPUT_DRY-RUN=true\n');
    const r = run(envFile, WRITES_SUMMARY);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(`${envFile}.seen`, 'utf8'), 'yes', 'the runner got the env file');
    assert.match(r.out, /---- Job summary \(GITHUB_STEP_SUMMARY\) ----\n## AI security scan: 0 findings\n/);
  });

  it("keeps the env file's own GITHUB_STEP_SUMMARY, and says so when the run wrote nothing", () => {
    const own = join(dir, 'own-summary.md');
    const envFile = join(dir, 'b.env');
    writeFileSync(envFile, `GITHUB_STEP_SUMMARY=${own}\n`);
    assert.match(run(envFile, WRITES_SUMMARY).out, /## AI security scan: 0 findings/);
    assert.equal(
      readFileSync(own, 'utf8'),
      '## AI security scan: 0 findings\n',
      'written where the env file said',
    );
    const silent = run(envFile, [process.execPath, '-e', 'process.exit(3)']);
    assert.equal(silent.code, 3, "the runner's exit code");
    assert.match(silent.out, /## AI security scan/, 'the file keeps what an earlier run wrote');
    const none = run(join(dir, 'a.env'), [process.execPath, '-e', '']);
    assert.match(none.out, /The run wrote no job summary/);
  });

  it('refuses a missing env file with a usage error that says how to make one', () => {
    const r = run(join(dir, 'missing.env'), WRITES_SUMMARY);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.env not found: copy \.env\.example/);
    assert.ok(!existsSync(join(dir, 'missing.env.seen')), 'the runner was not started');
  });
});
