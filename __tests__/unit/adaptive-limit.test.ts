import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  AdaptiveLimit,
  quotaOf,
  START_CONCURRENCY,
  type Admission,
  type Quota,
} from '../../src/scanner/adaptive-limit.js';

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

/** A clock whose sleeps wait until fire() (the held places of throttled calls). */
function manualClock() {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    timers: [] as (() => void)[],
    now: () => clock.t,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      return new Promise<void>((r) => clock.timers.push(r));
    },
    fire: () => clock.timers.splice(0).forEach((r) => r()),
  };
  return clock;
}

const flush = () => new Promise((r) => setImmediate(r));

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
    for (let i = 0; i < START_CONCURRENCY; i++) await succeed(limit, clock, 10, 100);
    assert.equal(
      limit.current,
      2 * START_CONCURRENCY,
      'slow start: one more per success, so a window of successes doubles it',
    );
    for (let i = 0; i < 100; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 32);
  });

  it('halves once per round of throttles, then grows by one per window of successes', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(64, clock, 4);
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
    assert.equal(limit.current, 8, 'one throttle after the cut: too few calls after it to cut again');
    for (let i = 0; i < 7; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 8, 'fewer successes than the limit: no growth');
    await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 9, 'a window of eight successes: one more');
    for (let i = 0; i < 9; i++) await succeed(limit, clock, 10, 100);
    assert.equal(limit.current, 10);
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
  /** 50 calls of 1,000 tokens, one every 200 ms: 300 requests and 300,000 tokens a minute got in. */
  async function warmed(max = 64) {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(max, clock);
    for (let i = 0; i < 50; i++) await succeed(limit, clock, 200, 1000);
    return { clock, limit };
  }
  /** What a cut after warmed() learns: the 9 calls started in the last 2 s (8.2 s to 9.8 s), 15% under. */
  const CUT_RPM = 9 * 30 * 0.85;

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

  it('counts no throttle ahead of an answer not known yet (a throttle comes back sooner)', async () => {
    const { clock, limit } = await warmed();
    // Ten calls answering, then three throttled at once: the answers may still be throttles too, or not.
    const answering = await Promise.all(Array.from({ length: 10 }, () => limit.acquire(1000)));
    for (let i = 0; i < 3; i++) {
      limit.throttled(await limit.acquire(1000), 'tokens');
      limit.release();
    }
    assert.equal(limit.learned.tpm, undefined, 'the calls answering are in front of the throttles');
    // The answering calls have been in flight for longer than a throttle takes: let in. The last ten known
    // are six of them and four throttles.
    clock.t += 1000;
    limit.throttled(await limit.acquire(1000), 'tokens');
    limit.release();
    assert.ok(limit.learned.tpm! > 0, 'crowded once the calls before the throttles are known');
    for (const a of answering) limit.succeeded(a, 1000);
  });

  it('does not pace before a throttle: the quota is unknown', async () => {
    const { clock, limit } = await warmed();
    for (let i = 0; i < 20; i++) await pass(limit, 5000);
    assert.deepEqual(clock.delays, []);
  });

  it('learns the quota a throttle names from the calls let in lately, by their start, 15% under it', async () => {
    const { limit } = await warmed();
    await throttle(limit, 'tokens');
    assert.equal(limit.learned.rpm, undefined, 'a token throttle says nothing of requests');
    assert.ok(Math.abs(limit.learned.tpm! - CUT_RPM * 1000) < 1e-6, `tpm ${limit.learned.tpm}`);
    const b = await warmed();
    await throttle(b.limit, 'requests');
    assert.ok(Math.abs(b.limit.learned.rpm! - CUT_RPM) < 1e-9, `rpm ${b.limit.learned.rpm}`);
    assert.equal(b.limit.learned.tpm, undefined);
  });

  it('counts the calls in flight at their estimate: the quota took their tokens when they started', async () => {
    const { clock, limit } = await warmed();
    // Four calls of an estimated 1,000 tokens started in the last second and still answering.
    const answering: Admission[] = [];
    for (let i = 0; i < 4; i++) {
      answering.push(await limit.acquire(1000));
      clock.t += 250;
    }
    clock.t += 500;
    await throttle(limit, 'tokens');
    // In the last 2 s (9.5 s to 11.5 s): two answered calls and the four in flight.
    assert.ok(Math.abs(limit.learned.tpm! - 6 * 30 * 1000 * 0.85) < 1e-6, `tpm ${limit.learned.tpm}`);
    for (const a of answering) limit.succeeded(a, 1000);
  });

  it('then pauses a second (the quota was overdrawn) and starts no more tokens a minute than it learned', async () => {
    const { clock, limit } = await warmed();
    await throttle(limit, 'tokens');
    const from = clock.t;
    const tpm = limit.learned.tpm!;
    for (let i = 0; i < 200; i++) await pass(limit, 1000);
    const expected = 1000 + (199 * 1000 * 60_000) / tpm;
    assert.ok(Math.abs(clock.t - from - expected) < 200, `took ${clock.t - from} ms, expected ${expected}`);
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
    const tpm = limit.learned.tpm!;
    assert.ok(Math.abs(tpm - CUT_RPM * 2000) < 1e-6, `tpm ${tpm}`);
    const from = clock.t;
    for (let i = 0; i < 100; i++) await pass(limit, 1000);
    const expected = 1000 + (99 * 2000 * 60_000) / tpm;
    assert.ok(Math.abs(clock.t - from - expected) < 200, `took ${clock.t - from} ms, expected ${expected}`);
  });

  it('probes for more with each success, and cuts again on the next throttles', async () => {
    const { clock, limit } = await warmed();
    await throttle(limit, 'requests');
    const learned = limit.learned.rpm!;
    await succeed(limit, clock, 200, 1000);
    assert.ok(Math.abs(limit.learned.rpm! - learned * 1.002) < 1e-9, 'one success: 0.2% more');
    for (let i = 0; i < 30; i++) await succeed(limit, clock, 200, 1000);
    const probed = limit.learned.rpm!;
    assert.ok(Math.abs(probed - learned * 1.002 ** 31) < 1e-6);
    await throttle(limit, 'requests');
    assert.ok(limit.learned.rpm! < probed, `rpm ${limit.learned.rpm}, was ${probed}`);
  });

  it('undoes a cut after which the calls are throttled as often: those throttles are not the quota', async () => {
    const { clock, limit } = await warmed(20);
    assert.equal(limit.current, 20);
    /** n calls, every fifth throttled at once, the others answered 200 ms later. */
    async function calls(n: number) {
      for (let i = 1; i <= n; i++) {
        const a = await limit.acquire(1000);
        if (i % 5 === 0) limit.throttled(a, 'requests');
        else {
          clock.t += 200;
          limit.succeeded(a, 1000);
        }
        limit.release();
      }
    }
    await calls(20);
    // Three throttles in a row: a cut, on trial.
    await throttle(limit, 'requests');
    assert.ok(limit.learned.rpm! > 0);
    assert.ok(limit.current < 20);
    // After it, a fifth of the calls are still throttled: as before it. Undone, the share learned.
    await calls(15);
    assert.deepEqual(limit.learned, { rpm: undefined, tpm: undefined }, 'back to no pace');
    assert.equal(limit.current, 20, 'back to the limit before the cut');
    // Three throttles among the last ten no longer crowd in: a fifth are strays.
    await calls(3);
    for (let i = 0; i < 3; i++) limit.throttled(await limit.acquire(1000), 'requests');
    assert.deepEqual(limit.learned, { rpm: undefined, tpm: undefined });
  });

  it('keeps a cut after which the throttles stop: the quota', async () => {
    const { clock, limit } = await warmed(20);
    await throttle(limit, 'requests');
    const rpm = limit.learned.rpm!;
    for (let i = 0; i < 25; i++) await succeed(limit, clock, 200, 1000);
    // A throttle now and then does not undo it.
    limit.throttled(await limit.acquire(1000), 'requests');
    limit.release();
    assert.ok(Math.abs(limit.learned.rpm! - rpm * 1.002 ** 25) < 1e-6, `rpm ${limit.learned.rpm}`);
  });

  it("holds a throttled call's place until the next answer, or a tenth of a call's time", async () => {
    const clock = manualClock();
    const limit = new AdaptiveLimit(2, clock, 2);
    const first = await limit.acquire(100);
    clock.t += 1000;
    limit.succeeded(first, 100);
    limit.release();
    const [a, b] = [await limit.acquire(100), await limit.acquire(100)];
    limit.throttled(a);
    limit.release(true);
    let started = false;
    const next = limit.acquire(100).then((c) => ((started = true), c));
    await flush();
    assert.equal(started, false, 'the throttled place is held');
    clock.t += 1000;
    limit.succeeded(b, 100);
    limit.release();
    await flush();
    assert.equal(started, true, 'an answer gives it back (and its own place)');
    const c = await next;
    limit.throttled(c);
    limit.release(true);
    let again = false;
    void limit.acquire(100).then(() => (again = true));
    await flush();
    assert.equal(again, true, 'one place was free');
    const third = limit.acquire(100).then(() => true);
    await flush();
    assert.equal(clock.sleeps.at(-1), 100, "held at most a tenth of a call's time (1 s)");
    clock.fire();
    assert.equal(await third, true);
  });

  it('keeps as many calls in flight as the learned rate needs when it halves (rate times latency)', async () => {
    const clock = fakeClock();
    const limit = new AdaptiveLimit(64, clock);
    // Calls of 2 s, 20 at a time: about 600 a minute got in.
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
    // Learned: what got in over the last 10 s (five calls' time), 15% under: at 2 s a call, 17 in flight.
    const needed = Math.ceil(
      (limit.learned.rpm! / 60_000) * limit.settled().inFlight * 0 + (limit.learned.rpm! / 60_000) * 2000,
    );
    assert.ok(needed >= 10, `needed ${needed}`);
    assert.equal(limit.current, 32, 'half of 64 is more than the rate needs');
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
