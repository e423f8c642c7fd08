/**
 * A Bedrock account's on-demand quota for the Converse stand-in: requests per minute and tokens per minute, each
 * a token bucket that refills continuously and holds a short burst. A request finds both buckets with room or
 * is throttled at once, as Bedrock sheds load before the model runs: HTTP 429 ThrottlingException naming the
 * quota ("Too many requests" or "Too many tokens"). As Bedrock does, a request reserves its input tokens plus
 * its `maxTokens` when it is admitted, and settles when it is answered: the output tokens it did not use go back
 * to the bucket (see "How tokens are counted in Amazon Bedrock" in the Bedrock user guide). So large
 * `maxTokens` values cut how many requests the token quota lets in at once, though not what they cost.
 */
export interface QuotaOptions {
  requestsPerMinute: number;
  tokensPerMinute: number;
  /** How many seconds of each quota the buckets hold, full at the start (default 2). */
  burstSeconds?: number;
  /** Milliseconds, monotonic (default performance.now). */
  now?: () => number;
}

export interface QuotaModel {
  /**
   * Takes a request, reserving its input tokens and the output it may write (its maxTokens); the quota it ran
   * out of, or undefined when admitted.
   */
  admit(inputTokens: number, maxTokens?: number): 'requests' | 'tokens' | undefined;
  /** Settles an answered request: its output tokens are taken, the rest of what it reserved goes back. */
  spend(tokens: number, reserved?: number): void;
  readonly admitted: number;
  readonly throttled: number;
  /** Tokens taken over all requests. */
  readonly tokens: number;
  readonly options: QuotaOptions;
}

/** Bedrock's messages for the two quotas (the SDK's ThrottlingException carries them). */
export const THROTTLE_MESSAGES = {
  requests: 'Too many requests, please wait before trying again.',
  tokens: 'Too many tokens, please wait before trying again.',
} as const;

class Bucket {
  private level: number;
  private at: number;
  constructor(
    private readonly perMinute: number,
    private readonly capacity: number,
    private readonly now: () => number,
  ) {
    this.level = capacity;
    this.at = now();
  }
  /** Whether `n` fits now; a request larger than the whole bucket is let through when the bucket is full. */
  fits(n: number): boolean {
    this.refill();
    return this.level >= Math.min(n, this.capacity);
  }
  /** Takes `n` (or gives it back when negative; never above the bucket's capacity). */
  take(n: number): void {
    this.refill();
    this.level = Math.min(this.capacity, this.level - n);
  }
  private refill(): void {
    const t = this.now();
    this.level = Math.min(this.capacity, this.level + ((t - this.at) * this.perMinute) / 60_000);
    this.at = t;
  }
}

export function quotaModel(options: QuotaOptions): QuotaModel {
  const now = options.now ?? (() => performance.now());
  const burst = (options.burstSeconds ?? 2) / 60;
  const requests = new Bucket(options.requestsPerMinute, Math.max(1, options.requestsPerMinute * burst), now);
  const tokens = new Bucket(options.tokensPerMinute, options.tokensPerMinute * burst, now);
  const counts = { admitted: 0, throttled: 0, tokens: 0 };
  return {
    admit(inputTokens, maxTokens = 0) {
      const reserve = inputTokens + maxTokens;
      const short = !requests.fits(1) ? 'requests' : !tokens.fits(reserve) ? 'tokens' : undefined;
      if (short) {
        counts.throttled++;
        return short;
      }
      requests.take(1);
      tokens.take(reserve);
      counts.admitted++;
      counts.tokens += inputTokens;
      return undefined;
    },
    spend(n, reserved = 0) {
      tokens.take(n - reserved);
      counts.tokens += n;
    },
    get admitted() {
      return counts.admitted;
    },
    get throttled() {
      return counts.throttled;
    },
    get tokens() {
      return counts.tokens;
    },
    options,
  };
}
