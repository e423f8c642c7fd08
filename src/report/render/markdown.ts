import { SEVERITIES, type Severity } from '../../config/config.js';
import { formatUsd } from '../../cost/cost.js';
import { SKIP_REASON_TEXT } from '../../git/skip-reasons.js';
import { codePath, escapeMarkdown, isLinkSafeUrl, pathUrl, stripInvisible } from '../escape.js';
import type { ReportFinding, ScanReport } from '../report.js';
import { MAX_RUNS } from '../../cache/cache-document.js';
import { clip } from '../../text.js';
import { complianceText } from '../../compliance/cwe-table.js';
import { filteredText } from './filtered.js';
import { batchLines, batchSection } from './batch.js';
import { verificationText } from './verification.js';

/** GitHub's limits for each surface (characters): job summary 1 MiB, comment body, check-run output summary and text. */
export const LIMITS = { summary: 1024 * 1024, comment: 65_536, check: 65_535 } as const;

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const VERDICT = { success: '✅', failure: '❌', neutral: '⚠️' } as const;
const NOT_SCANNED_SHOWN = 50;
const NOT_SCANNED_SHOWN_TIGHT = 10;
const SKIPPED_SHOWN = 100;
const VENDORED_SHOWN = 5;

/** Findings new and fixed since the previous run on this pull request (the sticky comment tracks them). */
export interface Changes {
  /** False when the previous run had more findings than could be tracked: nothing is compared. */
  tracked: boolean;
  /** Ids of the findings that are new. */
  added: ReadonlySet<string>;
  /** How many of the previous findings are gone. */
  fixed: number;
}

export interface RenderOptions {
  /** Character budget; the rendering is trimmed (see renderMarkdown) to fit. */
  limit: number;
  /** Markdown links to the file at the scanned commit. */
  links: boolean;
  /** Include the cost trend chart and month totals (job summary). */
  trend: boolean;
  /** Hidden first line(s), such as the sticky comment's markers; they count against the limit. */
  marker?: string;
  /** New and fixed findings since the previous run. */
  changes?: Changes;
  /** Where every finding can be read when this rendering leaves some out. */
  fullReport?: string;
  /** Measure the limit in UTF-8 bytes (the job summary's limit is on the file's size), not characters. */
  bytes?: boolean;
}

/** How much of each list a rendering shows. `findings`: a number shows the first n critical and high ones. */
interface Shape {
  findings: 'all' | 'high' | number | 'none';
  skippedList: boolean;
  notScanned: number;
  trend: boolean;
}

const DEFAULT_FULL_REPORT = 'every finding is in the SARIF and JSON reports';

/**
 * The report as markdown: the verdict, then cost, AI calls, hit rate and savings, then findings by severity,
 * files not scanned, and the details. When it does not fit `limit`, it is trimmed gracefully and says what was
 * cut: first the list of skipped files, then medium and low findings, then as many critical and high findings as
 * fit, then every finding (counts only), then the list of files not scanned is shortened; a last-resort cut at a
 * line boundary guards tiny limits.
 */
export function renderMarkdown(r: ScanReport, opts: RenderOptions): string {
  return fit(r, opts, 'whole');
}

/** The job summary: the whole report with the cost trend, within the step summary's 1 MiB (bytes). */
export function renderSummary(r: ScanReport): string {
  return renderMarkdown(r, { limit: LIMITS.summary - 1024, links: true, trend: true, bytes: true });
}

/** The check run's output: the head (verdict, cost, counts, what was not scanned) as summary, the rest as text. */
export function renderCheckOutput(
  r: ScanReport,
  opts: Omit<RenderOptions, 'limit' | 'marker' | 'trend'> & { limit?: number },
): { title: string; summary: string; text: string } {
  const o = { ...opts, limit: opts.limit ?? LIMITS.check, trend: false };
  return { title: r.title, summary: fit(r, o, 'head'), text: fit(r, o, 'body') };
}

type Part = 'whole' | 'head' | 'body';

function fit(r: ScanReport, opts: RenderOptions, part: Part): string {
  const trend = opts.trend;
  const highs = r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high').length;
  const render = (shape: Shape) => compose(r, opts, shape, part);
  const fits = (text: string) => size(text, opts) <= opts.limit;
  const tries: Shape[] = [
    { findings: 'all', skippedList: true, notScanned: NOT_SCANNED_SHOWN, trend },
    { findings: 'all', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend },
  ];
  if (highs < r.findings.length)
    tries.push({ findings: 'high', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend });
  for (const shape of tries) {
    const text = render(shape);
    if (fits(text)) return text;
  }
  // As many critical and high findings as fit (most severe first): a binary search on their number.
  let best: string | undefined;
  for (let lo = 1, hi = highs - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const text = render({ findings: mid, skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend });
    if (fits(text)) [best, lo] = [text, mid + 1];
    else hi = mid - 1;
  }
  if (best) return best;
  for (const shape of [
    { findings: 'none', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend },
    { findings: 'none', skippedList: false, notScanned: NOT_SCANNED_SHOWN_TIGHT, trend: false },
  ] satisfies Shape[]) {
    const text = render(shape);
    if (fits(text)) return text;
  }
  return cut(render({ findings: 'none', skippedList: false, notScanned: 0, trend: false }), opts);
}

function size(text: string, opts: RenderOptions): number {
  return opts.bytes ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** The last resort: whole lines up to the limit, and a note that the rest was cut. */
function cut(text: string, opts: RenderOptions): string {
  const note = "\n\n_… the rest is cut to fit GitHub's size limit._\n";
  let lines = text.split('\n');
  while (lines.length > 1 && size(`${lines.join('\n')}${note}`, opts) > opts.limit)
    lines = lines.slice(0, -1);
  const out = `${lines.join('\n')}${note}`;
  return size(out, opts) <= opts.limit ? out : clip(note.trim(), Math.max(0, opts.limit));
}

function compose(r: ScanReport, opts: RenderOptions, shape: Shape, part: Part): string {
  const out: string[] = [];
  if (part !== 'body') {
    if (opts.marker) out.push(opts.marker);
    out.push(
      `## ${VERDICT[r.conclusion]} ${escapeMarkdown(r.name, 100)}: ${escapeMarkdown(r.title, 300)}`,
      '',
    );
    out.push(...headline(r), '');
    const verification = verificationText(r);
    if (verification) out.push(`_${escapeMarkdown(verification, 400)}_`, '');
    if (r.fatal) out.push(`> [!CAUTION]`, `> The scan could not run: ${escapeMarkdown(r.fatal, 600)}`, '');
    if (opts.changes) out.push(changesLine(opts.changes), '');
    out.push(countsLine(r), '');
    const left = filteredText(r.filtered);
    if (left) out.push(`_${escapeMarkdown(left, 600)}_`, '');
    if (r.notScanned.length) out.push(...notScannedSection(r, shape.notScanned), '');
    out.push(...batchSection(r));
    out.push(...vendoredNote(r));
  }
  if (part !== 'head') {
    out.push(...findingsSection(r, opts, shape));
    out.push(...detailsSection(r, shape, opts.limit));
    if (shape.trend) out.push(...trendSection(r));
    out.push('', footer(r));
  }
  return out.join('\n') + '\n';
}

function headline(r: ScanReport): string[] {
  const m = r.model;
  const cost = r.dryRun ? `${formatUsd(m.estimateUsd)} (estimated, dry run)` : formatUsd(m.usd);
  const u = m.usage;
  const n = (x: number) => x.toLocaleString('en-US');
  const promptCache =
    u.cacheReadTokens || u.cacheWriteTokens
      ? ` · prompt cache ${n(u.cacheReadTokens)} read / ${n(u.cacheWriteTokens)} written`
      : '';
  return [
    '| Cost | AI calls | Cache hit rate | Saved by the cache | Tokens |',
    '| --- | --- | --- | --- | --- |',
    `| ${cost} | ${m.calls} | ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} of ${r.cache.hits + r.cache.misses}) | ${formatUsd(m.savedUsd)} | ${n(u.inputTokens)} in / ${n(u.outputTokens)} out${promptCache} |`,
  ];
}

function changesLine(c: Changes): string {
  if (!c.tracked)
    return '_Changes since the last run are not shown: that run had more findings than this comment tracks._';
  if (!c.added.size && !c.fixed) return '**Since the last run:** no new or fixed findings.';
  return `**Since the last run:** 🆕 ${c.added.size} new · ✔️ ${c.fixed} fixed`;
}

function countsLine(r: ScanReport): string {
  return `**Findings:** ${SEVERITIES.map((s) => `${ICON[s]} ${r.counts[s]} ${s}`).join(' · ')}`;
}

function findingsSection(r: ScanReport, opts: RenderOptions, shape: Shape): string[] {
  const out: string[] = [];
  const total = r.findings.length;
  const where = `${opts.fullReport ?? DEFAULT_FULL_REPORT}`;
  const limit = `GitHub's size limit (${opts.limit.toLocaleString('en-US')} characters)`;
  if (shape.findings === 'none') {
    if (total) out.push(`_The list of ${total} finding(s) is left out to fit ${limit}; ${where}._`, '');
    return out;
  }
  const severe = r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high');
  const shown =
    shape.findings === 'all'
      ? r.findings
      : shape.findings === 'high'
        ? severe
        : severe.slice(0, shape.findings);
  for (const s of SEVERITIES) {
    const group = shown.filter((f) => f.severity === s);
    if (!group.length) continue;
    const of = r.counts[s] > group.length ? ` — ${group.length} of ${r.counts[s]} shown` : '';
    out.push(`### ${ICON[s]} ${capitalize(s)} (${r.counts[s]}${of})`, '');
    for (const f of group) out.push(...findingLines(r, f, opts));
    out.push('');
  }
  if (shown.length < total) {
    const cutSevere = severe.length - shown.length;
    const cutOther = total - severe.length;
    const parts = [
      ...(cutSevere ? [`${cutSevere} critical and high`] : []),
      ...(cutOther ? [`${cutOther} medium and low`] : []),
    ];
    out.push(
      `_Showing ${shown.length} of ${total} findings, the most severe first: ${parts.join(' and ')} finding(s) are left out to fit ${limit}; ${where}._`,
      '',
    );
  }
  return out;
}

function findingLines(r: ScanReport, f: ReportFinding, opts: RenderOptions): string[] {
  const where = `${f.path}:${f.startLine}`;
  const range = `#L${f.startLine}${f.endLine > f.startLine ? `-L${f.endLine}` : ''}`;
  // The link text is a code span (nothing in it is markdown, not even `]`); the target is percent-encoded.
  const url = blobUrl(r, f.path);
  const link = opts.links && url ? `[${codePath(where)}](${url}${range})` : codePath(where);
  const tags = [f.cwe, complianceText(f.compliance), `${f.confidence} confidence`]
    .filter(Boolean)
    .join(' · ');
  const isNew = opts.changes?.tracked && opts.changes.added.has(f.id) ? ' · 🆕 **new**' : '';
  return [
    `- ${link}: **${escapeMarkdown(f.title, 200)}** · ${escapeMarkdown(tags, 400)}${isNew}`,
    ...(f.explanation.trim() ? [`  ${escapeMarkdown(f.explanation, 600)}`] : []),
    ...(f.fix.trim() ? [`  _Fix:_ ${escapeMarkdown(f.fix, 600)}`] : []),
  ];
}

/** The file at the scanned commit on GitHub, or undefined when the run's server, repository or commit is unknown or odd. */
function blobUrl(r: ScanReport, path: string): string | undefined {
  if (!r.repository || !r.sha || !isLinkSafeUrl(r.serverUrl)) return undefined;
  return `${r.serverUrl.replace(/\/+$/, '')}/${pathUrl(r.repository)}/blob/${pathUrl(r.sha)}/${pathUrl(path)}`;
}

function notScannedSection(r: ScanReport, max: number): string[] {
  const shown = r.notScanned.slice(0, max);
  const estimate =
    r.model.estimateUsd !== undefined && !r.dryRun
      ? ` Scanning them would cost about ${formatUsd(r.model.estimateUsd)}.`
      : '';
  return [
    `> [!WARNING]`,
    `> ${r.notScanned.length} file(s) were **not scanned**; this result is incomplete.${estimate}`,
    '',
    ...shown.map((f) => `- ${codePath(f.path)}: ${escapeMarkdown(f.reason, 300)}`),
    ...(r.notScanned.length > shown.length ? [`- … and ${r.notScanned.length - shown.length} more`] : []),
  ];
}

/**
 * Vendored folders stay unreviewed (third-party code), so a change that touches them says so where it is seen,
 * not only in the skipped list.
 */
function vendoredNote(r: ScanReport): string[] {
  if (r.selection.mode !== 'changed') return [];
  const vendored = r.skipped.filter((s) => s.reason === 'vendored');
  if (!vendored.length) return [];
  const shown = vendored.slice(0, VENDORED_SHOWN).map((s) => codePath(s.path));
  const more = vendored.length > shown.length ? ` and ${vendored.length - shown.length} more` : '';
  return [
    '> [!NOTE]',
    `> This change touches ${vendored.length} file(s) in vendored folders, which are not reviewed: ${shown.join(', ')}${more}.`,
    '',
  ];
}

function detailsSection(r: ScanReport, shape: Shape, limit: number): string[] {
  const reasons = new Map<string, number>();
  for (const s of r.skipped)
    reasons.set(SKIP_REASON_TEXT[s.reason], (reasons.get(SKIP_REASON_TEXT[s.reason]) ?? 0) + 1);
  const skipped = [...reasons].map(([why, n]) => `${n} ${why}`).join('; ');
  const notes = r.cache.notes.map((n) => {
    const state =
      n.state === 'loaded'
        ? `loaded (${n.entries} entries)`
        : n.state === 'cold'
          ? 'cold start'
          : `unreadable, ${n.newer ? 'left as is (a newer scanner wrote it)' : 'replaced'} (${escapeMarkdown(n.detail ?? '', 200)})`;
    return `- Read ${codePath(n.location)}: ${state}`;
  });
  const save = r.cache.save;
  const write = !save
    ? 'none (dry run)'
    : save.state === 'saved'
      ? `saved to ${codePath(save.location ?? '')}${save.attempts > 1 ? ` after ${save.attempts} attempts (merged with concurrent runs)` : ''}`
      : `${save.state}${save.detail ? ` (${escapeMarkdown(save.detail, 300)})` : ''}`;
  const list = !r.skipped.length
    ? []
    : shape.skippedList
      ? [
          '- Skipped files:',
          ...r.skipped
            .slice(0, SKIPPED_SHOWN)
            .map((s) => `  - ${codePath(s.path)}: ${SKIP_REASON_TEXT[s.reason]}`),
          ...(r.skipped.length > SKIPPED_SHOWN ? [`  - … and ${r.skipped.length - SKIPPED_SHOWN} more`] : []),
        ]
      : [
          '- Skipped files:',
          `  - _The list of skipped files is left out to fit GitHub's size limit (${limit.toLocaleString('en-US')} characters)._`,
        ];
  return [
    '<details><summary>Files and cache</summary>',
    '',
    `- Considered: ${r.selection.considered} (${escapeMarkdown(r.selection.how, 200)}) · Eligible: ${r.selection.eligible} · Skipped: ${r.skipped.length}${skipped ? ` (${skipped})` : ''}${r.selection.deleted ? ` · Deleted: ${r.selection.deleted}` : ''}`,
    `- Backend: **${escapeMarkdown(r.cache.backend, 40)}** (${escapeMarkdown(r.cache.why, 400)})`,
    `- Scope: ${escapeMarkdown(r.cache.scope, 300)}`,
    ...notes,
    `- Write: ${write}`,
    ...(r.cache.forceRescan ? ['- force-rescan: cached results were ignored and replaced'] : []),
    ...changeReviewLine(r),
    ...(r.model.throttled
      ? [`- The model throttled or failed ${r.model.throttled} call(s); they were retried.`]
      : []),
    ...list,
    '',
    '</details>',
  ];
}

/** Which results a change review (review-depth auto) produced rather than a whole-file review. */
function changeReviewLine(r: ScanReport): string[] {
  const reviews = r.changeReviews ?? [];
  if (!reviews.length) return [];
  const shown = reviews
    .slice(0, CHANGE_REVIEWS_SHOWN)
    .map((c) =>
      c.cached
        ? `${codePath(c.path)} (cached)`
        : `${codePath(c.path)} (${c.linesShown} of ${c.lines} lines shown)`,
    );
  const more =
    reviews.length > CHANGE_REVIEWS_SHOWN ? `, … and ${reviews.length - CHANGE_REVIEWS_SHOWN} more` : '';
  return [`- Reviewed by their changes (review-depth auto), the rest whole: ${shown.join(', ')}${more}`];
}
const CHANGE_REVIEWS_SHOWN = 10;

/** Cost and hit rate over recent runs (Mermaid renders in job summaries), and this month's totals. */
function trendSection(r: ScanReport): string[] {
  const runs = r.history.slice(-20);
  if (runs.length < 2) return [];
  const month = r.startedAt.slice(0, 7);
  const mtd = r.history.filter((h) => h.at.startsWith(month));
  const sum = (f: (h: (typeof mtd)[number]) => number) => mtd.reduce((n, h) => n + f(h), 0);
  const costs = runs.map((h) => (h.usd ?? 0).toFixed(4));
  const rates = runs.map((h) =>
    h.hits + h.misses ? ((100 * h.hits) / (h.hits + h.misses)).toFixed(1) : '100',
  );
  return [
    '',
    '<details><summary>Cost trend</summary>',
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Cost per run (USD), last ${runs.length} runs"`,
    `  x-axis [${runs.map((_, i) => i + 1).join(', ')}]`,
    `  y-axis "USD"`,
    `  bar [${costs.join(', ')}]`,
    '```',
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Cache hit rate (%)"`,
    `  x-axis [${runs.map((_, i) => i + 1).join(', ')}]`,
    `  y-axis "hit rate" 0 --> 100`,
    `  line [${rates.join(', ')}]`,
    '```',
    '',
    // The document keeps the last MAX_RUNS runs: when the oldest kept is of this month, earlier ones are gone.
    `| ${month} so far${mtd.length >= MAX_RUNS && r.history[0]?.at.startsWith(month) ? ` (the last ${MAX_RUNS} runs kept)` : ''} | runs | AI calls | cost | saved by the cache |`,
    '| --- | --- | --- | --- | --- |',
    `| this cache | ${mtd.length} | ${sum((h) => h.calls)} | ${formatUsd(sum((h) => h.usd ?? 0))} | ${formatUsd(sum((h) => h.savedUsd))} |`,
    '',
    '</details>',
  ];
}

function footer(r: ScanReport): string {
  const model = codePath(r.model.id, 200);
  const run = r.runUrl && isLinkSafeUrl(r.runUrl) ? ` · [run](${r.runUrl})` : '';
  return `<sub>${escapeMarkdown(r.tool.name, 60)} ${escapeMarkdown(r.tool.version, 40)} · model ${model}${run}</sub>`;
}

/** Plain text for the CLI (a terminal: control characters, such as ANSI escapes, are dropped). */
export function renderText(r: ScanReport): string {
  const m = r.model;
  const lines = [
    `${r.conclusion.toUpperCase()}: ${oneLine(r.title)}`,
    `Cost: ${r.dryRun ? `dry run, scanning the misses would cost about ${formatUsd(m.estimateUsd)}` : formatUsd(m.usd)} · AI calls: ${m.calls} · cache hit rate: ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} hits, ${r.cache.misses} misses) · saved: ${formatUsd(m.savedUsd)}`,
    `Files: ${r.selection.considered} considered (${oneLine(r.selection.how)}), ${r.selection.eligible} eligible, ${r.skipped.length} skipped · cache: ${r.cache.backend} (${oneLine(r.cache.why)})`,
  ];
  for (const f of r.findings)
    lines.push(
      `  ${f.severity.toUpperCase().padEnd(8)} ${oneLine(f.path)}:${f.startLine}  ${oneLine(f.title)}${f.cwe ? ` (${f.cwe})` : ''}`,
    );
  const left = filteredText(r.filtered);
  if (left) lines.push(`  ${left}`);
  const verification = verificationText(r);
  if (verification) lines.push(`  ${verification}`);
  for (const f of r.notScanned) lines.push(`  NOT SCANNED ${oneLine(f.path)}: ${oneLine(f.reason)}`);
  lines.push(...batchLines(r));
  if (r.fatal) lines.push(`The scan could not run: ${oneLine(r.fatal)}`);
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return stripInvisible(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .slice(0, 300);
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
