/**
 * The scheduler against an account's Bedrock quota in virtual time: scanFiles with a model client that meets the
 * quota stand-in's token buckets (bedrock-quota.ts) and takes a seeded latency, on a clock that jumps from one
 * timer to the next. A minute of scanning takes milliseconds, so many runs (seeds) show the spread of outcomes,
 * not one lucky run; nothing is timed by the wall clock.
 */
import { createHash } from 'node:crypto';
import { quotaModel, THROTTLE_MESSAGES } from '../stand-ins/bedrock-quota.js';
import { ModelError, type ModelClient } from '../../src/scanner/model-client.js';
import { answerJsonSchema } from '../../src/scanner/findings.js';
import { systemPrompt, userPrompt, type PromptFile } from '../../src/scanner/prompt.js';
import { scanFiles, type MissFile, type ScanOutcome } from '../../src/scanner/scan-files.js';

/** A clock that jumps to the next timer once every promise has settled. */
export class VirtualClock {
  t = 0;
  private timers: { at: number; seq: number; resolve: () => void }[] = [];
  private seq = 0;
  readonly now = (): number => this.t;
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('aborted'));
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
    });

  /** Runs until `done` settles, moving time on whenever nothing else can run. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    void work.finally(() => (settled = true)).catch(() => undefined);
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (settled) return work;
      if (this.timers.length === 0) throw new Error('virtual clock: nothing to wait for, and not done');
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift()!;
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
  }
}

/** A small seeded generator (mulberry32): the same seed, the same run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimOptions {
  seed: number;
  files: MissFile[];
  requestsPerMinute: number;
  tokensPerMinute: number;
  /** Mean call latency; each call takes it ± spread. */
  latencyMs: number;
  spreadMs?: number;
  maxConcurrency: number;
  /** Also throttles call n when this says so, whatever the rate (a busy region): n counts every call. */
  stray?: (n: number) => boolean;
  packChars?: number;
  packFiles?: number;
  retryBaseMs?: number;
  /** Scans run at once against the one quota, each with a part of the files (shards); default 1. */
  scans?: number;
  /** The maxTokens each request asks for, reserved by the quota until it is answered (default 8192, Claude's). */
  maxTokens?: number;
}

export interface SimResult {
  /** The first scan's outcome (the only one, unless `scans` is set). */
  outcome: ScanOutcome;
  /** Files reviewed and failed over all the scans. */
  reviewed: number;
  failed: number;
  ms: number;
  /** Calls the quota let through, and their tokens: what the quota-bound ideal is made of. */
  admitted: number;
  tokens: number;
  /** Calls throttled, by the quota or as strays. */
  throttled: number;
  log: string[];
}

const SYSTEM = systemPrompt(['owasp-top-10'], '');
const SCHEMA = JSON.stringify(answerJsonSchema());

/** A request's tokens as the Converse stand-in counts them: its body's characters over four. */
const requestTokens = (files: readonly PromptFile[]) =>
  Math.ceil((SYSTEM.length + SCHEMA.length + JSON.stringify(userPrompt(files)).length + 200) / 4);

/** One scan of `files` against the quota in virtual time. */
export async function simulate(o: SimOptions): Promise<SimResult> {
  const clock = new VirtualClock();
  const random = seeded(o.seed);
  const quota = quotaModel({
    requestsPerMinute: o.requestsPerMinute,
    tokensPerMinute: o.tokensPerMinute,
    now: clock.now,
  });
  let n = 0;
  let strays = 0;
  const client: ModelClient = {
    modelId: 'sim',
    async analyze(files) {
      const call = ++n;
      // A throttle costs a round trip; an answer the model's latency (its round trip included).
      const roundTrip = 20 + random() * 30;
      await clock.sleep(roundTrip);
      const input = requestTokens(files);
      const reserved = o.maxTokens ?? 8192;
      const short = quota.admit(input, reserved);
      const stray = !short && o.stray?.(call);
      if (stray) strays++;
      if (short || stray) {
        const message = `ThrottlingException: ${THROTTLE_MESSAGES[short || 'requests']}`;
        throw new ModelError(message, 'transient', undefined, undefined, true);
      }
      const spread = o.spreadMs ?? 0;
      await clock.sleep(o.latencyMs - spread + 2 * spread * random() - roundTrip);
      quota.spend(64, reserved);
      const usage = { inputTokens: input, outputTokens: 64, cacheReadTokens: 0, cacheWriteTokens: 0 };
      return { answer: { findings: [] }, usage, stopReason: 'tool_use' };
    },
  };
  const log: string[] = [];
  const scans = o.scans ?? 1;
  const parts = Array.from({ length: scans }, (_, i) => o.files.filter((_, j) => j % scans === i));
  const scan = (files: MissFile[]) =>
    scanFiles(files, {
      client,
      price: undefined,
      maxConcurrency: o.maxConcurrency,
      maxCostUsd: undefined,
      packChars: o.packChars ?? 12_000,
      packFiles: o.packFiles ?? 8,
      overheadTokens: Math.ceil((SYSTEM.length + SCHEMA.length) / 4) + 100,
      retryBaseMs: o.retryBaseMs,
      log: (m) => log.push(`${(clock.t / 1000).toFixed(2)} s ${m}`),
      sleep: clock.sleep,
      now: clock.now,
      random,
    });
  const outcomes = await clock.run(Promise.all(parts.map(scan)));
  return {
    outcome: outcomes[0]!,
    reviewed: outcomes.reduce((n, x) => n + x.results.size, 0),
    failed: outcomes.reduce((n, x) => n + x.failed.size, 0),
    ms: clock.t,
    admitted: quota.admitted - strays,
    tokens: quota.tokens,
    throttled: quota.throttled + strays,
    log,
  };
}

/** Source files of varied sizes (1 to 10 KB), like the bench's cold scan. */
export function variedFiles(count: number, seed: number): MissFile[] {
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from(
      { length: 20 + ((i * 37) % 200) },
      (_, j) => `    total_${j} = accumulate(items[${j}], ${i}, ${seed})  # step ${j}`,
    );
    const content = `def handle_${i}(items):\n${lines.join('\n')}\n    return total_0\n`;
    return {
      path: `svc${i % 30}/handler_${i}.py`,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      lines: lines.length + 2,
    };
  });
}
