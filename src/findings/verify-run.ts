/**
 * Makes the verification calls: one per file, at most maxConcurrency in flight through the scan's adaptive
 * limit (which slows down on throttling), transient errors retried with backoff, every answer's tokens counted
 * (an invalid answer's too), within what is left of the budget. A file whose call fails keeps its findings
 * unverified, and nothing is cached for it, so the next run asks again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { addUsage, costUsd, NO_USAGE, round6, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { AdaptiveLimit, quotaOf } from '../scanner/adaptive-limit.js';
import { ModelError, type ModelClient, type ModelRequest } from '../scanner/model-client.js';
import { estimateTokens } from '../scanner/prompt.js';
import { errorMessage } from '../errors.js';
import {
  parseVerdicts,
  VERIFY_PROMPT_VERSION,
  VerdictsError,
  type Verification,
  type VerifyJob,
} from './verify-findings.js';

export interface VerifyCall {
  sha256: string;
  job: VerifyJob;
  request: ModelRequest;
}

export interface VerifyRunOptions {
  client: ModelClient;
  price: Price | undefined;
  maxConcurrency: number;
  /** What is left of max-cost-usd after the review; undefined: no cap. */
  budgetUsd: number | undefined;
  retries?: number;
  retryBaseMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  log: (message: string) => void;
}

export interface VerifyRunOutcome {
  results: Map<string, Verification>;
  /** Why a file's verification failed, by content hash: its findings stay, unverified, nothing is cached. */
  failed: Map<string, string>;
  calls: number;
  usage: Usage;
  usd: number | undefined;
}

const THROTTLE_RETRIES = 30;

const timerSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  sleep(ms, undefined, signal ? { signal } : undefined);

/** Runs every call; never throws for a model failure (the file is failed instead). */
export async function runVerification(
  calls: readonly VerifyCall[],
  opts: VerifyRunOptions,
): Promise<VerifyRunOutcome> {
  const out: VerifyRunOutcome = {
    results: new Map(),
    failed: new Map(),
    calls: 0,
    usage: NO_USAGE,
    usd: opts.price ? 0 : undefined,
  };
  const wait = opts.sleep ?? timerSleep;
  const gate = new AdaptiveLimit(opts.maxConcurrency, { now: () => performance.now(), sleep: wait });
  const state = { reserved: 0, fatal: undefined as string | undefined };
  const queue = [...calls];
  const worker = async () => {
    for (let call = queue.shift(); call; call = queue.shift()) {
      const failure = await verifyOne(call, opts, gate, out, state, wait).catch((e: unknown) =>
        errorMessage(e),
      );
      if (failure !== undefined) out.failed.set(call.sha256, failure);
    }
  };
  await Promise.all(Array.from({ length: Math.min(calls.length, 2 * opts.maxConcurrency) }, worker));
  return out;
}

type Shared = { reserved: number; fatal: string | undefined };

/** One file's call, retried while the error is transient; the reason it failed, or undefined when answered. */
async function verifyOne(
  call: VerifyCall,
  opts: VerifyRunOptions,
  gate: AdaptiveLimit,
  out: VerifyRunOutcome,
  state: Shared,
  wait: (ms: number, signal?: AbortSignal) => Promise<void>,
): Promise<string | undefined> {
  const estimate = estimateOf(call.request, call.job.asked.length);
  const estimateUsd = costUsd(estimate, opts.price) ?? 0;
  const tokens = estimate.inputTokens + estimate.outputTokens;
  if (opts.budgetUsd !== undefined && (out.usd ?? 0) + state.reserved + estimateUsd > opts.budgetUsd)
    return 'the budget (max-cost-usd) would be passed';
  state.reserved += estimateUsd;
  try {
    for (let attempt = 0; ; attempt++) {
      if (state.fatal) return state.fatal;
      if (opts.signal?.aborted) return 'the job was cancelled';
      const admission = await gate.acquire(tokens, opts.signal);
      let error: ModelError;
      try {
        out.calls++;
        const answer = await opts.client.ask!(call.request, opts.signal);
        account(out, answer.usage, opts.price);
        const u = answer.usage;
        gate.succeeded(admission, u.inputTokens + u.outputTokens + u.cacheReadTokens + u.cacheWriteTokens);
        const verdicts = parseVerdicts(answer.answer, call.job.asked);
        out.results.set(call.sha256, verification(verdicts, opts, answer.usage));
        return undefined;
      } catch (e) {
        if (e instanceof VerdictsError) return e.message;
        if (!(e instanceof ModelError)) throw e;
        error = e;
      } finally {
        gate.release();
      }
      if (error.usage) account(out, error.usage, opts.price);
      if (!error.sent) out.calls--;
      if (error.kind === 'fatal') return (state.fatal ??= error.message);
      if (error.throttle) gate.throttled(admission, quotaOf(error.message));
      // Throttles are the quota being found, not failures: many more of them are waited out.
      const retries = error.throttle ? THROTTLE_RETRIES : (opts.retries ?? 5);
      if (error.kind === 'request' || attempt >= retries) return error.message;
      const backoff = Math.max(
        error.retryAfterMs ?? 0,
        (opts.retryBaseMs ?? 500) * 2 ** Math.min(attempt, 4) * (0.5 + Math.random()),
      );
      opts.log(`Verification call failed (${error.message}); retrying in ${Math.round(backoff)} ms.`);
      await wait(backoff, opts.signal);
    }
  } finally {
    state.reserved -= estimateUsd;
  }
}

function verification(
  verdicts: Verification['verdicts'],
  opts: VerifyRunOptions,
  usage: Usage,
): Verification {
  return {
    version: VERIFY_PROMPT_VERSION,
    model: opts.client.modelId,
    verdicts,
    tokens: {
      in: usage.inputTokens,
      out: usage.outputTokens,
      cacheRead: usage.cacheReadTokens,
      cacheWrite: usage.cacheWriteTokens,
    },
    usd: costUsd(usage, opts.price) ?? null,
  };
}

function account(out: VerifyRunOutcome, usage: Usage, price: Price | undefined): void {
  out.usage = addUsage(out.usage, usage);
  if (out.usd !== undefined) out.usd = round6(out.usd + (costUsd(usage, price) ?? 0));
}

/** About 4 characters a token in, and 80 output tokens a finding. */
function estimateOf(request: ModelRequest, findings: number): Usage {
  return {
    inputTokens: estimateTokens(request.system) + estimateTokens(request.prompt) + 300,
    outputTokens: 100 + 80 * findings,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}
