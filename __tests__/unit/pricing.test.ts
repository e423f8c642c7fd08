import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { PRICING, PRICING_DATE, PriceSchema, priceFor } from '../../src/cost/pricing.js';

const SONNET_45 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const HAIKU_3 = 'anthropic.claude-3-haiku-20240307-v1:0';

describe('priceFor', () => {
  it('prices a base model id from the table', () => {
    assert.deepEqual(priceFor(SONNET_45), { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 });
    assert.deepEqual(priceFor(HAIKU_3), PRICING[HAIKU_3]);
  });

  it('prices a global inference profile as its base model', () => {
    assert.deepEqual(priceFor(`global.${SONNET_45}`), PRICING[SONNET_45]);
  });

  it('adds the 10% regional premium for Claude 4.5 through a geographic profile', () => {
    for (const geo of ['us', 'eu', 'apac', 'jp', 'au', 'us-gov']) {
      const p = priceFor(`${geo}.${SONNET_45}`);
      assert.deepEqual(p, { input: 3.3, output: 16.5, cacheRead: 0.33, cacheWrite: 4.125 }, geo);
    }
    assert.deepEqual(priceFor('eu.anthropic.claude-opus-4-5-20251101-v1:0'), {
      input: 5.5,
      output: 27.5,
      cacheRead: 0.55,
      cacheWrite: 6.875,
    });
  });

  it('adds no premium for older models through a geographic profile', () => {
    assert.deepEqual(priceFor(`us.${HAIKU_3}`), PRICING[HAIKU_3]);
    assert.deepEqual(
      priceFor('us.anthropic.claude-sonnet-4-20250514-v1:0'),
      PRICING['anthropic.claude-sonnet-4-20250514-v1:0'],
    );
  });

  it('resolves ARNs of foundation models and inference profiles', () => {
    assert.deepEqual(
      priceFor(`arn:aws:bedrock:us-east-1::foundation-model/${SONNET_45}`),
      PRICING[SONNET_45],
    );
    assert.deepEqual(
      priceFor(`arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.${SONNET_45}`),
      priceFor(`eu.${SONNET_45}`),
    );
  });

  it('returns undefined for a model it does not know (never a guess)', () => {
    assert.equal(priceFor('meta.llama3-70b-instruct-v1:0'), undefined);
    assert.equal(priceFor('us.some-new-model-v9'), undefined);
    assert.equal(priceFor(''), undefined);
  });

  it('lets an override price any id exactly, without a premium', () => {
    const mine = { input: 1, output: 2 };
    assert.deepEqual(priceFor('my-model', { 'my-model': mine }), mine);
    assert.deepEqual(
      priceFor('meta.llama3-70b-instruct-v1:0', { 'meta.llama3-70b-instruct-v1:0': mine }),
      mine,
    );
    // An override of the base model serves its profiles as written (the user's rates, no premium added).
    assert.deepEqual(priceFor(`us.${SONNET_45}`, { [SONNET_45]: mine }), mine);
    // An override of the profile id serves that profile, however it is named.
    const profileArn = `arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${SONNET_45}`;
    assert.deepEqual(priceFor(`us.${SONNET_45}`, { [`us.${SONNET_45}`]: mine }), mine);
    assert.deepEqual(priceFor(profileArn, { [`us.${SONNET_45}`]: mine }), mine);
    // Overrides of other models change nothing.
    assert.deepEqual(priceFor(SONNET_45, { other: mine }), PRICING[SONNET_45]);
  });
});

describe('the pricing table', () => {
  it('is dated and every price validates', () => {
    assert.match(PRICING_DATE, /^\d{4}-\d{2}-\d{2}$/);
    for (const [id, price] of Object.entries(PRICING)) {
      assert.ok(PriceSchema.safeParse(price).success, id);
      assert.ok(price.output >= price.input, `${id}: output costs at least input`);
      if (price.cacheRead !== undefined)
        assert.ok(price.cacheRead < price.input, `${id}: cache reads are cheaper`);
    }
  });

  it('prices the default model', async () => {
    const { DEFAULTS } = await import('../../src/config/inputs.js');
    assert.ok(priceFor(DEFAULTS['model-id']!), 'the default model has a price');
  });
});
