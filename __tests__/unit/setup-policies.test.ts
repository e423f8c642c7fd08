/**
 * The IAM policies scripts/setup-s3-cache.sh creates, evaluated by an IAM policy engine
 * (@cloud-copilot/iam-simulate, a test-only dependency) over the whole matrix of who asks for what:
 * - trust: the writer role is assumable only by runs on the default branch of the repository, the
 *   pull-request role only by its pull requests; both subject formats GitHub sends (the name form and the
 *   immutable-id form), audience sts.amazonaws.com only, never another repository, branch, event or owner;
 * - permissions: the writer reads and writes only the repository's object and may read pr/ objects; the
 *   pull-request role reads the same and writes only pr/ objects; both may call the model (Converse is
 *   authorized as bedrock:InvokeModel); another repository's keys and the bucket's administration are denied.
 * The policies are the ones `--dry-run --policies-out` writes, which are the ones a real run sends to IAM
 * (__tests__/stand-ins/setup-s3-cache.test.ts checks that).
 *
 * The engine's data set (AWS's service authorization reference) does not list the `sub` and `aud` keys of
 * GitHub's OIDC provider for sts:AssumeRoleWithWebIdentity, and its validating runSimulation drops context
 * keys it does not know; the trust policies are therefore evaluated with runUnsafeSimulation (the same
 * evaluation, without that filter), after runSimulation has validated the policies themselves.
 */
import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createValidatedPolicy, validateTrustPolicy } from '@cloud-copilot/iam-policy';
import { runSimulation, runUnsafeSimulation, type Simulation } from '@cloud-copilot/iam-simulate';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'setup-s3-cache.sh');
const ACCOUNT = '111122223333';
const BUCKET = 'scan-cache-bucket';
const REGION = 'eu-west-1';
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const OIDC = 'token.actions.githubusercontent.com';
const run = promisify(execFile);

/** A policy document as the script writes it. */
interface Policy {
  Version: string;
  Statement: unknown[];
}
interface Policies {
  writerTrust: Policy;
  writerPermissions: Policy;
  prTrust: Policy;
  prPermissions: Policy;
  batchTrust: Policy;
  batchPermissions: Policy;
}

const FILES = {
  writerTrust: 'writer-trust.json',
  writerPermissions: 'writer-permissions.json',
  prTrust: 'pr-trust.json',
  prPermissions: 'pr-permissions.json',
  batchTrust: 'batch-trust.json',
  batchPermissions: 'batch-permissions.json',
} as const;

/** The six policies `--dry-run --policies-out` writes, as text. */
async function generateText(extra: string[]): Promise<Record<keyof Policies, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'setup-policies-'));
  try {
    await run(
      'bash',
      [SCRIPT, BUCKET, REGION, '--repo', 'octo/demo', '--owner-id', '5001', '--repo-id', '7002'].concat(
        ['--account-id', ACCOUNT, '--dry-run', '--policies-out', dir],
        extra,
      ),
      { env: { PATH: process.env.PATH, AWS_CLI: '/nonexistent/aws', GH_CLI: '/nonexistent/gh' } },
    );
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return {
      writerTrust: read(FILES.writerTrust),
      writerPermissions: read(FILES.writerPermissions),
      prTrust: read(FILES.prTrust),
      prPermissions: read(FILES.prPermissions),
      batchTrust: read(FILES.batchTrust),
      batchPermissions: read(FILES.batchPermissions),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function generate(extra: string[]): Promise<Policies> {
  const text = await generateText(extra);
  const parse = (t: string) => JSON.parse(t) as Policy;
  return {
    writerTrust: parse(text.writerTrust),
    writerPermissions: parse(text.writerPermissions),
    prTrust: parse(text.prTrust),
    prPermissions: parse(text.prPermissions),
    batchTrust: parse(text.batchTrust),
    batchPermissions: parse(text.batchPermissions),
  };
}

/** Whether a token with this `sub` (and `aud`) may assume the role whose trust policy this is. */
function assumable(trust: Policy, sub: string, aud = 'sts.amazonaws.com', provider = PROVIDER): boolean {
  const validated = createValidatedPolicy(trust, validateTrustPolicy, { name: 'trust' });
  assert.deepEqual(validated.errors, [], 'a valid trust policy');
  const simulation: Simulation = {
    request: {
      principal: provider,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: { resource: `arn:aws:iam::${ACCOUNT}:role/scanner`, accountId: ACCOUNT },
      contextVariables: { [`${OIDC}:sub`]: sub, [`${OIDC}:aud`]: aud },
    },
    identityPolicies: [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: validated,
  };
  return runUnsafeSimulation(simulation, {}) === 'Allowed';
}

const DEFAULT_KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};

/** Whether a session of the role with these permissions may do `action` on `resource`. */
async function allowed(
  permissions: Policy,
  action: string,
  resource: string,
  context: Record<string, string> = {},
) {
  const simulation: Simulation = {
    request: {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/scanner/run`,
      action,
      resource: { resource, accountId: ACCOUNT },
      contextVariables: context,
    },
    identityPolicies: [{ name: 'ai-scanner', policy: permissions }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    // KMS needs the key policy to allow too: the default key policy, which lets IAM policies grant use.
    ...(action.startsWith('kms:') ? { resourcePolicy: DEFAULT_KEY_POLICY } : {}),
  };
  // Global cross-region inference is authorized against a region-less foundation-model ARN, which the
  // engine's resource types (a region is required) do not know: that one is evaluated without the check.
  if (resource.startsWith('arn:aws:bedrock:::')) return runUnsafeSimulation(simulation, {}) === 'Allowed';
  const result = await runSimulation(simulation, {});
  assert.equal(result.resultType, 'single', JSON.stringify(result));
  return result.overallResult === 'Allowed';
}

const object = (key: string) => `arn:aws:s3:::${BUCKET}/${key}`;
const REPO_OBJECT = 'cache/octo/demo/scan-cache.json.gz';
const PR_OBJECT = 'cache/octo/demo/pr/12.json.gz';

describe('the trust policies the setup script creates', () => {
  let p: Policies;
  beforeAll(async () => {
    p = await generate([]);
  });

  const subjects = {
    mainByName: 'repo:octo/demo:ref:refs/heads/main',
    mainById: 'repo:octo@5001/demo@7002:ref:refs/heads/main',
    prByName: 'repo:octo/demo:pull_request',
    prById: 'repo:octo@5001/demo@7002:pull_request',
  };
  const refused = [
    'repo:octo/demo:ref:refs/heads/feature',
    'repo:octo@5001/demo@7002:ref:refs/heads/feature',
    'repo:octo/demo:ref:refs/heads/main-copy',
    'repo:octo/demo:ref:refs/tags/v1',
    'repo:octo/demo:environment:production',
    'repo:octo/other:ref:refs/heads/main',
    'repo:octo/other:pull_request',
    'repo:fork-owner/demo:pull_request',
    'repo:fork-owner/demo:ref:refs/heads/main',
    'repo:octo@9999/demo@7002:ref:refs/heads/main',
    'repo:octo@5001/demo@9999:pull_request',
    'repo:octo@5001/other@7003:ref:refs/heads/main',
    'repo:OCTO/DEMO:ref:refs/heads/main',
    'repo:octo/demo:ref:refs/heads/*',
    'repo:octo/demo:*',
    '',
  ];

  it('the writer role: only runs on the default branch, in both subject formats', () => {
    assert.equal(assumable(p.writerTrust, subjects.mainByName), true);
    assert.equal(assumable(p.writerTrust, subjects.mainById), true);
    for (const sub of [subjects.prByName, subjects.prById, ...refused])
      assert.equal(assumable(p.writerTrust, sub), false, sub);
  });

  it('the pull-request role: only pull requests of the repository, in both subject formats', () => {
    assert.equal(assumable(p.prTrust, subjects.prByName), true);
    assert.equal(assumable(p.prTrust, subjects.prById), true);
    for (const sub of [subjects.mainByName, subjects.mainById, ...refused])
      assert.equal(assumable(p.prTrust, sub), false, sub);
  });

  it('only for the audience sts.amazonaws.com, and only through GitHub’s provider in this account', () => {
    for (const trust of [p.writerTrust, p.prTrust]) {
      const sub = trust === p.writerTrust ? subjects.mainById : subjects.prById;
      for (const aud of ['https://github.com/octo', 'sts.amazonaws.com.evil', ''])
        assert.equal(assumable(trust, sub, aud), false, aud);
      assert.equal(
        assumable(trust, sub, 'sts.amazonaws.com', PROVIDER.replace(ACCOUNT, '444455556666')),
        false,
      );
      assert.equal(
        assumable(trust, sub, 'sts.amazonaws.com', `arn:aws:iam::${ACCOUNT}:oidc-provider/gitlab.com`),
        false,
      );
    }
  });

  it('trusts another default branch when told (--branch)', async () => {
    const trunk = await generate(['--branch', 'trunk']);
    assert.equal(assumable(trunk.writerTrust, 'repo:octo@5001/demo@7002:ref:refs/heads/trunk'), true);
    assert.equal(assumable(trunk.writerTrust, subjects.mainByName), false);
  });
});

describe('the permission policies the setup script creates', () => {
  let p: Policies;
  beforeAll(async () => {
    p = await generate([]);
  });

  it('the writer reads and writes the repository object, reads pr/ objects, writes nothing else', async () => {
    const w = p.writerPermissions;
    assert.equal(await allowed(w, 's3:GetObject', object(REPO_OBJECT)), true);
    assert.equal(await allowed(w, 's3:PutObject', object(REPO_OBJECT)), true);
    assert.equal(await allowed(w, 's3:GetObject', object(PR_OBJECT)), true);
    assert.equal(await allowed(w, 's3:PutObject', object(PR_OBJECT)), false);
    assert.equal(await allowed(w, 's3:PutObject', object('cache/octo/demo/other.json.gz')), false);
    assert.equal(await allowed(w, 's3:DeleteObject', object(REPO_OBJECT)), false);
  });

  it('the pull-request role reads the repository object and writes only pr/ keys', async () => {
    const r = p.prPermissions;
    assert.equal(await allowed(r, 's3:GetObject', object(REPO_OBJECT)), true);
    assert.equal(await allowed(r, 's3:GetObject', object(PR_OBJECT)), true);
    assert.equal(await allowed(r, 's3:PutObject', object(PR_OBJECT)), true);
    assert.equal(await allowed(r, 's3:PutObject', object(REPO_OBJECT)), false);
    assert.equal(await allowed(r, 's3:PutObject', object('cache/octo/demo/scan-cache.json.gz.tmp')), false);
    assert.equal(await allowed(r, 's3:DeleteObject', object(PR_OBJECT)), false);
  });

  it("both: list only the repository's prefix, and nothing of another repository", async () => {
    for (const policy of [p.writerPermissions, p.prPermissions]) {
      const bucket = `arn:aws:s3:::${BUCKET}`;
      assert.equal(await allowed(policy, 's3:ListBucket', bucket, { 's3:prefix': 'cache/octo/demo/' }), true);
      assert.equal(
        await allowed(policy, 's3:ListBucket', bucket, { 's3:prefix': 'cache/octo/other/' }),
        false,
      );
      assert.equal(await allowed(policy, 's3:ListBucket', bucket, { 's3:prefix': '' }), false);
      for (const key of [
        'cache/octo/other/scan-cache.json.gz',
        'cache/octo/other/pr/12.json.gz',
        'cache/octo/demo-fork/scan-cache.json.gz',
        'cache/octo/scan-cache.json.gz',
        'octo/demo/scan-cache.json.gz',
      ]) {
        assert.equal(await allowed(policy, 's3:GetObject', object(key)), false, key);
        assert.equal(await allowed(policy, 's3:PutObject', object(key)), false, key);
      }
      assert.equal(
        await allowed(policy, 's3:GetObject', `arn:aws:s3:::another-bucket/${REPO_OBJECT}`),
        false,
      );
    }
  });

  it('both: no administration of the bucket, IAM or anything else', async () => {
    const bucket = `arn:aws:s3:::${BUCKET}`;
    for (const policy of [p.writerPermissions, p.prPermissions])
      for (const [action, resource] of [
        ['s3:PutBucketPolicy', bucket],
        ['s3:DeleteBucket', bucket],
        ['s3:DeleteBucketPolicy', bucket],
        ['s3:PutLifecycleConfiguration', bucket],
        ['s3:PutEncryptionConfiguration', bucket],
        ['s3:PutBucketPublicAccessBlock', bucket],
        ['s3:PutBucketVersioning', bucket],
        ['s3:PutObjectAcl', object(REPO_OBJECT)],
        ['iam:PutRolePolicy', `arn:aws:iam::${ACCOUNT}:role/scanner`],
        ['iam:UpdateAssumeRolePolicy', `arn:aws:iam::${ACCOUNT}:role/scanner`],
      ] as const)
        assert.equal(await allowed(policy, action, resource), false, action);
  });

  it('both may call the model through the inference profile and its foundation model in every region', async () => {
    const model = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
    for (const policy of [p.writerPermissions, p.prPermissions]) {
      for (const resource of [
        `arn:aws:bedrock:${REGION}:${ACCOUNT}:inference-profile/global.${model}`,
        `arn:aws:bedrock:${REGION}::foundation-model/${model}`,
        `arn:aws:bedrock:ap-southeast-2::foundation-model/${model}`,
        `arn:aws:bedrock:::foundation-model/${model}`,
      ])
        assert.equal(await allowed(policy, 'bedrock:InvokeModel', resource), true, resource);
      for (const resource of [
        `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-opus-4-1-20250805-v1:0`,
        `arn:aws:bedrock:${REGION}:${ACCOUNT}:inference-profile/us.${model}`,
      ])
        assert.equal(await allowed(policy, 'bedrock:InvokeModel', resource), false, resource);
      // Only what the action calls: Converse, which is authorized as bedrock:InvokeModel.
      assert.equal(
        await allowed(
          policy,
          'bedrock:InvokeModelWithResponseStream',
          `arn:aws:bedrock:${REGION}::foundation-model/${model}`,
        ),
        false,
      );
    }
  });

  it('a plain foundation-model id is granted in the region only; a KMS key adds exactly its use', async () => {
    const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const plain = await generate([
      '--model-id',
      'anthropic.claude-3-5-haiku-20241022-v1:0',
      '--kms-key-id',
      key,
    ]);
    const model = 'foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0';
    for (const policy of [plain.writerPermissions, plain.prPermissions]) {
      assert.equal(await allowed(policy, 'bedrock:InvokeModel', `arn:aws:bedrock:${REGION}::${model}`), true);
      assert.equal(
        await allowed(policy, 'bedrock:InvokeModel', `arn:aws:bedrock:us-east-1::${model}`),
        false,
      );
      assert.equal(await allowed(policy, 'kms:GenerateDataKey', key), true);
      assert.equal(await allowed(policy, 'kms:Decrypt', key), true);
      assert.equal(await allowed(policy, 'kms:Decrypt', key.replace('1234abcd', 'ffffffff')), false);
      assert.equal(await allowed(policy, 'kms:ScheduleKeyDeletion', key), false);
    }
    assert.equal(
      await allowed(p.writerPermissions, 'kms:Decrypt', key),
      false,
      'no KMS grant without --kms-key-id',
    );
  });
});

describe("the Bedrock batch role and the writer's batch permissions", () => {
  let p: Policies;
  beforeAll(async () => {
    p = await generate([]);
  });
  const BATCH_ROLE = `arn:aws:iam::${ACCOUNT}:role/ai-scanner-batch-octo.demo`;
  const JOB = `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-invocation-job/abc123`;
  const INPUT = 'cache/octo/demo/batch/ai-scanner-1-a/input.jsonl';
  const OUTPUT = 'cache/octo/demo/batch/ai-scanner-1-a/output/abc123/input.jsonl.out';

  /** Whether a principal (a service) may assume the batch role, with these context keys. */
  function assumableBy(principal: string, context: Record<string, string>): boolean {
    const validated = createValidatedPolicy(p.batchTrust, validateTrustPolicy, { name: 'trust' });
    assert.deepEqual(validated.errors, [], 'a valid trust policy');
    const simulation: Simulation = {
      request: {
        principal,
        action: 'sts:AssumeRole',
        resource: { resource: BATCH_ROLE, accountId: ACCOUNT },
        contextVariables: context,
      },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: validated,
    };
    return runUnsafeSimulation(simulation, {}) === 'Allowed';
  }

  it('only Bedrock, for jobs of this account, may assume the batch role', () => {
    const ok = { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': JOB };
    assert.equal(assumableBy('bedrock.amazonaws.com', ok), true);
    assert.equal(assumableBy('bedrock.amazonaws.com', { ...ok, 'aws:SourceAccount': '999988887777' }), false);
    assert.equal(
      assumableBy('bedrock.amazonaws.com', { ...ok, 'aws:SourceArn': JOB.replace(ACCOUNT, '999988887777') }),
      false,
    );
    assert.equal(assumableBy('ec2.amazonaws.com', ok), false);
    assert.equal(assumableBy(`arn:aws:iam::${ACCOUNT}:root`, ok), false);
  });

  it('the batch role reads job inputs and writes job outputs of this repository, nothing else', async () => {
    const b = p.batchPermissions;
    assert.equal(await allowed(b, 's3:GetObject', object(INPUT)), true);
    assert.equal(await allowed(b, 's3:PutObject', object(OUTPUT)), true);
    assert.equal(await allowed(b, 's3:PutObject', object(INPUT)), false);
    for (const key of [REPO_OBJECT, PR_OBJECT, 'cache/octo/other/batch/x/input.jsonl'])
      for (const action of ['s3:GetObject', 's3:PutObject'])
        assert.equal(await allowed(b, action, object(key)), false, `${action} ${key}`);
    const bucket = `arn:aws:s3:::${BUCKET}`;
    assert.equal(
      await allowed(b, 's3:ListBucket', bucket, { 's3:prefix': 'cache/octo/demo/batch/x/' }),
      true,
    );
    assert.equal(await allowed(b, 's3:ListBucket', bucket, { 's3:prefix': 'cache/octo/demo/' }), false);
  });

  it('the writer creates and checks jobs and passes the batch role to Bedrock only; the pull-request role cannot', async () => {
    const w = p.writerPermissions;
    assert.equal(await allowed(w, 'bedrock:CreateModelInvocationJob', JOB), true);
    assert.equal(await allowed(w, 'bedrock:GetModelInvocationJob', JOB), true);
    assert.equal(await allowed(w, 'bedrock:StopModelInvocationJob', JOB), false);
    assert.equal(await allowed(w, 's3:PutObject', object(INPUT)), true);
    assert.equal(await allowed(w, 's3:GetObject', object(OUTPUT)), true);
    const to = (service: string) => ({ 'iam:PassedToService': service });
    assert.equal(await allowed(w, 'iam:PassRole', BATCH_ROLE, to('bedrock.amazonaws.com')), true);
    assert.equal(await allowed(w, 'iam:PassRole', BATCH_ROLE, to('ec2.amazonaws.com')), false);
    assert.equal(
      await allowed(w, 'iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/admin`, to('bedrock.amazonaws.com')),
      false,
    );
    const r = p.prPermissions;
    assert.equal(await allowed(r, 'bedrock:CreateModelInvocationJob', JOB), false);
    assert.equal(await allowed(r, 'iam:PassRole', BATCH_ROLE, to('bedrock.amazonaws.com')), false);
    assert.equal(await allowed(r, 's3:PutObject', object(INPUT)), false);
  });
});

describe('docs/aws-setup.md', () => {
  it('shows the six policies the script creates, with placeholders for the values', async () => {
    const text = await generateText([]);
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'aws-setup.md'), 'utf8');
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
    const placeholders: [RegExp, string][] = [
      [new RegExp(BUCKET, 'g'), 'BUCKET'],
      [new RegExp(ACCOUNT, 'g'), 'ACCOUNT_ID'],
      [new RegExp(REGION, 'g'), 'REGION'],
      [/octo@5001\/demo@7002/g, 'OWNER@OWNER_ID/REPO@REPO_ID'],
      [/octo\/demo/g, 'OWNER/REPO'],
    ];
    for (const name of Object.keys(FILES) as (keyof Policies)[]) {
      const expected = JSON.parse(
        placeholders.reduce((t, [re, to]) => t.replace(re, to), text[name]),
      ) as unknown;
      assert.ok(
        blocks.some((b) => JSON.stringify(b) === JSON.stringify(expected)),
        `docs/aws-setup.md shows ${FILES[name]} as the script writes it:\n${JSON.stringify(expected, null, 2)}`,
      );
    }
  });
});
