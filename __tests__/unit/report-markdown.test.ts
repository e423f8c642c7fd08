import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  LIMITS,
  renderCheckOutput,
  renderMarkdown,
  renderSummary,
  renderText,
} from '../../src/report/render/markdown.js';
import { renderComment, shortId } from '../../src/report/publish/comment-reporter.js';
import type { ScanReport } from '../../src/report/report.js';
import { finding, manyFindings, sampleReport } from './report-fixtures.js';

/** Golden files: compared byte for byte; `UPDATE_GOLDEN=1` rewrites them from the renderers. */
function golden(name: string, actual: string): void {
  const path = new URL(`../fixtures/golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  const expected = readFileSync(path, 'utf8');
  assert.equal(
    actual,
    expected,
    `${name} differs from the golden file; run with UPDATE_GOLDEN=1 to refresh it`,
  );
}

function checkText(r: ScanReport): string {
  const out = renderCheckOutput(r, { links: true });
  return `${out.title}\n<!-- output.summary -->\n${out.summary}<!-- output.text -->\n${out.text}`;
}

/** The cost, AI calls, hit rate and savings come first: right after the verdict line. */
function assertCostFirst(md: string): void {
  const lines = md.split('\n').filter((l) => l && !l.startsWith('<!--'));
  assert.match(lines[0]!, /^## /);
  assert.equal(lines[1], '| Cost | AI calls | Cache hit rate | Saved by the cache | Tokens |');
}

describe('golden renderings', () => {
  const report = sampleReport();
  it('job summary', () => {
    golden('summary.md', renderSummary(report));
  });
  it('PR comment (with changes since a previous run)', () => {
    const previous = {
      ids: [shortId(report.findings[1]!), shortId({ id: '00000000aaaaaaaa', path: 'src/gone.py' })],
      partial: false,
    };
    golden('comment.md', renderComment(report, previous));
  });
  it('check run output (summary and text)', () => {
    golden('check.md', checkText(report));
  });
  it('every rendering puts cost, calls, hit rate and savings first', () => {
    assertCostFirst(renderSummary(report));
    assertCostFirst(renderComment(report, undefined));
    assertCostFirst(renderCheckOutput(report, { links: true }).summary);
  });
});

describe('content', () => {
  it('links file:line to the scanned commit, with a line range', () => {
    const md = renderSummary(sampleReport());
    assert.ok(
      md.includes(
        '[`web/views/profile page.tsx:40`](https://github.com/octo/demo/blob/0123456789abcdef0123456789abcdef01234567/web/views/profile%20page.tsx#L40-L44)',
      ),
    );
  });
  it('has no links without a repository', () => {
    const md = renderSummary(sampleReport(undefined, { repository: undefined }));
    assert.ok(!md.includes('/blob/'));
  });
  it('says the scan could not run, never "no findings" alone', () => {
    const r = sampleReport([], { fatal: 'AccessDeniedException: not authorized to invoke model' });
    const md = renderSummary(r);
    assert.match(md, /> \[!CAUTION\]\n> The scan could not run: AccessDeniedException/);
  });
  it('marks the findings new since the previous run and counts the fixed ones', () => {
    const r = sampleReport();
    const md = renderComment(r, { ids: [shortId(r.findings[0]!), 'ffff00000000'], partial: false });
    assert.match(md, /\*\*Since the last run:\*\* 🆕 3 new · ✔️ 1 fixed/);
    assert.equal(md.match(/🆕 \*\*new\*\*/g)?.length, 3);
  });
  it('the plain text rendering drops terminal escapes', () => {
    const r = sampleReport([finding({ title: 'evil \u001b[31mred\u001b[0m title' })]);
    assert.ok(!renderText(r).includes('\u001b'));
  });
});

describe('size budgets', () => {
  const limits = [
    ['comment', LIMITS.comment],
    ['check', LIMITS.check],
  ] as const;

  for (const [surface, limit] of limits) {
    it(`${surface}: everything when it fits`, () => {
      const r = sampleReport(manyFindings(40));
      const md = renderMarkdown(r, { limit, links: true, trend: false });
      assert.ok(md.length <= limit);
      assert.ok(!md.includes('left out'));
      assert.equal(md.match(/^- \[`src\/pkg/gm)?.length, 40);
    });

    it(`${surface}: the skipped-files list goes first`, () => {
      const skipped = Array.from({ length: 120 }, (_, i) => ({
        path: `vendor/lib${i}.js`,
        reason: 'excluded by pattern' as const,
      }));
      const r = sampleReport(manyFindings(40), { skipped });
      const full = renderMarkdown(r, { limit: 10 * limit, links: true, trend: false });
      const md = renderMarkdown(r, { limit: full.length - 1, links: true, trend: false });
      assert.match(full, /lib99\.js/);
      assert.doesNotMatch(md, /lib0\.js/);
      assert.match(md, /The list of skipped files is left out to fit GitHub's size limit/);
      assert.equal(md.match(/^- \[`src\/pkg/gm)?.length, 40);
    });

    it(`${surface}: then medium and low findings`, () => {
      const r = sampleReport(manyFindings(400, undefined, 50));
      const md = renderMarkdown(r, { limit, links: true, trend: false });
      assert.ok(md.length <= limit, String(md.length));
      assert.equal(md.match(/^- \[`src\/pkg/gm)?.length, 200, 'all 200 critical and high');
      assert.match(
        md,
        /Showing 200 of 400 findings, the most severe first: 200 medium and low finding\(s\) are left out to fit/,
      );
      assert.ok(!md.includes('### 🟡'));
    });

    it(`${surface}: then as many critical and high findings as fit`, () => {
      const r = sampleReport(manyFindings(600, 'critical', 300));
      const md = renderMarkdown(r, { limit, links: true, trend: false });
      assert.ok(md.length <= limit, String(md.length));
      const shown = md.match(/^- \[`src\/pkg/gm)?.length ?? 0;
      assert.ok(shown > 50 && shown < 600, String(shown));
      assert.match(md, new RegExp(`### 🔴 Critical \\(600 — ${shown} of 600 shown\\)`));
      assert.match(
        md,
        new RegExp(
          `Showing ${shown} of 600 findings, the most severe first: ${600 - shown} critical and high finding\\(s\\) are left out`,
        ),
      );
      // Greedy: the room left is less than one more finding takes (about 500 characters each).
      assert.ok(md.length > limit - 600, String(md.length));
    });
  }

  it('then counts only, saying so', () => {
    const r = sampleReport([finding({ explanation: 'x'.repeat(4000) })], { skipped: [] });
    const full = renderMarkdown(r, { limit: LIMITS.comment, links: true, trend: false });
    const md = renderMarkdown(r, { limit: full.length - 10, links: true, trend: false });
    assert.ok(md.length <= full.length - 10);
    assert.match(md, /\*\*Findings:\*\* 🔴 0 critical · 🟠 1 high/);
    assert.doesNotMatch(md, /xxx/);
    assert.match(
      md,
      /The list of 1 finding\(s\) is left out to fit GitHub's size limit \([\d,]+ characters\)/,
    );
  });

  it('then fewer files not scanned, then a cut at a line boundary', () => {
    const notScanned = Array.from({ length: 60 }, (_, i) => ({
      path: `src/f${i}.py`,
      reason: 'budget reached',
    }));
    const r = sampleReport([finding()], { notScanned, skipped: [] });
    const countsOnly = renderMarkdown(r, { limit: LIMITS.comment, links: true, trend: false }).replace(
      /### 🟠[^]*?(?=<details>)/,
      '',
    );
    const tight = renderMarkdown(r, { limit: countsOnly.length - 100, links: true, trend: false });
    assert.ok(tight.length <= countsOnly.length - 100, String(tight.length));
    assert.match(tight, /- `src\/f9\.py`: budget reached\n- … and 50 more/);
    const tiny = renderMarkdown(r, { limit: 400, links: true, trend: false });
    assert.ok(tiny.length <= 400, String(tiny.length));
    assert.match(tiny, /^## ❌/);
    assert.match(tiny, /_… the rest is cut to fit GitHub's size limit\._\n$/);
  });

  it('the comment stays within 65,536 characters with its markers, whatever the findings', () => {
    const r = sampleReport(manyFindings(3000, undefined, 500));
    const md = renderComment(r, undefined);
    assert.ok(md.length <= LIMITS.comment, String(md.length));
    assert.match(
      md,
      /^<!-- ai-scanner-action:comment:AI security scan -->\n<!-- ai-scanner-action:findings:v1 partial /,
    );
  });

  it('the check output keeps summary and text each within 65,535', () => {
    const r = sampleReport(manyFindings(3000, undefined, 500), {
      notScanned: Array.from({ length: 500 }, (_, i) => ({ path: `src/n${i}.py`, reason: 'x'.repeat(300) })),
    });
    const out = renderCheckOutput(r, { links: true });
    assert.ok(out.summary.length <= LIMITS.check, String(out.summary.length));
    assert.ok(out.text.length <= LIMITS.check, String(out.text.length));
    assert.match(out.summary, /\| Cost \|/);
    assert.match(out.text, /^### 🔴 Critical/);
  });

  it('the job summary stays within 1 MiB in bytes (multi-byte text included)', () => {
    const r = sampleReport(
      manyFindings(6000, 'high', 0).map((f) => ({ ...f, explanation: '漢字'.repeat(300) })),
    );
    const md = renderSummary(r);
    assert.ok(Buffer.byteLength(md) <= LIMITS.summary, String(Buffer.byteLength(md)));
    assert.ok(md.length > 100_000);
    assert.match(md, /Showing \d+ of 6000 findings/);
  });
});

describe('cost trend', () => {
  const run = (day: number, usd: number) => ({
    at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    event: 'push',
    hits: 9,
    misses: 1,
    calls: 1,
    usd,
    savedUsd: 0.01,
  });

  it('charts cost and hit rate and totals the month from the runs the cache keeps', () => {
    const history = [run(1, 0.02), run(2, 0.002), run(29, 0.004)];
    const md = renderSummary({ ...sampleReport(), history });
    assert.match(md, /```mermaid\nxychart-beta\n {2}title "Cost per run \(USD\), last 3 runs"/);
    assert.match(md, /bar \[0\.0200, 0\.0020, 0\.0040\]/);
    assert.match(md, /line \[90\.0, 90\.0, 90\.0\]/);
    assert.match(md, /\| 2026-11 so far \| runs \|[^\n]*\n[^\n]*\n\| this cache \| 3 \| 3 \| \$0\.026 \|/);
    assert.doesNotMatch(md, /runs kept/);
  });

  it('says so when the month has more runs than the cache keeps', () => {
    const history = Array.from({ length: 50 }, (_, i) => run(1 + Math.floor(i / 2), 0.001));
    const md = renderSummary({ ...sampleReport(), history });
    assert.match(md, /\| 2026-11 so far \(the last 50 runs kept\) \|/);
  });
});
