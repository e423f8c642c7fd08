import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { simulate, variedFiles } from './quota-sim.js';

// The whole scheduler (scanFiles and its AdaptiveLimit) against the quota stand-in's token buckets, in virtual
// time: each seed is another run (latencies, jitter), and every one must hold the targets, not the median.
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

describe('scheduling at the account quota (virtual time)', () => {
  it('a cold scan of 600 files runs near the quota with few throttles and loses nothing, every run', async () => {
    const files = variedFiles(600, 3);
    for (const seed of SEEDS) {
      const r = await simulate({
        seed,
        files,
        requestsPerMinute: 500,
        tokensPerMinute: 2_000_000,
        latencyMs: 2000,
        spreadMs: 500,
        maxConcurrency: 32,
      });
      const ideal = Math.max(r.admitted / 500, r.tokens / 2_000_000) * 60_000 + 2000;
      const share = r.throttled / (r.admitted + r.throttled);
      assert.equal(r.outcome.results.size, 600, `seed ${seed}: files lost`);
      // Each call reserves its 8192 maxTokens until answered, as Bedrock does: 1.17–1.22× on 20 seeds.
      assert.ok(r.ms / ideal <= 1.25, `seed ${seed}: ${(r.ms / ideal).toFixed(2)}× the ideal`);
      assert.ok(share < 0.09, `seed ${seed}: ${(share * 100).toFixed(1)}% throttled`);
      assert.match(
        r.log.at(-1)!,
        /settled at \d+ in flight, ~\d+ requests\/min, ~\d+ tokens\/min \(\d+ throttled/,
      );
    }
  });

  it('three shards sharing the quota back off together and review every file', async () => {
    const files = variedFiles(600, 3);
    for (const seed of SEEDS.slice(0, 4)) {
      const r = await simulate({
        seed,
        files,
        scans: 3,
        requestsPerMinute: 500,
        tokensPerMinute: 2_000_000,
        latencyMs: 2000,
        spreadMs: 500,
        maxConcurrency: 32,
      });
      // Throttles on most calls are the quota met by the others, not strays to retry through at full speed.
      assert.equal(r.failed, 0, `seed ${seed}: ${r.failed} files failed (retries spent on throttles)`);
      assert.equal(r.reviewed, 600, `seed ${seed}: files lost`);
    }
  });

  it('does not slow down for throttles that arrive at the same share whatever the rate', async () => {
    const files = Array.from({ length: 200 }, (_, i) => {
      const content = `x_${i} = ${i}\n`;
      return {
        path: `f${i}.py`,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
        lines: 1,
      };
    });
    for (const seed of SEEDS) {
      const r = await simulate({
        seed,
        files,
        requestsPerMinute: 1e9,
        tokensPerMinute: 1e12,
        latencyMs: 500,
        maxConcurrency: 20,
        stray: (n) => n % 5 === 0,
        packChars: 0,
        packFiles: 1,
        retryBaseMs: 200,
      });
      assert.equal(r.outcome.results.size, 200, `seed ${seed}: files lost`);
      // 200 calls of 500 ms, 20 at a time, is 5 s; the ramp up from 4 in flight costs about a second.
      assert.ok(r.ms <= 6_500, `seed ${seed}: ${r.ms.toFixed(0)} ms`);
      assert.match(r.log.at(-1)!, /settled at 20 in flight/);
    }
  });
});
