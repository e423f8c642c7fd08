import type { EvalCase } from './corpus.js';
import { compareDepths, type DepthComparison } from './depths.js';
import { bestMinConfidence, type BestLevel } from './sweep.js';
import { addSpend, NO_SPEND, type CaseRun, type Spend } from './run-case.js';
import {
  atLeast,
  CONFIDENCES,
  passed,
  scoreCase,
  totals,
  type CaseKind,
  type Confidence,
  type ExpectedFinding,
  type Metrics,
  type ReportedFinding,
  type ScoredCase,
  type Totals,
} from './score.js';

/** Bump when the JSON's shape changes incompatibly: --compare refuses another version. */
export const EVAL_RESULT_VERSION = 1;

export interface CaseResult {
  name: string;
  kind: CaseKind;
  passed: boolean;
  expected: number;
  found: { expected: ExpectedFinding; reported: ReportedFinding }[];
  missed: ExpectedFinding[];
  falsePositives: ReportedFinding[];
  spend: Spend;
  setup?: Spend;
  incomplete: string[];
}

/** What `ai-scanner eval` writes: the figures, the spend, and every case's findings (for --compare). */
export interface EvalResult {
  version: number;
  corpus: string;
  modelId: string;
  reviewDepth: string;
  startedAt: string;
  cases: { total: number; passed: number; byKind: Record<string, number> };
  overall: Metrics;
  perKind: Record<string, Metrics>;
  perCwe: Record<string, Metrics>;
  /** The overall figures had min-confidence been each level: the same findings, filtered when reporting. */
  byMinConfidence: Record<Confidence, Metrics>;
  /** The level of byMinConfidence with the best F1 (the stricter on a tie); null when none has an F1. */
  bestMinConfidence: BestLevel | null;
  /** With --review-depth both: the modified-file cases at auto (the figures above) and at full. */
  depths?: DepthComparison;
  /**
   * Every scan of the eval (the full-depth scans of --review-depth both included); `scored` the scans whose
   * findings were scored in the figures above (a modified case's after scan, not its before scan).
   */
  spend: { total: Spend; scored: Spend };
  incomplete: number;
  caseResults: CaseResult[];
}

/** The modified-file cases scanned again at review-depth full, one run per case, in the same order. */
export interface FullDepthRuns {
  cases: readonly EvalCase[];
  runs: readonly CaseRun[];
}

export function buildResult(
  meta: Pick<EvalResult, 'corpus' | 'modelId' | 'reviewDepth' | 'startedAt'>,
  cases: readonly EvalCase[],
  runs: readonly CaseRun[],
  full?: FullDepthRuns,
): EvalResult {
  const scored: ScoredCase[] = cases.map((c, i) => ({
    name: c.name,
    kind: c.kind,
    score: scoreCase(c.expected, runs[i]!.findings),
  }));
  const t: Totals = totals(scored);
  const byMinConfidence = Object.fromEntries(
    CONFIDENCES.map((level) => [level, filteredTotals(cases, runs, level).overall]),
  ) as Record<Confidence, Metrics>;
  const scoredSpend = runs.reduce((s, r) => addSpend(s, r.spend), NO_SPEND);
  const extra = [...runs.map((r) => r.setup), ...(full?.runs ?? []).flatMap((r) => [r.spend, r.setup])];
  const totalSpend = extra.reduce<Spend>((s, x) => (x ? addSpend(s, x) : s), scoredSpend);
  const byKind: Record<string, number> = {};
  for (const c of cases) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  return {
    version: EVAL_RESULT_VERSION,
    ...meta,
    cases: { total: cases.length, passed: t.casesPassed, byKind },
    overall: t.overall,
    perKind: t.perKind,
    perCwe: t.perCwe,
    byMinConfidence,
    bestMinConfidence: bestMinConfidence(byMinConfidence),
    ...(full ? { depths: depthsOf(cases, runs, full) } : {}),
    spend: { total: totalSpend, scored: scoredSpend },
    incomplete: [...runs, ...(full?.runs ?? [])].filter((r) => r.incomplete.length > 0).length,
    caseResults: scored.map((s, i) => ({
      name: s.name,
      kind: s.kind,
      passed: passed(s.score),
      expected: cases[i]!.expected.length,
      ...s.score,
      spend: runs[i]!.spend,
      ...(runs[i]!.setup ? { setup: runs[i]!.setup } : {}),
      incomplete: runs[i]!.incomplete,
    })),
  };
}

function filteredTotals(cases: readonly EvalCase[], runs: readonly CaseRun[], level: Confidence): Totals {
  return totals(
    cases.map((c, i) => ({
      name: c.name,
      kind: c.kind,
      score: scoreCase(
        c.expected,
        runs[i]!.findings.filter((f) => atLeast(f.confidence, level)),
      ),
    })),
  );
}

/** The auto runs of the cases scanned again at full, paired with those. */
function depthsOf(
  cases: readonly EvalCase[],
  runs: readonly CaseRun[],
  full: FullDepthRuns,
): DepthComparison {
  const auto = full.cases.map((c) => runs[cases.indexOf(c)]!);
  return compareDepths(full.cases, auto, full.runs);
}
