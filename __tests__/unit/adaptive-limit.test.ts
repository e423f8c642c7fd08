import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { AdaptiveLimit, quotaOf, START_CONCURRENCY, type Quota } from '../../src/scanner/adaptive-limit.js';

/** A clock that moves only when told, or when the limit sleeps (the sleep is recorded). */
function fakeClock() {
  const clock = {
    t: 0,
    delays: [] as number[],
    now: () => clock.t,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return Promise.reject(new Error('aborted'));
      clock.delays.push(ms);
      clock.t += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

/** One call through the limit that succeeds after `ms`, using `tokens`. */
async function succeed(
  limit: AdaptiveLimit,
  clock: ReturnType<typeof fakeClock>,
  ms: number,
  tokens: number,
) {
  const a = await limit.acquire(tokens);
  clock.t += ms;
  limit.succeeded(a, tokens);
  limit.release();
}

/** Three throttles in one round (fewer are strays the limit leaves to the retry's backoff). */
async function throttle(limit: AdaptiveLimit, quota?: Quota) {
  const calls = await Promise.all([1, 2, 3].map(() => limit.acquire(1000)));
  for (const a of calls) {
    limit.throttled(a, quota);
    limit.release();
  }
}

/** A call let through and given back at once: only its paced start matters. */
async function pass(limit: AdaptiveLimit, tokens: number) {
  await limit.acquire(tokens);
  limit.release();
}

describe('AdaptiveLimit concurrency (AIMD)', () => {
  it('starts modestly, doubles while calls succeed, and never passes the ceiling', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(32, clock);
    assert.equal(limit.current, START_CONCURRENCY);
    assert.equal(new AdaptiveLimit(2, clock).current, 2, 'a ceiling below the start is the start');
    for (let i = 0; i < 4; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 8, 'slow start: one more per success, so a window of successes doubles it');
    for (let i = 0; i < 100; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 32);
  });

  it('halves once per round of throttles, then grows by one per window of successes', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(64, clock);
    for (let i = 0; i < 12; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 16);
    const inFlight = await Promise.all(Array.from({ length: 3 }, () => limit.acquire(100)));
    for (const a of inFlight) {
      limit.throttled(a);
      limit.release();
    }
    assert.equal(limit.current, 8, 'three throttles of one round halve it once');
    const next = await limit.acquire(100);
    limit.throttled(next);
    limit.release();
    assert.equal(limit.current, 4, 'a call started after the decrease reports new congestion');
    for (let i = 0; i < 3; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 4, 'fewer successes than the limit: no growth');
    await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 5, 'a window of four successes: one more');
    for (let i = 0; i < 5; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 6);
  });

  it('holds a caller until a place is free, and gives the place back when its wait is cancelled', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(1, clock);
    const first = await limit.acquire(10);
    let second = false;
    const waiting = limit.acquire(10).then(() => (second = true));
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(second, false);
    limit.release();
    await waiting;
    assert.equal(second, true);
    limit.succeeded(first, 10);
    limit.release();

    // Learn a rate (one call a second got through), then cancel a call while it waits for its paced start.
    for (let i = 0; i < 8; i++) await succeed(limit, clock, 1000, 10);
    for (let i = 0; i < 3; i++) {
      limit.throttled(await limit.acquire(10));
      limit.release();
    }
    await limit.acquire(10).then(() => limit.release());
    await assert.rejects(limit.acquire(10, AbortSignal.abort()));
    const again = await limit.acquire(10);
    assert.ok(again.startedAt >= 0, 'the cancelled wait left the place free');
  });
});

describe('AdaptiveLimit pace (per-minute quotas)', () => {
  /** 50 calls of 1,000 tokens over 10 s: 300 requests and 300,000 tokens a minute got through. */
  async function warmed(max = 64) {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(max, clock);
    for (let i = 0; i < 50; i++) await succeed(limit, clock, 200, 1000);
    return { clock, limit };
  }

  it('leaves a stray throttle to the backoff: two in the last ten calls teach nothing', async () => {
    const { limit } = await warmed();
    const before = limit.current;
    for (let i = 0; i < 2; i++) {
      limit.throttled(await limit.acquire(1000), 'tokens');
      limit.release();
    }
    assert.deepEqual(limit.learned, { rpm: undefined, tpm: undefined });
    assert.equal(limit.current, before);
  });

  it('does not slow down for throttles that arrive at the same share whatever the rate', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(20, clock);
    /** As many calls as the limit lets in: a `share` of them answered at once, throttled, the rest in 500 ms. */
    async function round(share: number) {
      const calls = await Promise.all(Array.from({ length: limit.current }, () => limit.acquire(100)));
      const throttled = Math.round(calls.length * share);
      for (const a of calls.slice(0, throttled)) {
        limit.throttled(a, 'requests');
        limit.release();
      }
      clock.t += 500;
      for (const a of calls.slice(throttled)) {
        limit.succeeded(a, 100);
        limit.release();
      }
    }
    // A fifth of the calls throttled from the first, whatever the rate, in a row each round: the last ten
    // calls often hold three or four throttles, but no more than the calls before them at that rate.
    for (let i = 0; i < 30; i++) await round(0.2);
    assert.deepEqual(limit.learned, { rpm: undefined, tpm: undefined }, 'no rate learned, none cut');
    assert.equal(limit.current, 20, 'grown to the ceiling, never halved');
    assert.equal(clock.t, 30 * 500, 'never paced');
    // The share rising above that (the quota met) still counts.
    await round(0.5);
    assert.ok(limit.current < 20, `limit ${limit.current}`);
    assert.ok(limit.learned.rpm! > 0, 'a rate learned');
  });

  it('does not pace before a throttle: the quota is unknown', async () => {
    const { clock, limit } = await warmed();
    for (let i = 0; i < 20; i++) await pass(limit, 5000);
    assert.deepEqual(clock.delays, []);
  });

  it('learns the quota a throttle names from what got through, a tenth under it', async () => {
    const { limit } = await warmed();
    await throttle(limit, 'tokens');
    assert.equal(limit.learned.rpm, undefined, 'a token throttle says nothing of requests');
    assert.ok(Math.abs(limit.learned.tpm! - 270_000) < 1, `tpm ${limit.learned.tpm}`);
    const b = await warmed();
    await throttle(b.limit, 'requests');
    assert.ok(Math.abs(b.limit.learned.rpm! - 270) < 0.01, `rpm ${b.limit.learned.rpm}`);
    assert.equal(b.limit.learned.tpm, undefined);
  });

  it('then starts no more estimated tokens a minute than it learned (after a short burst)', async () => {
    const { clock, limit } = await warmed();
    await throttle(limit, 'tokens');
    const from = clock.t;
    for (let i = 0; i < 270; i++) await pass(limit, 1000);
    // 270 calls of 1,000 tokens at 270,000 a minute: a minute, less the burst a start may take early.
    assert.ok(clock.t - from >= 59_000 && clock.t - from <= 60_000, `took ${clock.t - from} ms`);
  });

  it('corrects its estimates by what the calls really used', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(64, clock);
    // Calls estimated at 1,000 tokens that used 2,000.
    for (let i = 0; i < 50; i++) {
      const a = await limit.acquire(1000);
      clock.t += 200;
      limit.succeeded(a, 2000);
      limit.release();
    }
    await throttle(limit, 'tokens');
    assert.ok(Math.abs(limit.learned.tpm! - 540_000) < 1);
    const from = clock.t;
    for (let i = 0; i < 270; i++) await pass(limit, 1000);
    assert.ok(clock.t - from >= 59_000 && clock.t - from <= 60_000, `took ${clock.t - from} ms`);
  });

  it('probes for more with each success, and cuts again on the next throttle', async () => {
    const { clock, limit } = await warmed();
    await throttle(limit, 'requests');
    const learned = limit.learned.rpm!;
    await succeed(limit, clock, 200, 1000);
    assert.ok(Math.abs(limit.learned.rpm! - learned * 1.005) < 1e-9, 'one success: half a percent more');
    for (let i = 0; i < 20; i++) await succeed(limit, clock, 200, 1000);
    const probed = limit.learned.rpm!;
    assert.ok(Math.abs(probed - learned * 1.005 ** 21) < 1e-6);
    await throttle(limit, 'requests');
    // Cut to a tenth under the lower of the probed rate and what got through in the last 2 s (300 a minute).
    const cut = 0.9 * Math.min(probed, 300);
    assert.ok(Math.abs(limit.learned.rpm! - cut) < 1e-6, `rpm ${limit.learned.rpm}, expected ${cut}`);
  });

  it('keeps as many calls in flight as the learned rate needs when it halves (rate times latency)', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(64, clock);
    // Calls of 2 s, 20 at a time: about 600 a minute got through; learned: a tenth less.
    for (let i = 0; i < 20; i++) await succeed(limit, clock, 10, 100);
    for (let round = 0; round < 5; round++) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => limit.acquire(100)));
      clock.t += 2000;
      for (const a of batch) {
        limit.succeeded(a, 100);
        limit.release();
      }
    }
    assert.equal(limit.current, 64);
    await throttle(limit, 'requests');
    assert.equal(limit.current, 32);
    limit.release();
    await throttle(limit, 'requests');
    // Cut again to about 490 a minute: at 2 s a call that needs 17 in flight, more than half of 32.
    const needed = Math.ceil((limit.learned.rpm! / 60_000) * 2000);
    assert.ok(needed > 16, `needed ${needed}`);
    const now = limit.current as number;
    assert.ok(Math.abs(now - needed) <= 1, `limit ${now}, needed ${needed}`);
  });

  it('reports the rate it settled at', async () => {
    const { limit } = await warmed();
    await throttle(limit, 'tokens');
    const r = limit.settled();
    assert.equal(r.throttles, 3);
    assert.equal(r.requestsPerMinute, 300);
    assert.equal(r.tokensPerMinute, 300_000);
    assert.equal(r.inFlight, limit.current);
  });
});

describe('quotaOf', () => {
  it("reads which quota Bedrock's throttle names", () => {
    assert.equal(quotaOf('ThrottlingException: Too many tokens, please wait before trying again.'), 'tokens');
    assert.equal(
      quotaOf('ThrottlingException: Too many requests, please wait before trying again.'),
      'requests',
    );
    assert.equal(quotaOf('ServiceUnavailableException: busy'), 'unknown');
  });
});
