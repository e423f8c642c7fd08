import { Worker } from 'node:worker_threads';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../config/errors.js';
import type { RunContext } from '../context.js';
import { Git, type ChangedFile } from './git.js';
import { pathFilter, type SkipReason } from './filters.js';
import type { InspectReply, InspectRequest, ReadRequest } from './inspect-protocol.js';

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
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface Selection extends Plan {
  files: ScanFile[];
  skipped: SkippedFile[];
  /**
   * The bytes of some of `files`, exactly as they were hashed, in the same order. Called once: the bytes of
   * every other file are released then.
   */
  read(files: readonly ScanFile[]): Promise<Buffer[]>;
}

/** Which files this run considers: all of them, or those changed against a base (DESIGN §2 scan-mode). */
export async function planFiles(
  opts: SelectionOptions,
  ctx: RunContext,
  log: (msg: string) => void,
  prFiles?: PullRequestFiles,
): Promise<Plan> {
  const git = new Git(opts.workspace);
  const mode = opts.scanMode === 'auto' ? autoMode(ctx) : opts.scanMode;
  const notARepository = async (): Promise<Plan> => ({
    mode: 'full',
    base: undefined,
    how: 'not a git repository: every file',
    paths: await walk(opts.workspace),
    deleted: 0,
  });
  const full = async (why: string): Promise<Plan> => ({
    mode: 'full',
    base: undefined,
    how: why,
    paths: await git.listFiles(),
    deleted: 0,
  });
  if (mode === 'full') {
    // One git call on the common path: whether this is a repository is asked only when listing fails.
    try {
      return await full(opts.scanMode === 'full' ? 'full scan' : `full scan (${ctx.event})`);
    } catch (e) {
      if (await git.isRepository()) throw e;
      return notARepository();
    }
  }
  if (!(await git.isRepository())) return notARepository();

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
 * Reads and hashes files in a worker thread, so that the main thread is free meanwhile to fetch and parse the
 * cache (a warm run is those two things). Started before the plan is known, so the thread is up by then. The
 * bytes stay in the worker until `read` asks for those still needed: the cache misses.
 */
export class FileInspector {
  private readonly worker = startWorker();
  private used = false;
  private released = false;

  constructor() {
    // The worker never keeps the process alive: a run that fails before reading the bytes still ends.
    this.worker.unref();
  }

  /** Filters the planned files by path, then reads and hashes the rest. Called once. */
  async inspect(plan: Plan, opts: SelectionOptions): Promise<Selection> {
    if (this.used) throw new Error('A FileInspector inspects one plan.');
    this.used = true;
    const filter = pathFilter(opts.include, opts.exclude);
    const skipped: SkippedFile[] = [];
    const wanted: string[] = [];
    for (const path of [...new Set(plan.paths)].sort()) {
      const reason = filter(path);
      if (reason) skipped.push({ path, reason });
      else wanted.push(path);
    }
    const replied = nextMessage<InspectReply>(this.worker);
    const request: InspectRequest = {
      workspace: opts.workspace,
      paths: wanted,
      maxBytes: opts.maxFileSizeKb * 1024,
    };
    this.worker.postMessage(request);
    const files: ScanFile[] = [];
    const indexOf = new Map<ScanFile, number>();
    (await replied).results.forEach((r, index) => {
      const path = wanted[index]!;
      if (typeof r === 'string') return skipped.push({ path, reason: r });
      const file = { path, sha256: r[0], size: r[1] };
      files.push(file);
      indexOf.set(file, index);
    });
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ...plan, files, skipped, read: (chosen) => this.read(chosen.map((f) => indexOf.get(f) ?? -1)) };
  }

  private async read(indices: number[]): Promise<Buffer[]> {
    if (this.released) throw new Error('The file contents were already read.');
    if (indices.includes(-1)) throw new Error('Only files of this selection can be read.');
    this.released = true;
    const reading = nextMessage<Uint8Array[]>(this.worker);
    this.worker.postMessage({ read: indices } satisfies ReadRequest);
    // A Buffer arrives as a Uint8Array: view the same bytes as a Buffer again, no copy.
    return (await reading).map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }
}

/** Filters, reads and hashes the planned files in one call. */
export async function inspectFiles(plan: Plan, opts: SelectionOptions): Promise<Selection> {
  return new FileInspector().inspect(plan, opts);
}

/**
 * dist/ holds the worker's own bundle beside this file. A run from source (the tests) has the TypeScript file
 * instead, which the worker loads through tsx's API (Node 20 passes no loader on to a worker).
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  // Built from parts so that the bundler leaves the path alone (it would copy the file it names into dist/).
  const file = new URL(['.', `inspect-worker.${fromSource ? 'ts' : 'js'}`].join('/'), import.meta.url);
  if (!fromSource) return new Worker(file);
  const source = JSON.stringify(file.href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => (register(), import(${source})));`, {
    eval: true,
  });
}

/** The worker's next message, or its error if it fails or exits first. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: T) => (cleanup(), resolve(m));
    const onError = (e: Error) => (cleanup(), reject(new Error(`Reading the files failed: ${e.message}`)));
    const onExit = (code: number) => (
      cleanup(),
      reject(new Error(`Reading the files failed: the reader stopped (exit code ${code}).`))
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
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
