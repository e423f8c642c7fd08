import { describe, expect, it } from '@jest/globals';
import { bestMinConfidence } from '../../src/eval/sweep.js';
import { compareDepths } from '../../src/eval/depths.js';
import { buildResult } from '../../src/eval/result.js';
import { compareResults, parseResult } from '../../src/eval/compare.js';
import { renderComparison, renderResult } from '../../src/eval/format.js';
import type { EvalCase } from '../../src/eval/corpus.js';
import { NO_SPEND, type CaseRun } from '../../src/eval/run-case.js';
import { metrics, type ExpectedFinding, type ReportedFinding } from '../../src/eval/score.js';

const exp = (path: string, cwe: string, line: number): ExpectedFinding => ({
  path,
  cwe,
  startLine: line,
  endLine: line,
});
const rep = (
  path: string,
  cwe: string,
  line: number,
  confidence: ReportedFinding['confidence'],
): ReportedFinding => ({
  path,
  cwe,
  startLine: line,
  endLine: line,
  confidence,
  severity: 'high',
  title: 't',
});
const caseOf = (name: string, expected: ExpectedFinding[], kind: EvalCase['kind']): EvalCase => ({
  name,
  kind,
  description: name,
  root: '/nowhere',
  files: [],
  expected,
});
const runOf = (findings: ReportedFinding[], inputTokens = 100, calls = 1): CaseRun => ({
  findings,
  spend: { calls, usage: { ...NO_SPEND.usage, inputTokens }, usd: 0.01 * calls },
  incomplete: [],
});
const META = { corpus: 'c', modelId: 'm', reviewDepth: 'auto', startedAt: '2026-12-01T00:00:00.000Z' };

describe('the min-confidence sweep', () => {
  it('names the level with the best F1, the stricter on a tie, none without an F1', () => {
    const none = metrics(0, 0, 0);
    // high: 1/1, 1/3 → F1 0.5; medium: 2/3, 2/3 → 0.667; low: 3/6, 3/3 → 0.667 (a tie: medium wins).
    const by = { high: metrics(1, 0, 2), medium: metrics(2, 1, 1), low: metrics(3, 3, 0) };
    expect(bestMinConfidence(by)).toEqual({ level: 'medium', f1: 2 / 3, precision: 2 / 3, recall: 2 / 3 });
    expect(bestMinConfidence({ ...by, low: metrics(3, 1, 0) })?.level).toBe('low');
    expect(bestMinConfidence({ ...by, high: metrics(3, 0, 0) })?.level).toBe('high');
    expect(bestMinConfidence({ high: none, medium: none, low: none })).toBeNull();
  });

  it('is in the result, printed and in the JSON, from the same findings (no scan of its own)', () => {
    const cases = [
      caseOf('a', [exp('a.py', 'CWE-89', 3), exp('a.py', 'CWE-78', 9)], 'vulnerable'),
      caseOf('b', [], 'clean'),
    ];
    const r = buildResult(META, cases, [
      runOf([rep('a.py', 'CWE-89', 3, 'high'), rep('a.py', 'CWE-78', 9, 'low')]),
      runOf([rep('b.py', 'CWE-79', 1, 'medium'), rep('b.py', 'CWE-22', 4, 'low')]),
    ]);
    // high: 1 found, 0 false, 1 missed → F1 2/3; medium: 1, 1, 1 → 1/2; low: 2, 2, 0 → 2/3 (tie: high).
    expect(r.bestMinConfidence).toEqual({ level: 'high', f1: 2 / 3, precision: 1, recall: 0.5 });
    expect(r.spend.total.calls).toBe(2);
    expect(renderResult(r)).toMatch(
      /^Best F1 at min-confidence high: 66\.7% \(precision 100\.0%, recall 50\.0%\); the default is medium$/m,
    );
    const back = parseResult(JSON.stringify(r));
    expect(typeof back === 'string' ? back : back.bestMinConfidence).toEqual(r.bestMinConfidence);
    // --compare names the best level of both runs; an earlier result without one reads as none.
    const earlier = { ...JSON.parse(JSON.stringify(r)), bestMinConfidence: undefined };
    expect(renderComparison(compareResults(r, earlier), r)).toMatch(
      /^Best F1 at min-confidence: none → high \(66\.7%\)$/m,
    );
    expect(parseResult(JSON.stringify({ ...r, bestMinConfidence: { level: '\u001b[2J' } }))).toMatch(
      /^it is not the JSON of ai-scanner eval version 1 \(bestMinConfidence\.level: /,
    );
  });
});

describe('review-depth auto and full side by side', () => {
  const modified = [
    caseOf('near', [exp('big.js', 'CWE-89', 136)], 'modified'),
    caseOf('far', [exp('doc.py', 'CWE-22', 850)], 'modified'),
  ];
  const vulnerable = caseOf('v', [exp('v.py', 'CWE-89', 2)], 'vulnerable');
  const auto = [
    {
      ...runOf([rep('big.js', 'CWE-89', 136, 'high')], 300),
      changeReviews: [{ path: 'big.js', linesShown: 40, lines: 1100 }],
    },
    {
      ...runOf([rep('doc.py', 'CWE-22', 14, 'medium')], 200),
      changeReviews: [{ path: 'doc.py', linesShown: 30, lines: 870 }],
    },
  ];
  const full = [
    runOf([rep('big.js', 'CWE-89', 136, 'high')], 9000),
    {
      ...runOf([rep('doc.py', 'CWE-22', 14, 'medium'), rep('doc.py', 'CWE-22', 850, 'medium')], 6000),
      setup: { ...NO_SPEND, calls: 1, usd: 0.01 },
    },
  ];

  it('scores each depth on the modified cases, from the after scans, with the tokens each sent', () => {
    const d = compareDepths(modified, auto, full);
    expect(d.auto.modified).toEqual(metrics(1, 1, 1));
    expect(d.full.modified).toEqual(metrics(2, 1, 0));
    expect(d.auto.scored).toMatchObject({ calls: 2, usage: { inputTokens: 500 } });
    expect(d.full.scored).toMatchObject({ calls: 2, usage: { inputTokens: 15000 } });
    expect(d.cases[1]).toEqual({
      name: 'far',
      expected: 1,
      auto: {
        found: 0,
        falsePositives: 1,
        missed: 1,
        inputTokens: 200,
        calls: 1,
        changeReviews: [{ path: 'doc.py', linesShown: 30, lines: 870 }],
        incomplete: false,
      },
      full: expect.objectContaining({
        found: 1,
        falsePositives: 1,
        missed: 0,
        inputTokens: 6000,
        changeReviews: [],
      }),
    });
  });

  it('keeps the figures at auto, prints both depths, and counts the full scans in the total spend', () => {
    const r = buildResult(META, [vulnerable, ...modified], [runOf([]), ...auto], {
      cases: modified,
      runs: full,
    });
    expect(r.overall).toEqual(metrics(1, 1, 2));
    expect(r.depths?.full.modified.recall).toBe(1);
    // 3 scored scans, and the full runs: 2 after scans and 1 before scan.
    expect(r.spend.scored.calls).toBe(3);
    expect(r.spend.total.calls).toBe(6);
    const text = renderResult(r);
    expect(text).toMatch(/^auto\s+1\s+1\s+1\s+50\.0%\s+500\s+2$/m);
    expect(text).toMatch(/^full\s+2\s+1\s+0\s+100\.0%\s+15,000\s+2$/m);
    expect(text).toMatch(/^auto sent 3\.3% of full's input tokens$/m);
    expect(text).toMatch(/^far\s+0 of 1\s+1 of 1\s+200\s+6,000\s+doc\.py 30 of 870 lines$/m);
    expect(text).toMatch(/review-depth auto \(and full for the modified-file cases, below\)/);
    expect(renderResult(buildResult(META, [vulnerable], [runOf([])]))).not.toMatch(/auto vs full/);
  });
});
