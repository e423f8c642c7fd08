import { createHash } from 'node:crypto';
import type { Severity } from '../config/config.js';
import { SEVERITIES } from '../config/config.js';
import { formatUsd, type Usage } from '../cost/cost.js';
import type { LocatedFinding } from '../scanner/findings.js';
import type { SkipReason } from '../git/skip-reasons.js';
import type { LoadNote, SaveOutcome } from '../cache/cache-session.js';
import type { RunRecord } from '../cache/cache-document.js';
import type { Gate } from '../config/gate.js';
import { plainText } from './escape.js';
import { complianceFor, type ComplianceTag } from '../compliance/cwe-table.js';
import type { Framework } from '../config/config.js';
import type { EvidenceDrops } from '../findings/evidence.js';
import type { Confidence, Filtered } from '../findings/policy.js';
import type { BatchReport } from '../batch/batch-report.js';
import type {
  FindingVerification,
  VerificationFiltered,
  VerificationSpend,
} from '../findings/verify-phase.js';

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface ReportFinding extends LocatedFinding {
  /** Stable across line moves: path, rule and title. */
  id: string;
  ruleId: string;
  /** The controls of the chosen compliance frameworks its CWE falls under, from the CWE table (never the model). */
  compliance: ComplianceTag[];
  /** With verify-findings on: confirmed, unverified (kept) or exempt (never asked), and the verifier's reason. */
  verification?: FindingVerification;
}

/** The findings of this run's answers, and of the cache, that the report does not show, and why. */
export interface ReportFiltered {
  /**
   * Findings whose evidence was not found in their file (dropped before caching): in this run's answers and, as
   * counted when they were made, in the cached results it used (each content once).
   */
  evidence: EvidenceDrops;
  minConfidence: Confidence;
  belowConfidence: Filtered['belowConfidence'];
  excluded: Filtered['excluded'];
  /** With verify-findings on: the findings the verifier rejected (with its reasons), and those left unverified. */
  verification?: VerificationFiltered;
}

/** One scan, everything every rendering needs; built once, rendered many times. */
export interface ScanReport {
  tool: { name: string; version: string };
  name: string;
  startedAt: string;
  durationMs: number;
  event: string;
  repository: string | undefined;
  serverUrl: string;
  sha: string | undefined;
  pullRequest: number | undefined;
  runUrl: string | undefined;
  dryRun: boolean;
  selection: { mode: 'full' | 'changed'; how: string; considered: number; eligible: number; deleted: number };
  skipped: { path: string; reason: SkipReason }[];
  cache: {
    backend: string;
    why: string;
    scope: string;
    notes: LoadNote[];
    save: SaveOutcome | undefined;
    hits: number;
    misses: number;
    hitRate: number;
    forceRescan: boolean;
    expired: number;
  };
  model: {
    id: string;
    calls: number;
    usage: Usage;
    usd: number | undefined;
    savedUsd: number;
    throttled: number;
    estimateUsd: number | undefined;
    /** With verify-findings on: its calls, tokens and cost, which calls, usage and usd include. */
    verification?: VerificationSpend;
  };
  findings: ReportFinding[];
  counts: Record<Severity, number>;
  /** What was left out of `findings`, and why (absent in reports built before it was counted). */
  filtered?: ReportFiltered;
  notScanned: { path: string; reason: string }[];
  /** Set when the scan could not run at all (no credentials, model access denied): never "0 findings". */
  fatal: string | undefined;
  failOnSeverity: Severity | 'none';
  /** Whether files left unreviewed fail this run, and the budget it ran under. */
  gate?: Gate;
  conclusion: Conclusion;
  title: string;
  history: RunRecord[];
  /**
   * The files whose result came from a change review (review-depth auto) rather than a whole-file review: this
   * run's (with the lines shown) and cache hits that one produced. Absent when there is none.
   */
  changeReviews?: { path: string; cached: boolean; linesShown?: number; lines?: number }[];
  /** The Bedrock batch jobs this run submitted, found running or collected (src/batch/); absent when none. */
  batch?: BatchReport;
  /** `i/n` when this run reviewed part i of a scan sharded n ways. */
  shard?: string;
  /** Findings new since, and fixed since, the previous report on this pull request (filled by the comment). */
  changes?: { added: string[]; fixed: string[] };
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * A rule per weakness, stable whatever words the model chose: the CWE id (CWE-89), else the category
 * (security-other, compliance-other). A framework the model names is not used: the CWE table decides those.
 */
function ruleIdFor(f: { cwe?: string | undefined; category: string }): string {
  if (f.cwe) return f.cwe;
  return `${slug(f.category)}-other`;
}

function findingId(f: LocatedFinding): string {
  const h = createHash('sha256').update(JSON.stringify([f.path, ruleIdFor(f), f.title.trim().toLowerCase()]));
  return h.digest('hex').slice(0, 16);
}

/**
 * Report findings in severity, path and line order. Two findings of one rule and title in one file (the same
 * flaw twice) get distinct ids by their order in the file (`<id>`, `<id>-2`, ...), which a line move keeps.
 */
export function toReportFindings(
  findings: LocatedFinding[],
  frameworks: readonly Framework[] = ['owasp-top-10'],
): ReportFinding[] {
  const sorted = findings
    .map(({ framework: _modelFramework, ...f }) => ({
      ...f,
      id: findingId(f),
      ruleId: ruleIdFor(f),
      compliance: complianceFor(f.cwe).filter((t) => frameworks.includes(t.framework)),
    }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compare(a.path, b.path) ||
        a.startLine - b.startLine ||
        a.endLine - b.endLine ||
        compare(a.title, b.title),
    );
  const seen = new Map<string, number>();
  for (const f of sorted) {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    if (n > 1) f.id = `${f.id}-${n}`;
  }
  return sorted;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function atOrAbove(findings: readonly { severity: Severity }[], threshold: Severity | 'none'): number {
  if (threshold === 'none') return 0;
  return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold]).length;
}

/**
 * The conclusion, and the one-line title every surface shows. A partial scan is never green; a scan that
 * could not run is a failure, not "0 findings".
 */
export function conclude(
  r: Pick<
    ScanReport,
    'fatal' | 'findings' | 'failOnSeverity' | 'notScanned' | 'dryRun' | 'counts' | 'cache' | 'model'
  >,
  failOnIncomplete: boolean,
): { conclusion: Conclusion; title: string } {
  const tail = `${Math.round(r.cache.hitRate)}% cache hits · ${r.model.usd === undefined ? 'cost unknown' : formatUsd(r.model.usd)}`;
  if (r.fatal) return { conclusion: 'failure', title: `Scan could not run: ${plainText(r.fatal, 120)}` };
  const blocking = atOrAbove(r.findings, r.failOnSeverity);
  const summary = findingsPhrase(r.counts);
  if (blocking > 0) return { conclusion: 'failure', title: `${summary} · ${tail}` };
  if (r.notScanned.length > 0) {
    // When every file was left for the same reason (a fork without AWS access, the budget), the title says it.
    const reasons = new Set(r.notScanned.map((n) => n.reason));
    const why = reasons.size === 1 ? ` (${[...reasons][0]!.slice(0, 100)})` : '';
    const title = `${summary} · ${r.notScanned.length} file(s) not scanned${why} · ${tail}`;
    return { conclusion: failOnIncomplete ? 'failure' : 'neutral', title };
  }
  if (r.dryRun) {
    const estimate =
      r.model.estimateUsd === undefined ? 'cost unknown' : `about ${formatUsd(r.model.estimateUsd)}`;
    const title = `Dry run: ${r.cache.misses} file(s) would be sent (${estimate}) · ${Math.round(r.cache.hitRate)}% cache hits`;
    return { conclusion: 'neutral', title };
  }
  return { conclusion: 'success', title: `${summary} · ${tail}` };
}

/** How many unreviewed files the failure message names; the job summary lists the rest. */
export const GATE_LIST_MAX = 20;

/**
 * Why the gate failed, line by line: each file left unreviewed and why (the first GATE_LIST_MAX, then a
 * count), what reviewing them would cost against the budget, and how to get past it. Undefined when the
 * run is not failed by the gate (no gate, nothing left unreviewed, or a scan that could not run at all).
 */
export function gateFailure(
  r: Pick<ScanReport, 'notScanned' | 'gate' | 'model' | 'fatal' | 'dryRun'>,
): string[] | undefined {
  const gate = r.gate;
  if (r.fatal || !gate?.failOnIncomplete || r.notScanned.length === 0) return undefined;
  const n = r.notScanned.length;
  const setting =
    gate.failOnIncompleteFrom === 'auto'
      ? 'fail-on-incomplete: auto fails a pull request that leaves a changed file unreviewed'
      : 'fail-on-incomplete: true';
  const lines = [
    `${n} file(s) were not reviewed, so the ${gate.pullRequest ? 'pull request' : 'run'} fails (${setting}):`,
    ...r.notScanned
      .slice(0, GATE_LIST_MAX)
      .map((f) => `- ${plainText(f.path, 300)}: ${plainText(f.reason, 300)}`),
  ];
  if (n > GATE_LIST_MAX) lines.push(`- … and ${n - GATE_LIST_MAX} more (the job summary lists them)`);
  lines.push(budgetLine(r.model.estimateUsd, gate));
  if (r.notScanned.some((f) => /budget|max-cost-usd/.test(f.reason)))
    lines.push(
      `Raise the budget with max-cost-usd: <USD> (or max-cost-usd: none for no cap) and run the job again; what was reviewed is cached and not paid for twice.`,
    );
  else if (r.dryRun)
    lines.push('A dry run reviews nothing: run the scan with model access (not dry-run) to pass.');
  else
    lines.push(
      "Run the job again once the model can be reached (a fork's pull request needs a maintainer-approved run); files already reviewed are cached. fail-on-incomplete: false lets such a run end neutral instead.",
    );
  return lines;
}

function budgetLine(estimateUsd: number | undefined, gate: Gate): string {
  const estimate =
    estimateUsd === undefined
      ? 'Their cost could not be estimated (no price for the model)'
      : `Reviewing them would cost about ${formatUsd(estimateUsd)}`;
  const cap =
    gate.maxCostUsd === undefined
      ? 'max-cost-usd: none (no cap)'
      : `max-cost-usd: ${formatUsd(gate.maxCostUsd)}${gate.budgetFrom === 'pull-request default' ? ' (the pull-request default of auto)' : ''}`;
  return `${estimate}; ${cap}.`;
}

function findingsPhrase(counts: Record<Severity, number>): string {
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return 'No findings';
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'finding'
  );
}
