import { setTimeout as sleep } from 'node:timers/promises';
import { addUsage, costUsd, NO_USAGE, round6, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { chunkContent, mergeChunkFindings, numberedChars, type Chunk } from './chunks.js';
import { AnswerError, validateAnswer, type Finding, type LineRange } from './findings.js';
import { ModelError, type ModelAnswer, type ModelClient } from './model-client.js';
import { splitLines, type PromptFile } from './prompt.js';

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
  /**
   * The most characters of numbered lines one request holds (see chunkCharsFor): a larger file is sent in
   * overlapping chunks. Default: what a 200k-token context holds.
   */
  chunkChars?: number;
  retries?: number;
  retryBaseMs?: number;
  log: (msg: string) => void;
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
  const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
  const chunkChars = opts.chunkChars ?? chunkCharsFor(200_000, 8192, opts.overheadTokens);
  const states = new Map<string, FileState>();
  const queue: Batch[] = plan(unique, chunkChars, opts, states);
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

  const fail = (batch: Batch, reason: string) => {
    for (const part of batch) {
      if (out.failed.has(part.file.sha256)) continue;
      const state = states.get(part.file.sha256)!;
      out.failed.set(part.file.sha256, part.chunk ? `${partName(state, part.chunk)}: ${reason}` : reason);
    }
  };

  const runBatch = async (batch: Batch): Promise<void> => {
    if (fatal) return fail(batch, fatal);
    const estimate = opts.price ? (costUsd(estimateBatch(batch, opts.overheadTokens), opts.price) ?? 0) : 0;
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
              batch.map((p) => promptFile(p, states)),
              opts.signal,
            );
          } finally {
            gate.release();
          }
          account(answer.usage);
          const byPath = validateAnswer(answer.answer, new Map(batch.map((p) => [p.file.path, linesOf(p)])));
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
            if (batch.length === 1 && resend(batch[0]!, error.message)) return;
            if (batch.length === 1 && TOO_LONG.test(error.message))
              return fail(batch, `too large for the model even in small chunks: ${error.message}`);
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

  /**
   * A request of one file (or chunk) that was too long for the model, or whose answer was cut off (a long file
   * with many findings), is sent again as smaller chunks, each with its own answer; false when it cannot be.
   */
  const resend = (part: Part, message: string): boolean => {
    if (!TOO_LONG.test(message) && !CUT_OFF.test(message)) return false;
    const smaller = splitPart(part, states.get(part.file.sha256)!);
    if (!smaller) return false;
    opts.log(`${part.file.path}: ${message}; sending it again in ${smaller.length} smaller chunks.`);
    queue.push(...smaller.map((p) => [p]));
    return true;
  };

  const account = (usage: Usage) => {
    out.usage = addUsage(out.usage, usage);
    if (out.usd !== undefined) out.usd = round6(out.usd + (costUsd(usage, opts.price) ?? 0));
  };

  const share = (batch: Batch, byPath: Map<string, Finding[]>, usage: Usage) => {
    const chars = batch.reduce((n, p) => n + contentOf(p).length, 0) || 1;
    const batchUsd = costUsd(usage, opts.price);
    for (const p of batch) {
      const part = contentOf(p).length / chars;
      const state = states.get(p.file.sha256)!;
      state.usage = addUsage(state.usage, {
        inputTokens: Math.round(usage.inputTokens * part),
        outputTokens: Math.round(usage.outputTokens * part),
        cacheReadTokens: Math.round(usage.cacheReadTokens * part),
        cacheWriteTokens: Math.round(usage.cacheWriteTokens * part),
      });
      // The file's share of what the call cost, unrounded, so the shares add up to the call's cost.
      if (batchUsd !== undefined) state.usd = (state.usd ?? 0) + batchUsd * part;
      state.findings.set(p.chunk, byPath.get(p.file.path) ?? []);
      if (--state.pending > 0 || out.failed.has(p.file.sha256)) continue;
      const findings = p.chunk
        ? mergeChunkFindings(state.chunks.map((c) => state.findings.get(c) ?? []))
        : (byPath.get(p.file.path) ?? []);
      out.results.set(p.file.sha256, { findings, usage: state.usage, usd: state.usd });
      done++;
      opts.log(`Scanned ${done}/${total} file(s) not in the cache.`);
    }
  };

  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      if (opts.signal?.aborted) {
        fail(batch, CANCELLED);
        continue;
      }
      // A file that already failed is not scanned, whatever its other chunks say: spend nothing on them.
      if (batch.every((p) => out.failed.has(p.file.sha256))) continue;
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
    const state: FileState = { pending: 1, chunks: [], findings: new Map(), usage: NO_USAGE, usd: undefined };
    states.set(file.sha256, state);
    // Cheap first: most files are far below the limit even with a number on every line.
    if (file.content.length + 8 * file.lines <= chunkChars || numberedChars(file.content) <= chunkChars) {
      whole.push(file);
      continue;
    }
    state.chunks = chunkContent(file.content, chunkChars);
    state.pending = state.chunks.length;
    opts.log(
      `${file.path} is too large for one request: sending it in ${state.chunks.length} overlapping chunks.`,
    );
    chunked.push(...state.chunks.map((chunk) => [{ file, chunk }]));
  }
  return [...chunked, ...pack(whole, opts.packChars, opts.packFiles).map((b) => b.map((file) => ({ file })))];
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
  if (!p.chunk) return { path: p.file.path, content: p.file.content };
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

/** Packs small files together (largest first), each pack within the character and file limits. */
export function pack(files: readonly MissFile[], maxChars: number, maxFiles: number): MissFile[][] {
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
  const chars = batch.reduce((n, f) => n + numberedChars(f.content), 0);
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
