import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readConfig, type Config } from '../../src/config/config.js';
import { ConfigurationError } from '../../src/config/errors.js';
import { DEFAULTS, type InputName } from '../../src/config/inputs.js';

const WS = '/home/runner/work/demo/demo';
type Inputs = Partial<Record<InputName, string>>;

function config(inputs: Inputs = {}, env: NodeJS.ProcessEnv = {}): Config {
  return readConfig((name) => inputs[name], env, WS);
}

/** The problems readConfig reports for these inputs (fails the test when it accepts them). */
function problems(inputs: Inputs, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    config(inputs, env);
  } catch (e) {
    assert.ok(e instanceof ConfigurationError, `expected a ConfigurationError, got ${String(e)}`);
    return e.problems;
  }
  assert.fail(`readConfig accepted ${JSON.stringify(inputs)}`);
}

describe('readConfig: defaults', () => {
  it('applies every default of inputs.ts when nothing is given', () => {
    const c = config();
    assert.equal(c.s3, undefined);
    assert.equal(c.cacheBackend, DEFAULTS['cache-backend']);
    assert.equal(c.cacheFile, join(WS, DEFAULTS['cache-file']!));
    assert.equal(c.cacheTtlDays, Number(DEFAULTS['cache-ttl-days']));
    assert.equal(c.cacheScope, DEFAULTS['cache-scope']);
    assert.equal(c.forceRescan, DEFAULTS['force-rescan'] === 'true');
    assert.equal(c.modelId, DEFAULTS['model-id']);
    assert.equal(c.scanMode, DEFAULTS['scan-mode']);
    assert.equal(c.maxFileSizeKb, Number(DEFAULTS['max-file-size-kb']));
    assert.equal(c.maxConcurrency, Number(DEFAULTS['max-concurrency']));
    assert.deepEqual(c.complianceFrameworks, [DEFAULTS['compliance-frameworks']]);
    assert.equal(c.failOnSeverity, DEFAULTS['fail-on-severity']);
    assert.equal(c.failOnIncomplete, DEFAULTS['fail-on-incomplete']);
    assert.equal(c.prComment, DEFAULTS['pr-comment'] === 'true');
    assert.equal(c.checkRun, DEFAULTS['check-run'] === 'true');
    assert.equal(c.reportName, DEFAULTS['report-name']);
    assert.equal(c.sarifFile, join(WS, DEFAULTS['sarif-file']!));
    assert.equal(c.reportFile, join(WS, DEFAULTS['report-file']!));
    assert.equal(c.dryRun, DEFAULTS['dry-run'] === 'true');
    assert.equal(c.maxCostUsd, DEFAULTS['max-cost-usd']);
    assert.equal(c.awsRegion, undefined);
    assert.equal(c.roleToAssume, undefined);
    assert.equal(c.bedrockEndpoint, undefined);
    assert.equal(c.baseRef, undefined);
    assert.deepEqual(c.include, []);
    assert.deepEqual(c.exclude, []);
    assert.deepEqual(c.pricing, {});
    assert.equal(c.instructions, '');
    assert.equal(c.workspace, WS);
  });

  it('treats blank and whitespace-only values of inputs with a default as not given', () => {
    const c = config({ 'cache-ttl-days': '  ', 'force-rescan': '', 'scan-mode': ' ', 'max-concurrency': '' });
    assert.equal(c.cacheTtlDays, 7);
    assert.equal(c.forceRescan, false);
    assert.equal(c.scanMode, 'auto');
    assert.equal(c.maxConcurrency, 32);
  });

  it('reads an explicitly empty sarif-file or report-file as none (empty = none)', () => {
    const c = config({ 'sarif-file': '', 'report-file': '  ' });
    assert.equal(c.sarifFile, undefined);
    assert.equal(c.reportFile, undefined);
  });

  it('names the session after the run id, or local', () => {
    assert.equal(config({}, { GITHUB_RUN_ID: '4242' }).roleSessionName, 'ai-scanner-4242');
    assert.equal(config().roleSessionName, 'ai-scanner-local');
  });
});

describe('readConfig: environment fallbacks', () => {
  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION; the input wins', () => {
    assert.equal(
      config({}, { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' }).awsRegion,
      'eu-west-1',
    );
    assert.equal(config({}, { AWS_DEFAULT_REGION: 'us-east-2' }).awsRegion, 'us-east-2');
    assert.equal(config({ 'aws-region': 'ap-south-1' }, { AWS_REGION: 'eu-west-1' }).awsRegion, 'ap-south-1');
  });

  it('takes the bucket from S3_CACHE_BUCKET; the input wins', () => {
    assert.equal(config({}, { S3_CACHE_BUCKET: 'env-bucket' }).s3?.bucket, 'env-bucket');
    assert.equal(
      config({ 's3-bucket': 'input-bucket' }, { S3_CACHE_BUCKET: 'env-bucket' }).s3?.bucket,
      'input-bucket',
    );
    assert.equal(config({}, { S3_CACHE_BUCKET: '  ' }).s3, undefined);
  });

  it('validates values that come from the environment, naming the input they stand for', () => {
    const [p] = problems({}, { AWS_REGION: 'moon-base' });
    assert.match(p!, /Input 'aws-region' has an invalid value "moon-base": expected an AWS region/);
    const [q] = problems({}, { S3_CACHE_BUCKET: 'Bad_Bucket' });
    assert.match(q!, /Input 's3-bucket' has an invalid value "Bad_Bucket": expected an S3 bucket name/);
  });
});

describe('readConfig: valid values', () => {
  it('accepts booleans in any case', () => {
    const c = config({
      'force-rescan': 'TRUE',
      'dry-run': 'True',
      'pr-comment': 'false',
      'check-run': 'FALSE',
      'fail-on-incomplete': 'true',
    });
    assert.deepEqual(
      [c.forceRescan, c.dryRun, c.prComment, c.checkRun, c.failOnIncomplete],
      [true, true, false, false, true],
    );
  });

  it('accepts enum values in any case and returns the canonical spelling', () => {
    const c = config({
      'scan-mode': 'FULL',
      'cache-backend': 'Actions-Cache',
      'cache-scope': 'Shared',
      'fail-on-severity': 'CRITICAL',
    });
    assert.deepEqual(
      [c.scanMode, c.cacheBackend, c.cacheScope, c.failOnSeverity],
      ['full', 'actions-cache', 'shared', 'critical'],
    );
    assert.equal(config({ 'fail-on-severity': 'none' }).failOnSeverity, 'none');
    for (const backend of ['auto', 'local', 'none'] as const)
      assert.equal(config({ 'cache-backend': backend }).cacheBackend, backend);
    assert.equal(config({ 'cache-backend': 's3', 's3-bucket': 'my-bucket' }).cacheBackend, 's3');
  });

  it('accepts whole numbers at the ends of their ranges', () => {
    assert.equal(config({ 'cache-ttl-days': '1' }).cacheTtlDays, 1);
    assert.equal(config({ 'cache-ttl-days': '365' }).cacheTtlDays, 365);
    assert.equal(config({ 'max-file-size-kb': '10240' }).maxFileSizeKb, 10240);
    assert.equal(config({ 'max-concurrency': '64' }).maxConcurrency, 64);
    assert.equal(config({ 'max-concurrency': ' 1 ' }).maxConcurrency, 1);
  });

  it('reads a budget in dollars', () => {
    assert.equal(config({ 'max-cost-usd': '0.50' }).maxCostUsd, 0.5);
    assert.equal(config({ 'max-cost-usd': '12' }).maxCostUsd, 12);
  });

  it('reads the S3 settings and ends the prefix with a slash', () => {
    const c = config({
      's3-bucket': 'my.cache-bucket1',
      's3-prefix': 'scans/v1',
      's3-endpoint': 'http://localhost:9000',
      's3-sse': 'AWS:KMS',
      's3-kms-key-id': 'alias/scanner',
    });
    assert.deepEqual(c.s3, {
      bucket: 'my.cache-bucket1',
      prefix: 'scans/v1/',
      endpoint: 'http://localhost:9000',
      sse: 'aws:kms',
      kmsKeyId: 'alias/scanner',
    });
    assert.equal(config({ 's3-bucket': 'abc' }).s3?.prefix, 'cache/');
    assert.equal(config({ 's3-bucket': 'abc' }).s3?.sse, 'AES256');
  });

  it('accepts IAM role ARNs of every partition, and regions of every kind', () => {
    for (const arn of [
      'arn:aws:iam::123456789012:role/Scanner',
      'arn:aws-cn:iam::123456789012:role/path/to/Role+x=y,z.@-w',
      'arn:aws-us-gov:iam::123456789012:role/r',
    ])
      assert.equal(config({ 'role-to-assume': arn }).roleToAssume, arn);
    for (const region of ['us-east-1', 'eu-central-2', 'us-gov-west-1', 'cn-north-1', 'ap-southeast-4'])
      assert.equal(config({ 'aws-region': region }).awsRegion, region);
  });

  it('accepts model ids, inference profiles and ARNs', () => {
    for (const id of [
      'anthropic.claude-3-haiku-20240307-v1:0',
      'us.amazon.nova-pro-v1:0',
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ])
      assert.equal(config({ 'model-id': id }).modelId, id);
  });

  it('dedupes, lowercases and sorts the compliance frameworks', () => {
    assert.deepEqual(
      config({ 'compliance-frameworks': 'PCI-DSS, owasp-top-10,pci-dss ,gdpr' }).complianceFrameworks,
      ['gdpr', 'owasp-top-10', 'pci-dss'],
    );
  });

  it('splits globs on newlines (LF or CRLF) and keeps negations', () => {
    const c = config({ include: 'src/**/*.ts\r\n\n  lib/**  \n', exclude: '!src/keep.ts\n**/*.test.ts' });
    assert.deepEqual(c.include, ['src/**/*.ts', 'lib/**']);
    assert.deepEqual(c.exclude, ['!src/keep.ts', '**/*.test.ts']);
  });

  it('resolves the cache, SARIF and report files inside the workspace', () => {
    const c = config({
      'cache-file': 'tmp/cache.json',
      'sarif-file': 'out/scan.sarif',
      'report-file': './r.json',
    });
    assert.equal(c.cacheFile, join(WS, 'tmp/cache.json'));
    assert.equal(c.sarifFile, join(WS, 'out/scan.sarif'));
    assert.equal(c.reportFile, join(WS, 'r.json'));
    assert.equal(config({ 'cache-file': `${WS}/abs.json` }).cacheFile, join(WS, 'abs.json'));
    // A name that merely starts with two dots is still inside.
    assert.equal(config({ 'cache-file': '..cache.json' }).cacheFile, join(WS, '..cache.json'));
  });

  it('reads a pricing override', () => {
    const c = config({
      pricing:
        '{"my-model": {"input": 3, "output": 15, "cacheRead": 0.3, "cacheWrite": 3.75}, "other": {"input": 0, "output": 1}}',
    });
    assert.deepEqual(c.pricing, {
      'my-model': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
      other: { input: 0, output: 1 },
    });
  });

  it('keeps the base ref, endpoints, instructions and token', () => {
    const c = config({
      'base-ref': 'origin/release-1.2',
      'bedrock-endpoint': 'https://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com',
      instructions: 'A payments API.',
      'github-token': 'ghs_x',
    });
    assert.equal(c.baseRef, 'origin/release-1.2');
    assert.equal(c.bedrockEndpoint, 'https://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com');
    assert.equal(c.instructions, 'A payments API.');
    assert.equal(c.githubToken, 'ghs_x');
    assert.equal(
      config({ 'base-ref': '0123456789abcdef0123456789abcdef01234567' }).baseRef,
      '0123456789abcdef0123456789abcdef01234567',
    );
  });
});

/** [input, bad value, a phrase of what is allowed, extra inputs needed to reach the check]. */
const BAD: [InputName, string, RegExp, Inputs?][] = [
  ['cache-ttl-days', 'abc', /whole number from 1 to 365/],
  ['cache-ttl-days', '0', /whole number from 1 to 365/],
  ['cache-ttl-days', '366', /whole number from 1 to 365/],
  ['cache-ttl-days', '1.5', /whole number from 1 to 365/],
  ['cache-ttl-days', '-3', /whole number from 1 to 365/],
  ['max-file-size-kb', '0', /whole number from 1 to 10240/],
  ['max-file-size-kb', '10241', /whole number from 1 to 10240/],
  ['max-concurrency', '0', /whole number from 1 to 64/],
  ['max-concurrency', '65', /whole number from 1 to 64/],
  ['max-concurrency', 'four', /whole number from 1 to 64/],
  ['max-cost-usd', '0', /positive amount of US dollars/],
  ['max-cost-usd', '-1', /positive amount of US dollars/],
  ['max-cost-usd', 'ten', /positive amount of US dollars/],
  ['max-cost-usd', '1e3', /positive amount of US dollars/],
  ['max-cost-usd', '$5', /positive amount of US dollars/],
  ['cache-backend', 'redis', /one of auto, s3, actions-cache, local, none/],
  ['cache-scope', 'global', /one of auto, shared/],
  ['scan-mode', 'diff', /one of auto, changed, full/],
  ['fail-on-severity', 'severe', /one of critical, high, medium, low, none/],
  ['s3-sse', 'SSE-C', /one of AES256, aws:kms/],
  ['force-rescan', 'yes', /true or false/],
  ['dry-run', '1', /true or false/],
  ['pr-comment', 'on', /true or false/],
  ['check-run', 'tru', /true or false/],
  ['verify-findings', 'yes', /Input 'verify-findings' has an invalid value "yes": expected true or false/],
  ['fail-on-incomplete', 'maybe', /true or false/],
  ['compliance-frameworks', 'iso27001', /comma list of owasp-top-10, pci-dss, soc2, hipaa, gdpr/],
  ['compliance-frameworks', ' , ', /at least one of owasp-top-10/],
  ['pricing', '{not json', /expected JSON/],
  ['pricing', '{"m": {"input": "3", "output": 15}}', /USD per million tokens/],
  ['pricing', '{"m": {"input": -1, "output": 1}}', /USD per million tokens/],
  ['pricing', '[1, 2]', /USD per million tokens/],
  ['pricing', '{"m": {"input": 1, "output": 1, "typo": 2}}', /USD per million tokens/],
  ['pricing', '{"m": {"input": 1}}', /USD per million tokens/],
  ['role-to-assume', 'ScannerRole', /IAM role ARN such as arn:aws:iam::123456789012:role\/Scanner/],
  ['role-to-assume', 'arn:aws:iam::1234:role/Scanner', /IAM role ARN/],
  ['role-to-assume', 'arn:aws:iam::123456789012:user/bob', /IAM role ARN/],
  ['role-session-name', 'a', /2 to 64 characters/],
  ['role-session-name', 'has space', /2 to 64 characters/],
  ['role-session-name', 'x'.repeat(65), /2 to 64 characters/],
  ['s3-bucket', 'My_Bucket', /S3 bucket name/],
  ['s3-bucket', 'ab', /S3 bucket name/],
  ['s3-bucket', 'a'.repeat(64), /S3 bucket name/],
  ['s3-bucket', '192.168.1.1', /S3 bucket name/],
  ['s3-bucket', 'my..bucket', /S3 bucket name/],
  ['s3-bucket', '-bucket', /S3 bucket name/],
  ['s3-bucket', 'bucket.', /S3 bucket name/],
  ['s3-bucket', 's3://my-bucket', /S3 bucket name/],
  ['s3-prefix', '/cache/', /key prefix such as cache\//],
  ['s3-prefix', 'cache prefix/', /key prefix/],
  ['s3-endpoint', 'not a url', /http\(s\) URL/],
  ['s3-endpoint', 'ftp://minio.local', /http\(s\) URL/],
  ['bedrock-endpoint', 'bedrock.local:443', /http\(s\) URL/],
  ['s3-kms-key-id', 'alias/k', /only used with s3-sse 'aws:kms'/],
  ['cache-file', '../outside.json', /file path inside the workspace/],
  ['cache-file', '/etc/cache.json', /file path inside the workspace/],
  ['cache-file', '.', /file path inside the workspace/],
  ['sarif-file', '../x.sarif', /inside the workspace, or empty for none/],
  ['report-file', '/tmp/r.json', /inside the workspace, or empty for none/],
  ['include', '../secrets/**', /glob patterns relative to the repository/],
  ['include', '/abs/**', /glob patterns relative to the repository/],
  ['exclude', 'src/../../etc/*', /glob patterns relative to the repository/],
  ['exclude', '!../x', /glob patterns relative to the repository/],
  ['base-ref', '--upload-pack=evil', /branch, tag or commit/],
  ['base-ref', 'main..feature', /branch, tag or commit/],
  ['base-ref', 'has space', /branch, tag or commit/],
  ['model-id', 'x', /Bedrock model id/],
  ['model-id', 'model id with spaces', /Bedrock model id/],
  ['aws-region', 'us-east', /AWS region such as us-east-1/],
  ['aws-region', 'US-EAST-1', /AWS region/],
  ['instructions', 'x'.repeat(4001), /at most 4000 characters/],
  ['report-name', 'two\nlines', /one line of at most 100 characters/],
  ['report-name', '<b>scan</b>', /without < or >/],
  ['report-name', 'n'.repeat(101), /at most 100 characters/],
];

describe('readConfig: invalid values', () => {
  assert.ok(BAD.length >= 30);
  for (const [name, value, allowed, extra] of BAD) {
    it(`rejects ${name}=${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}...` : value)}`, () => {
      const inputs: Inputs = { ...extra, [name]: value };
      if (name.startsWith('s3-') && name !== 's3-bucket') inputs['s3-bucket'] ??= 'my-bucket';
      const found = problems(inputs);
      assert.equal(found.length, 1, found.join('\n'));
      assert.ok(found[0]!.startsWith(`Input '${name}' `), found[0]);
      assert.match(found[0]!, allowed);
    });
  }

  it('quotes a long value clipped, not whole', () => {
    const [p] = problems({ instructions: 'y'.repeat(5000) });
    assert.ok(p!.length < 300, p);
    assert.match(p!, /"y{79}…"/);
  });

  it('reports every invalid input together, each by name', () => {
    let error: unknown;
    try {
      config({ 'cache-ttl-days': '0', 'scan-mode': 'nope', pricing: '{', 's3-bucket': 'UPPER' });
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof ConfigurationError);
    assert.equal(error.problems.length, 4);
    assert.match(error.message, /^4 inputs are invalid:\n- /);
    for (const name of ['cache-ttl-days', 'scan-mode', 'pricing', 's3-bucket'])
      assert.match(error.message, new RegExp(`Input '${name}'`));
  });

  it('requires a bucket for cache-backend s3', () => {
    const [p] = problems({ 'cache-backend': 's3' });
    assert.match(
      p!,
      /Input 'cache-backend' is "s3" but no bucket is set: set 's3-bucket' or the S3_CACHE_BUCKET variable/,
    );
  });
});
