/**
 * The errors a new user meets first, through the bundled CLI and action: each says what to fix, once, sends
 * nothing to the model and leaves no cache behind. Missing AWS credentials, a model id Bedrock does not know or
 * that needs an inference profile, an S3 key the role may not read, a base-ref that does not resolve, scan-mode
 * changed with nothing to compare with, a folder that does not exist or is a file, a folder that is not a git
 * repository; and the bases CI clones really hold (origin/main only, Jenkins CHANGE_TARGET, a GitLab target).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, runAction, runCli, showCli, type CliRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';

const FILES: Record<string, string> = {};
for (let i = 0; i < 6; i++)
  FILES[`src/m${i}.py`] = `def f${i}(x):\n    return x + ${i}\n${'# pad\n'.repeat(400)}`;

/** Bedrock's answers to a model id it cannot run on demand, and to one it does not know (real error shapes). */
const ON_DEMAND = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const UNKNOWN = 'anthropic.claude-sonnet-9';

describe('newcomer errors say what to fix, once (dist/cli.js, dist/index.js)', () => {
  let bedrock: BedrockStandIn;
  let s3: ConditionalS3;
  let scratch: string;
  const repos: Repo[] = [];

  beforeAll(async () => {
    bedrock = await startBedrock({
      fault: (call) =>
        call.modelId === ON_DEMAND
          ? {
              kind: 'error',
              status: 400,
              type: 'ValidationException',
              message: `Invocation of model ID ${ON_DEMAND} with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
            }
          : call.modelId === UNKNOWN
            ? {
                kind: 'error',
                status: 400,
                type: 'ValidationException',
                message: 'The provided model identifier is invalid.',
              }
            : undefined,
    });
    s3 = await new ConditionalS3({ buckets: ['scanner-cache'] }).start();
    scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-newcomer-'));
  });
  afterAll(async () => {
    for (const r of repos) r.cleanup();
    rmSync(scratch, { recursive: true, force: true });
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const repo = (files = FILES): Repo => {
    const r = makeRepo(files);
    repos.push(r);
    return r;
  };

  const userEnv = (extra: Record<string, string | undefined> = {}): Record<string, string> => {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
      AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
      ...extra,
    };
    return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  };

  const cli = (args: string[], env: Record<string, string>, cwd = scratch) => runCli(args, env, cwd, 60_000);
  const show = showCli;
  const count = (text: string, re: RegExp) => text.split(re).length - 1;
  const cacheFile = (r: Repo) => join(r.dir, '.file_hash_cache.json');

  it('missing AWS credentials: one clear error, no call counted, no cache file left behind', async () => {
    const r = repo();
    const calls = bedrock.calls.length;
    const run = await cli(
      ['scan', r.dir],
      userEnv({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }),
    );
    assert.equal(run.code, 1, show(run));
    assert.match(
      run.stdout,
      /The scan could not run: No AWS credentials were found to call Bedrock/,
      show(run),
    );
    assert.match(run.stdout, /AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    assert.match(run.stdout, /AI calls: 0 /, 'no call left this machine');
    // The SDK's message appears with the error (the title and the line that closes the report), never per file.
    const all = run.stdout + run.stderr;
    assert.ok(count(all, /Could not load credentials/) <= 2, show(run));
    assert.match(run.stdout, /NOT SCANNED src\/m0\.py: not reviewed: the scan could not run/);
    assert.equal(bedrock.calls.length, calls);
    assert.ok(!existsSync(cacheFile(r)), 'no cache file is left behind');
  });

  it('a model id that needs an inference profile, and one Bedrock does not know: what to set, and one call', async () => {
    const r = repo();
    for (const [model, says] of [
      [
        ON_DEMAND,
        /model-id anthropic\.claude-sonnet-4-5-20250929-v1:0 cannot be called directly in us-east-1.*use an inference profile id.*such as us\.anthropic\.claude-sonnet-4-5-20250929-v1:0 or global\.anthropic/,
      ],
      [
        UNKNOWN,
        /Bedrock does not know model-id anthropic\.claude-sonnet-9 in us-east-1.*set model-id to a model or inference profile id offered in us-east-1/,
      ],
    ] as const) {
      const calls = bedrock.calls.length;
      const run = await cli(['scan', r.dir, '--model-id', model, '--max-concurrency', '1'], userEnv());
      assert.equal(run.code, 1, show(run));
      assert.match(run.stdout, new RegExp(`The scan could not run: ${says.source}`), show(run));
      assert.equal(bedrock.calls.length - calls, 1, 'no call after the first refusal');
      assert.match(run.stdout, /AI calls: 1 /);
      assert.ok(!existsSync(cacheFile(r)), 'nothing cached');
    }
  });

  it('an S3 cache object the credentials may not read: one warning naming the bucket, the key and the permission', async () => {
    const r = repo({ 'a.py': 'x = 1\n' });
    s3.faults = [{ status: 403, code: 'AccessDenied', message: 'Access Denied' }];
    try {
      const run = await cli(
        ['scan', r.dir, '--dry-run', '--cache-backend', 's3', '--s3-bucket', 'scanner-cache'],
        userEnv({ AWS_ENDPOINT_URL_S3: s3.url, GITHUB_REPOSITORY: 'octo/demo' }),
      );
      assert.equal(run.code, 0, show(run));
      const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning:'));
      const denied = warnings.filter((w) => /denied/i.test(w));
      assert.equal(denied.length, 1, show(run));
      assert.match(
        denied[0]!,
        /S3 denied reading s3:\/\/scanner-cache\/cache\/\S+ \(403 AccessDenied\): check .*s3:GetObject/,
      );
    } finally {
      s3.faults = [];
    }
  });

  it('a base-ref that does not resolve, or scan-mode changed with no base: exit 2 naming the input, nothing sent or cached', async () => {
    const r = repo();
    const calls = bedrock.calls.length;
    const typo = await cli(['scan', r.dir, '--base-ref', 'mian'], userEnv());
    assert.equal(typo.code, 2, show(typo));
    assert.match(
      typo.stderr,
      /Input 'base-ref' is "mian", which is not a branch, tag or commit of this clone or of origin/,
    );
    const noBase = await cli(['scan', r.dir, '--scan-mode', 'changed'], userEnv());
    assert.equal(noBase.code, 2, show(noBase));
    assert.match(
      noBase.stderr,
      /Input 'scan-mode' is changed, but there is nothing to compare with.*set base-ref/,
    );
    assert.equal(bedrock.calls.length, calls, 'nothing was sent');
    assert.ok(!existsSync(cacheFile(r)), 'nothing was cached');
  });

  it('a folder that does not exist, a file, and a folder that is not a git repository', async () => {
    const r = repo({ 'a.py': 'x = 1\n' });
    const missing = await cli(['scan', join(scratch, 'nowhere'), '--dry-run'], userEnv());
    assert.equal(missing.code, 2, show(missing));
    assert.match(missing.stderr, /nowhere does not exist or cannot be read: give the folder to scan/);
    const file = await cli(['scan', join(r.dir, 'a.py'), '--dry-run'], userEnv());
    assert.equal(file.code, 2, show(file));
    assert.match(file.stderr, /a\.py is a file, not a folder/);
    for (const run of [missing, file]) assert.doesNotMatch(run.stderr, /ENOENT|ENOTDIR|scandir/);

    const plain = join(scratch, 'plain');
    mkdirSync(plain, { recursive: true });
    writeFileSync(join(plain, 'a.py'), 'x = 1\n');
    const auto = await cli(['scan', plain, '--dry-run'], userEnv());
    assert.equal(auto.code, 0, show(auto));
    assert.match(
      auto.stderr,
      /warning: \S+plain is not a git repository: every file in it is scanned.*scan-mode full/,
    );
    const changed = await cli(['scan', plain, '--dry-run', '--scan-mode', 'changed'], userEnv());
    assert.equal(changed.code, 2, show(changed));
    assert.match(
      changed.stderr,
      /Input 'scan-mode' is changed, but \S+plain is not a git repository.*scan-mode full/,
    );
  });

  /** A clone of the feature branch (one file changed against main), where main is origin's only, or absent. */
  const featureClone = (name: string, singleBranch: boolean): string => {
    const origin = repo({ 'a.py': 'x = 1\n', 'b.py': 'y = 2\n' });
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write({ 'c.py': 'z = 3\n' });
    origin.commit('feature');
    origin.git('checkout', '-q', 'main');
    const dir = join(scratch, name);
    const depth = singleBranch ? ['--single-branch', '--depth=1'] : [];
    execFileSync('git', ['clone', '-q', ...depth, '-b', 'feature', `file://${origin.dir}`, dir], {
      env: process.env,
    });
    return dir;
  };
  const considered = (run: CliRun): [number, string] => {
    const report = JSON.parse(run.stdout) as { selection: { considered: number; how: string } };
    return [report.selection.considered, report.selection.how];
  };

  it('Jenkins change builds diff against CHANGE_TARGET, GitLab merge requests against their target branch', async () => {
    const jenkins = featureClone('jenkins', true);
    const j = await cli(
      ['scan', jenkins, '--dry-run', '--no-fail-on-incomplete', '--format', 'json'],
      userEnv({
        JENKINS_URL: 'https://ci.example.com/',
        CI: 'true',
        CHANGE_ID: '7',
        CHANGE_TARGET: 'main',
        BRANCH_NAME: 'PR-7',
      }),
    );
    assert.equal(j.code, 0, show(j));
    assert.deepEqual(considered(j), [1, 'changed since origin/main']);

    const gitlab = featureClone('gitlab', false);
    const g = await cli(
      ['scan', gitlab, '--dry-run', '--no-fail-on-incomplete', '--format', 'json'],
      userEnv({
        GITLAB_CI: 'true',
        CI: 'true',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_IID: '3',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_PROJECT_PATH: 'group/demo',
      }),
    );
    assert.equal(g.code, 0, show(g));
    assert.deepEqual(considered(g), [1, 'changed since origin/main']);
  });

  it('the action: a manual rescan with base-ref main on another branch compares with origin/main; a typo is an ::error naming base-ref', async () => {
    const dir = featureClone('dispatch', false);
    const calls = bedrock.calls.length;
    const event = {
      name: 'workflow_dispatch',
      payload: { ref: 'refs/heads/feature', repository: { default_branch: 'main' } },
    };
    const env = { GITHUB_REF: 'refs/heads/feature', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url };
    const inputs = { 'cache-backend': 'none', 'scan-mode': 'changed', 'dry-run': 'true' };
    const good = await runAction({ workspace: dir, event, env, inputs: { ...inputs, 'base-ref': 'main' } });
    assert.equal(good.code, 0, good.stdout);
    assert.equal(good.outputs['cache-misses'], '1', good.stdout);
    assert.match(good.stdout, /Selected 1 file\(s\) \(changed since origin\/main\)/);

    const typo = await runAction({
      workspace: dir,
      event,
      env,
      inputs: { ...inputs, 'dry-run': 'false', 'base-ref': 'mian' },
    });
    assert.equal(typo.code, 1, typo.stdout);
    assert.ok(
      typo.errors.some((e) => /Input 'base-ref' is "mian", which is not a branch/.test(e)),
      typo.stdout,
    );
    assert.equal(bedrock.calls.length, calls, 'nothing was sent');
    assert.doesNotMatch(typo.stdout, /Sending \d+ file/);
  });
});
