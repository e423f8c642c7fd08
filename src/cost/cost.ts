import type { Price } from './pricing.js';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export const NO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
  };
}

/** USD for a usage; undefined when the price is unknown (we never guess). */
export function costUsd(usage: Usage, price: Price | undefined): number | undefined {
  if (!price) return undefined;
  const usd =
    usage.inputTokens * price.input +
    usage.outputTokens * price.output +
    usage.cacheReadTokens * (price.cacheRead ?? price.input) +
    usage.cacheWriteTokens * (price.cacheWrite ?? price.input);
  return round6(usd / 1e6);
}

export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** $0.0123 for small amounts, $1.23 above a dollar; "unknown" when the price is not known. */
export function formatUsd(usd: number | undefined): string {
  if (usd === undefined) return 'unknown';
  if (usd === 0) return '$0.00';
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  if (usd >= 0.01) return `$${usd.toFixed(3)}`;
  return `$${usd.toPrecision(2)}`;
}
