import { errorMessage } from '../errors.js';
import { isDefaultBranchRun, type RunContext } from '../context.js';
import { Git, type ChangedFile } from './git.js';
import type { SkipReason } from './skip-reasons.js';
import { NOT_A_REPOSITORY } from './list-files.js';
import { resolveBase, short } from './resolve-base.js';
import { noBase, notARepository, unresolvedBaseRef } from './base-errors.js';

export interface SelectionOptions {
  workspace: string;
  scanMode: 'auto' | 'changed' | 'full';
  baseRef: string | undefined;
  include: string[];
  exclude: string[];
  maxFileSizeKb: number;
}

/** Optional source of changed files when git cannot diff (a shallow clone whose base cannot be fetched). */
export type PullRequestFiles = (pr: number) => Promise<ChangedFile[]>;

export interface Plan {
  mode: 'full' | 'changed';
  base: string | undefined;
  /** How the file list was found, for the log and the summary. */
  how: string;
  /**
   * The paths to consider; none for a full scan, whose files (every file of the workspace) the FileReader
   * lists itself, off the main thread.
   */
  paths: string[] | undefined;
  deleted: number;
  /**
   * Whether the run reviews code its author may not be trusted for: any run but a default-branch one (see
   * isDefaultBranchRun), a pull request above all. Unset counts as true.
   */
  underReview?: boolean;
}

export interface ScanFile {
  path: string;
  sha256: string;
  size: number;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface Selection extends Plan {
  /** Every path considered, each once, sorted. */
  paths: string[];
  files: ScanFile[];
  skipped: SkippedFile[];
  /**
   * The bytes of some of `files`, exactly as they were hashed, in the same order. Called once: the bytes of
   * every other file are released then.
   */
  read(files: readonly ScanFile[]): Promise<Buffer[]>;
}

/**
 * Which files this run considers: all of them, or those changed against a base (the scan-mode input), and
 * whether they are code under review.
 */
export async function planFiles(
  opts: SelectionOptions,
  ctx: RunContext,
  log: (msg: string) => void,
  prFiles?: PullRequestFiles,
  /** The last commit a complete scan of the default branch recorded: a push's base when usable. */
  lastScanned?: string,
): Promise<Plan> {
  const plan = await planPaths(opts, ctx, log, prFiles, lastScanned);
  return { ...plan, underReview: !isDefaultBranchRun(ctx) };
}

async function planPaths(
  opts: SelectionOptions,
  ctx: RunContext,
  log: (msg: string) => void,
  prFiles: PullRequestFiles | undefined,
  lastScanned: string | undefined,
): Promise<Plan> {
  const git = new Git(opts.workspace);
  // A base-ref names what to compare with: auto then compares, whatever the event.
  const mode = opts.scanMode === 'auto' ? (opts.baseRef ? 'changed' : autoMode(ctx)) : opts.scanMode;
  const full = (how: string): Plan => ({ mode: 'full', base: undefined, how, paths: undefined, deleted: 0 });
  if (mode === 'full') return full(opts.scanMode === 'full' ? 'full scan' : `full scan (${ctx.event})`);
  if (!(await git.isRepository())) {
    if (opts.scanMode === 'changed') throw notARepository(opts.workspace);
    return full(NOT_A_REPOSITORY);
  }
  // A base the user named must be the one compared with: a typo never turns into a full, paid scan.
  if (opts.baseRef) {
    const base = await resolveBase(git, opts.baseRef, log);
    if (!base) throw unresolvedBaseRef(opts.baseRef);
    if (base !== opts.baseRef)
      log(`The base-ref ${opts.baseRef} is origin's branch here: comparing with ${base}.`);
    return changedSince(git, base, undefined);
  }
  const pr = ctx.pullRequest;
  if (pr) return pullRequestPlan(git, pr, log, prFiles, full);
  const base = await pushBase(git, ctx, lastScanned, log);
  if (!base) {
    if (opts.scanMode === 'changed') throw noBase(ctx);
    return full('full scan: no base to compare with');
  }
  const resolved = await resolveBase(git, base, log);
  if (!resolved) return full(`full scan: base ${short(base)} is not in the clone and could not be fetched`);
  return changedSince(
    git,
    resolved,
    base === lastScanned ? `changed since ${short(base)}, the last commit scanned completely` : undefined,
  );
}

/**
 * A pull request's base: the base commit its CI names, else its target branch (Jenkins names only
 * CHANGE_TARGET; a GitLab merge request pipeline may have no diff base SHA), as the clone knows it or as origin
 * does. When none can be found, the pull request API lists its files; failing that, everything is scanned.
 */
async function pullRequestPlan(
  git: Git,
  pr: NonNullable<RunContext['pullRequest']>,
  log: (msg: string) => void,
  prFiles: PullRequestFiles | undefined,
  full: (how: string) => Plan,
): Promise<Plan> {
  for (const candidate of [pr.baseSha, pr.baseRef]) {
    const base = candidate && (await resolveBase(git, candidate, log));
    if (base) return changedSince(git, base, undefined);
  }
  const named = pr.baseSha ?? pr.baseRef;
  if (prFiles) {
    try {
      const files = await prFiles(pr.number);
      return changed(files, named ?? '', 'changed files from the pull request API (base not in the clone)');
    } catch (e) {
      log(`Could not list the pull request's files: ${errorMessage(e)}`);
    }
  }
  return full(
    named
      ? `full scan: base ${short(named)} is not in the clone and could not be fetched`
      : 'full scan: no base to compare with',
  );
}

/** The files changed since the merge base with `base` (as a pull request's diff), or `base` in a shallow clone. */
async function changedSince(git: Git, base: string, how: string | undefined): Promise<Plan> {
  const from = (await git.mergeBase(base, 'HEAD')) ?? base;
  return changed(await git.diff(from), base, how ?? `changed since ${short(base)}`);
}

/**
 * A push's base: its `before`, or, when the run of an earlier push never finished (cancelled, failed), the last
 * commit a complete scan recorded, an ancestor of `before`: the next push then reviews what that run did not.
 * Never a later commit than `before` (a re-run still reports what its push changed); a push with no `before`
 * scans everything, as it always has.
 */
async function pushBase(
  git: Git,
  ctx: RunContext,
  lastScanned: string | undefined,
  log: (msg: string) => void,
): Promise<string | undefined> {
  const before = ctx.before;
  if (!before || !lastScanned || lastScanned === before || ctx.event !== 'push') return before;
  if (await isAncestorInClone(git, lastScanned, before, log)) {
    log(
      `The last commit the cache records as scanned completely is ${short(lastScanned)}, before this push's before (${short(before)}): comparing with it, so the pushes in between are reviewed too.`,
    );
    return lastScanned;
  }
  log(
    `The last commit the cache records as scanned completely, ${short(lastScanned)}, is not an ancestor of this push's before in this clone: comparing with before, ${short(before)}.`,
  );
  return before;
}

/** Both commits fetched if missing; in a shallow clone, history is deepened once to find out. */
async function isAncestorInClone(
  git: Git,
  commit: string,
  of: string,
  log: (msg: string) => void,
): Promise<boolean> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return false;
  const [ofHere, commitHere] = [await resolveBase(git, of, log), await resolveBase(git, commit, log)];
  if (!ofHere || !commitHere) return false;
  if (await git.isAncestor(commit, of)) return true;
  if (!(await git.isShallow())) return false;
  await git.fetch(['--deepen=500']);
  return git.isAncestor(commit, of);
}

function changed(files: ChangedFile[], base: string, how: string): Plan {
  const live = files.filter((f) => f.status !== 'deleted');
  return {
    mode: 'changed',
    base,
    how,
    paths: live.map((f) => f.path),
    deleted: files.length - live.length,
  };
}

function autoMode(ctx: RunContext): 'changed' | 'full' {
  if (ctx.pullRequest) return 'changed';
  if (ctx.event === 'push' && ctx.before) return 'changed';
  return 'full';
}

/** The commit checked out, for the cache to record once everything selected from it was reviewed. */
export async function headCommit(workspace: string): Promise<string | undefined> {
  return new Git(workspace).head();
}

export function countLines(content: Buffer): number {
  let lines = 1;
  for (let i = content.indexOf(10); i !== -1 && i < content.length - 1; i = content.indexOf(10, i + 1))
    lines++;
  return lines;
}
