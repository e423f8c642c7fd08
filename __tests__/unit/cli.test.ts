import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli-main.js';
import { VERSION } from '../../src/version.js';
import { tempDir, writeFiles } from './fakes.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);
writeFiles(dir, { 'src/a.js': 'const x = eval(input);\n', 'src/b.py': 'print(1)\n', 'yarn.lock': 'lock\n' });

/** Runs main() with captured output and a clean environment: no CI, AWS or GitHub variables of the machine. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: { PATH: process.env.PATH },
  });
  return { code, stdout, stderr };
}

describe('ai-scanner CLI', () => {
  it('exits 2 on an unknown flag, with the help', async () => {
    const r = await cli('scan', dir, '--bogus');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--bogus/);
    assert.match(r.stderr, /Usage: ai-scanner scan/);
    assert.equal(r.stdout, '');
  });

  it('exits 2 on action-only inputs and on values given to switches', async () => {
    assert.equal((await cli('scan', dir, '--pr-comment', 'true')).code, 2);
    assert.equal((await cli('scan', dir, '--github-token', 'x')).code, 2);
    assert.equal((await cli('scan', dir, '--dry-run=false')).code, 2);
  });

  it('exits 2 on bad input values, naming each input and what is allowed', async () => {
    const r = await cli(
      'scan',
      dir,
      '--dry-run',
      '--max-concurrency',
      '0',
      '--scan-mode',
      'sideways',
      '--pricing',
      '{oops',
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /3 inputs are invalid/);
    assert.match(
      r.stderr,
      /Input 'max-concurrency' has an invalid value "0": expected a whole number from 1 to 64/,
    );
    assert.match(
      r.stderr,
      /Input 'scan-mode' has an invalid value "sideways": expected one of auto, changed, full/,
    );
    assert.match(r.stderr, /Input 'pricing' has an invalid value "\{oops": expected JSON/);
    assert.equal(r.stdout, '');
  });

  it('takes --verify-findings as a switch: the report prices the verification apart', async () => {
    const r = await cli('scan', dir, '--dry-run', '--verify-findings', '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { model: { verification?: { calls: number } } };
    assert.equal(report.model.verification?.calls, 0);
    const off = JSON.parse((await cli('scan', dir, '--dry-run', '--format', 'json')).stdout) as typeof report;
    assert.equal(off.model.verification, undefined);
  });

  it('exits 2 on an unknown format or command', async () => {
    const format = await cli('scan', dir, '--format', 'xml');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format has an invalid value "xml": expected text, json or sarif/);
    const command = await cli('deploy');
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command "deploy"/);
    assert.equal((await cli('scan', dir, 'extra')).code, 2);
  });

  it('exits 2 when a real scan has no region, naming aws-region', async () => {
    const r = await cli('scan', dir, '--cache-backend', 'none');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Input 'aws-region'/);
  });

  it('prints the help and the version', async () => {
    const help = await cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: ai-scanner scan \[dir\] \[options\]/);
    assert.match(help.stdout, /--fail-on-severity/);
    assert.equal((await cli('-h')).stdout, help.stdout);
    const version = await cli('--version');
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${VERSION}\n`);
  });

  it('--format json prints the whole report of a dry run, and writes no cache and no file unless asked', async () => {
    const r = await cli(
      'scan',
      dir,
      '--dry-run',
      '--format',
      'json',
      '--scan-mode',
      'full',
      '--cache-backend',
      'none',
    );
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      dryRun: boolean;
      selection: { eligible: number };
      cache: { misses: number; backend: string };
      model: { calls: number; estimateUsd: number };
      skipped: { path: string; reason: string }[];
      conclusion: string;
    };
    assert.equal(report.dryRun, true);
    assert.equal(report.selection.eligible, 2);
    assert.equal(report.cache.misses, 2);
    assert.equal(report.cache.backend, 'none');
    assert.equal(report.model.calls, 0);
    assert.ok(report.model.estimateUsd > 0);
    assert.deepEqual(report.skipped, [{ path: 'yarn.lock', reason: 'lockfile' }]);
    assert.equal(report.conclusion, 'neutral');
    assert.equal(existsSync(join(dir, '.file_hash_cache.json')), false);
    assert.equal(existsSync(join(dir, 'ai-scanner.sarif')), false);
    assert.match(r.stderr, /Selected 3 file\(s\)/, 'the log goes to standard error');
  });

  it('--format sarif prints SARIF, and --sarif-file writes it', async () => {
    const r = await cli(
      'scan',
      dir,
      '--dry-run',
      '--format',
      'sarif',
      '--scan-mode',
      'full',
      '--cache-backend',
      'none',
      '--sarif-file',
      'out/scan.sarif',
    );
    assert.equal(r.code, 0, r.stderr);
    const sarif = JSON.parse(r.stdout) as { version: string };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(
      (JSON.parse(readFileSync(join(dir, 'out/scan.sarif'), 'utf8')) as { version: string }).version,
      '2.1.0',
    );
  });

  it('the ai-scanner entry runs main with the process arguments and exit code', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const code = await new Promise<number | string | undefined>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', join(root, 'src/cli.ts'), 'scan', dir, '--bogus'],
        { cwd: root, timeout: 60_000 },
        (e) => resolve(e?.code ?? 0),
      ),
    );
    assert.equal(code, 2);
  });
});
