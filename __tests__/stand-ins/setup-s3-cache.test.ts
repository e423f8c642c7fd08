/**
 * scripts/setup-s3-cache.sh with Debian's AWS CLI (/usr/bin/aws, `apt-get install awscli`) against s3rver:
 * it creates the bucket, the action's store writes its object there, and the documented `aws s3 ls` /
 * `aws s3 rm --recursive` see and clear it. s3rver does not implement bucket encryption, public access
 * blocks or lifecycle rules; the CLI still validates those requests before sending them, and the script
 * skips the NotImplemented answers only because the test asks it to.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { S3Store } from '../../src/cache/s3-store.js';
import { emptyDocument } from '../../src/cache/scan-cache.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from './s3rver.js';

const AWS = '/usr/bin/aws';
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'setup-s3-cache.sh');
const run = promisify(execFile);
const skip = existsSync(AWS)
  ? false
  : `${AWS} is missing: install Debian's AWS CLI with 'apt-get install -y awscli'`;

// Skipped, with the reason above, where the AWS CLI is missing.
(skip ? describe.skip : describe)('scripts/setup-s3-cache.sh with the AWS CLI against s3rver', () => {
  let s3: S3rverHandle;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    s3 = await startS3rver();
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_CLI: AWS,
      AWS_ENDPOINT_URL: s3.url,
      AWS_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(() => s3.close());

  const aws = (...args: string[]) =>
    run(AWS, ['--endpoint-url', s3.url, '--region', 'us-east-1', ...args], { env });

  it('refuses settings the endpoint does not implement unless allowed, then sets the bucket up and says what to configure', async () => {
    await assert.rejects(
      run('bash', [SCRIPT, 'scanner-cache', 'us-east-1'], { env }),
      (e: Error & { stderr: string; code: number }) => {
        assert.equal(e.code, 1);
        assert.match(e.stderr, /error: default encryption AES256 failed/);
        return true;
      },
    );
    const { stdout } = await run('bash', [SCRIPT, 'scanner-cache', 'us-east-1'], {
      env: { ...env, S3_SETUP_ALLOW_NOT_IMPLEMENTED: '1' },
    });
    assert.match(stdout, /ok: bucket scanner-cache exists|ok: created bucket scanner-cache/);
    assert.match(stdout, /lifecycle: objects under cache\/ expire after 9 days/);
    assert.match(
      stdout,
      /S3_CACHE_BUCKET=scanner-cache\n\s+AWS_REGION=us-east-1\n\s+AWS_ROLE_ARN=arn:aws:iam::<ACCOUNT_ID>:role\/<ROLE_NAME>/,
    );
    const { stdout: buckets } = await aws(
      's3api',
      'list-buckets',
      '--query',
      'Buckets[].Name',
      '--output',
      'text',
    );
    assert.match(buckets, /scanner-cache/);
  });

  it('rejects bad arguments with a usage error', async () => {
    for (const args of [[], ['Bad_Name', 'us-east-1'], ['good-name', 'mars-1']])
      await assert.rejects(
        run('bash', [SCRIPT, ...args], { env }),
        (e: Error & { code: number }) => e.code === 2,
      );
  });

  it('`aws s3 ls` sees the object the action wrote and `aws s3 rm --recursive` clears it', async () => {
    const store = new S3Store({
      s3: { bucket: 'scanner-cache', prefix: 'cache/', endpoint: s3.url, sse: 'AES256', kmsKeyId: undefined },
      region: 'us-east-1',
      credentials: () => Promise.resolve(S3RVER_KEY),
      repository: { owner: 'octo', repo: 'demo' },
      env: {},
    });
    assert.equal((await store.write({ kind: 'repository' }, emptyDocument(), undefined)).status, 'written');
    assert.equal(
      (await store.write({ kind: 'pull-request', number: 4 }, emptyDocument(), undefined)).status,
      'written',
    );
    const { stdout: listed } = await aws('s3', 'ls', 's3://scanner-cache/cache/octo/demo/', '--recursive');
    assert.match(listed, /cache\/octo\/demo\/scan-cache\.json\.gz/);
    assert.match(listed, /cache\/octo\/demo\/pr\/4\.json\.gz/);
    const { stdout: removed } = await aws('s3', 'rm', 's3://scanner-cache/cache/octo/demo/', '--recursive');
    assert.match(removed, /delete: s3:\/\/scanner-cache\/cache\/octo\/demo\/scan-cache\.json\.gz/);
    assert.deepEqual(
      await store.read({ kind: 'repository' }),
      { status: 'missing' },
      'the next run starts cold',
    );
    // `aws s3 ls` exits 1 when nothing matches.
    await assert.rejects(
      aws('s3', 'ls', 's3://scanner-cache/cache/', '--recursive'),
      (e: Error & { code: number; stdout: string }) => {
        assert.equal(e.code, 1);
        assert.equal(e.stdout.trim(), '');
        return true;
      },
    );
  });
});
