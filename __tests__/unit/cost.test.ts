import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addUsage, costUsd, formatUsd, NO_USAGE, round6, type Usage } from '../../src/cost/cost.js';

const usage = (
  inputTokens: number,
  outputTokens: number,
  cacheReadTokens = 0,
  cacheWriteTokens = 0,
): Usage => ({ inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens });

describe('costUsd', () => {
  const price = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 };

  it('prices input and output per million tokens', () => {
    assert.equal(costUsd(usage(1_000_000, 0), price), 3);
    assert.equal(costUsd(usage(0, 1_000_000), price), 15);
    assert.equal(costUsd(usage(1000, 500), price), 0.0105);
  });

  it('prices cache reads and writes apart', () => {
    assert.equal(costUsd(usage(0, 0, 1_000_000, 0), price), 0.3);
    assert.equal(costUsd(usage(0, 0, 0, 1_000_000), price), 3.75);
    assert.equal(
      costUsd(usage(2000, 1000, 10_000, 4000), price),
      round6((2000 * 3 + 1000 * 15 + 10_000 * 0.3 + 4000 * 3.75) / 1e6),
    );
  });

  it('prices cache tokens as input when the model has no cache prices', () => {
    assert.equal(costUsd(usage(0, 0, 1_000_000, 1_000_000), { input: 2, output: 8 }), 4);
  });

  it('is undefined without a price, and zero for no usage', () => {
    assert.equal(costUsd(usage(1, 1), undefined), undefined);
    assert.equal(costUsd(NO_USAGE, price), 0);
  });

  it('rounds to a millionth of a dollar', () => {
    assert.equal(costUsd(usage(1, 0), { input: 0.25, output: 0 }), 0);
    assert.equal(costUsd(usage(7, 0), { input: 0.25, output: 0 }), 0.000002);
  });
});

describe('addUsage', () => {
  it('adds every counter', () =>
    assert.deepEqual(addUsage(usage(1, 2, 3, 4), usage(10, 20, 30, 40)), usage(11, 22, 33, 44)));
});

describe('formatUsd', () => {
  const cases: [number | undefined, string][] = [
    [undefined, 'unknown'],
    [0, '$0.00'],
    [1, '$1.00'],
    [12.345, '$12.35'],
    [0.5, '$0.500'],
    [0.0123, '$0.012'],
    [0.0042, '$0.0042'],
    [0.000001, '$0.0000010'],
  ];
  for (const [usd, text] of cases) it(`${usd} → ${text}`, () => assert.equal(formatUsd(usd), text));
});
