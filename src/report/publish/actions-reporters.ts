import * as core from '@actions/core';
import type { Reporter } from '../reporter.js';
import { renderSummary } from '../render/markdown.js';
import type { ScanReport } from '../report.js';

/** The job summary: the whole report, with the cost trend. */
export class JobSummaryReporter implements Reporter {
  readonly name = 'Job summary';
  async publish(report: ScanReport): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(renderSummary(report)).write();
  }
}

/** The step outputs, as action.yml declares them. */
export class OutputsReporter implements Reporter {
  readonly name = 'Outputs';
  constructor(private readonly files: { sarif: string | undefined; report: string | undefined }) {}
  publish(r: ScanReport): Promise<void> {
    for (const [name, value] of Object.entries(outputs(r, this.files))) core.setOutput(name, value);
    return Promise.resolve();
  }
}

export function outputs(
  r: ScanReport,
  files: { sarif: string | undefined; report: string | undefined },
): Record<string, string> {
  const u = r.model.usage;
  return {
    'cache-backend': r.cache.backend,
    'files-total': String(r.selection.eligible),
    'cache-hits': String(r.cache.hits),
    'cache-misses': String(r.cache.misses),
    'cache-hit-rate': r.cache.hitRate.toFixed(1),
    'ai-calls': String(r.model.calls),
    'input-tokens': String(u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens),
    'output-tokens': String(u.outputTokens),
    'cost-usd': r.model.usd === undefined ? '' : r.model.usd.toFixed(6),
    'saved-usd': r.model.savedUsd.toFixed(6),
    findings: String(r.findings.length),
    critical: String(r.counts.critical),
    high: String(r.counts.high),
    medium: String(r.counts.medium),
    low: String(r.counts.low),
    'not-scanned': String(r.notScanned.length),
    'sarif-file': files.sarif ?? '',
    'report-file': files.report ?? '',
    conclusion: r.conclusion,
    shard: r.shard ?? '',
    'verification-calls': String(r.model.verification?.calls ?? 0),
    'verification-cost-usd': verificationUsd(r),
  };
}

/** The verify-findings share of cost-usd: 0 with it off, empty when the price is unknown. */
function verificationUsd(r: ScanReport): string {
  const v = r.model.verification;
  if (!v) return (0).toFixed(6);
  return v.usd === undefined ? '' : v.usd.toFixed(6);
}
