/**
 * A Bedrock account's on-demand quota for the Converse stand-in: requests per minute and tokens per minute, each
 * a token bucket that refills continuously and holds a short burst. A request finds both buckets with room or
 * is throttled at once, as Bedrock sheds load before the model runs: HTTP 429 ThrottlingException naming the
 * quota ("Too many requests" or "Too many tokens"). A request's input tokens are taken when it is admitted and
 * its output tokens when it is answered (the bucket may go below zero then: the next requests wait for it).
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
  /** Takes a request and its input tokens; the quota it ran out of, or undefined when admitted. */
  admit(inputTokens: number): 'requests' | 'tokens' | undefined;
  /** Takes the output tokens of an answered request. */
  spend(tokens: number): void;
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
  take(n: number): void {
    this.refill();
    this.level -= n;
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
    admit(inputTokens) {
      const short = !requests.fits(1) ? 'requests' : !tokens.fits(inputTokens) ? 'tokens' : undefined;
      if (short) {
        counts.throttled++;
        return short;
      }
      requests.take(1);
      tokens.take(inputTokens);
      counts.admitted++;
      counts.tokens += inputTokens;
      return undefined;
    },
    spend(n) {
      tokens.take(n);
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
