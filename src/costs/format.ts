import { formatUsd } from '../cost/cost.js';
import { stripInvisible } from '../report/escape.js';
import type { CostsReport, MonthTotals, Totals } from './aggregate.js';
import { clip } from '../text.js';

export const COSTS_FORMATS = ['table', 'json', 'csv'] as const;
export type CostsFormat = (typeof COSTS_FORMATS)[number];

/** Where the figures came from, printed with them. */
export interface CostsSource {
  location: string;
  /** Objects that could not be read (each also a warning on standard error). */
  unreadable: number;
}

export function renderCosts(report: CostsReport, format: CostsFormat, source: CostsSource): string {
  if (format === 'json') return `${JSON.stringify({ location: source.location, ...report }, null, 2)}\n`;
  if (format === 'csv') return renderCsv(report);
  return renderTable(report, source);
}

/** The months shown in the table's trend (all of them are in the JSON). */
const TABLE_MONTHS = 12;

function renderTable(report: CostsReport, source: CostsSource): string {
  const t = report.total;
  const since = report.since ? ` since ${report.since}` : '';
  const lines = [
    `Scan costs of ${t.repositories} repositories in ${source.location}${since}: ${t.runs} runs, ${formatUsd(t.costUsd)} spent, ${formatUsd(t.savedUsd)} saved by the cache.`,
    '',
    ...table(
      ['repository', 'runs', 'cost', 'saved', 'hit rate', 'AI calls', 'input tokens', 'output tokens'],
      [...report.repos.map((r) => [terminalSafe(r.repository), ...figures(r)]), ['total', ...figures(t)]],
    ),
  ];
  if (t.months.length > 0) {
    const months = t.months.slice(-TABLE_MONTHS);
    lines.push('', 'Month by month (UTC):', '');
    lines.push(
      ...table(
        ['month', 'runs', 'cost', 'saved', 'hit rate', 'AI calls', 'input tokens', 'output tokens'],
        months.map((m) => [m.month, ...figures(m)]),
      ),
    );
    lines.push('', 'Cost by repository and month:', '');
    lines.push(...table(['repository', ...months.map((m) => m.month)], costMatrix(report, months)));
  }
  const caveats = [
    ...(t.runsWithoutCost
      ? [`${t.runsWithoutCost} run(s) had no price for their model: not in the cost.`]
      : []),
    ...(t.runsWithoutTokens
      ? [`${t.runsWithoutTokens} run(s) were recorded without token counts (an earlier scanner version).`]
      : []),
    ...(source.unreadable ? [`${source.unreadable} cache object(s) could not be read: not counted.`] : []),
    ...report.notes.map(terminalSafe),
  ];
  if (caveats.length) lines.push('', ...caveats.map((c) => `Note: ${c}`));
  return `${lines.join('\n')}\n`;
}

function figures(t: Totals): string[] {
  return [
    String(t.runs),
    formatUsd(t.costUsd),
    formatUsd(t.savedUsd),
    t.hitRate === null ? '-' : `${t.hitRate.toFixed(1)}%`,
    String(t.modelCalls),
    t.inputTokens.toLocaleString('en-US'),
    t.outputTokens.toLocaleString('en-US'),
  ];
}

function costMatrix(report: CostsReport, months: MonthTotals[]): string[][] {
  const row = (name: string, own: MonthTotals[]) => [
    name,
    ...months.map((m) => {
      const found = own.find((x) => x.month === m.month);
      return found ? formatUsd(found.costUsd) : '-';
    }),
  ];
  return [...report.repos.map((r) => row(terminalSafe(r.repository), r.months)), row('total', months)];
}

/** Left-aligned first column, right-aligned figures. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Names come from object keys, which anyone with write access to the bucket chose: no terminal controls. */
function terminalSafe(text: string): string {
  return clip(stripInvisible(text).replace(/\s+/g, ' '), 200);
}

const CSV_HEADER = [
  'repository',
  'runs',
  'cost_usd',
  'saved_usd',
  'hit_rate',
  'hits',
  'misses',
  'model_calls',
  'input_tokens',
  'output_tokens',
  'runs_without_cost',
  'runs_without_tokens',
  'first_run',
  'last_run',
];

/** One row per repository and one for the total (repository "total" is never a repository: it has no slash). */
function renderCsv(report: CostsReport): string {
  const row = (name: string, t: Totals) =>
    [
      name,
      t.runs,
      t.costUsd,
      t.savedUsd,
      t.hitRate ?? '',
      t.hits,
      t.misses,
      t.modelCalls,
      t.inputTokens,
      t.outputTokens,
      t.runsWithoutCost,
      t.runsWithoutTokens,
      t.firstRun ?? '',
      t.lastRun ?? '',
    ]
      .map((v) => csvCell(String(v)))
      .join(',');
  const rows = [
    CSV_HEADER.join(','),
    ...report.repos.map((r) => row(r.repository, r)),
    row('total', report.total),
  ];
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * RFC 4180 quoting; a text cell a spreadsheet would read as a formula (= + - @ at its start) is prefixed with
 * an apostrophe, since repository names come from keys that anyone who can write to the bucket chose.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
