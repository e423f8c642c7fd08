import { setTimeout as sleep } from 'node:timers/promises';
import { addUsage, costUsd, NO_USAGE, round6, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { chunkContent, mergeChunkFindings, numberedChars, type Chunk } from './chunks.js';
import { AnswerError, validateAnswer, type Finding, type LineRange } from './findings.js';
import { AdaptiveLimit, quotaOf, type Admission } from './adaptive-limit.js';
import { ModelError, type ModelAnswer, type ModelClient } from './model-client.js';
import { splitLines, type ChangeShown, type PromptFile } from './prompt.js';
import { addDrops, NO_DROPS, someDrops, verifyEvidence, type EvidenceDrops } from '../findings/evidence.js';
import { steeringFinding, steeringHits } from '../findings/steering.js';

export interface MissFile {
  path: string;
  sha256: string;
  lines: number;
  content: string;
  /** Reviewed by its changed regions (review-depth auto): what is shown instead of the whole content. */
  change?: ChangeShown;
}

interface FileResult {
  findings: Finding[];
  usage: Usage;
  usd: number | undefined;
  /** The answer's findings dropped for their evidence (kept with the cache entry); absent when none was. */
  dropped?: EvidenceDrops;
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
  /** Findings of this run's answers not kept, their evidence not found in their file (never cached). */
  dropped: EvidenceDrops;
  /** Change reviews the model could not take (too long, cut off), reviewed whole instead: content hashes. */
  reviewedWhole?: Set<string>;
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
  /**
   * The most characters of numbered lines one request holds (see chunkCharsFor): a larger file is sent in
   * overlapping chunks. Default: what a 200k-token context holds.
   */
  chunkChars?: number;
  /** Retries of a call that failed (timeouts, 5xx); a throttled call is retried up to throttleRetries instead. */
  retries?: number;
  /**
   * Retries of a call the service throttled: not failures (the scan is finding the quota), so they are many,
   * but bounded, so a quota taken by others ends the scan instead of holding the job.
   */
  throttleRetries?: number;
  retryBaseMs?: number;
  log: (msg: string) => void;
  /**
   * Waits out a retry's backoff; rejects when the signal aborts. Default: the real timer. Tests pass one that
   * records the delays and resolves at once.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Milliseconds, monotonic, for the pace of calls. Default: performance.now. */
  now?: () => number;
  /** The jitter's source, in [0, 1). Default: Math.random. */
  random?: () => number;
  /** Cancellation (the job was cancelled): no new call starts, in-flight calls are aborted. */
  signal?: AbortSignal;
}

/** One request's share of a file: the whole file, or one chunk of a file too large for one request. */
interface Part {
  file: MissFile;
  chunk?: Chunk;
}
type Batch = Part[];

/** What a file's parts have brought back so far; the file is scanned when no part is pending. */
interface FileState {
  pending: number;
  /** The file's chunks in line order, while it is sent in chunks (a chunk split further is replaced). */
  chunks: Chunk[];
  findings: Map<Chunk | undefined, Finding[]>;
  usage: Usage;
  usd: number | undefined;
  /** Findings its parts' answers named it for whose evidence was not found. */
  dropped: EvidenceDrops;
}

/** Tokens are estimated at 2 characters each for chunk sizes: code runs 3 to 4, dense text lower. */
const CHARS_PER_TOKEN_FOR_CHUNKS = 2;
/** A chunk this small that the model still finds too long is not split further. */
export const MIN_CHUNK_CHARS = 2_000;

/**
 * The most characters of numbered lines one request may hold for a model's context: what is left after the
 * answer and the system prompt, counted conservatively. A request the model still finds too long is split.
 */
export function chunkCharsFor(
  contextTokens: number,
  maxOutputTokens: number,
  overheadTokens: number,
): number {
  const room = contextTokens - maxOutputTokens - overheadTokens - 1_000;
  return Math.max(MIN_CHUNK_CHARS, room * CHARS_PER_TOKEN_FOR_CHUNKS);
}

/**
 * Sends the files the cache does not have to the model: identical contents once, small files packed into
 * shared requests, at most maxConcurrency in flight (less while the service throttles), never past the budget.
 * A packed request that fails as a request (cut off, malformed) is split and retried, so no file is lost to a
 * neighbour; a file that still fails is reported as not scanned. A file too large for one request is sent in
 * overlapping chunks (and a chunk the model finds too long in smaller ones): it is scanned when every chunk
 * was, its findings and costs are the sum of its chunks', and one failed chunk leaves the whole file not scanned.
 */
export async function scanFiles(files: readonly MissFile[], opts: ScanOptions): Promise<ScanOutcome> {
  return new MissScan(files, opts).run();
}

/** What to do with a batch after one attempt: it is settled (scanned, failed or split), or it is tried again. */
type Next = 'settled' | 'retry';

/** A batch's failed calls so far (throttles apart from other errors), and its estimated tokens for the pace. */
interface Tries {
  errors: number;
  throttles: number;
  tokens: number;
}

/** A batch's share of the budget: its estimate, held from the start of its first call until it is settled. */
interface Reservation {
  estimate: number;
  holds: boolean;
}

/** A stray throttle's backoff, as a share of the usual: the gate paces the retry if the quota is met. */
const STRAY_BACKOFF = 0.25;

/** The real timer; it rejects when the signal aborts, so a cancelled job does not wait out a backoff. */
const timerSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  sleep(ms, undefined, signal ? { signal } : undefined);

/**
 * One scanFiles run: the queue of batches, the files' progress and the outcome it builds. Workers take batches
 * from the queue; a split or a re-chunked file puts new batches on it.
 */
class MissScan {
  private readonly states = new Map<string, FileState>();
  private readonly queue: Batch[];
  private readonly out: ScanOutcome;
  private readonly gate: AdaptiveLimit;
  private readonly total: number;
  private readonly retries: number;
  private readonly throttleRetries: number;
  private readonly retryBaseMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly chunkChars: number;
  /** What the calls in flight may spend, by their estimates: counted against the budget with what was spent. */
  private reserved = 0;
  private done = 0;
  /** Set by the first fatal error: no call can succeed, so none starts after it. */
  private fatal: string | undefined;

  constructor(
    files: readonly MissFile[],
    private readonly opts: ScanOptions,
  ) {
    const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
    const chunkChars = opts.chunkChars ?? chunkCharsFor(200_000, 8192, opts.overheadTokens);
    this.chunkChars = chunkChars;
    this.queue = plan(unique, chunkChars, opts, this.states);
    this.total = unique.length;
    this.out = {
      results: new Map(),
      failed: new Map(),
      calls: 0,
      usage: NO_USAGE,
      usd: opts.price ? 0 : undefined,
      stopped: undefined,
      unscannedEstimateUsd: undefined,
      throttled: 0,
      dropped: NO_DROPS,
    };
    this.retries = opts.retries ?? 5;
    this.throttleRetries = opts.throttleRetries ?? 30;
    this.retryBaseMs = opts.retryBaseMs ?? 500;
    this.sleep = opts.sleep ?? timerSleep;
    this.gate = new AdaptiveLimit(opts.maxConcurrency, {
      now: opts.now ?? (() => performance.now()),
      sleep: this.sleep,
    });
    this.random = opts.random ?? Math.random;
  }

  async run(): Promise<ScanOutcome> {
    // The gate bounds the calls in flight; twice as many workers keep it full while some of them wait out a
    // retry's backoff. Workers exit when the queue is empty; a split may refill it, so run rounds until it
    // stays empty.
    while (this.queue.length > 0) {
      const workers = Math.min(2 * this.opts.maxConcurrency, this.queue.length);
      await Promise.all(Array.from({ length: workers }, () => this.worker()));
    }
    if (this.out.calls > 0) this.logRate();
    return this.out;
  }

  /** The rate the scan settled at: what the account's quota let through, or the ceiling if it never throttled. */
  private logRate(): void {
    const r = this.gate.settled();
    const why =
      r.throttles > 0
        ? `${r.throttles} throttled call(s) retried`
        : `never throttled, within max-concurrency ${this.opts.maxConcurrency}`;
    this.opts.log(
      `Model calls settled at ${r.inFlight} in flight, ~${r.requestsPerMinute} requests/min, ~${r.tokensPerMinute} tokens/min (${why}).`,
    );
  }

  private async worker(): Promise<void> {
    for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
      if (this.opts.signal?.aborted) {
        this.fail(batch, CANCELLED);
        continue;
      }
      // A file that already failed is not scanned, whatever its other chunks say: spend nothing on them.
      if (batch.every((p) => this.out.failed.has(p.file.sha256))) continue;
      await this.runBatch(batch);
    }
  }

  /** Tries a batch until it is settled; its share of the budget is given back however that ends. */
  private async runBatch(batch: Batch): Promise<void> {
    const price = this.opts.price;
    const usage = estimateBatch(batch, this.opts.overheadTokens);
    const estimate = price ? (costUsd(usage, price) ?? 0) : 0;
    const reservation: Reservation = { estimate, holds: false };
    const tries: Tries = { errors: 0, throttles: 0, tokens: usage.inputTokens + usage.outputTokens };
    try {
      for (;;) {
        if (this.fatal) return this.fail(batch, this.fatal);
        if ((await this.attempt(batch, reservation, tries)) === 'settled') return;
      }
    } finally {
      if (reservation.holds) this.reserved -= reservation.estimate;
    }
  }

  /** One call for the batch and what its answer, or its error, decides. */
  private async attempt(batch: Batch, reservation: Reservation, tries: Tries): Promise<Next> {
    let admission: Admission | undefined;
    try {
      // The gate holds only the call itself: a batch waiting to retry gives its place up, so a lowered
      // limit also holds back the retries of throttled calls.
      admission = await this.gate.acquire(tries.tokens, this.opts.signal);
      const answer = await this.callHoldingGate(batch, reservation);
      if (answer) this.accept(batch, answer, admission);
      return 'settled';
    } catch (e) {
      return this.onError(batch, e, tries, admission);
    }
  }

  /** Makes the call inside the gate's place; undefined when the batch was failed instead (fatal, cancel, budget). */
  private async callHoldingGate(batch: Batch, reservation: Reservation): Promise<ModelAnswer | undefined> {
    let throttled = false;
    try {
      if (this.fatal) return void this.fail(batch, this.fatal);
      if (this.opts.signal?.aborted) return void this.fail(batch, CANCELLED);
      if (!reservation.holds && !this.reserve(batch, reservation)) return undefined;
      this.out.calls++;
      const prompt = batch.map((p) => promptFile(p, this.states));
      return await this.opts.client.analyze(prompt, this.opts.signal);
    } catch (e) {
      throttled = e instanceof ModelError && e.throttle;
      throw e;
    } finally {
      this.gate.release(throttled);
    }
  }

  /**
   * Takes the batch's share of the budget as its first call starts, checked against what was spent and what
   * the calls in flight may spend; false (and the batch failed) when it would pass the budget.
   */
  private reserve(batch: Batch, reservation: Reservation): boolean {
    const max = this.opts.maxCostUsd;
    if (max !== undefined && (this.out.usd ?? 0) + this.reserved + reservation.estimate > max) {
      this.out.stopped ??= `the budget max-cost-usd ${max} would be passed`;
      this.out.unscannedEstimateUsd = round6((this.out.unscannedEstimateUsd ?? 0) + reservation.estimate);
      this.fail(batch, 'budget (max-cost-usd) reached');
      return false;
    }
    this.reserved += reservation.estimate;
    reservation.holds = true;
    return true;
  }

  /** An answer is accounted even when it is then found invalid (AnswerError): its tokens were spent. */
  private accept(batch: Batch, answer: ModelAnswer, admission: Admission): void {
    this.account(answer.usage);
    // The quota counted the tokens whether or not the answer is usable.
    const u = answer.usage;
    this.gate.succeeded(admission, u.inputTokens + u.outputTokens + u.cacheReadTokens + u.cacheWriteTokens);
    const byPath = validateAnswer(answer.answer, new Map(batch.map((p) => [p.file.path, linesOf(p)])));
    const sent = new Map(
      batch.map((p) => [p.file.path, { content: contentOf(p), firstLine: p.chunk?.firstLine ?? 1 }]),
    );
    const { kept, drops, dropsByPath } = verifyEvidence(byPath, sent);
    this.out.dropped = addDrops(this.out.dropped, drops);
    this.share(batch, kept, answer.usage, dropsByPath);
  }

  private async onError(
    batch: Batch,
    e: unknown,
    tries: Tries,
    admission: Admission | undefined,
  ): Promise<Next> {
    if (this.opts.signal?.aborted) return this.settleFailed(batch, CANCELLED);
    // An answer that does not validate is the request's failure, like a malformed one: split or give up.
    const error = e instanceof AnswerError ? new ModelError(e.message, 'request') : e;
    if (!(error instanceof ModelError)) throw e;
    if (error.usage) this.account(error.usage);
    if (!error.sent) this.out.calls--;
    if (error.kind === 'fatal') {
      // It outranks a budget stop: the run could not have gone on either way.
      this.fatal ??= error.message;
      this.out.stopped = this.fatal;
      return this.settleFailed(batch, error.message);
    }
    if (error.kind === 'request') {
      this.onRequestError(batch, error.message);
      return 'settled';
    }
    return this.onTransient(batch, error, tries, admission);
  }

  /** A request that cannot succeed as it is: a pack is split, a file re-chunked, else the file fails. */
  private onRequestError(batch: Batch, message: string): void {
    if (batch.length > 1)
      return this.split(
        batch,
        `A packed request of ${batch.length} files failed (${message}); splitting it.`,
      );
    if (this.resend(batch[0]!, message)) return;
    if (TOO_LONG.test(message))
      return this.fail(batch, `too large for the model even in small chunks: ${message}`);
    this.fail(batch, `the model's answer was unusable: ${message}`);
  }

  /**
   * Throttling, timeouts, 5xx: retried with backoff. A throttle tells the gate (which slows down) and is
   * retried up to throttleRetries; other errors up to retries.
   */
  private async onTransient(
    batch: Batch,
    error: ModelError,
    tries: Tries,
    admission: Admission | undefined,
  ): Promise<Next> {
    this.out.throttled++;
    const slowed =
      error.throttle && admission ? this.gate.throttled(admission, quotaOf(error.message)) : false;
    const attempt = error.throttle ? tries.throttles++ : tries.errors++;
    // A server error that persists on a packed request may be one file's doing: split it rather than let the
    // neighbours fail with it (throttling says nothing about the content, so it never splits).
    if (error.splittable && batch.length > 1 && attempt >= 1) {
      this.split(
        batch,
        `A packed request of ${batch.length} files kept failing (${error.message}); splitting it.`,
      );
      return 'settled';
    }
    if (attempt >= (error.throttle ? this.throttleRetries : this.retries))
      return this.settleFailed(batch, `the model kept failing: ${error.message}`);
    // Exponential with jitter, so throttled calls do not come back together; never sooner than the service
    // asked. A throttle's backoff stays short (the gate paces the retry): at most a few seconds.
    const exponent = error.throttle ? Math.min(attempt, 3) : attempt;
    // A stray throttle (the gate did not slow down: no sign of the quota) is retried sooner.
    const stray = error.throttle && !slowed ? STRAY_BACKOFF : 1;
    const jittered = this.retryBaseMs * 2 ** exponent * (0.5 + this.random()) * stray;
    const backoff = Math.max(error.retryAfterMs ?? 0, jittered);
    this.opts.log(`Model call failed (${error.message}); retrying in ${Math.round(backoff)} ms.`);
    try {
      await this.sleep(backoff, this.opts.signal);
    } catch {
      return this.settleFailed(batch, CANCELLED);
    }
    return 'retry';
  }

  /** Splits a packed batch in two halves, each its own request, so no file fails for a neighbour. */
  private split(batch: Batch, why: string): void {
    const half = Math.ceil(batch.length / 2);
    this.opts.log(why);
    this.queue.push(batch.slice(0, half), batch.slice(half));
  }

  /**
   * A request of one file (or chunk) that was too long for the model, or whose answer was cut off (a long file
   * with many findings), is sent again as smaller chunks, each with its own answer; false when it cannot be.
   */
  private resend(part: Part, message: string): boolean {
    if (!TOO_LONG.test(message) && !CUT_OFF.test(message)) return false;
    // A change review is already as small as it goes: cut into chunks it would be another kind of review.
    if (part.file.change) return this.reviewWhole(part.file, message);
    const smaller = splitPart(part, this.states.get(part.file.sha256)!);
    if (!smaller) return false;
    this.opts.log(`${part.file.path}: ${message}; sending it again in ${smaller.length} smaller chunks.`);
    this.queue.push(...smaller.map((p) => [p]));
    return true;
  }

  /**
   * A change review the model could not take (too long, or its answer cut off) is not a lost file: the file is
   * reviewed whole instead, as any other (in chunks when it is too large for one request), and its result is a
   * whole-file review's.
   */
  private reviewWhole(file: MissFile, message: string): boolean {
    const whole: MissFile = { ...file, change: undefined };
    const state = this.states.get(file.sha256)!;
    const chunks = chunksFor(whole, this.chunkChars);
    state.chunks = chunks ?? [];
    state.pending = chunks?.length ?? 1;
    (this.out.reviewedWhole ??= new Set()).add(file.sha256);
    this.opts.log(
      `${file.path}: its change review failed (${message}); reviewing the whole file instead${chunks ? ` in ${chunks.length} chunks` : ''}.`,
    );
    this.queue.push(...(chunks ? chunks.map((chunk) => [{ file: whole, chunk }]) : [[{ file: whole }]]));
    return true;
  }

  private settleFailed(batch: Batch, reason: string): Next {
    this.fail(batch, reason);
    return 'settled';
  }

  /** Records why each file of the batch was not scanned; the first reason a file meets is the one it keeps. */
  private fail(batch: Batch, reason: string): void {
    for (const part of batch) {
      if (this.out.failed.has(part.file.sha256)) continue;
      const state = this.states.get(part.file.sha256)!;
      this.out.failed.set(
        part.file.sha256,
        part.chunk ? `${partName(state, part.chunk)}: ${reason}` : reason,
      );
    }
  }

  private account(usage: Usage): void {
    this.out.usage = addUsage(this.out.usage, usage);
    if (this.out.usd !== undefined)
      this.out.usd = round6(this.out.usd + (costUsd(usage, this.opts.price) ?? 0));
  }

  /** Gives each part of the batch its share of the call's tokens and cost (by size) and its findings. */
  private share(
    batch: Batch,
    byPath: Map<string, Finding[]>,
    usage: Usage,
    drops: ReadonlyMap<string, EvidenceDrops>,
  ): void {
    const chars = batch.reduce((n, p) => n + contentOf(p).length, 0) || 1;
    const batchUsd = costUsd(usage, this.opts.price);
    for (const p of batch) {
      const part = contentOf(p).length / chars;
      const state = this.states.get(p.file.sha256)!;
      state.usage = addUsage(state.usage, {
        inputTokens: Math.round(usage.inputTokens * part),
        outputTokens: Math.round(usage.outputTokens * part),
        cacheReadTokens: Math.round(usage.cacheReadTokens * part),
        cacheWriteTokens: Math.round(usage.cacheWriteTokens * part),
      });
      // The file's share of what the call cost, unrounded, so the shares add up to the call's cost.
      if (batchUsd !== undefined) state.usd = (state.usd ?? 0) + batchUsd * part;
      state.findings.set(p.chunk, byPath.get(p.file.path) ?? []);
      state.dropped = addDrops(state.dropped, drops.get(p.file.path) ?? NO_DROPS);
      if (--state.pending > 0 || this.out.failed.has(p.file.sha256)) continue;
      this.finish(p, state, byPath);
    }
  }

  /** The file's last pending part came back: its findings (merged over its chunks) are its result. */
  private finish(p: Part, state: FileState, byPath: Map<string, Finding[]>): void {
    const findings = p.chunk
      ? mergeChunkFindings(state.chunks.map((c) => state.findings.get(c) ?? []))
      : (byPath.get(p.file.path) ?? []);
    const steering = steeringHits(p.file);
    if (steering.length) findings.unshift(steeringFinding(steering));
    const dropped = someDrops(state.dropped);
    this.out.results.set(p.file.sha256, {
      findings,
      usage: state.usage,
      usd: state.usd,
      ...(dropped ? { dropped } : {}),
    });
    this.done++;
    this.opts.log(`Scanned ${this.done}/${this.total} file(s) not in the cache.`);
  }
}

const CANCELLED = 'the job was cancelled before this file was scanned';
/** Bedrock's answer to a request past the model's context ("Input is too long for requested model."). */
const TOO_LONG = /input is too long|too many (input )?tokens|context (length|window)|prompt is too long/i;
/** An answer cut off at the output limit (see BedrockModelClient): smaller chunks get an answer each. */
const CUT_OFF = /cut off at the output token limit/;

/**
 * The requests to make: files whose numbered lines fit one request are packed as before; a larger file is cut
 * into chunks, each its own request.
 */
function plan(
  files: readonly MissFile[],
  chunkChars: number,
  opts: ScanOptions,
  states: Map<string, FileState>,
): Batch[] {
  const whole: MissFile[] = [];
  const chunked: Batch[] = [];
  for (const file of files) {
    const state: FileState = {
      pending: 1,
      chunks: [],
      findings: new Map(),
      usage: NO_USAGE,
      usd: undefined,
      dropped: NO_DROPS,
    };
    states.set(file.sha256, state);
    const chunks = file.change ? undefined : chunksFor(file, chunkChars);
    if (!chunks) {
      whole.push(file);
      continue;
    }
    state.chunks = chunks;
    state.pending = state.chunks.length;
    opts.log(
      `${file.path} is too large for one request: sending it in ${state.chunks.length} overlapping chunks.`,
    );
    chunked.push(...state.chunks.map((chunk) => [{ file, chunk }]));
  }
  return [...chunked, ...pack(whole, opts.packChars, opts.packFiles).map((b) => b.map((file) => ({ file })))];
}

/** The chunks of a file too large for one request; undefined when it fits one. */
function chunksFor(file: MissFile, chunkChars: number): Chunk[] | undefined {
  // Cheap first: most files are far below the limit even with a number on every line.
  if (file.content.length + 8 * file.lines <= chunkChars || numberedChars(file.content) <= chunkChars)
    return undefined;
  return chunkContent(file.content, chunkChars);
}

/**
 * A part the model found too long, as smaller overlapping chunks that replace it in the file's state; undefined
 * when it is already as small as chunks go.
 */
function splitPart(part: Part, state: FileState): Part[] | undefined {
  const chunk = part.chunk ?? {
    content: part.file.content,
    firstLine: 1,
    lastLine: splitLines(part.file.content).length,
    chars: numberedChars(part.file.content),
  };
  if (chunk.chars <= MIN_CHUNK_CHARS) return undefined;
  const smaller = chunkContent(
    chunk.content,
    Math.max(MIN_CHUNK_CHARS, Math.ceil(chunk.chars / 2)),
    chunk.firstLine,
  );
  if (smaller.length < 2) return undefined;
  const at = part.chunk ? state.chunks.indexOf(part.chunk) : 0;
  state.chunks.splice(at, part.chunk ? 1 : 0, ...smaller);
  state.pending += smaller.length - 1;
  return smaller.map((c) => ({ file: part.file, chunk: c }));
}

const contentOf = (p: Part) => p.chunk?.content ?? p.file.content;

const linesOf = (p: Part): number | LineRange =>
  p.chunk ? { first: p.chunk.firstLine, last: p.chunk.lastLine } : p.file.lines;

function promptFile(p: Part, states: ReadonlyMap<string, FileState>): PromptFile {
  if (!p.chunk) return { path: p.file.path, content: p.file.content, change: p.file.change };
  const chunks = states.get(p.file.sha256)!.chunks;
  return {
    path: p.file.path,
    content: p.chunk.content,
    part: {
      firstLine: p.chunk.firstLine,
      lastLine: p.chunk.lastLine,
      totalLines: chunks.at(-1)!.lastLine,
      index: chunks.indexOf(p.chunk) + 1,
      count: chunks.length,
    },
  };
}

function partName(state: FileState, chunk: Chunk): string {
  return `chunk ${state.chunks.indexOf(chunk) + 1} of ${state.chunks.length} (lines ${chunk.firstLine}-${chunk.lastLine})`;
}

/** A batch's estimate: whole files as estimateUsage does, a chunk by its numbered characters. */
function estimateBatch(batch: Batch, overheadTokens: number): Usage {
  const chunks = batch.filter((p) => p.chunk);
  if (chunks.length === 0)
    return estimateUsage(
      batch.map((p) => p.file),
      overheadTokens,
    );
  return {
    inputTokens: overheadTokens + Math.ceil(chunks.reduce((n, p) => n + p.chunk!.chars, 0) / 4),
    outputTokens: 150 + 250 * chunks.length,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}

/**
 * Packs small files together (largest first), each pack within the character and file limits. A file whose
 * text tries to instruct the reviewer is sent alone (see steering.ts): it cannot steer a neighbour's review.
 */
export function pack(files: readonly MissFile[], maxChars: number, maxFiles: number): MissFile[][] {
  const alone = files.filter((f) => steeringHits(f).length > 0);
  const packed = alone.length ? files.filter((f) => !alone.includes(f)) : files;
  return [...alone.map((f) => [f]), ...packFiles(packed, maxChars, maxFiles)];
}

function packFiles(files: readonly MissFile[], maxChars: number, maxFiles: number): MissFile[][] {
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

/**
 * About 4 characters a token for code, as numbered for the request (so blank padding does not inflate it and
 * spend the budget on nothing); about 150 output tokens a file plus findings.
 */
export function estimateUsage(batch: readonly MissFile[], overheadTokens: number): Usage {
  const chars = batch.reduce((n, f) => n + (f.change?.chars ?? numberedChars(f.content)), 0);
  return {
    inputTokens: overheadTokens + Math.ceil(chars / 4),
    outputTokens: 150 + 250 * batch.length,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}
