import { round6 } from '../cost/cost.js';
import { MAX_RUNS, type RunRecord } from '../cache/cache-document.js';

/** The runs one cache object recorded: the repository's own object or one of its pull requests'. */
export interface ObjectRuns {
  /** owner/name, from the object's key. */
  repository: string;
  /** Where it was read, for the notes (s3://bucket/key). */
  location: string;
  runs: readonly RunRecord[];
}

/** Sums over a set of runs. */
export interface Totals {
  runs: number;
  /** USD spent on model calls; runs whose model price was unknown add nothing (see runsWithoutCost). */
  costUsd: number;
  /** What the cache hits would have cost. */
  savedUsd: number;
  /** Cache hits as a percentage of the files looked up, one decimal; null when no file was. */
  hitRate: number | null;
  hits: number;
  misses: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Runs with no cost (the model's price was unknown to them). */
  runsWithoutCost: number;
  /** Runs recorded by a scanner that did not keep token counts. */
  runsWithoutTokens: number;
  /** The first and last run counted (ISO instants); undefined without runs. */
  firstRun: string | undefined;
  lastRun: string | undefined;
}

export interface MonthTotals extends Totals {
  /** YYYY-MM (UTC). */
  month: string;
}

interface RepositoryCosts extends Totals {
  repository: string;
  /** Cache objects read for it: its own and its pull requests'. */
  objects: number;
  months: MonthTotals[];
}

export interface CostsReport {
  /** Only runs at or after this instant are counted. */
  since: string | undefined;
  repos: RepositoryCosts[];
  total: Totals & { repositories: number; months: MonthTotals[] };
  /** Where the history is incomplete: objects that kept only their newest runs. */
  notes: string[];
}

/**
 * Sums every object's runs per repository, per month and in total. A repository's pull-request objects count:
 * each run records its spend in exactly one object (the one it writes), so nothing is counted twice; a run
 * found twice all the same (the same record in two objects) is counted once.
 */
export function aggregate(objects: readonly ObjectRuns[], since?: Date): CostsReport {
  const byRepo = new Map<string, { objects: number; runs: Map<string, RunRecord> }>();
  const notes: string[] = [];
  for (const object of objects) {
    const repo = byRepo.get(object.repository) ?? { objects: 0, runs: new Map<string, RunRecord>() };
    byRepo.set(object.repository, repo);
    repo.objects++;
    const counted = object.runs.filter((r) => !since || Date.parse(r.at) >= since.getTime());
    for (const run of counted) repo.runs.set(JSON.stringify(run), run);
    const note = truncationNote(object, since);
    if (note) notes.push(note);
  }
  const repos = [...byRepo.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([repository, repo]): RepositoryCosts => {
      const runs = [...repo.runs.values()];
      return { repository, objects: repo.objects, ...totals(runs), months: byMonth(runs) };
    });
  const all = repos.flatMap((r) => [...byRepo.get(r.repository)!.runs.values()]);
  return {
    since: since?.toISOString(),
    repos,
    total: { repositories: repos.length, ...totals(all), months: byMonth(all) },
    notes,
  };
}

/** An object holding MAX_RUNS runs has dropped older ones: say so when they would have counted. */
function truncationNote(object: ObjectRuns, since: Date | undefined): string | undefined {
  if (object.runs.length < MAX_RUNS) return undefined;
  const oldest = object.runs.reduce((min, r) => (r.at < min ? r.at : min), object.runs[0]!.at);
  if (since && Date.parse(oldest) <= since.getTime()) return undefined;
  return `${object.location} keeps only its newest ${MAX_RUNS} runs: runs of ${object.repository} before ${oldest} are not counted.`;
}

export function totals(runs: readonly RunRecord[]): Totals {
  let costUsd = 0;
  let savedUsd = 0;
  let hits = 0;
  let misses = 0;
  let modelCalls = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let runsWithoutCost = 0;
  let runsWithoutTokens = 0;
  for (const r of runs) {
    if (r.usd === null) runsWithoutCost++;
    else costUsd += r.usd;
    savedUsd += r.savedUsd;
    hits += r.hits;
    misses += r.misses;
    modelCalls += r.calls;
    if (r.tokens) {
      inputTokens += r.tokens.in;
      outputTokens += r.tokens.out;
    } else runsWithoutTokens++;
  }
  const instants = runs.map((r) => r.at).sort();
  return {
    runs: runs.length,
    costUsd: round6(costUsd),
    savedUsd: round6(savedUsd),
    hitRate: hits + misses ? Math.round((hits / (hits + misses)) * 1000) / 10 : null,
    hits,
    misses,
    modelCalls,
    inputTokens,
    outputTokens,
    runsWithoutCost,
    runsWithoutTokens,
    firstRun: instants[0],
    lastRun: instants.at(-1),
  };
}

/** One entry per calendar month (UTC) that has runs, oldest first. */
export function byMonth(runs: readonly RunRecord[]): MonthTotals[] {
  const months = new Map<string, RunRecord[]>();
  for (const run of runs) {
    const month = new Date(run.at).toISOString().slice(0, 7);
    const list = months.get(month);
    if (list) list.push(run);
    else months.set(month, [run]);
  }
  return [...months.keys()].sort().map((month) => ({ month, ...totals(months.get(month)!) }));
}
