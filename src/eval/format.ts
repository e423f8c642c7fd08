import { DEFAULTS } from '../config/inputs.js';
import { formatUsd } from '../cost/cost.js';
import { oneLine, clip } from '../text.js';
import { stripInvisible } from '../report/escape.js';
import type { Comparison, Moved } from './compare.js';
import type { DepthComparison } from './depths.js';
import type { EvalResult } from './result.js';
import type { BestLevel } from './sweep.js';
import type { ExpectedFinding, Metrics, ReportedFinding } from './score.js';

/** A ratio as a percentage with one decimal; n/a when there is none (nothing reported, nothing expected). */
export function percent(x: number | null | undefined): string {
  return x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

/** The difference in percentage points; n/a when either side has no figure. */
export function points(now: number | null | undefined, other: number | null | undefined): string {
  if (now === null || now === undefined || other === null || other === undefined) return 'n/a';
  const d = (now - other) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)} pts`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const METRIC_HEADER = ['', 'found', 'false+', 'missed', 'precision', 'recall', 'F1'];

function metricRow(label: string, m: Metrics): string[] {
  return [
    label,
    String(m.truePositives),
    String(m.falsePositives),
    String(m.falseNegatives),
    percent(m.precision),
    percent(m.recall),
    percent(m.f1),
  ];
}

/** Model text and corpus paths on a terminal: one line, no control characters (an escape sequence stays text). */
function terminal(text: string, max: number): string {
  return clip(oneLine(stripInvisible(text)), max);
}

function expectedText(e: ExpectedFinding): string {
  return `${terminal(e.cwe, 20)} ${terminal(e.path, 300)}:${e.startLine}${e.endLine !== e.startLine ? `-${e.endLine}` : ''}`;
}

function reportedText(r: ReportedFinding): string {
  const lines = `${r.startLine}${r.endLine !== r.startLine ? `-${r.endLine}` : ''}`;
  return `${terminal(r.cwe ?? 'no CWE', 20)} ${terminal(r.path, 300)}:${lines} ${JSON.stringify(terminal(r.title, 80))} (${r.confidence})`;
}

/** The figures as a person reads them: totals, per kind of case, per CWE, per min-confidence, spend, failures. */
export function renderResult(r: EvalResult): string {
  const kinds = Object.entries(r.cases.byKind)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const out = [
    `ai-scanner eval: ${r.cases.total} cases (${kinds}) · model ${r.modelId} · review-depth ${r.reviewDepth}${r.depths ? ' (and full for the modified-file cases, below)' : ''}`,
    '',
    ...table(METRIC_HEADER, [
      metricRow('overall', r.overall),
      ...Object.entries(r.perKind).map(([k, m]) => metricRow(`  ${k}`, m)),
    ]),
    '',
    ...table(
      ['per CWE', ...METRIC_HEADER.slice(1)],
      Object.entries(r.perCwe).map(([k, m]) => metricRow(k, m)),
    ),
    '',
    ...table(
      ['min-confidence', ...METRIC_HEADER.slice(1)],
      Object.entries(r.byMinConfidence).map(([k, m]) => metricRow(k, m)),
    ),
    bestLine(r.bestMinConfidence),
    '',
    ...(r.depths ? [...renderDepths(r.depths), ''] : []),
    `Cases passed: ${r.cases.passed} of ${r.cases.total} (every expected finding found, no false positive)`,
    spendLine('Spend', r.spend.total),
  ];
  if (r.spend.scored.calls !== r.spend.total.calls) out.push(spendLine('  scored scans', r.spend.scored));
  const failed = r.caseResults.filter((c) => !c.passed || c.incomplete.length);
  if (failed.length) out.push('', 'Cases not passed:');
  for (const c of failed) {
    out.push(`  ${c.name} (${c.kind})`);
    for (const m of c.missed) out.push(`    missed          ${expectedText(m)}`);
    for (const f of c.falsePositives) out.push(`    false positive  ${reportedText(f)}`);
    for (const i of c.incomplete) out.push(`    incomplete      ${terminal(i, 200)}`);
  }
  return out.join('\n') + '\n';
}

/** The level to choose by F1, from this run's figures; the default is named so that a difference shows. */
function bestLine(best: BestLevel | null | undefined): string {
  if (!best) return 'Best F1: none (no level has an F1)';
  return `Best F1 at min-confidence ${best.level}: ${percent(best.f1)} (precision ${percent(best.precision)}, recall ${percent(best.recall)}); the default is ${DEFAULTS['min-confidence']}`;
}

/** review-depth auto and full on the modified-file cases: what each found, and what each sent. */
function renderDepths(d: DepthComparison): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const side = (label: string, s: DepthComparison['auto']) => [
    label,
    String(s.modified.truePositives),
    String(s.modified.falsePositives),
    String(s.modified.falseNegatives),
    percent(s.modified.recall),
    n(s.scored.usage.inputTokens),
    String(s.scored.calls),
  ];
  const ratio = d.full.scored.usage.inputTokens
    ? percent(d.auto.scored.usage.inputTokens / d.full.scored.usage.inputTokens)
    : 'n/a';
  const shown = (c: DepthComparison['cases'][number]) =>
    c.auto.changeReviews
      .map((r) => `${terminal(r.path, 200)} ${r.linesShown ?? '?'} of ${r.lines ?? '?'} lines`)
      .join(', ') || 'reviewed whole';
  return [
    `review-depth auto vs full, the ${d.cases.length} modified-file case(s), after scans only:`,
    ...table(
      ['', 'found', 'false+', 'missed', 'recall', 'input tokens', 'calls'],
      [side('auto', d.auto), side('full', d.full)],
    ),
    `auto sent ${ratio} of full's input tokens`,
    ...table(
      ['per case', 'found auto', 'found full', 'tokens auto', 'tokens full', 'auto reviewed by change'],
      d.cases.map((c) => [
        terminal(c.name, 100),
        `${c.auto.found} of ${c.expected}${c.auto.incomplete ? '*' : ''}`,
        `${c.full.found} of ${c.expected}${c.full.incomplete ? '*' : ''}`,
        n(c.auto.inputTokens),
        n(c.full.inputTokens),
        shown(c),
      ]),
    ),
    ...(d.cases.some((c) => c.auto.incomplete || c.full.incomplete)
      ? ['* not scanned whole: what was not reviewed counts as missed']
      : []),
  ];
}

function spendLine(label: string, s: EvalResult['spend']['total']): string {
  const u = s.usage;
  const n = (x: number) => x.toLocaleString('en-US');
  return `${label}: ${s.usd === undefined ? 'cost unknown (no price for the model)' : formatUsd(s.usd)} · ${s.calls} model call(s) · tokens ${n(u.inputTokens)} in, ${n(u.outputTokens)} out, ${n(u.cacheReadTokens)} cache read, ${n(u.cacheWriteTokens)} cache write`;
}

function movedRow(label: string, m: Moved, pick: (x: Metrics) => number | null): string[] {
  const a = m.other ? pick(m.other) : undefined;
  const b = m.now ? pick(m.now) : undefined;
  return [label, percent(a), percent(b), points(b, a)];
}

/** Side by side with an earlier result: what moved, overall, per kind and per CWE, and which cases flipped. */
export function renderComparison(c: Comparison, now: EvalResult): string {
  const o = c.other;
  const out = [
    `Compared with ${terminal(o.modelId, 200)} · review-depth ${terminal(o.reviewDepth, 20)} (${terminal(o.startedAt, 40)}) → ${now.modelId} · review-depth ${now.reviewDepth}`,
    '',
  ];
  const rows: string[][] = [];
  for (const [label, m] of [
    ['overall', c.overall] as const,
    ...Object.entries(c.perKind).map(([k, m]) => [`  ${k}`, m] as const),
  ])
    for (const [name, pick] of PICKS) rows.push(movedRow(`${label} ${name}`, m, pick));
  out.push(...table(['', 'other', 'now', 'moved'], rows), '');
  const cwes = Object.entries(c.perCwe);
  if (cwes.length) {
    out.push(
      ...table(
        ['per CWE (moved)', 'other found/false+/missed', 'now found/false+/missed'],
        cwes.map(([k, m]) => [terminal(k, 20), counts(m.other), counts(m.now)]),
      ),
      '',
    );
  } else out.push('Per CWE: nothing moved.', '');
  out.push(
    `Best F1 at min-confidence: ${bestText(c.bestMinConfidence.other)} → ${bestText(c.bestMinConfidence.now)}`,
  );
  out.push(spendCompare('Spend', c.spend.other.total, c.spend.now.total));
  out.push(spendCompare('Scored scans', c.spend.other.scored, c.spend.now.scored));
  out.push(`Now passing: ${list(c.nowPassing)}`, `Now failing: ${list(c.nowFailing)}`);
  for (const f of c.newlyFound) out.push(`  newly found      ${f.case}: ${expectedText(f.finding)}`);
  for (const f of c.newlyMissed) out.push(`  newly missed     ${f.case}: ${expectedText(f.finding)}`);
  for (const f of c.newFalsePositives) out.push(`  new false+       ${f.case}: ${reportedText(f.finding)}`);
  for (const f of c.goneFalsePositives) out.push(`  gone false+      ${f.case}: ${reportedText(f.finding)}`);
  if (c.onlyNow.length) out.push(`Cases only in this run: ${list(c.onlyNow)}`);
  if (c.onlyOther.length) out.push(`Cases only in the other run: ${list(c.onlyOther)}`);
  return out.join('\n') + '\n';
}

function bestText(b: BestLevel | null | undefined): string {
  return b ? `${b.level} (${percent(b.f1)})` : 'none';
}

const PICKS: [string, (m: Metrics) => number | null][] = [
  ['precision', (m) => m.precision],
  ['recall', (m) => m.recall],
  ['F1', (m) => m.f1],
];

function counts(m: Metrics | undefined): string {
  return m ? `${m.truePositives}/${m.falsePositives}/${m.falseNegatives}` : '-';
}

function list(names: string[]): string {
  return names.length ? names.map((n) => terminal(n, 100)).join(', ') : 'none';
}

function spendCompare(
  label: string,
  a: EvalResult['spend']['total'],
  b: EvalResult['spend']['total'],
): string {
  const usd = (x: number | undefined) => (x === undefined ? 'unknown' : formatUsd(x));
  return `${label}: ${usd(a.usd)} → ${usd(b.usd)} · calls ${a.calls} → ${b.calls} · input tokens ${a.usage.inputTokens} → ${b.usage.inputTokens}`;
}
