import { SEVERITIES, type Severity } from '../config/config.js';
import { formatUsd } from '../cost/cost.js';
import { SKIP_REASON_TEXT } from '../git/filters.js';
import { codePath, escapeMarkdown, pathUrl } from './escape.js';
import type { ReportFinding, ScanReport } from './report.js';

/** GitHub's limits for each surface (characters). */
export const LIMITS = { summary: 1024 * 1024, comment: 65_536, check: 65_535 } as const;

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const VERDICT = { success: '✅', failure: '❌', neutral: '⚠️' } as const;

export interface RenderOptions {
  /** Character budget; findings are trimmed (all, then high and above, then counts) to fit. */
  limit: number;
  /** Markdown links to the file at the scanned commit. */
  links: boolean;
  /** Include the cost trend chart and month totals (job summary). */
  trend: boolean;
  marker?: string;
}

/** The report as markdown: cost, calls, hit rate and savings first, then findings, then what was not scanned. */
export function renderMarkdown(r: ScanReport, opts: RenderOptions): string {
  const levels: ('all' | 'high' | 'none')[] = ['all', 'high', 'none'];
  for (const level of levels) {
    const text = compose(r, opts, level);
    if (text.length <= opts.limit) return text;
  }
  return compose(r, { ...opts, trend: false }, 'none').slice(0, opts.limit);
}

function compose(r: ScanReport, opts: RenderOptions, level: 'all' | 'high' | 'none'): string {
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(`## ${VERDICT[r.conclusion]} ${escapeMarkdown(r.name, 100)}: ${escapeMarkdown(r.title, 300)}`, '');
  out.push(...headline(r), '');
  if (r.fatal) out.push(`> [!CAUTION]`, `> The scan could not run: ${escapeMarkdown(r.fatal, 600)}`, '');
  out.push(...findingsSection(r, opts, level));
  if (r.notScanned.length) out.push(...notScannedSection(r), '');
  out.push(...detailsSection(r));
  if (opts.trend) out.push(...trendSection(r));
  out.push(
    '',
    `<sub>${r.tool.name} ${escapeMarkdown(r.tool.version)} · model \`${r.model.id.replace(/`/g, '')}\`${r.runUrl ? ` · [run](${r.runUrl})` : ''}</sub>`,
  );
  return out.join('\n') + '\n';
}

function headline(r: ScanReport): string[] {
  const m = r.model;
  const cost = r.dryRun ? `${formatUsd(m.estimateUsd)} (estimated, dry run)` : formatUsd(m.usd);
  const u = m.usage;
  const tokens = `${u.inputTokens.toLocaleString('en-US')} in / ${u.outputTokens.toLocaleString('en-US')} out${
    u.cacheReadTokens || u.cacheWriteTokens
      ? ` · prompt cache ${u.cacheReadTokens.toLocaleString('en-US')} read / ${u.cacheWriteTokens.toLocaleString('en-US')} written`
      : ''
  }`;
  return [
    '| Cost | AI calls | Cache hit rate | Saved by the cache | Tokens |',
    '| --- | --- | --- | --- | --- |',
    `| ${cost} | ${m.calls} | ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} of ${r.cache.hits + r.cache.misses}) | ${formatUsd(m.savedUsd)} | ${tokens} |`,
  ];
}

function findingsSection(r: ScanReport, opts: RenderOptions, level: 'all' | 'high' | 'none'): string[] {
  const out = [`**Findings:** ${SEVERITIES.map((s) => `${ICON[s]} ${r.counts[s]} ${s}`).join(' · ')}`, ''];
  if (level === 'none') {
    if (r.findings.length)
      out.push(
        `_The list of findings is left out to fit GitHub's size limit; see the SARIF or JSON report._`,
        '',
      );
    return out;
  }
  const shown =
    level === 'all'
      ? r.findings
      : r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high');
  for (const s of SEVERITIES) {
    const group = shown.filter((f) => f.severity === s);
    if (!group.length) continue;
    out.push(`#### ${ICON[s]} ${capitalize(s)} (${group.length})`, '');
    for (const f of group) out.push(...findingLines(r, f, opts));
    out.push('');
  }
  if (shown.length < r.findings.length)
    out.push(
      `_${r.findings.length - shown.length} medium and low finding(s) are left out to fit GitHub's size limit; see the SARIF or JSON report._`,
      '',
    );
  return out;
}

function findingLines(r: ScanReport, f: ReportFinding, opts: RenderOptions): string[] {
  const where = `${f.path}:${f.startLine}`;
  const link =
    opts.links && r.repository && r.sha
      ? `[${codePath(where)}](${r.serverUrl}/${r.repository}/blob/${r.sha}/${pathUrl(f.path)}#L${f.startLine}${f.endLine > f.startLine ? `-L${f.endLine}` : ''})`
      : codePath(where);
  const tags = [f.cwe, f.category === 'compliance' ? f.framework : undefined, `${f.confidence} confidence`]
    .filter(Boolean)
    .join(' · ');
  return [
    `- ${link}: **${escapeMarkdown(f.title, 200)}** · ${escapeMarkdown(tags, 100)}`,
    `  ${escapeMarkdown(f.explanation, 600)}`,
    ...(f.fix ? [`  _Fix:_ ${escapeMarkdown(f.fix, 600)}`] : []),
  ];
}

function notScannedSection(r: ScanReport): string[] {
  const shown = r.notScanned.slice(0, 50);
  return [
    `> [!WARNING]`,
    `> ${r.notScanned.length} file(s) were **not scanned**; this result is incomplete.${r.model.estimateUsd !== undefined && !r.dryRun ? ` Scanning them would cost about ${formatUsd(r.model.estimateUsd)}.` : ''}`,
    '',
    ...shown.map((f) => `- ${codePath(f.path)}: ${escapeMarkdown(f.reason, 300)}`),
    ...(r.notScanned.length > shown.length ? [`- … and ${r.notScanned.length - shown.length} more`] : []),
  ];
}

function detailsSection(r: ScanReport): string[] {
  const reasons = new Map<string, number>();
  for (const s of r.skipped)
    reasons.set(SKIP_REASON_TEXT[s.reason], (reasons.get(SKIP_REASON_TEXT[s.reason]) ?? 0) + 1);
  const skipped = [...reasons].map(([why, n]) => `${n} ${why}`).join('; ');
  const notes = r.cache.notes.map(
    (n) =>
      `${codePath(n.location)}: ${n.state === 'loaded' ? `loaded (${n.entries} entries)` : n.state === 'cold' ? 'cold start' : `unreadable, replaced (${escapeMarkdown(n.detail ?? '', 200)})`}`,
  );
  const save = r.cache.save;
  return [
    '<details><summary>Files and cache</summary>',
    '',
    `- Considered: ${r.selection.considered} (${escapeMarkdown(r.selection.how, 200)}) · Eligible: ${r.selection.eligible} · Skipped: ${r.skipped.length}${skipped ? ` (${skipped})` : ''}${r.selection.deleted ? ` · Deleted: ${r.selection.deleted}` : ''}`,
    `- Backend: **${r.cache.backend}** (${escapeMarkdown(r.cache.why, 400)})`,
    `- Scope: ${escapeMarkdown(r.cache.scope, 300)}`,
    ...notes.map((n) => `- Read ${n}`),
    `- Write: ${save ? (save.state === 'saved' ? `saved to ${codePath(save.location ?? '')}${save.attempts > 1 ? ` after ${save.attempts} attempts (merged with concurrent runs)` : ''}` : `${save.state}${save.detail ? ` (${escapeMarkdown(save.detail, 300)})` : ''}`) : 'none (dry run)'}`,
    ...(r.cache.forceRescan ? ['- force-rescan: cached results were ignored and replaced'] : []),
    ...(r.model.throttled
      ? [`- The model throttled or failed ${r.model.throttled} call(s); they were retried.`]
      : []),
    ...(r.skipped.length
      ? [
          '',
          ...r.skipped.slice(0, 100).map((s) => `  - ${codePath(s.path)}: ${SKIP_REASON_TEXT[s.reason]}`),
          ...(r.skipped.length > 100 ? [`  - … and ${r.skipped.length - 100} more`] : []),
        ]
      : []),
    '',
    '</details>',
  ];
}

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
    `| ${month} so far | runs | AI calls | cost | saved by the cache |`,
    '| --- | --- | --- | --- | --- |',
    `| this cache | ${mtd.length} | ${sum((h) => h.calls)} | ${formatUsd(sum((h) => h.usd ?? 0))} | ${formatUsd(sum((h) => h.savedUsd))} |`,
    '',
    '</details>',
  ];
}

/** Plain text for the CLI. */
export function renderText(r: ScanReport): string {
  const m = r.model;
  const lines = [
    `${r.conclusion.toUpperCase()}: ${r.title}`,
    `Cost: ${r.dryRun ? `dry run, scanning the misses would cost about ${formatUsd(m.estimateUsd)}` : formatUsd(m.usd)} · AI calls: ${m.calls} · cache hit rate: ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} hits, ${r.cache.misses} misses) · saved: ${formatUsd(m.savedUsd)}`,
    `Files: ${r.selection.considered} considered (${r.selection.how}), ${r.selection.eligible} eligible, ${r.skipped.length} skipped · cache: ${r.cache.backend} (${r.cache.why})`,
  ];
  for (const f of r.findings)
    lines.push(
      `  ${f.severity.toUpperCase().padEnd(8)} ${f.path}:${f.startLine}  ${oneLine(f.title)}${f.cwe ? ` (${f.cwe})` : ''}`,
    );
  for (const f of r.notScanned) lines.push(`  NOT SCANNED ${f.path}: ${oneLine(f.reason)}`);
  if (r.fatal) lines.push(`The scan could not run: ${oneLine(r.fatal)}`);
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .slice(0, 300);
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
