/**
 * The bench's `cold` and `throttled` cases in virtual time, over many seeds: the spread of the scheduler's
 * outcomes (time against the ideal, throttled share, files lost) in seconds instead of hours.
 *   node --import tsx scripts/dev/quota-sim.ts [runs] [cold|throttled] [--log seed]
 */
import { createHash } from 'node:crypto';
import {
  seeded,
  simulate,
  variedFiles,
  type SimOptions,
  type SimResult,
} from '../../__tests__/unit/quota-sim.js';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 50);
const only = args.filter((a) => /^[a-z]/.test(a));
const logSeed = args.includes('--log') ? Number(args[args.indexOf('--log') + 1]) : undefined;

interface Case {
  name: string;
  run: (seed: number) => Promise<SimResult>;
  ideal: (r: SimResult) => number;
  files: number;
}

const cold: Case = {
  name: 'cold',
  files: 600,
  run: (seed) =>
    simulate({
      seed,
      files: variedFiles(600, 3),
      requestsPerMinute: 500,
      tokensPerMinute: 2_000_000,
      latencyMs: 2000,
      spreadMs: 500,
      maxConcurrency: 32,
    }),
  ideal: (r) => Math.max(r.admitted / 500, r.tokens / 2_000_000) * 60_000 + 2000,
};

const tiny = Array.from({ length: 200 }, (_, i) => {
  const content = `x_${i} = ${i}\n`;
  return { path: `f${i}.py`, content, sha256: createHash('sha256').update(content).digest('hex'), lines: 1 };
});

const throttled: Case = {
  name: 'throttled',
  files: 200,
  run: (seed) => simulate(throttledOptions(seed)),
  ideal: () => (200 / 20) * 500,
};

function throttledOptions(seed: number): SimOptions {
  return {
    seed,
    files: tiny,
    requestsPerMinute: 1e9,
    tokensPerMinute: 1e12,
    latencyMs: 500,
    maxConcurrency: 20,
    stray: (n) => (process.env.NOSTRAY ? false : n % 5 === 0),
    packChars: 0,
    packFiles: 1,
    retryBaseMs: 200,
  };
}

/** Throttles at random, a fifth of the calls: strays that may bunch up by chance. */
const random: Case = {
  ...throttled,
  name: 'random',
  run: (seed) => {
    const draw = seeded(seed * 7919);
    return simulate({ ...throttledOptions(seed), stray: () => draw() < 0.2 });
  },
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;

for (const c of [cold, throttled, random].filter((c) => only.length === 0 || only.includes(c.name))) {
  if (logSeed !== undefined) {
    const r = await c.run(logSeed);
    console.log(r.log.filter((l) => !l.includes('Scanned')).join('\n'));
  }
  const ratios: number[] = [];
  const shares: number[] = [];
  let lost = 0;
  let worst = { seed: 0, score: 0 };
  for (let seed = 1; seed <= runs; seed++) {
    const r = await c.run(seed);
    ratios.push(r.ms / c.ideal(r));
    shares.push(r.throttled / (r.admitted + r.throttled));
    lost += c.files - r.outcome.results.size;
    // The worst run against the targets (1.3×, 10%), to look at with --log.
    const score = Math.max(ratios.at(-1)! / 1.3, shares.at(-1)! / 0.1);
    if (score > worst.score) worst = { seed, score };
  }
  const f = (xs: number[], scale = 1, d = 2) =>
    [0, 0.5, 0.9, 1].map((p) => (pct(xs, p) * scale).toFixed(d)).join(' / ');
  console.log(
    `${c.name}: ${runs} runs; time/ideal min/median/p90/max ${f(ratios)}; throttled % ${f(shares, 100, 1)}; lost ${lost}; worst seed ${worst.seed}`,
  );
}
