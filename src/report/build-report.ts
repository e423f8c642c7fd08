import type { Config } from '../config/config.js';
import type { Gate } from '../config/gate.js';
import type { RunContext } from '../context.js';
import type { OpenedCache } from '../cache/opened-cache.js';
import type { SaveOutcome } from '../cache/cache-session.js';
import type { CacheDocument, RunRecord } from '../cache/cache-document.js';
import type { Usage } from '../cost/cost.js';
import type { LocatedFinding } from '../scanner/findings.js';
import { conclude, countBySeverity, toReportFindings, type ScanReport } from './report.js';
import { applyPolicy } from '../findings/policy.js';
import type { EvidenceDrops } from '../findings/evidence.js';
import { applyVerification, type VerificationSpend } from '../findings/verify-phase.js';

/** What the pipeline's steps gathered; the report is made of these and nothing else. */
export interface ReportPieces {
  version: string;
  config: Pick<
    Config,
    | 'failOnSeverity'
    | 'dryRun'
    | 'forceRescan'
    | 'modelId'
    | 'reportName'
    | 'complianceFrameworks'
    | 'minConfidence'
  > &
    Partial<Pick<Config, 'shard'>>;
  ctx: Pick<RunContext, 'event' | 'repository' | 'serverUrl' | 'sha' | 'pullRequest' | 'runUrl'>;
  started: Date;
  finished: Date;
  selection: ScanReport['selection'];
  skipped: ScanReport['skipped'];
  notScanned: ScanReport['notScanned'];
  findings: LocatedFinding[];
  cache: OpenedCache;
  save: SaveOutcome | undefined;
  lookup: { hits: number; misses: number; expired: number; savedUsd: number };
  outcome: {
    calls: number;
    usage: Usage;
    usd: number | undefined;
    throttled: number;
    dropped: EvidenceDrops;
  };
  fatal: string | undefined;
  /** What the files left unreviewed (or, in a dry run, the files to send) would cost. */
  estimateUsd: number | undefined;
  gate: Gate;
  changeReviews?: ScanReport['changeReviews'];
  batch?: ScanReport['batch'];
  /** The verify-findings calls (their calls and cost are in `outcome` too); absent when it is off. */
  verification?: VerificationSpend;
}

/** The report of one run: its conclusion and title, and the run appended to the cache's history. */
export function buildReport(p: ReportPieces): ScanReport {
  // Thresholds and exclusions apply here, when reporting: the cache keeps every verified finding.
  const { shown, filtered } = applyPolicy(p.findings, p.config.minConfidence);
  // verify-findings: the findings the verifier rejected are left out (and counted) like the policy's.
  const verified = p.verification ? applyVerification(shown) : undefined;
  const findings = toReportFindings(verified?.shown ?? shown, p.config.complianceFrameworks);
  const base = {
    fatal: p.fatal,
    findings,
    failOnSeverity: p.config.failOnSeverity,
    notScanned: p.notScanned,
    dryRun: p.config.dryRun,
    counts: countBySeverity(findings),
    cache: cacheSection(p),
    model: modelSection(p),
    gate: p.gate,
    filtered: {
      evidence: p.outcome.dropped,
      minConfidence: p.config.minConfidence,
      ...filtered,
      ...(verified ? { verification: verified.filtered } : {}),
    },
  };
  const { conclusion, title } = conclude(base, p.gate.failOnIncomplete);
  const { ctx } = p;
  const report: ScanReport = {
    ...base,
    tool: { name: 'ai-scanner-action', version: p.version },
    name: p.config.reportName,
    startedAt: p.started.toISOString(),
    durationMs: p.finished.getTime() - p.started.getTime(),
    event: ctx.event,
    repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined,
    serverUrl: ctx.serverUrl,
    sha: ctx.sha,
    pullRequest: ctx.pullRequest?.number,
    runUrl: ctx.runUrl,
    selection: p.selection,
    skipped: p.skipped,
    conclusion,
    title: p.config.shard ? `Shard ${p.config.shard.index}/${p.config.shard.count}: ${title}` : title,
    ...(p.config.shard ? { shard: `${p.config.shard.index}/${p.config.shard.count}` } : {}),
    history: [],
    ...(p.changeReviews?.length ? { changeReviews: p.changeReviews } : {}),
    ...(p.batch ? { batch: p.batch } : {}),
  };
  report.history = historyAfter(p.cache.session.doc, report);
  return report;
}

function cacheSection(p: ReportPieces): ScanReport['cache'] {
  const { hits, misses, expired } = p.lookup;
  const eligible = p.selection.eligible;
  return {
    backend: p.cache.backend,
    why: p.cache.why,
    scope: p.cache.session.scope.why,
    notes: p.cache.session.notes,
    save: p.save,
    hits,
    misses,
    hitRate: eligible ? Math.round((hits / eligible) * 1000) / 10 : 100,
    forceRescan: p.config.forceRescan,
    expired,
  };
}

function modelSection(p: ReportPieces): ScanReport['model'] {
  return {
    id: p.config.modelId,
    calls: p.outcome.calls,
    usage: p.outcome.usage,
    usd: p.outcome.usd,
    savedUsd: p.lookup.savedUsd,
    throttled: p.outcome.throttled,
    estimateUsd: p.estimateUsd,
    ...(p.verification ? { verification: p.verification } : {}),
  };
}

/** As the input-tokens and output-tokens outputs count them: prompt-cache reads and writes are input. */
export function runTokens(u: Usage): { in: number; out: number } {
  return { in: u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens, out: u.outputTokens };
}

/** The cache's run history with this run last (the last 50 runs). */
function historyAfter(doc: CacheDocument, report: ScanReport): RunRecord[] {
  return [
    ...doc.runs,
    {
      at: report.startedAt,
      event: report.event,
      hits: report.cache.hits,
      misses: report.cache.misses,
      calls: report.model.calls,
      usd: report.model.usd ?? null,
      savedUsd: report.model.savedUsd,
      tokens: runTokens(report.model.usage),
    },
  ].slice(-50);
}
