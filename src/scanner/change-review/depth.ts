import type { CacheEntry } from '../../cache/cache-document.js';
import type { Finding } from '../findings.js';
import type { MissFile, ScanOutcome } from '../scan-files.js';

/**
 * Files at least this large are reviewed by their changed regions when they can be: below it, the prompt's own
 * overhead and the context shown around a change leave little to save (see README, "Review depth").
 */
const CHANGE_REVIEW_MIN_BYTES = 16 * 1024;

/** What a change review of one content adds to the model's answer, and what the report says of it. */
export interface ChangePlan {
  path: string;
  /** The earlier findings outside every region shown, at their new lines. */
  carried: Finding[];
  linesShown: number;
  lines: number;
}

export interface ChangeRequest {
  workspace: string;
  /** The diff base of the run (a pull request's base, a push's before). */
  base: string;
  files: MissFile[];
  /** The bytes of `files` as hashed (before redaction), in the same order. */
  bytes: readonly Buffer[];
  eligible: (index: number) => boolean;
  /** The cached result of a content, when it is fresh under this run's fingerprint. */
  previous: (sha256: string) => CacheEntry | undefined;
  log: (msg: string) => void;
}

/** What the run knows when it chooses each miss's depth. */
export interface DepthChoice {
  reviewDepth: 'auto' | 'full';
  forceRescan: boolean;
  workspace: string;
  mode: 'full' | 'changed';
  base: string | undefined;
  previous: (sha256: string) => CacheEntry | undefined;
  log: (msg: string) => void;
}

/**
 * Chooses the misses reviewed by their changes (review-depth auto): large files of a diff against a base whose
 * earlier version has a cached result. The planner (with the diff library and git reads) is loaded only when a
 * file is large enough to be one, so most runs never load it.
 */
export async function chooseDepths(
  choice: DepthChoice,
  files: MissFile[],
  bytes: readonly Buffer[],
): Promise<Map<string, ChangePlan>> {
  const { base } = choice;
  if (choice.reviewDepth === 'full' || choice.forceRescan || choice.mode !== 'changed' || !base)
    return new Map();
  // A content at two paths has one result but two histories: it is reviewed whole.
  const seen = new Map<string, number>();
  for (const f of files) seen.set(f.sha256, (seen.get(f.sha256) ?? 0) + 1);
  const eligible = (i: number) =>
    bytes[i]!.length >= CHANGE_REVIEW_MIN_BYTES && seen.get(files[i]!.sha256) === 1;
  if (!files.some((_, i) => eligible(i))) return new Map();
  const { planChangeReviews } = await import('./change-review.js');
  const plans = await planChangeReviews({
    workspace: choice.workspace,
    base,
    files,
    bytes,
    eligible,
    previous: choice.previous,
    log: choice.log,
  });
  for (const p of plans.values())
    choice.log(
      `${p.path}: reviewed by its change (review-depth auto): ${p.linesShown} of ${p.lines} lines shown, ${p.carried.length} earlier finding(s) carried over.`,
    );
  return plans;
}

/**
 * The change reviews' results: the model's findings with the carried ones it did not report again. The plans of
 * files reviewed whole instead are dropped, so the report and the cache entry say a whole review made them.
 */
export async function finishChangeReviews(
  outcome: ScanOutcome,
  plans: Map<string, ChangePlan>,
): Promise<void> {
  // A change review the model could not take was reviewed whole: its result is a whole review's, carrying nothing.
  for (const sha256 of outcome.reviewedWhole ?? []) plans.delete(sha256);
  if (plans.size === 0) return;
  const { withCarried } = await import('./carry-over.js');
  for (const [sha256, plan] of plans) {
    const result = outcome.results.get(sha256);
    if (result) result.findings = withCarried(result.findings, plan.carried);
  }
}
