import { z } from 'zod';
import type { CaseResult, EvalResult } from './result.js';
import { EVAL_RESULT_VERSION } from './result.js';
import type { ExpectedFinding, Metrics, ReportedFinding } from './score.js';
import type { BestLevel } from './sweep.js';

/** One figure in both runs; undefined where a run has no such row (a CWE only one corpus holds). */
export interface Moved {
  other: Metrics | undefined;
  now: Metrics | undefined;
}

export interface Comparison {
  other: Pick<EvalResult, 'modelId' | 'reviewDepth' | 'startedAt' | 'corpus'>;
  overall: Moved;
  perKind: Record<string, Moved>;
  /** Only the CWEs whose counts moved. */
  perCwe: Record<string, Moved>;
  spend: { other: EvalResult['spend']; now: EvalResult['spend'] };
  /** The level with the best F1 in each run; undefined for an earlier result written without it. */
  bestMinConfidence: { other: BestLevel | null | undefined; now: BestLevel | null };
  nowPassing: string[];
  nowFailing: string[];
  newlyFound: { case: string; finding: ExpectedFinding }[];
  newlyMissed: { case: string; finding: ExpectedFinding }[];
  newFalsePositives: { case: string; finding: ReportedFinding }[];
  goneFalsePositives: { case: string; finding: ReportedFinding }[];
  /** Cases only one of the runs has: their figures are in that run's totals only. */
  onlyNow: string[];
  onlyOther: string[];
}

/** What moved between an earlier result (OTHER.json) and this one, case by case. */
export function compareResults(now: EvalResult, other: EvalResult): Comparison {
  const byName = new Map(other.caseResults.map((c) => [c.name, c]));
  const nowNames = new Set(now.caseResults.map((c) => c.name));
  const c: Comparison = {
    other: {
      modelId: other.modelId,
      reviewDepth: other.reviewDepth,
      startedAt: other.startedAt,
      corpus: other.corpus,
    },
    overall: { other: other.overall, now: now.overall },
    perKind: pairs(other.perKind, now.perKind, () => true),
    perCwe: pairs(other.perCwe, now.perCwe, countsMoved),
    spend: { other: other.spend, now: now.spend },
    bestMinConfidence: { other: other.bestMinConfidence, now: now.bestMinConfidence },
    nowPassing: [],
    nowFailing: [],
    newlyFound: [],
    newlyMissed: [],
    newFalsePositives: [],
    goneFalsePositives: [],
    onlyNow: now.caseResults.filter((x) => !byName.has(x.name)).map((x) => x.name),
    onlyOther: other.caseResults.filter((x) => !nowNames.has(x.name)).map((x) => x.name),
  };
  for (const cur of now.caseResults) {
    const old = byName.get(cur.name);
    if (old) caseMoves(c, old, cur);
  }
  return c;
}

function caseMoves(c: Comparison, old: CaseResult, cur: CaseResult): void {
  if (cur.passed && !old.passed) c.nowPassing.push(cur.name);
  if (!cur.passed && old.passed) c.nowFailing.push(cur.name);
  const foundBefore = new Set(old.found.map((f) => expectedKey(f.expected)));
  const foundNow = new Set(cur.found.map((f) => expectedKey(f.expected)));
  for (const f of cur.found)
    if (!foundBefore.has(expectedKey(f.expected))) c.newlyFound.push({ case: cur.name, finding: f.expected });
  for (const m of cur.missed)
    if (foundBefore.has(expectedKey(m)) && !foundNow.has(expectedKey(m)))
      c.newlyMissed.push({ case: cur.name, finding: m });
  const fpBefore = multiset(old.falsePositives.map(reportedKey));
  const fpNow = multiset(cur.falsePositives.map(reportedKey));
  for (const f of cur.falsePositives)
    if (take(fpBefore, reportedKey(f)) === false) c.newFalsePositives.push({ case: cur.name, finding: f });
  for (const f of old.falsePositives)
    if (take(fpNow, reportedKey(f)) === false) c.goneFalsePositives.push({ case: cur.name, finding: f });
}

function pairs(
  other: Record<string, Metrics>,
  now: Record<string, Metrics>,
  keep: (m: Moved) => boolean,
): Record<string, Moved> {
  const keys = [...new Set([...Object.keys(other), ...Object.keys(now)])];
  const out: Record<string, Moved> = {};
  for (const k of keys) {
    const m = { other: other[k], now: now[k] };
    if (keep(m)) out[k] = m;
  }
  return out;
}

function countsMoved(m: Moved): boolean {
  const counts = (x: Metrics | undefined) =>
    x ? `${x.truePositives}/${x.falsePositives}/${x.falseNegatives}` : 'none';
  return counts(m.other) !== counts(m.now);
}

function expectedKey(e: ExpectedFinding): string {
  return `${e.path}\0${e.cwe}\0${e.startLine}\0${e.endLine}`;
}

/** A false positive is the same one in both runs when it is the same weakness in the same file, about the same lines. */
function reportedKey(r: ReportedFinding): string {
  return `${r.path}\0${r.cwe ?? 'none'}\0${Math.floor(r.startLine / 5)}`;
}

function multiset(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Takes one of key out of the multiset: false when there was none left. */
function take(m: Map<string, number>, key: string): boolean {
  const n = m.get(key) ?? 0;
  if (n === 0) return false;
  m.set(key, n - 1);
  return true;
}

const MetricsSchema = z.object({
  truePositives: z.number(),
  falsePositives: z.number(),
  falseNegatives: z.number(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
});
const Finding = z.looseObject({ path: z.string(), startLine: z.number(), endLine: z.number() });
const OtherSchema = z.looseObject({
  version: z.literal(EVAL_RESULT_VERSION),
  overall: MetricsSchema,
  perKind: z.record(z.string(), MetricsSchema),
  perCwe: z.record(z.string(), MetricsSchema),
  bestMinConfidence: z
    .object({
      level: z.enum(['high', 'medium', 'low']),
      f1: z.number(),
      precision: z.number().nullable(),
      recall: z.number().nullable(),
    })
    .nullable()
    .optional(),
  caseResults: z.array(
    z.looseObject({
      name: z.string(),
      passed: z.boolean(),
      found: z.array(z.looseObject({ expected: Finding, reported: Finding })),
      missed: z.array(Finding),
      falsePositives: z.array(Finding),
    }),
  ),
});

/** An earlier result, checked: a file of another shape or version is an error naming what is wrong. */
export function parseResult(text: string): EvalResult | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  const parsed = OtherSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `it is not the JSON of ai-scanner eval version ${EVAL_RESULT_VERSION} (${issue.path.join('.') || '(root)'}: ${issue.message})`;
  }
  return parsed.data as unknown as EvalResult;
}
