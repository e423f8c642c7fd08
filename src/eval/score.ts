/**
 * Scoring of an eval: which reported findings match which expected ones, and precision, recall and F1 overall,
 * per CWE and per kind of case. Pure arithmetic, no I/O.
 */

/** A finding the corpus expects: a weakness at a line range of a file of one case. */
export interface ExpectedFinding {
  path: string;
  cwe: string;
  startLine: number;
  endLine: number;
}

export type Confidence = 'high' | 'medium' | 'low';

/** A finding the scan reported, as far as scoring needs it. */
export interface ReportedFinding {
  path: string;
  cwe: string | undefined;
  startLine: number;
  endLine: number;
  confidence: Confidence;
  severity: string;
  title: string;
}

/** How far apart (in lines) two ranges may be and still point at the same code. */
const LINE_TOLERANCE = 3;

/**
 * CWEs that name the same weakness at different levels of detail: a finding of one matches an expected
 * finding of another in its group. The first of each group names the group in the per-CWE figures.
 */
const EQUIVALENT_CWES: readonly (readonly string[])[] = [
  ['CWE-89', 'CWE-564', 'CWE-943'],
  ['CWE-78', 'CWE-77', 'CWE-88'],
  ['CWE-79', 'CWE-80', 'CWE-83'],
  ['CWE-22', 'CWE-23', 'CWE-36', 'CWE-73'],
  ['CWE-94', 'CWE-95'],
  ['CWE-327', 'CWE-326', 'CWE-328', 'CWE-916', 'CWE-759'],
  ['CWE-330', 'CWE-338'],
  ['CWE-798', 'CWE-259', 'CWE-321'],
  ['CWE-611', 'CWE-827'],
  ['CWE-862', 'CWE-863', 'CWE-285', 'CWE-639'],
];

const GROUP_OF = new Map(EQUIVALENT_CWES.flatMap((g) => g.map((cwe) => [cwe, g[0]!] as const)));

/** The CWE that names a CWE's equivalence group (itself when it has none); `none` for a finding without one. */
export function cweGroup(cwe: string | undefined): string {
  if (!cwe) return 'none';
  return GROUP_OF.get(cwe) ?? cwe;
}

/** Whether a reported finding points at the expected weakness: same file, same CWE group, lines within tolerance. */
export function matches(expected: ExpectedFinding, reported: ReportedFinding): boolean {
  return (
    expected.path === reported.path &&
    reported.cwe !== undefined &&
    cweGroup(expected.cwe) === cweGroup(reported.cwe) &&
    reported.startLine <= expected.endLine + LINE_TOLERANCE &&
    reported.endLine >= expected.startLine - LINE_TOLERANCE
  );
}

export interface CaseScore {
  /** Each expected finding found, with the reported finding that found it. */
  found: { expected: ExpectedFinding; reported: ReportedFinding }[];
  missed: ExpectedFinding[];
  /** Reported findings that match nothing expected, duplicates of one already matched included. */
  falsePositives: ReportedFinding[];
}

/**
 * Pairs reported with expected findings one to one, as many pairs as there can be (a maximum bipartite
 * matching: one broad finding cannot hide that a second expected finding was missed, and the order of the
 * model's answer does not change the score). A second report of a matched weakness is a false positive: a
 * reader reads it twice.
 */
export function scoreCase(
  expected: readonly ExpectedFinding[],
  reported: readonly ReportedFinding[],
): CaseScore {
  const candidates = expected.map((e) => reported.flatMap((r, j) => (matches(e, r) ? [j] : [])));
  const owner = new Array<number>(reported.length).fill(-1);
  const claim = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j] === -1 || claim(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  expected.forEach((_, i) => claim(i, new Set()));
  const pairOf = new Map<number, number>();
  owner.forEach((i, j) => i !== -1 && pairOf.set(i, j));
  return {
    found: [...pairOf].map(([i, j]) => ({ expected: expected[i]!, reported: reported[j]! })),
    missed: expected.filter((_, i) => !pairOf.has(i)),
    falsePositives: reported.filter((_, j) => owner[j] === -1),
  };
}

export interface Metrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was reported: no figure, rather than a made-up 0 or 1. */
  precision: number | null;
  /** null when nothing was expected. */
  recall: number | null;
  /** null when precision or recall is; 0 when both are 0. */
  f1: number | null;
}

export function metrics(tp: number, fp: number, fn: number): Metrics {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Counts per key, turned into metrics at the end. */
class Tally {
  private readonly counts = new Map<string, [number, number, number]>();
  add(key: string, tp: number, fp: number, fn: number): void {
    const c = this.counts.get(key) ?? [0, 0, 0];
    this.counts.set(key, [c[0] + tp, c[1] + fp, c[2] + fn]);
  }
  result(): Record<string, Metrics> {
    const keys = [...this.counts.keys()].sort(byCwe);
    return Object.fromEntries(keys.map((k) => [k, metrics(...this.counts.get(k)!)]));
  }
}

/** CWE-22 before CWE-100; `none` last. */
function byCwe(a: string, b: string): number {
  const n = (s: string) => (s.startsWith('CWE-') ? Number(s.slice(4)) : Number.MAX_SAFE_INTEGER);
  return n(a) - n(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface ScoredCase {
  name: string;
  kind: CaseKind;
  score: CaseScore;
}

export type CaseKind = 'vulnerable' | 'clean' | 'modified';

export interface Totals {
  overall: Metrics;
  /** By the CWE group of the expected finding (found, missed) or of the reported one (false positives). */
  perCwe: Record<string, Metrics>;
  perKind: Record<string, Metrics>;
  /** Cases with every expected finding found and no false positive. */
  casesPassed: number;
}

export function totals(cases: readonly ScoredCase[]): Totals {
  const all = new Tally();
  const perCwe = new Tally();
  const perKind = new Tally();
  for (const { kind, score } of cases) {
    const [tp, fp, fn] = [score.found.length, score.falsePositives.length, score.missed.length];
    all.add('all', tp, fp, fn);
    perKind.add(kind, tp, fp, fn);
    for (const f of score.found) perCwe.add(cweGroup(f.expected.cwe), 1, 0, 0);
    for (const m of score.missed) perCwe.add(cweGroup(m.cwe), 0, 0, 1);
    for (const r of score.falsePositives) perCwe.add(cweGroup(r.cwe), 0, 1, 0);
  }
  return {
    overall: all.result().all ?? metrics(0, 0, 0),
    perCwe: perCwe.result(),
    perKind: perKind.result(),
    casesPassed: cases.filter((c) => passed(c.score)).length,
  };
}

export function passed(score: CaseScore): boolean {
  return score.missed.length === 0 && score.falsePositives.length === 0;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** Whether a finding would be reported at a min-confidence threshold. */
export function atLeast(confidence: Confidence, threshold: Confidence): boolean {
  return CONFIDENCE_RANK[confidence] <= CONFIDENCE_RANK[threshold];
}
