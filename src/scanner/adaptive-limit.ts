/**
 * How many model calls run at once, and how fast they start: the scan seeks the account's Bedrock quota
 * instead of asking the user to know it.
 *
 * Concurrency follows AIMD (additive increase, multiplicative decrease): it starts at a few calls, doubles
 * while every call succeeds (slow start: one more for each success), then grows by one per window of
 * successes (as many as the limit), and halves on a throttle, once per round (calls already in flight when it
 * was lowered report the same congestion). Bedrock's quotas are per minute, requests and tokens, so the first
 * throttle also teaches a rate: what got through in the last seconds, a little less. From then on no call
 * starts before the rate allows its estimated tokens (a paced start, so calls do not bunch up and meet the
 * quota together); the rate is raised a little per success, to find the quota again when it frees up, and
 * cut on the next throttle.
 *
 * Not every throttle is the quota: some arrive at the same share whatever the rate (a busy region, another
 * tenant). Cutting on each of them would slow the scan down round after round, and never find the quota. So
 * throttles crowd in only when the last calls were throttled well above the share of the calls before them
 * that ran at the same rate (started after the last cut had taken effect): a quota met raises that share,
 * a throttle that keeps arriving at the same share after slowing down is left to the retry's backoff.
 */
export interface LimitClock {
  /** Milliseconds, monotonic. */
  now: () => number;
  /** Waits; rejects when the signal aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Which per-minute quota a throttle names, from Bedrock's message ("Too many tokens, ..."). */
export type Quota = 'requests' | 'tokens' | 'unknown';

export function quotaOf(message: string): Quota {
  if (/too many tokens|tokens per minute/i.test(message)) return 'tokens';
  if (/too many requests|requests per minute/i.test(message)) return 'requests';
  return 'unknown';
}

/** A call let through: the round it started in (for throttled) and when, with its estimate (for succeeded). */
export interface Admission {
  round: number;
  startedAt: number;
  estimate: number;
}

/** The rate a run settled at, for the log. */
export interface SettledRate {
  inFlight: number;
  requestsPerMinute: number;
  tokensPerMinute: number;
  throttles: number;
}

/** Where concurrency starts: modest, so a small account is not flooded, and doubled within a few calls. */
export const START_CONCURRENCY = 4;
/** What got through over the last two calls' time, within these bounds, is the rate a throttle teaches. */
const MIN_WINDOW_MS = 2_000;
const RATE_WINDOW_MS = 10_000;
/** A learned rate is this share of what got through: just under the quota, so the next throttle is far off. */
const RATE_CUT = 0.9;
/**
 * A learned rate grows by this share per success: the quota is probed again (a rate learned low, during the
 * ramp up, is soon left behind), and the next throttle cuts it back.
 */
const RATE_PROBE = 0.005;
/** Throttles among the last OUTCOMES calls that show the quota is met (fewer are strays). */
const CROWDED = 3;
const OUTCOMES = 10;
/** The outcomes at the current rate kept to measure the share of throttles there are anyway. */
const STEADY = 50;
/** After a cut, the rate is the cut one until probing has raised it by this share. */
const STEADY_PROBE = 0.1;
/** A paced start may be this early: a short burst, not a strict metronome. */
const BURST_MS = 500;

/** Per minute, requests and tokens; a quota not learned (never throttled on) is not paced. */
interface Budget {
  rpm: number | undefined;
  tpm: number | undefined;
}

export class AdaptiveLimit {
  private limit: number;
  private active = 0;
  private streak = 0;
  /** Bumped at each decrease; a call remembers the round it started in. */
  private round = 0;
  private slowStart = true;
  private waiters: (() => void)[] = [];
  private readonly budget: Budget = { rpm: undefined, tpm: undefined };
  /** The paced schedule: the earliest the next call may start. */
  private nextStart = Number.NEGATIVE_INFINITY;
  /** Successful calls of the last RATE_WINDOW_MS: when they ended and the tokens they used. */
  private recent: { at: number; tokens: number }[] = [];
  /** Estimated and actual tokens of the successes, to correct the estimates the pacing uses. */
  private estimated = 0;
  private used = 0;
  /** Mean call duration (exponential), to keep enough calls in flight for a learned rate. */
  private latencyMs = 0;
  /** The last calls' outcomes, true for a throttle. */
  private outcomes: boolean[] = [];
  private firstStart: number | undefined;
  private lastEnd = 0;
  private calls = 0;
  private throttles = 0;
  /** Outcomes (true for a throttle) of calls started at the current rate, at least a call's time after a cut. */
  private steady: { seq: number; throttle: boolean }[] = [];
  /** When the current rate took effect: a call's time after the last cut. */
  private steadyFrom = 0;
  /** How much probing has raised the rate since the last cut. */
  private probed = 1;
  /** Outcomes so far. */
  private seq = 0;

  constructor(
    private readonly max: number,
    private readonly clock: LimitClock,
    start = START_CONCURRENCY,
  ) {
    this.limit = Math.max(1, Math.min(max, start));
  }

  get current(): number {
    return this.limit;
  }

  /** The requests and tokens a minute learned from throttles; undefined for a quota never met. */
  get learned(): Readonly<Budget> {
    return { ...this.budget };
  }

  /** Waits for a place, then for the pace; the place is given back if the wait is cancelled. */
  async acquire(estimateTokens: number, signal?: AbortSignal): Promise<Admission> {
    while (this.active >= this.limit) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
    try {
      const wait = this.schedule(estimateTokens);
      if (wait > 0) await this.clock.sleep(wait, signal);
    } catch (e) {
      this.release();
      throw e;
    }
    const startedAt = this.clock.now();
    this.firstStart ??= startedAt;
    return { round: this.round, startedAt, estimate: estimateTokens };
  }

  release(): void {
    this.active--;
    this.wake();
  }

  /** A call answered: its tokens count toward the rate; a window of successes raises the limits. */
  succeeded(admission: Admission, tokens: number): void {
    const now = this.clock.now();
    this.calls++;
    this.lastEnd = now;
    this.estimated += admission.estimate;
    this.used += tokens;
    const took = now - admission.startedAt;
    this.latencyMs = this.latencyMs ? 0.8 * this.latencyMs + 0.2 * took : took;
    this.recent.push({ at: now, tokens });
    this.trim(now);
    this.remember(admission, false);
    if (this.budget.rpm || this.budget.tpm) this.probed *= 1 + RATE_PROBE;
    if (this.budget.rpm) this.budget.rpm *= 1 + RATE_PROBE;
    if (this.budget.tpm) this.budget.tpm *= 1 + RATE_PROBE;
    if (++this.streak < (this.slowStart ? 1 : this.limit)) return;
    this.streak = 0;
    if (this.limit < this.max) {
      this.limit++;
      this.wake();
    }
  }

  /**
   * A call was throttled. Once per round: the limit halves (never below what the learned rate needs in
   * flight), and the quota the message names is learned from what got through, or cut if already learned.
   * Returns whether it slowed down (false for a stray throttle).
   */
  throttled(admission: Admission, quota: Quota = 'unknown'): boolean {
    this.throttles++;
    this.streak = 0;
    this.remember(admission, true);
    // A stray throttle is answered by the retry's backoff alone; the quota is met when throttles crowd in:
    // three of the last ten calls, and more than twice the share there are anyway.
    const crowded = Math.min(OUTCOMES, CROWDED + Math.ceil(2 * this.anyway() * OUTCOMES));
    if (this.outcomes.length < OUTCOMES || this.outcomes.filter(Boolean).length < crowded) return false;
    if (admission.round < this.round) return false;
    this.round++;
    this.slowStart = false;
    const now = this.clock.now();
    this.steady = [];
    this.steadyFrom = now + this.latencyMs;
    this.probed = 1;
    this.trim(now);
    // Over the last two calls' time (2 to 10 s): what got through just now, not during the ramp up to it.
    const window = Math.min(
      RATE_WINDOW_MS,
      Math.max(MIN_WINDOW_MS, 2 * this.latencyMs),
      now - (this.firstStart ?? now),
    );
    const lately = this.recent.filter((r) => r.at > now - window);
    const perMinute = (n: number) => (window > 0 && lately.length > 0 ? (n * 60_000) / window : 0);
    const rpm = perMinute(lately.length);
    const tpm = perMinute(lately.reduce((n, r) => n + r.tokens, 0));
    if (quota !== 'tokens') this.budget.rpm = learn(this.budget.rpm, rpm);
    if (quota !== 'requests') this.budget.tpm = learn(this.budget.tpm, tpm);
    this.limit = Math.max(1, Math.floor(this.limit / 2), Math.min(this.limit, this.needed()));
    return true;
  }

  /** What the run averaged, from its first call's start to its last call's end. */
  settled(): SettledRate {
    const minutes = Math.max(this.lastEnd - (this.firstStart ?? this.lastEnd), 1) / 60_000;
    return {
      inFlight: this.limit,
      requestsPerMinute: Math.round(this.calls / minutes),
      tokensPerMinute: Math.round(this.used / minutes),
      throttles: this.throttles,
    };
  }

  /**
   * Books the call's start on the paced schedule and returns how long to wait for it: each call moves the
   * schedule on by its share of a minute of the learned quotas (a request, and its estimated tokens corrected
   * by what the estimates have been off by so far).
   */
  private schedule(estimateTokens: number): number {
    const { rpm, tpm } = this.budget;
    if (!rpm && !tpm) return 0;
    const now = this.clock.now();
    const tokens = estimateTokens * (this.estimated > 0 ? this.used / this.estimated : 1);
    const step = Math.max(rpm ? 60_000 / rpm : 0, tpm ? (tokens * 60_000) / tpm : 0);
    // The schedule never lags behind now (an idle spell earns no flood of calls), and a call may start a short
    // burst ahead of its place.
    const due = Math.max(this.nextStart, now);
    const start = Math.max(now, due - BURST_MS);
    this.nextStart = due + step;
    return start - now;
  }

  /** Calls in flight that a learned rate needs (Little's law: rate times latency), within the ceiling. */
  private needed(): number {
    const perCall = this.calls > 0 ? this.used / this.calls : 0;
    const rpm = Math.min(
      this.budget.rpm ?? Number.POSITIVE_INFINITY,
      this.budget.tpm && perCall ? this.budget.tpm / perCall : Number.POSITIVE_INFINITY,
    );
    if (!Number.isFinite(rpm) || !this.latencyMs) return 1;
    return Math.min(this.max, Math.ceil((rpm / 60_000) * this.latencyMs));
  }

  /** The share of calls throttled at the current rate, before the last OUTCOMES calls. */
  private anyway(): number {
    const before = this.steady.filter((o) => o.seq <= this.seq - OUTCOMES);
    return before.length > 0 ? before.filter((o) => o.throttle).length / before.length : 0;
  }

  private remember(admission: Admission, throttle: boolean): void {
    this.outcomes.push(throttle);
    if (this.outcomes.length > OUTCOMES) this.outcomes.shift();
    this.seq++;
    // Calls at the current rate: started after the last cut took effect (a call's time after it) and before
    // probing took the rate on much past it; before the first cut, every call.
    if (admission.round !== this.round || admission.startedAt < this.steadyFrom) return;
    if (this.round > 0 && this.probed > 1 + STEADY_PROBE) return;
    this.steady.push({ seq: this.seq, throttle });
    if (this.steady.length > STEADY) this.steady.shift();
  }

  private trim(now: number): void {
    while (this.recent.length > 0 && this.recent[0]!.at < now - RATE_WINDOW_MS) this.recent.shift();
  }

  /** One waiter re-checks for a place (it waits again if there is none). */
  private wake(): void {
    this.waiters.shift()?.();
  }
}

/** A quota learned from what got through, or cut if it was already learned; nothing got through: halved. */
function learn(budget: number | undefined, measured: number): number | undefined {
  if (measured > 0) return Math.min(budget ?? measured, measured) * RATE_CUT;
  return budget === undefined ? undefined : budget / 2;
}
