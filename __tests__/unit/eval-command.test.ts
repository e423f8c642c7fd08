import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evalMain } from '../../src/eval/command.js';
import type { ScanWorkspace } from '../../src/eval/run-case.js';
import { sampleReport } from './report-fixtures.js';
import { tempDir, writeFiles } from './fakes.js';

interface Seen {
  workspace: string;
  values: Record<string, string>;
  files: string[];
  head?: string;
}

/** A scan that records what it was asked to scan and reports a CWE-89 finding on line 2 of every `.py` file. */
function recordingScan(seen: Seen[], notScanned = false): ScanWorkspace {
  return (workspace, values) => {
    const files = readdirSync(workspace, { recursive: true })
      .map(String)
      .filter((f) => !f.startsWith('.git') && !f.startsWith('.ai-scanner'))
      .sort();
    const head = existsSync(join(workspace, '.git'))
      ? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace }).toString().trim()
      : undefined;
    seen.push({ workspace, values, files, head });
    const findings = files
      .filter((f) => f.endsWith('.py'))
      .map((path) => ({
        path,
        severity: 'high' as const,
        category: 'security' as const,
        title: 'SQL injection',
        cwe: 'CWE-89',
        explanation: 'x',
        fix: 'y',
        startLine: 2,
        endLine: 2,
        confidence: 'medium' as const,
      }));
    const notScannedFiles = notScanned ? [{ path: files[0]!, reason: 'the model failed' }] : [];
    return Promise.resolve(sampleReport(findings, { notScanned: notScannedFiles }));
  };
}

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
      env: {},
    },
  };
}

const corpus = (root: string) =>
  writeFiles(root, {
    'cases/one/app.py': 'import db\nq = "SELECT " + x\n',
    'cases/one/expected.json': JSON.stringify({
      description: 'd',
      findings: [{ path: 'app.py', cwe: 'CWE-89', startLine: 2, endLine: 2 }],
    }),
    'cases/two/before/lib.py': 'a = 1\n',
    'cases/two/before/same.js': 'ok\n',
    'cases/two/after/lib.py': 'a = 1\nb = 2\n',
    'cases/two/after/same.js': 'ok\n',
    'cases/two/expected.json': JSON.stringify({ description: 'm', findings: [] }),
  });

describe('ai-scanner eval, with a recording scan in place of the pipeline', () => {
  it('scans a case whole, and a modified case before (full) then after (changed since the before commit)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      corpus(dir);
      const seen: Seen[] = [];
      const { out, io: cli } = io();
      const code = await evalMain([join(dir, 'corpus-missing'), '--out', join(dir, 'r.json')], cli, () =>
        recordingScan(seen),
      );
      expect(code).toBe(2);
      expect(out.stderr).toMatch(/has no readable cases\/ folder/);

      const run = io();
      const ok = await evalMain(
        [dir, '--out', join(dir, 'r.json'), '--jobs', '1', '--model-id', 'm1', '--review-depth', 'full'],
        run.io,
        () => recordingScan(seen),
      );
      expect(ok).toBe(0);
      expect(seen.map((s) => [s.files, s.values['scan-mode'], s.values['base-ref']])).toEqual([
        [['app.py'], 'full', undefined],
        [['lib.py', 'same.js'], 'full', undefined],
        [['lib.py', 'same.js'], 'changed', seen[1]!.head],
      ]);
      // The after scan runs on a commit of its own, against the before commit it names.
      expect(seen[2]!.head).not.toBe(seen[1]!.head);
      for (const s of seen)
        expect(s.values).toMatchObject({
          'cache-backend': 'local',
          'cache-file': '.ai-scanner-eval-cache.json',
          'min-confidence': 'low',
          'model-id': 'm1',
          'review-depth': 'full',
          'fail-on-severity': 'none',
          'sarif-file': '',
          'report-file': '',
        });
      // The scratch folders are gone; the result is written.
      expect(existsSync(seen[0]!.workspace)).toBe(false);
      const result = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(result).toMatchObject({ modelId: 'm1', reviewDepth: 'full', incomplete: 0 });
      // Case one: found. Case two: the after scan's finding on lib.py:2 is false (the before scan is not scored).
      expect(result.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
      expect(run.out.stdout).toMatch(/^ {2}modified\s+0\s+1\s+0\s+0\.0%\s+n\/a\s+n\/a$/m);
    } finally {
      cleanup();
    }
  });

  it('--review-depth both: every case at auto, then the modified cases again at full', async () => {
    const { dir, cleanup } = tempDir();
    try {
      corpus(dir);
      const seen: Seen[] = [];
      const run = io();
      const code = await evalMain(
        [dir, '--out', join(dir, 'r.json'), '--jobs', '1', '--review-depth', 'both'],
        run.io,
        () => recordingScan(seen),
      );
      expect(code).toBe(0);
      expect(seen.map((s) => [s.files, s.values['scan-mode'], s.values['review-depth']])).toEqual([
        [['app.py'], 'full', 'auto'],
        [['lib.py', 'same.js'], 'full', 'auto'],
        [['lib.py', 'same.js'], 'changed', 'auto'],
        [['lib.py', 'same.js'], 'full', 'full'],
        [['lib.py', 'same.js'], 'changed', 'full'],
      ]);
      expect(run.out.stderr).toMatch(/^two \(review-depth full\): 1 finding\(s\)/m);
      const result = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(result.reviewDepth).toBe('auto');
      expect(result.depths.cases.map((c: { name: string }) => c.name)).toEqual(['two']);
      expect(result.depths.full.modified).toMatchObject({ truePositives: 0, falsePositives: 1 });
      expect(run.out.stdout).toMatch(/^review-depth auto vs full, the 1 modified-file case\(s\)/m);
    } finally {
      cleanup();
    }
  });

  it('exits 1 when a case was not scanned whole, and 2 on a bad option or an unreadable --compare', async () => {
    const { dir, cleanup } = tempDir();
    try {
      corpus(dir);
      const partial = io();
      expect(
        await evalMain([dir, '--out', join(dir, 'r.json')], partial.io, () => recordingScan([], true)),
      ).toBe(1);
      expect(partial.out.stdout).toMatch(/incomplete\s+app\.py not scanned: the model failed/);
      expect(partial.out.stderr).toMatch(/2 case\(s\) were not scanned whole/);

      const bad = io();
      expect(await evalMain([dir, '--review-depth', 'deep'], bad.io, () => recordingScan([]))).toBe(2);
      expect(bad.out.stderr).toMatch(
        /--review-depth has an invalid value "deep": expected auto, full or both\./,
      );
      expect(await evalMain([dir, '--jobs', '0'], bad.io, () => recordingScan([]))).toBe(2);
      expect(await evalMain([], bad.io, () => recordingScan([]))).toBe(2);
      const other = io();
      writeFiles(dir, { 'other.json': '{"version": 7}' });
      expect(
        await evalMain([dir, '--compare', join(dir, 'other.json')], other.io, () => recordingScan([])),
      ).toBe(2);
      expect(other.out.stderr).toMatch(
        /--compare: .* cannot be compared: it is not the JSON of ai-scanner eval version 1/,
      );
    } finally {
      cleanup();
    }
  });
});
