/**
 * How many model calls run at once, and how fast they start: the scan seeks the account's Bedrock quota
 * instead of asking the user to know it.
 *
 * Concurrency follows AIMD (additive increase, multiplicative decrease): it starts at a few calls, doubles
 * while every call succeeds (slow start: one more for each success), then grows by one per window of
 * successes (as many as the limit), and halves on a throttle, once per round (calls already in flight when it
 * was lowered report the same congestion). Bedrock's quotas are per minute, requests and tokens, so a cut also
 * teaches a rate: what the service let in over the last seconds (calls by when they started, those still in
 * flight included, as the quota counts them), a little less. From then on no call starts before the rate
 * allows its estimated tokens (a paced start, so calls do not bunch up and meet the quota together); the rate
 * is raised slowly per success, to find the quota again when it frees up, and cut on the next throttles.
 *
 * Not every throttle is the quota: some arrive at the same share whatever the rate (a busy region, another
 * tenant). Throttles crowd in when more of the last calls started were throttled than that share explains.
 * Each cut is then a trial: a quota met stops throttling once the rate is under it; if the calls started
 * after the cut are throttled about as often as those before it, the throttles did not depend on the rate,
 * the cut is undone and their share is remembered, so that they are left to the retry's backoff from then on.
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

/** A call let through: the round it started in (for throttled) and when, with its estimate (for the rate). */
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

/** Where concurrency starts: modest, so a small account is not flooded, and doubled per call's time. */
export const START_CONCURRENCY = 8;
/**
 * What the service let in over the last five calls' time, within these bounds, is the rate a cut teaches: long
 * enough that the burst a quota holds (spent just before it throttles) inflates it little.
 */
const RATE_WINDOW_CALLS = 5;
const MIN_WINDOW_MS = 2_000;
const RATE_WINDOW_MS = 10_000;
/** A learned rate is this share of what got in: under the quota even with some burst in it. */
const RATE_CUT = 0.85;
/**
 * A learned rate grows by this share per success: the quota is probed again (a rate learned low is soon
 * left behind), slowly, so that meeting it again is rare, and the next throttles cut it back.
 */
const RATE_PROBE = 0.002;
/** The last calls started, whose throttles show whether the quota is met. */
const RECENT = 10;
/** Fewer throttles than this among the last RECENT calls are strays whatever their share. */
const CROWDED = 3;
/** Calls started after a cut that tell whether the throttles depended on the rate. */
const TRIAL = 20;
/** Throttled after a cut at this share of before it (or more): the throttles did not depend on the rate. */
const UNDO_SHARE = 0.75;
/**
 * Throttles on more than this share of calls are never taken for strays: the quota is met, by this scan or by
 * others sharing it (shards of one scan, other workloads), and only slowing down lets calls through.
 */
const MAX_STRAY = 0.5;
/** A throttled call's place is held until the next answer, at most this share of a call's time... */
const HOLD_SHARE = 0.1;
/** ...a call's time taken as this before one is known. */
const HOLD_MS = 1_000;
/** After a cut, no call starts for this long: the quota was overdrawn, and refills meanwhile. */
const PAUSE_MS = 1_000;
/** Calls remembered (started, in order): the crowd, the trial and the rate are read from them. */
const KEPT = 200;

/** Per minute, requests and tokens; a quota not learned (never throttled on) is not paced. */
interface Budget {
  rpm: number | undefined;
  tpm: number | undefined;
}

/** A call started: how it ended (undefined while in flight) and the tokens it used. */
interface Start {
  admission: Admission;
  throttled?: boolean;
  tokens?: number;
}

/** What a cut changed, to undo it if the throttles turn out not to depend on the rate. */
interface Trial {
  /** The round the cut started. */
  first: number;
  limit: number;
  slowStart: boolean;
  budget: Budget;
  /** The share of throttles among the calls started before the cut. */
  share: number;
}

export class AdaptiveLimit {
  private limit: number;
  private active = 0;
  /** Places of throttled calls not given back yet (counted in active). */
  private held = 0;
  private streak = 0;
  /** Bumped at each decrease; a call remembers the round it started in. */
  private round = 0;
  private slowStart = true;
  private waiters: (() => void)[] = [];
  private budget: Budget = { rpm: undefined, tpm: undefined };
  /** The paced schedule: the earliest the next call may start. */
  private nextStart = Number.NEGATIVE_INFINITY;
  /** The calls started lately, in order. */
  private starts: Start[] = [];
  /** Estimated and actual tokens of the successes, to correct the estimates the pacing uses. */
  private estimated = 0;
  private used = 0;
  /** Mean call duration (exponential), to keep enough calls in flight for a learned rate. */
  private latencyMs = 0;
  /** How long a throttle takes to come back (exponential mean): a call in flight for longer was let in. */
  private throttleMs = 0;
  /** The share of calls throttled whatever the rate, learned from a cut undone. */
  private stray = 0;
  private trial: Trial | undefined;
  private firstStart: number | undefined;
  private lastEnd = 0;
  private calls = 0;
  private throttles = 0;

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
      // Waits for the schedule, then books its start: a cut while it waits moves the schedule on.
      for (let wait = this.wait(); wait > 0; wait = this.wait()) await this.clock.sleep(wait, signal);
      this.book(estimateTokens);
    } catch (e) {
      this.release();
      throw e;
    }
    const startedAt = this.clock.now();
    this.firstStart ??= startedAt;
    const admission = { round: this.round, startedAt, estimate: estimateTokens };
    this.starts.push({ admission });
    if (this.starts.length > KEPT) this.starts.shift();
    return admission;
  }

  /**
   * Gives a call's place back. A throttled call's place is held until the next answer (a tenth of a call's
   * time at most): a throttle comes back at once, and a place it gave back at once would start another call
   * that meets the same empty quota, a storm of throttles at the speed of a round trip; held, the calls start
   * at the pace the answers come back.
   */
  release(throttled = false): void {
    if (!throttled) return this.free();
    this.held++;
    void this.clock.sleep(HOLD_SHARE * (this.latencyMs || HOLD_MS)).then(
      () => this.unhold(),
      () => this.unhold(),
    );
  }

  private unhold(): void {
    if (this.held === 0) return;
    this.held--;
    this.free();
  }

  private free(): void {
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
    this.record(admission, false, tokens);
    this.decide();
    this.unhold();
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
   * A call was throttled. When throttles crowd in, once per round: the limit halves (never below what the
   * learned rate needs in flight), and the quota the message names is learned from what got in, or cut if
   * already learned. Returns whether it slowed down (false for a stray throttle).
   */
  throttled(admission: Admission, quota: Quota = 'unknown'): boolean {
    this.throttles++;
    this.streak = 0;
    this.record(admission, true);
    const took = this.clock.now() - admission.startedAt;
    this.throttleMs = this.throttleMs ? 0.8 * this.throttleMs + 0.2 * took : took;
    const crowded = this.crowded() && admission.round >= this.round && !this.trying();
    if (crowded) this.cut(quota);
    this.decide();
    return crowded;
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

  /** Slows down: halves the limit and learns (or lowers) the rate; the trial tells later if it was right. */
  private cut(quota: Quota): void {
    const now = this.clock.now();
    this.trial ??= {
      first: this.round + 1,
      limit: this.limit,
      slowStart: this.slowStart,
      budget: { ...this.budget },
      share: this.share(this.starts.slice(-2 * TRIAL)),
    };
    this.round++;
    this.slowStart = false;
    const { rpm, tpm } = this.letIn(now);
    if (quota !== 'tokens') this.budget.rpm = learn(this.budget.rpm, rpm);
    if (quota !== 'requests') this.budget.tpm = learn(this.budget.tpm, tpm);
    this.limit = Math.max(1, Math.floor(this.limit / 2), Math.min(this.limit, this.needed()));
    // The quota was just overdrawn: the next call waits its turn on the new pace, not a burst ahead of it.
    this.nextStart = Math.max(this.nextStart, now + PAUSE_MS);
  }

  /**
   * Requests and tokens a minute the service let in over the last two calls' time (2 to 10 s): the calls
   * started then and not throttled, those in flight at their estimate, as the quota counts them at the start.
   */
  private letIn(now: number): { rpm: number; tpm: number } {
    const window = Math.min(
      RATE_WINDOW_MS,
      Math.max(MIN_WINDOW_MS, RATE_WINDOW_CALLS * this.latencyMs),
      now - (this.firstStart ?? now),
    );
    const lately = this.starts.filter((s) => s.admission.startedAt > now - window && !s.throttled);
    const correction = this.estimated > 0 ? this.used / this.estimated : 1;
    const tokens = lately.reduce((n, s) => n + (s.tokens ?? s.admission.estimate * correction), 0);
    const perMinute = (n: number) => (window > 0 && lately.length > 0 ? (n * 60_000) / window : 0);
    return { rpm: perMinute(lately.length), tpm: perMinute(tokens) };
  }

  /**
   * Whether the quota is met: more throttles among the last calls started than the share of strays explains,
   * by a margin that keeps strays from crowding in by chance. Throttles come back at once and answers take the
   * model's time, so the calls counted are those whose fate is known: ended, or in flight for longer than a
   * throttle takes (the service let them in); counting the calls just started would hide a storm of throttles
   * behind them, and counting only the calls that ended would find throttles among calls still answering.
   */
  private crowded(): boolean {
    const last = this.known(this.starts).slice(-RECENT);
    const throttled = last.filter((s) => s.throttled).length;
    const mean = RECENT * this.stray;
    const margin = 2 * Math.sqrt(mean * (1 - this.stray)) + 1;
    return last.length >= RECENT && throttled >= Math.max(CROWDED, Math.ceil(mean + margin));
  }

  /**
   * The calls whose fate is known, in the order they started: up to the first call just started and still in
   * flight, since a throttle started after it is known sooner than its answer would be (counting the throttle
   * without the answer would find more throttles than there are). A call in flight for longer than a throttle
   * takes was let in.
   */
  private known(starts: readonly Start[]): Start[] {
    const since = this.clock.now() - (2 * this.throttleMs + 50);
    const young = starts.findIndex((s) => s.throttled === undefined && s.admission.startedAt >= since);
    return young < 0 ? [...starts] : starts.slice(0, young);
  }

  /** Records how a call ended. */
  private record(admission: Admission, throttled: boolean, tokens?: number): void {
    const start = this.starts.find((s) => s.admission === admission);
    if (start) Object.assign(start, { throttled, tokens });
  }

  /** A trial under way is decided by the calls started after its cut. */
  private decide(): void {
    const trial = this.trial;
    if (!trial) return;
    const after = this.trialCalls(trial);
    const share = this.share(after);
    const throttles = after.filter((s) => s.throttled).length;
    // About as often throttled after the cut as before it: not the quota. Much more often may be the quota
    // met harder (cut again on the crowd), so it is decided early only within a bound, and at the end anyway.
    const same = throttles >= 3 && share >= UNDO_SHARE * trial.share && share <= MAX_STRAY;
    if (after.length >= TRIAL / 2 && same && share <= 2 * trial.share + 0.1) return this.undo(trial, share);
    if (after.length < TRIAL) return;
    if (same) return this.undo(trial, share);
    this.trial = undefined;
  }

  /** A trial under way where throttles are no more frequent than before the cut: no cut on top of it. */
  private trying(): boolean {
    if (!this.trial) return false;
    // Too few calls after the cut to tell yet: cutting again on a handful would spiral the rate down.
    const after = this.trialCalls(this.trial);
    if (after.length < RECENT) return true;
    return this.share(after) <= Math.max(2 * this.trial.share, this.trial.share + 0.15);
  }

  private trialCalls(trial: Trial): Start[] {
    return this.known(this.starts.filter((s) => s.admission.round >= trial.first));
  }

  /** The cut was not the quota's doing: back to the rate before it, with their share of strays learned. */
  private undo(trial: Trial, share: number): void {
    this.stray = Math.max(this.stray, Math.min(share, trial.share));
    this.limit = Math.max(this.limit, trial.limit);
    this.slowStart = trial.slowStart;
    this.budget = trial.budget;
    this.nextStart = Number.NEGATIVE_INFINITY;
    this.trial = undefined;
    this.wake();
  }

  /** The share of throttles among the calls whose fate is known. */
  private share(starts: readonly Start[]): number {
    const known = this.known(starts);
    return known.length ? known.filter((s) => s.throttled).length / known.length : 0;
  }

  /** How long until the paced schedule lets the next call start; 0 when no quota is learned. */
  private wait(): number {
    if (!this.budget.rpm && !this.budget.tpm) return 0;
    // Whole milliseconds: a clock that moves by the wait exactly is not left a rounding error short.
    return Math.max(0, Math.ceil(this.nextStart - this.clock.now()));
  }

  /**
   * Books a call's start on the paced schedule: each call moves it on by its share of a minute of the learned
   * quotas. The schedule never lags behind now (an idle spell earns no flood of calls).
   */
  private book(estimateTokens: number): void {
    if (!this.budget.rpm && !this.budget.tpm) return;
    this.nextStart = Math.max(this.nextStart, this.clock.now()) + this.step(estimateTokens);
  }

  /** A call's share of a minute of the learned quotas: a request, and its tokens corrected by the estimates'. */
  private step(estimateTokens: number): number {
    const { rpm, tpm } = this.budget;
    const tokens = estimateTokens * (this.estimated > 0 ? this.used / this.estimated : 1);
    return Math.max(rpm ? 60_000 / rpm : 0, tpm ? (tokens * 60_000) / tpm : 0);
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
