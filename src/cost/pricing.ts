import { z } from 'zod';

/** USD per million tokens. Cache writes and reads are priced apart from plain input. */
export const PriceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheRead: z.number().nonnegative().optional(),
  cacheWrite: z.number().nonnegative().optional(),
});
export type Price = z.infer<typeof PriceSchema>;
export type PriceTable = Record<string, Price>;

/**
 * On-demand prices of Amazon Bedrock, as listed on the Amazon Bedrock pricing page
 * (https://aws.amazon.com/bedrock/pricing/), read on PRICING_DATE. Keys are base model ids; an
 * inference-profile id (us., eu., apac., global., ...) resolves to its base model. Override any of it
 * with the `pricing` input when the page changes or your account has other rates.
 */
export const PRICING_DATE = '2025-11-24';
export const PRICING: PriceTable = {
  'anthropic.claude-opus-4-5-20251101-v1:0': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'anthropic.claude-sonnet-4-5-20250929-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'anthropic.claude-haiku-4-5-20251001-v1:0': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  'anthropic.claude-opus-4-1-20250805-v1:0': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'anthropic.claude-opus-4-20250514-v1:0': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'anthropic.claude-sonnet-4-20250514-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'anthropic.claude-3-7-sonnet-20250219-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'anthropic.claude-3-5-haiku-20241022-v1:0': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
  'anthropic.claude-3-haiku-20240307-v1:0': { input: 0.25, output: 1.25 },
  'amazon.nova-premier-v1:0': { input: 2.5, output: 12.5 },
  'amazon.nova-pro-v1:0': { input: 0.8, output: 3.2, cacheRead: 0.2, cacheWrite: 0.8 },
  'amazon.nova-lite-v1:0': { input: 0.06, output: 0.24, cacheRead: 0.015, cacheWrite: 0.06 },
  'amazon.nova-micro-v1:0': { input: 0.035, output: 0.14, cacheRead: 0.00875, cacheWrite: 0.035 },
};

/** Claude 4.5 models cost 10% more through regional (geographic) profiles than through global ones. */
const REGIONAL_PREMIUM = 1.1;
const PREMIUM_MODELS = /claude-(opus|sonnet|haiku)-4-5/;
const PROFILE_PREFIX = /^(global|us|eu|apac|jp|au|ca|us-gov)\./;

/** Looks up a model's price: an override by exact id first, then the table by base model. */
export function priceFor(modelId: string, overrides: PriceTable = {}): Price | undefined {
  const exact = overrides[modelId];
  if (exact) return exact;
  const id = modelId.replace(/^arn:[^/]+\//, '');
  if (overrides[id]) return overrides[id];
  const base = id.replace(PROFILE_PREFIX, '');
  const known = overrides[base] ?? PRICING[base];
  if (!known) return undefined;
  const profile = PROFILE_PREFIX.exec(id)?.[1];
  if (!overrides[base] && profile && profile !== 'global' && PREMIUM_MODELS.test(base)) {
    return scale(known, REGIONAL_PREMIUM);
  }
  return known;
}

/** Bedrock batch inference bills half the on-demand price of the same tokens. */
export const BATCH_DISCOUNT = 0.5;

/** The price of a model's tokens in a batch inference job. */
export function batchPrice(price: Price | undefined): Price | undefined {
  return price && scale(price, BATCH_DISCOUNT);
}

function scale(p: Price, factor: number): Price {
  const r = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * factor * 1e6) / 1e6);
  return { input: r(p.input)!, output: r(p.output)!, cacheRead: r(p.cacheRead), cacheWrite: r(p.cacheWrite) };
}
