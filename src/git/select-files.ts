import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../config/errors.js';
import type { RunContext } from '../context.js';
import { sha256 } from '../cache/scan-cache.js';
import { Git, type ChangedFile } from './git.js';
import { contentFilter, pathFilter, type SkipReason } from './filters.js';

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
  paths: string[];
  deleted: number;
}

export interface ScanFile {
  path: string;
  sha256: string;
  size: number;
  lines: number;
  /** The bytes, kept only until we know whether the cache has them. */
  content: Buffer | undefined;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface Selection extends Plan {
  files: ScanFile[];
  skipped: SkippedFile[];
}

/** Which files this run considers: all of them, or those changed against a base (DESIGN §2 scan-mode). */
export async function planFiles(
  opts: SelectionOptions,
  ctx: RunContext,
  log: (msg: string) => void,
  prFiles?: PullRequestFiles,
): Promise<Plan> {
  const git = new Git(opts.workspace);
  const isRepo = await git.isRepository();
  const mode = opts.scanMode === 'auto' ? autoMode(ctx) : opts.scanMode;
  if (!isRepo)
    return {
      mode: 'full',
      base: undefined,
      how: 'not a git repository: every file',
      paths: await walk(opts.workspace),
      deleted: 0,
    };
  const full = async (why: string): Promise<Plan> => ({
    mode: 'full',
    base: undefined,
    how: why,
    paths: await git.listFiles(),
    deleted: 0,
  });
  if (mode === 'full') return full(opts.scanMode === 'full' ? 'full scan' : `full scan (${ctx.event})`);

  const base = opts.baseRef ?? ctx.pullRequest?.baseSha ?? ctx.before;
  if (!base) return full('full scan: no base to compare with');
  if (!(await ensureCommit(git, base, log))) {
    if (ctx.pullRequest && prFiles) {
      try {
        const files = await prFiles(ctx.pullRequest.number);
        return changed(files, base, 'changed files from the pull request API (base not in the clone)');
      } catch (e) {
        log(`Could not list the pull request's files: ${(e as Error).message}`);
      }
    }
    return full(`full scan: base ${short(base)} is not in the clone and could not be fetched`);
  }
  // Compare with the merge base, as a pull request's diff does; fall back to the base itself in a shallow clone.
  const from = (await git.mergeBase(base, 'HEAD')) ?? base;
  return changed(await git.diff(from), base, `changed since ${short(base)}`);
}

function changed(files: ChangedFile[], base: string, how: string): Plan {
  const live = files.filter((f) => f.status !== 'deleted');
  return { mode: 'changed', base, how, paths: live.map((f) => f.path), deleted: files.length - live.length };
}

function autoMode(ctx: RunContext): 'changed' | 'full' {
  if (ctx.pullRequest) return 'changed';
  if (ctx.event === 'push' && ctx.before) return 'changed';
  return 'full';
}

/** A shallow clone (actions/checkout's default) lacks the base: fetch that commit, then deepen history. */
async function ensureCommit(git: Git, ref: string, log: (msg: string) => void): Promise<boolean> {
  if (await git.hasCommit(ref)) return true;
  log(`The diff base ${short(ref)} is not in the clone; fetching it.`);
  if (/^[0-9a-f]{40}$/.test(ref)) await git.fetch(['--depth=1', 'origin', ref]);
  else await git.fetch(['--depth=50', 'origin', ref.replace(/^origin\//, '')]);
  if (await git.hasCommit(ref)) return true;
  if (await git.isShallow()) await git.fetch(['--deepen=500', 'origin']);
  return git.hasCommit(ref);
}

/**
 * Reads, filters and hashes the planned files. The reads are synchronous, a slice at a time with the event
 * loop let through between slices: for the small files of a repository one thread-pool round trip per system
 * call costs several times the read itself, and a warm run spends its time here.
 */
export async function inspectFiles(plan: Plan, opts: SelectionOptions): Promise<Selection> {
  const filter = pathFilter(opts.include, opts.exclude);
  const maxBytes = opts.maxFileSizeKb * 1024;
  const files: ScanFile[] = [];
  const skipped: SkippedFile[] = [];
  const paths = [...new Set(plan.paths)].sort();
  for (let i = 0; i < paths.length; i += SLICE) {
    for (const path of paths.slice(i, i + SLICE)) {
      const reason = filter(path);
      const result = reason ? { path, reason } : inspect(join(opts.workspace, path), path, maxBytes);
      if ('reason' in result) skipped.push(result);
      else files.push(result);
    }
    await new Promise((r) => setImmediate(r));
  }
  return { ...plan, files, skipped };
}

const SLICE = 256;

/**
 * One open per file: O_NOFOLLOW refuses a symlink (it could point outside the workspace), O_NONBLOCK a FIFO
 * that would never answer, and the size and type come from the open descriptor, so what is checked is what
 * is read.
 */
function inspect(abs: string, path: string, maxBytes: number): ScanFile | SkippedFile {
  let fd: number;
  try {
    // Windows has no O_NOFOLLOW: there the link is refused by lstat first.
    if (constants.O_NOFOLLOW === undefined && lstatSync(abs).isSymbolicLink())
      return { path, reason: 'symlink' };
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { path, reason: (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'unreadable' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { path, reason: 'unreadable' };
    if (stat.size > maxBytes) return { path, reason: 'too large' };
    const content = readFileSync(fd);
    if (content.length > maxBytes) return { path, reason: 'too large' }; // it grew after fstat
    const reason = contentFilter(content);
    if (reason) return { path, reason };
    return { path, sha256: sha256(content), size: content.length, lines: countLines(content), content };
  } catch {
    return { path, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

export function countLines(content: Buffer): number {
  let lines = 1;
  for (let i = content.indexOf(10); i !== -1 && i < content.length - 1; i = content.indexOf(10, i + 1))
    lines++;
  return lines;
}

async function walk(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('.git/') && !p.includes('node_modules/'));
}

/**
 * The include patterns checked against every file of the workspace, whatever the scan mode (a pattern that matches
 * nothing in a diff is normal; one that matches nothing at all is a typo, or another repository's): a
 * ConfigurationError when together they match no file, and a warning for each one that alone matches none.
 * Runs before any network call; patterns are matched as the path filter matches them.
 */
export async function checkInclude(workspace: string, include: readonly string[]): Promise<string[]> {
  if (include.length === 0) return [];
  const git = new Git(workspace);
  const paths = (await git.isRepository()) ? await git.listFiles() : await walk(workspace);
  const opts = { dot: true };
  const matcher = (patterns: readonly string[]) =>
    picomatch(
      patterns.map((p) => (p.includes('/') ? p : `**/${p}`)),
      opts,
    );
  const matchesSome = (patterns: readonly string[]) => {
    const matches = matcher(patterns);
    return paths.some((p) => matches(p));
  };
  const hint =
    'patterns are relative to the repository root, such as src/**/*.ts; an empty include scans every text file';
  if (!matchesSome(include)) {
    const value = include.join('\n');
    throw new ConfigurationError(
      `Input 'include' has an invalid value ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}: it matches no file in the repository (${hint}).`,
    );
  }
  return include
    .filter((p) => !p.startsWith('!') && !matchesSome([p]))
    .map(
      (p) =>
        `Input 'include' pattern ${JSON.stringify(p)} matches no file in the repository (the other patterns do): is it a typo? (${hint})`,
    );
}

function short(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
