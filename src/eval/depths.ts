import type { EvalCase } from './corpus.js';
import { addSpend, NO_SPEND, type CaseRun, type Spend } from './run-case.js';
import { metrics, scoreCase, type Metrics } from './score.js';

/** What one depth did on one modified-file case: its after scan. */
interface DepthCaseRun {
  found: number;
  falsePositives: number;
  missed: number;
  inputTokens: number;
  calls: number;
  /** The files the after scan reviewed by their changed regions (none at full). */
  changeReviews: { path: string; linesShown?: number; lines?: number }[];
  incomplete: boolean;
}

/** The modified-file cases scanned at review-depth auto and at full in one eval (`--review-depth both`). */
export interface DepthComparison {
  auto: { modified: Metrics; scored: Spend };
  full: { modified: Metrics; scored: Spend };
  cases: { name: string; expected: number; auto: DepthCaseRun; full: DepthCaseRun }[];
}

/**
 * Side by side, from the after scans only (the before scans are the same at both depths): what each depth
 * found and what it sent. `auto` and `full` hold one run per case of `cases`, in the same order.
 */
export function compareDepths(
  cases: readonly EvalCase[],
  auto: readonly CaseRun[],
  full: readonly CaseRun[],
): DepthComparison {
  const side = (runs: readonly CaseRun[]) => {
    const each = cases.map((c, i) => caseRun(c, runs[i]!));
    const sum = (k: 'found' | 'falsePositives' | 'missed') => each.reduce((n, r) => n + r[k], 0);
    return {
      each,
      totals: {
        modified: metrics(sum('found'), sum('falsePositives'), sum('missed')),
        scored: runs.reduce((s, r) => addSpend(s, r.spend), NO_SPEND),
      },
    };
  };
  const a = side(auto);
  const f = side(full);
  return {
    auto: a.totals,
    full: f.totals,
    cases: cases.map((c, i) => ({
      name: c.name,
      expected: c.expected.length,
      auto: a.each[i]!,
      full: f.each[i]!,
    })),
  };
}

function caseRun(c: EvalCase, run: CaseRun): DepthCaseRun {
  const score = scoreCase(c.expected, run.findings);
  return {
    found: score.found.length,
    falsePositives: score.falsePositives.length,
    missed: score.missed.length,
    inputTokens: run.spend.usage.inputTokens,
    calls: run.spend.calls,
    changeReviews: run.changeReviews ?? [],
    incomplete: run.incomplete.length > 0,
  };
}
