import { describe, it, expect } from '@jest/globals';
import { lineHunks, newLineOf } from '../../src/scanner/change-review/line-diff.js';
import {
  braceBlocks,
  changedRegions,
  indentBlocks,
  mergeRegions,
  WINDOW_LINES,
} from '../../src/scanner/change-review/regions.js';
import { carryOver, relocate, withCarried } from '../../src/scanner/change-review/carry-over.js';
import { renderChange, CHANGE_NOTE } from '../../src/scanner/change-review/change-prompt.js';
import type { Finding } from '../../src/scanner/findings.js';
import { userPrompt } from '../../src/scanner/prompt.js';
import { markerFindings, parseFiles } from '../stand-ins/bedrock.js';
import { renderSummary } from '../../src/report/render/markdown.js';
import { sampleReport } from './report-fixtures.js';
import { scanFiles, type MissFile } from '../../src/scanner/scan-files.js';
import { finishChangeReviews, type ChangePlan } from '../../src/scanner/change-review/depth.js';
import { ModelError } from '../../src/scanner/model-client.js';
import { sha256 } from '../../src/cache/sha256.js';
import { FakeModel, finding as fakeFinding, recordingSleep, usageFor } from './fakes.js';

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`);

const finding = (startLine: number, endLine = startLine, title = 'SQL injection'): Finding => ({
  severity: 'high',
  category: 'security',
  title,
  cwe: 'CWE-89',
  explanation: 'x',
  fix: 'y',
  startLine,
  endLine,
  confidence: 'high',
});

describe('lineHunks and newLineOf', () => {
  it('finds insertions, deletions and replacements in line numbers of both sides', () => {
    const old = lines(10);
    const now = [
      ...old.slice(0, 3),
      'added a',
      'added b',
      ...old.slice(3, 6),
      ...old.slice(7, 9),
      'changed 10',
    ];
    expect(lineHunks(old, now, 100)).toEqual([
      { oldStart: 4, oldCount: 0, newStart: 4, newCount: 2 },
      { oldStart: 7, oldCount: 1, newStart: 9, newCount: 0 },
      { oldStart: 10, oldCount: 1, newStart: 11, newCount: 1 },
    ]);
    const hunks = lineHunks(old, now, 100)!;
    expect([1, 3, 4, 6, 7, 8, 9, 10].map((l) => newLineOf(hunks, l))).toEqual([
      1,
      3,
      6,
      8,
      undefined,
      9,
      10,
      undefined,
    ]);
  });

  it('gives up (undefined) past the edits allowed, and finds nothing in equal contents', () => {
    expect(lineHunks(lines(50, 'a'), lines(50, 'b'), 20)).toBeUndefined();
    expect(lineHunks(lines(5), lines(5), 1)).toEqual([]);
  });
});

describe('region extraction', () => {
  it('finds brace blocks, ignoring braces in strings, template literals and comments', () => {
    const src = [
      'function a() {', // 1
      '  const s = "}{";', // 2
      "  const t = '{';", // 3
      '  // }', // 4
      '  /* { */', // 5
      '  const u = `}', // 6
      '  {`;', // 7
      '  if (x) {', // 8
      '    y();', // 9
      '  }', // 10
      '}', // 11
    ];
    expect(braceBlocks(src)).toEqual([
      { first: 8, last: 10 },
      { first: 1, last: 11 },
    ]);
  });

  it('finds Python blocks by indentation, blank lines inside included', () => {
    const src = ['def f(x):', '    if x:', '', '        return 1', '    return 2', 'y = 1'];
    expect(indentBlocks(src)).toEqual([
      { first: 1, last: 5 },
      { first: 2, last: 4 },
    ]);
  });

  it('shows a change with its whole enclosing function and a window around it', () => {
    const fn = ['function handler(req) {', ...lines(40, '  step'), '}'];
    const file = [...lines(100, '// filler'), ...fn, ...lines(100, '// more')];
    // Line 120 (inside the function, lines 101-142) changed.
    const regions = changedRegions('src/app.ts', file, [
      { oldStart: 120, oldCount: 1, newStart: 120, newCount: 1 },
    ]);
    expect(regions).toEqual([{ first: 98, last: 142 }]);
    // No blocks in a language without them: the window alone.
    expect(
      changedRegions('notes.txt', file, [{ oldStart: 120, oldCount: 1, newStart: 120, newCount: 1 }]),
    ).toEqual([{ first: 120 - WINDOW_LINES, last: 120 + WINDOW_LINES }]);
  });

  it('does not take a block larger than the cap (a long class) whole', () => {
    const file = ['class Big {', ...lines(400, '  m()'), '}'];
    const [region] = changedRegions('Big.java', file, [
      { oldStart: 200, oldCount: 0, newStart: 200, newCount: 1 },
    ]);
    expect(region).toEqual({ first: 200 - WINDOW_LINES, last: 200 + WINDOW_LINES });
  });

  it('merges overlapping and nearly touching regions, sorted', () => {
    expect(
      mergeRegions([
        { first: 50, last: 60 },
        { first: 1, last: 10 },
        { first: 12, last: 20 },
        { first: 55, last: 70 },
        { first: 90, last: 95 },
      ]),
    ).toEqual([
      { first: 1, last: 20 },
      { first: 50, last: 70 },
      { first: 90, last: 95 },
    ]);
  });
});

describe('carrying findings over', () => {
  const hunks = [
    { oldStart: 10, oldCount: 0, newStart: 10, newCount: 3 }, // 3 lines inserted before old line 10
    { oldStart: 50, oldCount: 2, newStart: 53, newCount: 0 }, // old lines 50-51 removed
  ];

  it('moves a finding to its new lines, and drops one whose lines were all removed', () => {
    expect(relocate(finding(100, 101), hunks)).toMatchObject({ startLine: 101, endLine: 102 });
    expect(relocate(finding(5), hunks)).toMatchObject({ startLine: 5, endLine: 5 });
    expect(relocate(finding(50, 51), hunks)).toBeUndefined();
    // One end removed: the nearest surviving line of its range.
    expect(relocate(finding(49, 50), hunks)).toMatchObject({ startLine: 52, endLine: 52 });
  });

  it('keeps only findings outside the regions shown: the model decides those it saw', () => {
    const carried = carryOver([finding(100), finding(12), finding(50)], hunks, [{ first: 5, last: 20 }]);
    expect(carried.map((f) => f.startLine)).toEqual([101]);
  });

  it('the model answer wins: a carried finding it reported again is kept once', () => {
    const fresh = [finding(101), finding(7, 7, 'Command injection')];
    expect(withCarried(fresh, [finding(101), finding(300)]).map((f) => f.startLine)).toEqual([101, 7, 300]);
  });
});

describe('the change prompt', () => {
  it('shows the regions at their real line numbers, removed lines, and the rest as not shown', () => {
    const now = lines(100);
    now[49] = 'VULN:high:new issue';
    const old = [...lines(100)];
    old.splice(49, 1, 'removed check', 'line 50');
    const shown = renderChange({
      lines: now,
      oldLines: old,
      hunks: [{ oldStart: 50, oldCount: 1, newStart: 50, newCount: 1 }],
      regions: [{ first: 40, last: 60 }],
      previous: [finding(90)],
    });
    expect(shown.lines[0]).toMatch(/^\[change review: lines 40-60 of 100 shown; changed at lines 50-50;/);
    expect(shown.lines).toContain('[earlier finding: lines 90-90, high, CWE-89: "SQL injection"]');
    expect(shown.lines).toContain('[lines 1-39 not shown]');
    expect(shown.lines).toContain('[lines 61-100 not shown]');
    expect(shown.lines.indexOf('-| removed check')).toBe(shown.lines.indexOf('50| VULN:high:new issue') - 1);
    expect(shown.chars).toBe(shown.lines.join('\n').length + 1);

    // As the model (the stand-in) reads the request: only the lines shown, at their own numbers.
    const prompt = userPrompt([{ path: 'a.ts', content: now.join('\n'), change: shown }], 'MARK');
    expect(prompt.indexOf(CHANGE_NOTE)).toBeLessThan(prompt.indexOf('===== FILE MARK'));
    const [file] = parseFiles(prompt);
    expect(file!.numbers).toEqual(Array.from({ length: 21 }, (_, i) => 40 + i));
    expect(markerFindings([file!]).findings).toMatchObject([{ startLine: 50, title: 'new issue' }]);
  });
});

describe('the report says which depth produced a result', () => {
  it('lists the change reviews in the summary, and nothing when there is none', () => {
    const withChanges = sampleReport(undefined, {
      changeReviews: [
        { path: 'src/api.js', cached: false, linesShown: 48, lines: 2262 },
        { path: 'src/old.ts', cached: true },
      ],
    });
    expect(renderSummary(withChanges)).toContain(
      '- Reviewed by their changes (review-depth auto), the rest whole: `src/api.js` (48 of 2262 lines shown), `src/old.ts` (cached)',
    );
    expect(renderSummary(sampleReport())).not.toContain('Reviewed by their changes');
  });
});

describe('a change review the model cannot take', () => {
  /** 300 lines, one with an issue far from the change; the change view shows lines 140-160. */
  const content = Array.from({ length: 300 }, (_, i) =>
    i === 9 ? 'eval(input); // old issue' : `const v${i} = ${i};`,
  ).join('\n');
  const view = renderChange({
    lines: content.split('\n'),
    oldLines: content.split('\n'),
    hunks: [{ oldStart: 150, oldCount: 1, newStart: 150, newCount: 1 }],
    regions: [{ first: 140, last: 160 }],
    previous: [],
  });
  const file = (): MissFile => ({
    path: 'src/big.js',
    sha256: sha256(content),
    lines: 300,
    content,
    change: view,
  });
  /** Bedrock refuses the change view as too long; whole files (or chunks) are answered. */
  const model = () =>
    new FakeModel((files) => {
      if (files.some((f) => f.change))
        throw new ModelError('Input is too long for requested model.', 'request');
      const findings = files.flatMap((f) =>
        f.content
          .split('\n')
          .flatMap((l, i) =>
            l.includes('eval(') ? [fakeFinding(f.path, 'high', (f.part?.firstLine ?? 1) + i)] : [],
          ),
      );
      return { answer: { findings }, usage: usageFor(files), stopReason: 'tool_use' };
    });
  const options = (client: FakeModel, logs: string[], chunkChars?: number) => ({
    client,
    price: { input: 3, output: 15 },
    maxConcurrency: 2,
    maxCostUsd: undefined,
    packChars: 12_000,
    packFiles: 8,
    overheadTokens: 100,
    sleep: recordingSleep().sleep,
    log: (m: string) => logs.push(m),
    ...(chunkChars ? { chunkChars } : {}),
  });

  it('reviews the file whole instead of leaving it unscanned, and says why', async () => {
    const logs: string[] = [];
    const client = model();
    const f = file();
    const out = await scanFiles([f], options(client, logs));
    expect(out.failed.size).toBe(0);
    expect(out.results.get(f.sha256)?.findings).toMatchObject([{ startLine: 10 }]);
    expect(out.reviewedWhole).toEqual(new Set([f.sha256]));
    expect(client.calls).toEqual([['src/big.js'], ['src/big.js']]);
    expect(logs.join('\n')).toContain(
      'src/big.js: its change review failed (Input is too long for requested model.); reviewing the whole file instead.',
    );
    expect(f.change).toBe(view); // the caller's file is left as it was

    // Its plan is dropped: nothing is carried over onto a whole review, which the report and cache say it is.
    const plans = new Map<string, ChangePlan>([
      [f.sha256, { path: f.path, carried: [finding(10)], linesShown: 21, lines: 300 }],
    ]);
    await finishChangeReviews(out, plans);
    expect(plans.size).toBe(0);
    expect(out.results.get(f.sha256)?.findings).toHaveLength(1);
  });

  it('sends the whole file in chunks when it is too large for one request', async () => {
    const logs: string[] = [];
    const f = file();
    const out = await scanFiles([f], options(model(), logs, 2_500));
    expect(out.failed.size).toBe(0);
    expect(out.results.get(f.sha256)?.findings).toMatchObject([{ startLine: 10 }]);
    expect(logs.join('\n')).toMatch(/reviewing the whole file instead in \d+ chunks\./);
  });
});
