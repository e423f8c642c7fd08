import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  atLeast,
  cweGroup,
  matches,
  metrics,
  scoreCase,
  totals,
  type ExpectedFinding,
  type ReportedFinding,
} from '../../src/eval/score.js';
import { buildResult, type EvalResult } from '../../src/eval/result.js';
import { compareResults, parseResult } from '../../src/eval/compare.js';
import { percent, points, renderComparison, renderResult } from '../../src/eval/format.js';
import { loadCorpus, type EvalCase } from '../../src/eval/corpus.js';
import { NO_SPEND, type CaseRun } from '../../src/eval/run-case.js';
import { ConfigurationError } from '../../src/config/errors.js';
import { tempDir } from './fakes.js';

const exp = (path: string, cwe: string, startLine: number, endLine = startLine): ExpectedFinding => ({
  path,
  cwe,
  startLine,
  endLine,
});
const rep = (
  path: string,
  cwe: string | undefined,
  startLine: number,
  endLine = startLine,
  confidence: ReportedFinding['confidence'] = 'high',
): ReportedFinding => ({ path, cwe, startLine, endLine, confidence, severity: 'high', title: `${cwe} here` });

describe('matching a reported finding to an expected one', () => {
  it('needs the same file, the same CWE group and lines within 3 of the range', () => {
    const e = exp('a.js', 'CWE-89', 10, 12);
    expect(matches(e, rep('a.js', 'CWE-89', 10))).toBe(true);
    expect(matches(e, rep('a.js', 'CWE-89', 15))).toBe(true); // 3 below the end
    expect(matches(e, rep('a.js', 'CWE-89', 16))).toBe(false); // 4 below
    expect(matches(e, rep('a.js', 'CWE-89', 5, 7))).toBe(true); // ends 3 above the start
    expect(matches(e, rep('a.js', 'CWE-89', 4, 6))).toBe(false);
    expect(matches(e, rep('a.js', 'CWE-89', 1, 40))).toBe(true); // a range around it
    expect(matches(e, rep('b.js', 'CWE-89', 10))).toBe(false);
    expect(matches(e, rep('a.js', 'CWE-79', 10))).toBe(false);
    expect(matches(e, rep('a.js', undefined, 10))).toBe(false);
  });

  it('treats the CWEs of an equivalence group as one weakness', () => {
    expect(matches(exp('a', 'CWE-89', 1), rep('a', 'CWE-564', 1))).toBe(true);
    expect(matches(exp('a', 'CWE-564', 1), rep('a', 'CWE-943', 1))).toBe(true);
    expect(matches(exp('a', 'CWE-639', 1), rep('a', 'CWE-862', 1))).toBe(true);
    expect(matches(exp('a', 'CWE-327', 1), rep('a', 'CWE-916', 1))).toBe(true);
    expect(matches(exp('a', 'CWE-78', 1), rep('a', 'CWE-94', 1))).toBe(false);
    expect(cweGroup('CWE-564')).toBe('CWE-89');
    expect(cweGroup('CWE-1333')).toBe('CWE-1333');
    expect(cweGroup(undefined)).toBe('none');
  });
});

describe('scoring a case', () => {
  it('pairs one to one, so that one broad finding cannot stand for two expected ones', () => {
    const e = [exp('a', 'CWE-89', 10), exp('a', 'CWE-89', 14)];
    // The first report could match either; the second only the first expected finding. Greedy pairing in
    // order would leave the second expected finding missed; the maximum matching finds both.
    const r = [rep('a', 'CWE-89', 10, 14), rep('a', 'CWE-89', 9)];
    const s = scoreCase(e, r);
    expect(s.found).toHaveLength(2);
    expect(s.missed).toHaveLength(0);
    expect(s.falsePositives).toHaveLength(0);
  });

  it('counts a second report of a found weakness as a false positive', () => {
    const s = scoreCase([exp('a', 'CWE-79', 5)], [rep('a', 'CWE-79', 5), rep('a', 'CWE-80', 6)]);
    expect(s.found).toHaveLength(1);
    expect(s.falsePositives).toEqual([rep('a', 'CWE-80', 6)]);
  });

  it('reports what is missed and what is false', () => {
    const s = scoreCase([exp('a', 'CWE-22', 5)], [rep('a', 'CWE-22', 30)]);
    expect(s.missed).toEqual([exp('a', 'CWE-22', 5)]);
    expect(s.falsePositives).toEqual([rep('a', 'CWE-22', 30)]);
  });
});

describe('precision, recall and F1', () => {
  it('computes them from the counts', () => {
    const m = metrics(3, 1, 2);
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('has no figure rather than a made-up one: nothing reported, nothing expected', () => {
    expect(metrics(0, 0, 4)).toEqual({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 4,
      precision: null,
      recall: 0,
      f1: null,
    });
    expect(metrics(0, 2, 0)).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(metrics(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
    // Both zero: F1 is 0, not a division by zero.
    expect(metrics(0, 1, 1)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(metrics(2, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('prints them as percentages, n/a without a figure, and differences in points', () => {
    expect(percent(0.8064516)).toBe('80.6%');
    expect(percent(null)).toBe('n/a');
    expect(points(0.9259, 0.963)).toBe('-3.7 pts');
    expect(points(0.5, 0.25)).toBe('+25.0 pts');
    expect(points(null, 0.5)).toBe('n/a');
  });

  it('totals per kind and per CWE group: found and missed under the expected CWE, false ones under the reported', () => {
    const t = totals([
      {
        name: 'one',
        kind: 'vulnerable',
        score: scoreCase([exp('a', 'CWE-89', 1), exp('a', 'CWE-22', 9)], [rep('a', 'CWE-564', 1)]),
      },
      { name: 'two', kind: 'clean', score: scoreCase([], [rep('b', 'CWE-89', 3), rep('b', undefined, 4)]) },
    ]);
    expect(t.overall).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(t.perCwe['CWE-89']).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(t.perCwe['CWE-22']).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(t.perCwe.none).toMatchObject({ falsePositives: 1 });
    expect(Object.keys(t.perCwe)).toEqual(['CWE-22', 'CWE-89', 'none']);
    expect(t.perKind.clean).toMatchObject({ truePositives: 0, falsePositives: 2, recall: null });
    expect(t.casesPassed).toBe(0);
  });

  it('orders min-confidence levels: high passes every threshold, low only low', () => {
    expect(atLeast('high', 'medium')).toBe(true);
    expect(atLeast('medium', 'medium')).toBe(true);
    expect(atLeast('low', 'medium')).toBe(false);
    expect(atLeast('low', 'low')).toBe(true);
  });
});

const caseOf = (name: string, expected: ExpectedFinding[]): EvalCase => ({
  name,
  kind: expected.length ? 'vulnerable' : 'clean',
  description: name,
  root: '/nowhere',
  files: [],
  expected,
});
const runOf = (findings: ReportedFinding[], calls = 1): CaseRun => ({
  findings,
  spend: { ...NO_SPEND, calls, usd: 0.01 * calls },
  incomplete: [],
});
const META = { corpus: 'c', modelId: 'm', reviewDepth: 'auto', startedAt: '2026-12-01T00:00:00.000Z' };

describe('the result and its comparison', () => {
  const cases = [caseOf('sqli', [exp('a', 'CWE-89', 3)]), caseOf('clean', [])];

  it('applies each min-confidence level to the same findings', () => {
    const r = buildResult(META, cases, [
      runOf([rep('a', 'CWE-89', 3, 3, 'medium')]),
      runOf([rep('b', 'CWE-79', 1, 1, 'low')]),
    ]);
    expect(r.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(r.byMinConfidence.low).toEqual(r.overall);
    expect(r.byMinConfidence.medium).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(r.byMinConfidence.high).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(r.spend.total).toMatchObject({ calls: 2, usd: 0.02 });
    expect(r.cases).toEqual({ total: 2, passed: 1, byKind: { vulnerable: 1, clean: 1 } });
    expect(renderResult(r)).toMatch(/^overall\s+1\s+1\s+0\s+50\.0%\s+100\.0%\s+66\.7%$/m);
  });

  it('says what moved: figures, flipped cases, newly found and missed, new and gone false positives', () => {
    const before = buildResult(META, cases, [runOf([]), runOf([rep('b', 'CWE-79', 1)])]);
    const now = buildResult({ ...META, modelId: 'm2' }, cases, [
      runOf([rep('a', 'CWE-89', 3)], 3),
      runOf([]),
    ]);
    const c = compareResults(now, before);
    expect(c.nowPassing).toEqual(['sqli', 'clean']);
    expect(c.nowFailing).toEqual([]);
    expect(c.newlyFound).toEqual([{ case: 'sqli', finding: exp('a', 'CWE-89', 3) }]);
    expect(c.newlyMissed).toEqual([]);
    expect(c.goneFalsePositives).toEqual([{ case: 'clean', finding: rep('b', 'CWE-79', 1) }]);
    expect(c.newFalsePositives).toEqual([]);
    expect(Object.keys(c.perCwe)).toEqual(['CWE-79', 'CWE-89']);
    const text = renderComparison(c, now);
    expect(text).toMatch(/^overall recall\s+0\.0%\s+100\.0%\s+\+100\.0 pts$/m);
    expect(text).toMatch(/^overall precision\s+0\.0%\s+100\.0%\s+\+100\.0 pts$/m);
    expect(text).toMatch(/Spend: \$0\.020 → \$0\.040 · calls 2 → 4/);
    // And back: the same moves the other way.
    const back = compareResults(before, now);
    expect(back.nowFailing).toEqual(['sqli', 'clean']);
    expect(back.newlyMissed).toEqual([{ case: 'sqli', finding: exp('a', 'CWE-89', 3) }]);
    expect(back.newFalsePositives).toEqual([{ case: 'clean', finding: rep('b', 'CWE-79', 1) }]);
  });

  it('reads back what it wrote, and refuses another file with a reason', () => {
    const r: EvalResult = buildResult(META, cases, [runOf([]), runOf([])]);
    expect(parseResult(JSON.stringify(r))).toEqual(r);
    expect(parseResult('{')).toBe('it is not JSON');
    expect(parseResult(JSON.stringify({ ...r, version: 2 }))).toMatch(
      /^it is not the JSON of ai-scanner eval version 1 \(version: /,
    );
  });
});

describe('loading a corpus', () => {
  const write = (root: string, files: Record<string, string>) => {
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), c);
    }
  };

  it('reads whole-file, clean and modified cases', async () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, {
        'cases/one/a.py': 'x = 1\ny = 2\n',
        'cases/one/expected.json': JSON.stringify({
          description: 'd',
          findings: [{ path: 'a.py', cwe: 'CWE-89', startLine: 2, endLine: 2, note: 'why' }],
        }),
        'cases/two/b.js': 'ok\n',
        'cases/two/expected.json': JSON.stringify({ description: 'clean', findings: [] }),
        'cases/three/before/c.go': 'a\n',
        'cases/three/after/c.go': 'a\nb\n',
        'cases/three/expected.json': JSON.stringify({
          description: 'm',
          findings: [{ path: 'c.go', cwe: 'CWE-22', startLine: 2, endLine: 2 }],
        }),
      });
      const cases = await loadCorpus(dir);
      expect(cases.map((c) => [c.name, c.kind, c.files])).toEqual([
        ['one', 'vulnerable', ['a.py']],
        ['three', 'modified', ['c.go']],
        ['two', 'clean', ['b.js']],
      ]);
      expect(cases[0]!.expected).toEqual([exp('a.py', 'CWE-89', 2)]);
      expect(cases[1]!.before?.files).toEqual(['c.go']);
    } finally {
      cleanup();
    }
  });

  it('names every problem with its case and how to fix it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, {
        'cases/no-json/a.py': 'x\n',
        'cases/bad-path/a.py': 'x\n',
        'cases/bad-path/expected.json': JSON.stringify({
          description: 'd',
          findings: [{ path: 'b.py', cwe: 'CWE-89', startLine: 1, endLine: 1 }],
        }),
        'cases/bad-lines/a.py': 'x\n',
        'cases/bad-lines/expected.json': JSON.stringify({
          description: 'd',
          findings: [{ path: 'a.py', cwe: 'CWE-89', startLine: 1, endLine: 9 }],
        }),
        'cases/bad-cwe/a.py': 'x\n',
        'cases/bad-cwe/expected.json': JSON.stringify({
          description: 'd',
          findings: [{ path: 'a.py', cwe: '89', startLine: 1, endLine: 1 }],
        }),
        'cases/git-inside/before/.git/config': '[core]\n\tfsmonitor = touch owned\n',
        'cases/git-inside/after/a.py': 'x\n',
        'cases/git-inside/expected.json': JSON.stringify({ description: 'd', findings: [] }),
        'cases/unchanged/before/a.py': 'same\n',
        'cases/unchanged/after/a.py': 'same\n',
        'cases/unchanged/expected.json': JSON.stringify({
          description: 'd',
          findings: [{ path: 'a.py', cwe: 'CWE-89', startLine: 1, endLine: 1 }],
        }),
      });
      const error = await loadCorpus(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      const problems = (error as ConfigurationError).problems;
      expect(problems).toHaveLength(6);
      expect(problems).toEqual([
        expect.stringMatching(/^cases\/bad-cwe: expected\.json: findings\.0\.cwe: /),
        expect.stringMatching(
          /^cases\/bad-lines: expected\.json: a\.py lines 1-9 are not a range of its lines$/,
        ),
        'cases/bad-path: expected.json names b.py, which is not a file of the case',
        'cases/git-inside: before/.git is inside a .git folder: a case may not hold one',
        expect.stringMatching(/^cases\/no-json: expected\.json is missing or not JSON/),
        'cases/unchanged: expected.json names a.py, which the change leaves as it was: only changed files are scored',
      ]);
    } finally {
      cleanup();
    }
  });

  it('needs a cases/ folder', async () => {
    const { dir, cleanup } = tempDir();
    try {
      await expect(loadCorpus(dir)).rejects.toThrow(/has no readable cases\/ folder .*see docs\/eval\.md/);
    } finally {
      cleanup();
    }
  });

  it('loads the shipped corpus: every expected finding in place', async () => {
    const cases = await loadCorpus('eval/corpus');
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.kind === 'modified')).toHaveLength(3);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['vulnerable', 'clean', 'modified']));
  });
});

describe('printing untrusted text', () => {
  it('keeps a title or path on one line, with no terminal control characters', () => {
    const cases = [caseOf('clean', [])];
    const evil = { ...rep('a\u001b[2Jb.js', 'CWE-79', 1), title: 'x\u001b]8;;http://evil\u0007y\nz' };
    const text = renderResult(buildResult(META, cases, [runOf([evil])]));
    expect([...text].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'))).toEqual([]);
    expect(text).toContain('false positive  CWE-79 a[2Jb.js:1 "x]8;;http://evily z" (high)');
  });
});
