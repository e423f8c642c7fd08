/**
 * aws-region is checked for the shape of a region, not against a list: every region the bundled AWS SDK knows
 * is accepted, and so is one newer than the SDK (its endpoint rules resolve any region of a known shape).
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readConfig } from '../../src/config/config.js';
import { ConfigurationError } from '../../src/config/errors.js';

const region = (value: string) =>
  readConfig((name) => (name === 'aws-region' ? value : undefined), {}, '/ws');

/**
 * The regions in the partition table of the bundled SDK (the one its endpoint rules resolve with), less the
 * partitions' `aws-global`-style aliases, which name no region Bedrock runs in.
 */
function sdkRegions(): string[] {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@aws-sdk/core/client'), 'utf8');
  const table = source.slice(source.indexOf('"partitions": ['));
  return [...table.matchAll(/^\s*"([a-z0-9-]+)": \{\s*"description"/gm)]
    .map((m) => m[1]!)
    .filter((r) => !r.endsWith('-global'));
}

describe('aws-region', () => {
  it('accepts every region of the bundled SDK, in every partition', () => {
    const regions = sdkRegions();
    assert.ok(regions.length > 30, `found ${regions.length} regions in the SDK's partition table`);
    for (const r of ['us-east-1', 'us-gov-west-1', 'cn-north-1', 'eusc-de-east-1', 'us-isof-south-1'])
      assert.ok(regions.includes(r), `the SDK lists ${r}`);
    for (const r of regions) assert.equal(region(r).awsRegion, r);
  });

  it('accepts regions newer than the SDK', () => {
    for (const r of ['ap-southeast-7', 'mx-central-1', 'ap-east-2', 'eu-south-12', 'us-isoz-north-3'])
      assert.equal(region(r).awsRegion, r);
  });

  it('rejects what no region looks like, naming the input', () => {
    for (const r of [
      'us-east',
      'US-EAST-1',
      'us_east_1',
      'useast1',
      'us-east-1.evil.com',
      'moon-base',
      'us-east-1a',
    ])
      assert.throws(
        () => region(r),
        (e: unknown) =>
          e instanceof ConfigurationError &&
          /Input 'aws-region' has an invalid value .*AWS region/.test(e.message),
        r,
      );
  });
});
