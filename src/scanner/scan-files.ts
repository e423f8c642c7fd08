import { setTimeout as sleep } from 'node:timers/promises';
import { addUsage, costUsd, NO_USAGE, round6, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { AnswerError, validateAnswer, type Finding } from './findings.js';
import { ModelError, type ModelAnswer, type ModelClient } from './model-client.js';

export interface MissFile {
  path: string;
  sha256: string;
  lines: number;
  content: string;
}

export interface FileResult {
  findings: Finding[];
  usage: Usage;
  usd: number | undefined;
}

export interface ScanOutcome {
  /** Results by content hash: every path with that content shares them. */
  results: Map<string, FileResult>;
  /** Why a content could not be scanned, by content hash. Never cached. */
  failed: Map<string, string>;
  calls: number;
  usage: Usage;
  usd: number | undefined;
  /** Set when scanning stopped early: a fatal model error, or the budget. */
  stopped: string | undefined;
  /** What the files left by the budget would cost, estimated. */
  unscannedEstimateUsd: number | undefined;
  throttled: number;
}

export interface ScanOptions {
  client: ModelClient;
  price: Price | undefined;
  maxConcurrency: number;
  maxCostUsd: number | undefined;
  /** Files smaller than this share a request, up to the same size in all (characters). */
  packChars: number;
  packFiles: number;
  /** Tokens of system prompt and tool schema sent with every request (for estimates). */
  overheadTokens: number;
  retries?: number;
  retryBaseMs?: number;
  log: (msg: string) => void;
  /** Cancellation (the job was cancelled): no new call starts, in-flight calls are aborted. */
  signal?: AbortSignal;
}

type Batch = MissFile[];

/**
 * Sends the files the cache does not have to the model: identical contents once, small files packed into
 * shared requests, at most maxConcurrency in flight (less while the service throttles), never past the budget.
 * A packed request that fails as a request (cut off, malformed) is split and retried, so no file is lost to a
 * neighbour; a file that still fails is reported as not scanned.
 */
export async function scanFiles(files: readonly MissFile[], opts: ScanOptions): Promise<ScanOutcome> {
  const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
  const queue: Batch[] = pack(unique, opts.packChars, opts.packFiles);
  const out: ScanOutcome = {
    results: new Map(),
    failed: new Map(),
    calls: 0,
    usage: NO_USAGE,
    usd: opts.price ? 0 : undefined,
    stopped: undefined,
    unscannedEstimateUsd: undefined,
    throttled: 0,
  };
  const gate = new ConcurrencyGate(opts.maxConcurrency);
  let reserved = 0;
  let done = 0;
  /** Set by the first fatal error: no call can succeed, so none starts after it. */
  let fatal: string | undefined;
  const total = unique.length;
  const retries = opts.retries ?? 5;
  const retryBaseMs = opts.retryBaseMs ?? 500;

  const fail = (batch: Batch, reason: string) => batch.forEach((f) => out.failed.set(f.sha256, reason));

  const runBatch = async (batch: Batch): Promise<void> => {
    if (fatal) return fail(batch, fatal);
    const estimate = opts.price ? (costUsd(estimateUsage(batch, opts.overheadTokens), opts.price) ?? 0) : 0;
    /** Whether this batch holds a share of the budget: taken when its first call is about to start. */
    let holds = false;
    let round = 0;
    try {
      for (let attempt = 0; ; attempt++) {
        if (fatal) return fail(batch, fatal);
        try {
          // The gate holds only the call itself: a batch waiting to retry gives its place up, so a lowered
          // limit also holds back the retries of throttled calls.
          round = await gate.acquire();
          let answer: ModelAnswer;
          try {
            if (fatal) return fail(batch, fatal);
            if (opts.signal?.aborted) return fail(batch, CANCELLED);
            if (!holds) {
              // Checked as the call starts, against what was spent and what the calls in flight may spend.
              if (opts.maxCostUsd !== undefined && (out.usd ?? 0) + reserved + estimate > opts.maxCostUsd) {
                out.stopped ??= `the budget max-cost-usd ${opts.maxCostUsd} would be passed`;
                out.unscannedEstimateUsd = round6((out.unscannedEstimateUsd ?? 0) + estimate);
                return fail(batch, 'budget (max-cost-usd) reached');
              }
              reserved += estimate;
              holds = true;
            }
            out.calls++;
            answer = await opts.client.analyze(
              batch.map(({ path, content }) => ({ path, content })),
              opts.signal,
            );
          } finally {
            gate.release();
          }
          account(answer.usage);
          const byPath = validateAnswer(answer.answer, new Map(batch.map((f) => [f.path, f.lines])));
          share(batch, byPath, answer.usage);
          gate.succeeded();
          return;
        } catch (e) {
          if (opts.signal?.aborted) return fail(batch, CANCELLED);
          const error = e instanceof AnswerError ? new ModelError(e.message, 'request') : (e as ModelError);
          if (!(error instanceof ModelError)) throw e;
          if (error.usage) account(error.usage);
          if (error.kind === 'fatal') {
            // It outranks a budget stop: the run could not have gone on either way.
            fatal ??= error.message;
            out.stopped = fatal;
            return fail(batch, error.message);
          }
          if (error.kind === 'request') {
            if (batch.length > 1) {
              const half = Math.ceil(batch.length / 2);
              opts.log(`A packed request of ${batch.length} files failed (${error.message}); splitting it.`);
              queue.push(batch.slice(0, half), batch.slice(half));
              return;
            }
            return fail(batch, `the model's answer was unusable: ${error.message}`);
          }
          out.throttled++;
          if (error.throttle) gate.throttled(round);
          // A server error that persists on a packed request may be one file's doing: split it rather than
          // let the neighbours fail with it (throttling says nothing about the content, so it never splits).
          if (error.splittable && batch.length > 1 && attempt >= 1) {
            const half = Math.ceil(batch.length / 2);
            opts.log(
              `A packed request of ${batch.length} files kept failing (${error.message}); splitting it.`,
            );
            queue.push(batch.slice(0, half), batch.slice(half));
            return;
          }
          if (attempt >= retries) return fail(batch, `the model kept failing: ${error.message}`);
          const backoff = Math.max(
            error.retryAfterMs ?? 0,
            retryBaseMs * 2 ** attempt * (0.5 + Math.random()),
          );
          opts.log(`Model call failed (${error.message}); retrying in ${Math.round(backoff)} ms.`);
          try {
            await sleep(backoff, undefined, opts.signal ? { signal: opts.signal } : undefined);
          } catch {
            return fail(batch, CANCELLED);
          }
        }
      }
    } finally {
      if (holds) reserved -= estimate;
    }
  };

  const account = (usage: Usage) => {
    out.usage = addUsage(out.usage, usage);
    if (out.usd !== undefined) out.usd = round6(out.usd + (costUsd(usage, opts.price) ?? 0));
  };

  const share = (batch: Batch, byPath: Map<string, Finding[]>, usage: Usage) => {
    const chars = batch.reduce((n, f) => n + f.content.length, 0) || 1;
    const batchUsd = costUsd(usage, opts.price);
    for (const f of batch) {
      const part = f.content.length / chars;
      const mine: Usage = {
        inputTokens: Math.round(usage.inputTokens * part),
        outputTokens: Math.round(usage.outputTokens * part),
        cacheReadTokens: Math.round(usage.cacheReadTokens * part),
        cacheWriteTokens: Math.round(usage.cacheWriteTokens * part),
      };
      // The file's share of what the call cost, unrounded, so the shares add up to the call's cost.
      const usd = batchUsd === undefined ? undefined : batchUsd * part;
      out.results.set(f.sha256, { findings: byPath.get(f.path) ?? [], usage: mine, usd });
    }
    done += batch.length;
    opts.log(`Scanned ${done}/${total} file(s) not in the cache.`);
  };

  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      if (opts.signal?.aborted) {
        fail(batch, CANCELLED);
        continue;
      }
      await runBatch(batch);
    }
  };
  // The gate bounds the calls in flight; twice as many workers keep it full while some of them wait out a
  // retry's backoff. Workers exit when the queue is empty; a split may refill it, so run rounds until it
  // stays empty.
  while (queue.length > 0) {
    await Promise.all(Array.from({ length: Math.min(2 * opts.maxConcurrency, queue.length) }, worker));
  }
  return out;
}

const CANCELLED = 'the job was cancelled before this file was scanned';

/** Packs small files together (largest first), each pack within the character and file limits. */
export function pack(files: readonly MissFile[], maxChars: number, maxFiles: number): Batch[] {
  const sorted = [...files].sort(
    (a, b) => b.content.length - a.content.length || a.path.localeCompare(b.path),
  );
  const batches: { files: MissFile[]; chars: number }[] = [];
  for (const f of sorted) {
    const fit = batches.find((b) => b.files.length < maxFiles && b.chars + f.content.length <= maxChars);
    if (fit) {
      fit.files.push(f);
      fit.chars += f.content.length;
    } else batches.push({ files: [f], chars: f.content.length });
  }
  return batches.map((b) => b.files);
}

/** About 4 characters a token for code, line numbers included; about 150 output tokens a file plus findings. */
export function estimateUsage(batch: readonly MissFile[], overheadTokens: number): Usage {
  const chars = batch.reduce((n, f) => n + f.content.length + f.lines * 6, 0);
  return {
    inputTokens: overheadTokens + Math.ceil(chars / 4),
    outputTokens: 150 + 250 * batch.length,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}

/**
 * Up to `max` holders (AIMD). Throttling lowers the limit by a quarter when it dominates: half or more of the
 * last calls throttled (a stray 429 is answered by the retry's backoff alone; lowering the limit for it would
 * only slow the run). It is lowered at most once per round: calls already in flight when it was lowered
 * report the same congestion. A run of successes as long as a quarter of the limit raises it by one.
 */
export class ConcurrencyGate {
  private limit: number;
  private active = 0;
  private streak = 0;
  /** Bumped at each decrease; a call remembers the round it started in. */
  private round = 0;
  /** The outcomes of the last calls, true for a throttle. */
  private recent: boolean[] = [];
  private waiters: (() => void)[] = [];
  constructor(private readonly max: number) {
    this.limit = max;
  }
  get current(): number {
    return this.limit;
  }
  /** Waits for a place; returns the round the call starts in, for throttled(). */
  async acquire(): Promise<number> {
    while (this.active >= this.limit) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
    return this.round;
  }
  release(): void {
    this.active--;
    this.waiters.shift()?.();
  }
  throttled(startedIn = this.round): void {
    this.streak = 0;
    this.remember(true);
    const throttles = this.recent.filter(Boolean).length;
    // Measured over a full window: the first outcome of a run being a 429 is not "all calls throttled".
    if (startedIn < this.round || throttles * 2 < Math.max(this.recent.length, WINDOW)) return;
    this.round++;
    this.limit = Math.max(1, Math.floor(this.limit * 0.75));
  }
  succeeded(): void {
    this.remember(false);
    if (++this.streak >= Math.ceil(this.limit / 4) && this.limit < this.max) {
      this.streak = 0;
      this.limit++;
      this.waiters.shift()?.();
    }
  }
  private remember(throttle: boolean): void {
    this.recent.push(throttle);
    if (this.recent.length > WINDOW) this.recent.shift();
  }
}

const WINDOW = 10;
