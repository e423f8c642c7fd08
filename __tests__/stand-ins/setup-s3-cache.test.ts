/**
 * scripts/setup-s3-cache.sh with Debian's AWS CLI (/usr/bin/aws, `apt-get install awscli`) against local
 * stand-ins: S3 through s3rver, IAM and STS through iam.ts (which records every call and answers "already
 * exists" as AWS does). What is checked where:
 * - the OIDC provider, the roles, their trust and permission policies: created, then updated in place on a
 *   second run, here against the IAM stand-in (the policies' meaning is evaluated in
 *   __tests__/unit/setup-policies.test.ts);
 * - the bucket: created in s3rver. s3rver does not implement default encryption, public access blocks,
 *   bucket policies or lifecycle rules: the CLI still validates those requests against its model before
 *   sending them, and the script skips the NotImplemented answers only because the test asks it to. Their
 *   content is checked in the dry run's printed calls;
 * - `--dry-run`: no call at all (the AWS CLI and gh it is given do not exist, and the stand-ins see nothing).
 */
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { S3Store } from '../../src/cache/s3-store.js';
import { emptyDocument } from '../../src/cache/cache-document.js';
import { IamStandIn } from './iam.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from './s3rver.js';

const AWS = '/usr/bin/aws';
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'setup-s3-cache.sh');
const run = promisify(execFile);
const skip = existsSync(AWS)
  ? false
  : `${AWS} is missing: install Debian's AWS CLI with 'apt-get install -y awscli'`;
const REPO_ARGS = ['--repo', 'octo/demo', '--owner-id', '5001', '--repo-id', '7002'];

const SECRET = 'standin-secret-key';
const read = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
type Failure = Error & { code: number; stdout: string; stderr: string };

// Skipped, with the reason above, where the AWS CLI is missing.
(skip ? describe.skip : describe)('scripts/setup-s3-cache.sh with the AWS CLI against s3rver and IAM', () => {
  let s3: S3rverHandle;
  let iam: IamStandIn;
  let env: NodeJS.ProcessEnv;
  let out: string;
  beforeAll(async () => {
    s3 = await startS3rver();
    iam = await new IamStandIn().start();
    s3.allowKey(iam.accessKeyId, SECRET);
    out = mkdtempSync(join(tmpdir(), 'setup-policies-'));
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_CLI: AWS,
      GH_CLI: '/nonexistent/gh',
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_IAM: iam.url,
      AWS_ENDPOINT_URL_STS: iam.url,
      AWS_ACCESS_KEY_ID: iam.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(async () => {
    await iam.close();
    await s3.close();
    rmSync(out, { recursive: true, force: true });
  });
  beforeEach(() => {
    iam.calls.length = 0;
    iam.staleReads.clear();
  });

  const aws = (...args: string[]) =>
    run(AWS, ['--endpoint-url', s3.url, '--region', 'us-east-1', ...args], { env });
  const setup = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    run('bash', [SCRIPT, ...args], {
      // s3rver answers 501 NotImplemented, which the CLI would otherwise retry with backoff.
      env: { ...env, S3_SETUP_ALLOW_NOT_IMPLEMENTED: '1', AWS_MAX_ATTEMPTS: '1', ...extra },
    });
  const role = (name: string) => {
    const r = iam.roles.get(name);
    assert.ok(r, `the role ${name} exists`);
    return {
      trust: JSON.parse(r.trust) as unknown,
      permissions: JSON.parse(r.policies.get('ai-scanner')!) as unknown,
    };
  };
  const WRITER = 'ai-scanner-writer-octo.demo';
  const PR = 'ai-scanner-pr-octo.demo';
  const BATCH = 'ai-scanner-batch-octo.demo';

  it('a first run creates the OIDC provider, the bucket and the three roles with the policies it writes out, and says what to set', async () => {
    const { stdout } = await setup(['scanner-cache', 'us-east-1', ...REPO_ARGS, '--policies-out', out]);
    assert.deepEqual(iam.actions, [
      'GetCallerIdentity',
      'ListOpenIDConnectProviders',
      'CreateOpenIDConnectProvider',
      'GetRole',
      'CreateRole',
      'PutRolePolicy',
      'GetRole',
      'CreateRole',
      'PutRolePolicy',
      'GetRole',
      'CreateRole',
      'PutRolePolicy',
    ]);
    const provider = iam.providers.get(
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    );
    assert.deepEqual(provider?.clientIds, ['sts.amazonaws.com']);
    assert.equal(provider?.url, 'https://token.actions.githubusercontent.com');
    assert.deepEqual(role(WRITER), {
      trust: read(out, 'writer-trust.json'),
      permissions: read(out, 'writer-permissions.json'),
    });
    assert.deepEqual(role(PR), {
      trust: read(out, 'pr-trust.json'),
      permissions: read(out, 'pr-permissions.json'),
    });
    assert.deepEqual(role(BATCH), {
      trust: read(out, 'batch-trust.json'),
      permissions: read(out, 'batch-permissions.json'),
    });
    assert.match(stdout, /batch-role-arn: arn:aws:iam::111122223333:role\/ai-scanner-batch-octo\.demo/);
    assert.match(
      iam.roles.get(WRITER)!.trust,
      /"repo:octo\/demo:ref:refs\/heads\/main", "repo:octo@5001\/demo@7002:ref:refs\/heads\/main"/,
    );
    assert.match(
      iam.roles.get(PR)!.trust,
      /"repo:octo\/demo:pull_request", "repo:octo@5001\/demo@7002:pull_request"/,
    );
    assert.equal(iam.roles.get(WRITER)!.maxSessionDuration, 3600);
    assert.match(stdout, /ok: created the GitHub OIDC provider/);
    assert.match(stdout, /ok: created bucket scanner-cache in us-east-1/);
    assert.match(
      stdout,
      /skipped: lifecycle: objects under cache\/ \(pr\/ objects too\) expire after 9 days/,
    );
    assert.match(
      stdout,
      /^ {2}AWS_REGION=us-east-1\n {2}S3_CACHE_BUCKET=scanner-cache\n {2}AWS_ROLE_ARN=arn:aws:iam::111122223333:role\/ai-scanner-writer-octo\.demo\n {2}AWS_PR_ROLE_ARN=arn:aws:iam::111122223333:role\/ai-scanner-pr-octo\.demo$/m,
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

  it('a second run creates nothing and updates the policies in place; "already exists" from IAM becomes an update', async () => {
    // The writer role exists but GetRole does not see it yet (IAM is eventually consistent): CreateRole
    // answers 409 EntityAlreadyExists and the script updates it instead. The provider lacks the audience.
    iam.staleReads.add(WRITER);
    iam.providers.values().next().value!.clientIds = ['another-audience'];
    const model = 'eu.anthropic.claude-haiku-4-5-20251001-v1:0';
    const { stdout } = await setup(['scanner-cache', 'us-east-1', ...REPO_ARGS, '--model-id', model]);
    assert.deepEqual(
      iam.calls.map((c) => `${c.action} ${c.status}`),
      [
        'GetCallerIdentity 200',
        'ListOpenIDConnectProviders 200',
        'GetOpenIDConnectProvider 200',
        'AddClientIDToOpenIDConnectProvider 200',
        'GetRole 404',
        'CreateRole 409',
        'UpdateAssumeRolePolicy 200',
        'PutRolePolicy 200',
        'GetRole 200',
        'UpdateAssumeRolePolicy 200',
        'PutRolePolicy 200',
        'GetRole 200',
        'UpdateAssumeRolePolicy 200',
        'PutRolePolicy 200',
      ],
    );
    assert.deepEqual(iam.providers.values().next().value!.clientIds, [
      'another-audience',
      'sts.amazonaws.com',
    ]);
    assert.equal(iam.providers.size, 1);
    assert.equal(iam.roles.size, 3);
    for (const name of [WRITER, PR, BATCH])
      assert.match(
        iam.roles.get(name)!.policies.get('ai-scanner')!,
        /inference-profile\/eu\.anthropic\.claude-haiku-4-5/,
      );
    assert.match(stdout, /ok: bucket scanner-cache exists/);
    assert.match(stdout, /ok: the role ai-scanner-writer-octo\.demo exists; its trust policy is up to date/);
    assert.match(stdout, /Give the action these inputs too:\n {2}model-id: eu\.anthropic/);
    assert.match(stdout, / {2}batch-role-arn: arn:aws:iam::111122223333:role\/ai-scanner-batch-octo\.demo/);
  });

  it('stops at a bucket setting the endpoint does not implement unless allowed, and at a refused IAM call', async () => {
    await assert.rejects(
      run('bash', [SCRIPT, 'scanner-cache', 'us-east-1', ...REPO_ARGS], {
        env: { ...env, AWS_MAX_ATTEMPTS: '1' },
      }),
      (e: Failure) => {
        assert.equal(e.code, 1);
        assert.match(e.stderr, /error: default encryption SSE-S3 \(AES256\) failed/);
        return true;
      },
    );
    await assert.rejects(
      setup(['scanner-cache', 'us-east-1', ...REPO_ARGS, '--account-id', '111122223333'], {
        AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN000000000',
      }),
      (e: Failure) => {
        assert.equal(e.code, 1);
        assert.match(e.stderr, /error: listing the OIDC providers failed:\n[\s\S]*InvalidClientTokenId/);
        return true;
      },
    );
  });

  it('needs the repository ids (GitHub sends them in the subject of new repositories) unless gh can look them up', async () => {
    await assert.rejects(setup(['scanner-cache', 'us-east-1', '--repo', 'octo/demo']), (e: Failure) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /repo:octo@OWNER_ID\/demo@REPO_ID/);
      assert.match(e.stderr, /--owner-id and --repo-id/);
      return true;
    });
    assert.deepEqual(iam.actions, [], 'nothing was created');
  });

  it('--dry-run makes no call at all and prints every call a run makes', async () => {
    const dry = mkdtempSync(join(tmpdir(), 'setup-dry-'));
    const key = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { stdout } = await run(
      'bash',
      [
        SCRIPT,
        'team-cache',
        'eu-west-1',
        ...REPO_ARGS,
        '--dry-run',
        '--set-variables',
        '--prefix',
        'team-a/',
        '--branch',
        'trunk',
        '--kms-key-id',
        key,
        '--policies-out',
        dry,
      ],
      { env: { ...env, AWS_CLI: '/nonexistent/aws' } },
    );
    assert.deepEqual(iam.calls, [], 'the IAM and STS stand-in saw nothing');
    const calls = stdout
      .split('\n')
      .filter((l) => l.startsWith('would run: '))
      .map((l) =>
        l.replace(
          /^would run: \/nonexistent\/(aws --region eu-west-1 --output json --endpoint-url \S+ )?/,
          '',
        ),
      );
    const verbs = calls.map((c) => c.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(verbs, [
      'sts get-caller-identity',
      'iam list-open-id-connect-providers',
      'iam create-open-id-connect-provider',
      's3api head-bucket',
      's3api create-bucket',
      's3api put-bucket-encryption',
      's3api put-public-access-block',
      's3api get-bucket-policy',
      's3api put-bucket-policy',
      's3api get-bucket-versioning',
      's3api get-bucket-lifecycle-configuration',
      's3api put-bucket-lifecycle-configuration',
      'iam get-role',
      'iam create-role',
      'iam put-role-policy',
      'iam get-role',
      'iam create-role',
      'iam put-role-policy',
      'iam get-role',
      'iam create-role',
      'iam put-role-policy',
      'gh variable',
      'gh variable',
      'gh variable',
      'gh variable',
    ]);
    assert.match(
      stdout,
      /would run instead, if the role exists: .* iam update-assume-role-policy --role-name ai-scanner-writer-octo\.demo/,
    );
    assert.match(stdout, /--create-bucket-configuration LocationConstraint=eu-west-1/);
    assert.match(stdout, new RegExp(`"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"${key}"`));
    assert.match(
      stdout,
      /BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true/,
    );
    assert.match(stdout, /"Condition":\{"Bool":\{"aws:SecureTransport":"false"\}\}/);
    assert.match(
      stdout,
      /"Filter":\{"Prefix":"team-a\/"\},"Expiration":\{"Days":9\},"NoncurrentVersionExpiration":\{"NoncurrentDays":1\}/,
    );
    assert.match(
      stdout,
      /gh variable set AWS_ROLE_ARN --body arn:aws:iam::ACCOUNT_ID:role\/ai-scanner-writer-octo\.demo --repo octo\/demo/,
    );
    assert.match(stdout, /s3-sse: aws:kms\n {2}s3-kms-key-id: arn:aws:kms/);
    assert.match(
      readFileSync(join(dry, 'writer-trust.json'), 'utf8'),
      /repo:octo@5001\/demo@7002:ref:refs\/heads\/trunk/,
    );
    assert.match(
      readFileSync(join(dry, 'pr-permissions.json'), 'utf8'),
      /"kms:GenerateDataKey", "kms:Decrypt"/,
    );
    rmSync(dry, { recursive: true, force: true });
  });

  it('rejects bad arguments with a usage error, and --help says how to call it', async () => {
    for (const args of [
      [],
      ['good-name', 'us-east-1'],
      ['Bad_Name', 'us-east-1', '--repo', 'octo/demo'],
      ['good-name', 'mars-1', '--repo', 'octo/demo'],
      ['good-name', 'us-east-1', '--repo', 'not-a-repo'],
      ['good-name', 'us-east-1', '--repo', 'octo/demo', '--owner-id', 'octo'],
      ['good-name', 'us-east-1', '--repo', 'octo/demo', '--kms-key-id', 'alias/cache'],
      ['good-name', 'us-east-1', '--repo', 'octo/demo', '--bogus'],
      ['good-name', 'us-east-1', '--repo'],
    ])
      await assert.rejects(setup(args), (e: Failure) => {
        assert.equal(e.code, 2, JSON.stringify(args));
        assert.match(e.stderr, /^error: /);
        return true;
      });
    assert.deepEqual(iam.calls, []);
    const { stdout } = await setup(['--help']);
    assert.match(stdout, /^usage: scripts\/setup-s3-cache\.sh BUCKET REGION --repo OWNER\/REPO/);
    for (const option of [
      '--repo-id',
      '--owner-id',
      '--account-id',
      '--prefix',
      '--model-id',
      '--kms-key-id',
      '--dry-run',
      '--policies-out',
      '--set-variables',
    ])
      assert.ok(stdout.includes(option), option);
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
