/**
 * The cache across CI runs, end to end: the bundled action (`$AI_SCANNER_DIST/index.js`, default dist) run the
 * way the runner runs it, authenticating with the job's OIDC token (OIDC stand-in -> STS stand-in), keeping
 * its cache in S3 (s3rver, or the conditional stand-in where S3's conditional writes matter), scanning with
 * the Bedrock stand-in, and falling back to the Actions cache service stand-in when S3 refuses.
 * Every AWS endpoint is reached through the SDK's standard AWS_ENDPOINT_URL_<SERVICE> variables.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import {
  makeRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
  type RunOptions,
} from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';
import { ActionsCacheStandIn } from '../stand-ins/actions-cache.js';

const BUCKET = 'scanner-cache';
const WRITER = 'arn:aws:iam::123456789012:role/ai-scanner-writer';
const READER = 'arn:aws:iam::123456789012:role/ai-scanner-pull-requests';
const REPO_OBJECT = 'cache/octo/demo/scan-cache.json.gz';
const MAIN = 'repo:octo/demo:ref:refs/heads/main';

/** The summary as a reader sees it: markdown escapes and the zero-width breaks against autolinks removed. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

interface Doc {
  version: number;
  entries: Record<string, { model: string }>;
  runs: unknown[];
}

describe('cache persistence across CI runs (OIDC -> STS -> S3 -> Bedrock, Actions cache fallback)', () => {
  let bedrock: BedrockStandIn;
  let oidc: OidcStandIn;
  let sts: StsStandIn;
  let s3rver: S3rverHandle;
  let cond: ConditionalS3;
  let actionsCache: ActionsCacheStandIn;
  let admin: S3Client;
  const issuedKeys = new Set<string>();

  beforeAll(async () => {
    bedrock = await startBedrock();
    oidc = await new OidcStandIn().start();
    s3rver = await startS3rver({ buckets: [BUCKET] });
    cond = await new ConditionalS3({
      buckets: [BUCKET],
      acceptKey: (id) => issuedKeys.has(id ?? ''),
    }).start();
    // IAM trust as docs/aws-setup.md sets it up: the writer only for the default branch, the other role for
    // pull requests (and, here, other branches).
    sts = await new StsStandIn({
      trust: {
        [WRITER]: [MAIN],
        [READER]: ['repo:octo/demo:pull_request', 'repo:octo/demo:ref:refs/heads/*'],
      },
      onIssue: (c) => {
        // Only keys STS issued are accepted: a run using anything else (the harness's static keys) is refused.
        s3rver.allowKey(c.accessKeyId, c.secretAccessKey);
        issuedKeys.add(c.accessKeyId);
      },
    }).start();
    actionsCache = await new ActionsCacheStandIn().start();
    admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3rver.url,
      forcePathStyle: true,
      credentials: S3RVER_KEY,
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    admin.destroy();
    await Promise.all([
      bedrock.close(),
      oidc.close(),
      sts.close(),
      s3rver.close(),
      cond.close(),
      actionsCache.close(),
    ]);
  });

  /** The runner's environment for an action with `id-token: write`, pointed at the stand-ins. */
  const env = (s3Url: string, extra: Record<string, string | undefined> = {}) => ({
    ...oidc.env(),
    ...actionsCache.env(),
    AWS_ENDPOINT_URL_S3: s3Url,
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
    ...extra,
  });
  const inputs = (role: string, extra: Record<string, string> = {}) => ({
    'role-to-assume': role,
    'aws-region': 'us-east-1',
    's3-bucket': BUCKET,
    'fail-on-severity': 'critical',
    'max-concurrency': '2',
    ...extra,
  });
  const run = async (opts: RunOptions, subject: string): Promise<ActionRun> => {
    oidc.claims = { sub: subject, repository: 'octo/demo' };
    const result = await runAction({ timeoutMs: 90_000, ...opts });
    return result;
  };
  const s3rverObject = async (key: string): Promise<{ doc: Doc; etag: string | undefined } | undefined> => {
    try {
      const out = await admin.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      const doc = JSON.parse(
        gunzipSync(Buffer.from(await out.Body!.transformToByteArray())).toString('utf8'),
      ) as Doc;
      return { doc, etag: out.ETag };
    } catch (e) {
      if ((e as Error).name === 'NoSuchKey') return undefined;
      throw e;
    }
  };
  const s3rverKeys = async () =>
    ((await admin.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'cache/' }))).Contents ?? [])
      .map((o) => `${o.Key} ${o.ETag}`)
      .sort();

  it('cold push to main writes the S3 object; warm run is all hits; a PR writes only its own object; another branch writes nothing', async () => {
    const repo = makeRepo({
      'src/app.py': 'import os\n\ndef run(cmd):\n    os.system(cmd)  # VULN:high:Command injection\n',
      'src/util.py': 'def add(a, b):\n    return a + b\n',
      'src/db.py': 'def q(c, u):\n    return c.execute("SELECT 1 WHERE u=%s", (u,))\n',
    });
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ai-scanner-runner-temp-'));
    try {
      // 1. Cold: OIDC -> STS -> S3 (missing) -> Bedrock -> S3 PutObject.
      const stsBefore = sts.assumeCalls.length;
      const calls0 = bedrock.calls.length;
      const cold = await run(
        { workspace: repo.dir, inputs: inputs(WRITER), env: env(s3rver.url, { RUNNER_TEMP: runnerTemp }) },
        MAIN,
      );
      assert.equal(cold.code, 0, cold.stdout);
      assert.equal(sts.assumeCalls.length - stsBefore, 1, 'one STS call per run');
      const form = new URLSearchParams(sts.assumeCalls.at(-1)!.body);
      assert.equal(form.get('RoleArn'), WRITER);
      assert.equal(form.get('RoleSessionName'), 'ai-scanner-4242');
      const issued = sts.issued.at(-1)!;
      assert.ok(cold.stdout.includes(`::add-mask::${issued.secretAccessKey}`), 'the secret key is masked');
      assert.ok(cold.stdout.includes(`::add-mask::${issued.sessionToken}`), 'the session token is masked');
      assert.equal(cold.outputs['cache-backend'], 's3');
      assert.equal(cold.outputs['cache-misses'], '3');
      assert.ok(Number(cold.outputs['ai-calls']) >= 1);
      assert.equal(bedrock.calls.length - calls0, Number(cold.outputs['ai-calls']));
      assert.equal(cold.outputs.high, '1');
      assert.match(plain(cold.summary), /s3/);
      assert.match(plain(cold.summary), /S3 bucket configured/);
      const written = await s3rverObject(REPO_OBJECT);
      assert.ok(written, 'the repository object exists');
      assert.equal(written.doc.version, 1);
      assert.equal(Object.keys(written.doc.entries).length, 3);
      assert.equal(cold.warnings.length, 0, cold.warnings.join('\n'));

      // 2. Warm: the same content is served from S3: no model call at all.
      const calls1 = bedrock.calls.length;
      const warm = await run(
        { workspace: repo.dir, inputs: inputs(WRITER), env: env(s3rver.url, { RUNNER_TEMP: runnerTemp }) },
        MAIN,
      );
      assert.equal(warm.code, 0, warm.stdout);
      assert.equal(bedrock.calls.length, calls1, 'the warm run makes no model call');
      assert.equal(warm.outputs['ai-calls'], '0');
      assert.equal(warm.outputs['cache-hit-rate'], '100.0');
      assert.equal(warm.outputs['cache-backend'], 's3');
      assert.equal(warm.outputs.high, '1', 'cached findings are still reported');
      assert.equal(warm.outputs['saved-usd'], cold.outputs['cost-usd']);

      // 3. A pull request: reads the repository object, writes only pr/12.json.gz, with the PR role.
      const repoBefore = await s3rverObject(REPO_OBJECT);
      const base = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'src/util.py': 'def add(a, b):\n    return b + a\n', 'src/new.py': 'print("hello")\n' });
      repo.commit('pr change');
      const calls2 = bedrock.calls.length;
      const pr = await run(
        {
          workspace: repo.dir,
          inputs: inputs(READER, { 'scan-mode': 'full' }),
          env: env(s3rver.url, {
            RUNNER_TEMP: runnerTemp,
            GITHUB_REF: 'refs/pull/12/merge',
            GITHUB_HEAD_REF: 'feature',
            GITHUB_BASE_REF: 'main',
          }),
          event: {
            name: 'pull_request',
            payload: pullRequestPayload(repo.dir, { number: 12, baseSha: base }),
          },
        },
        'repo:octo/demo:pull_request',
      );
      assert.equal(pr.code, 0, pr.stdout);
      assert.equal(new URLSearchParams(sts.assumeCalls.at(-1)!.body).get('RoleArn'), READER);
      assert.equal(pr.outputs['cache-backend'], 's3');
      assert.equal(pr.outputs['cache-hits'], '2', 'unchanged files are hits from the repository object');
      assert.equal(pr.outputs['cache-misses'], '2');
      assert.deepEqual(
        bedrock.calls
          .slice(calls2)
          .flatMap((c) => c.files.map((f) => f.path))
          .sort(),
        ['src/new.py', 'src/util.py'],
      );
      assert.match(
        plain(pr.summary),
        /pull request #12: reads the repository cache, writes only this pull request's cache/,
      );
      assert.deepEqual(await s3rverObject(REPO_OBJECT), repoBefore, 'the repository object is untouched');
      const prObject = await s3rverObject('cache/octo/demo/pr/12.json.gz');
      assert.ok(prObject, 'the pull request object exists');
      assert.equal(
        Object.keys(prObject.doc.entries).length,
        2,
        'only what the PR scanned: the rest stays in the repository object',
      );

      // A later run of the same PR reads both objects: all hits.
      const calls3 = bedrock.calls.length;
      const prAgain = await run(
        {
          workspace: repo.dir,
          inputs: inputs(READER, { 'scan-mode': 'full' }),
          env: env(s3rver.url, {
            RUNNER_TEMP: runnerTemp,
            GITHUB_REF: 'refs/pull/12/merge',
            GITHUB_HEAD_REF: 'feature',
            GITHUB_BASE_REF: 'main',
            GITHUB_RUN_ID: '4243',
          }),
          event: {
            name: 'pull_request',
            payload: pullRequestPayload(repo.dir, { number: 12, baseSha: base }),
          },
        },
        'repo:octo/demo:pull_request',
      );
      assert.equal(prAgain.code, 0, prAgain.stdout);
      assert.equal(bedrock.calls.length, calls3);
      assert.equal(prAgain.outputs['cache-hit-rate'], '100.0');

      // 4. A push to a branch that is not the default one: reads, writes nothing.
      repo.write({ 'src/branch.py': 'x = "only on a branch"\n' });
      repo.commit('branch work');
      const keysBefore = await s3rverKeys();
      const branch = await run(
        {
          workspace: repo.dir,
          inputs: inputs(READER, { 'scan-mode': 'full' }),
          env: env(s3rver.url, { RUNNER_TEMP: runnerTemp, GITHUB_REF: 'refs/heads/feature' }),
          event: { name: 'push', payload: pushPayload(repo.dir, undefined, 'refs/heads/feature') },
        },
        'repo:octo/demo:ref:refs/heads/feature',
      );
      assert.equal(branch.code, 0, branch.stdout);
      assert.equal(branch.outputs['cache-backend'], 's3');
      assert.equal(
        branch.outputs['cache-hits'],
        '2',
        'src/app.py and src/db.py as on main; the PR object is not read',
      );
      assert.equal(branch.outputs['cache-misses'], '3');
      assert.match(
        plain(branch.summary),
        /branch feature is not the default branch: reads the repository cache, writes nothing/,
      );
      assert.deepEqual(await s3rverKeys(), keysBefore, 'no object was written');
    } finally {
      repo.cleanup();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  it('S3 denied (403): a warning, the Actions cache serves, and the summary says why', async () => {
    const repo = makeRepo({ 'lib/a.py': 'A = 1\n', 'lib/b.py': 'B = 2\n' });
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ai-scanner-runner-temp-'));
    cond.faults = [{ status: 403, code: 'AccessDenied', message: 'Access Denied' }];
    try {
      const entriesBefore = actionsCache.finalized().length;
      const first = await run(
        { workspace: repo.dir, inputs: inputs(WRITER), env: env(cond.url, { RUNNER_TEMP: runnerTemp }) },
        MAIN,
      );
      assert.equal(first.code, 0, first.stdout);
      assert.equal(first.outputs['cache-backend'], 'actions-cache');
      assert.ok(
        first.warnings.some((w) =>
          /Cache backend unavailable.*S3 denied reading s3:\/\/scanner-cache\/cache\/octo\/demo\/scan-cache\.json\.gz \(403 AccessDenied\)/.test(
            w,
          ),
        ),
        first.warnings.join('\n'),
      );
      assert.match(plain(first.summary), /actions-cache/);
      assert.match(plain(first.summary), /GitHub Actions cache; fell back because S3 denied reading/);
      const saved = actionsCache.finalized().slice(entriesBefore);
      assert.equal(saved.length, 1);
      assert.match(saved[0]!.key, /^ai-scanner-octo-demo-scan-cache-4242-1-\d+$/);

      const calls = bedrock.calls.length;
      const second = await run(
        {
          workspace: repo.dir,
          inputs: inputs(WRITER),
          env: env(cond.url, { RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: '4250' }),
        },
        MAIN,
      );
      assert.equal(second.code, 0, second.stdout);
      assert.equal(second.outputs['cache-backend'], 'actions-cache');
      assert.equal(second.outputs['cache-hit-rate'], '100.0');
      assert.equal(bedrock.calls.length, calls, 'served from the Actions cache: no model call');
      assert.equal(cond.keys(BUCKET).length, 0, 'nothing reached the refusing bucket');
    } finally {
      cond.faults = [];
      repo.cleanup();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  it("a fork's pull request gets no OIDC token: S3 is skipped with the reason, the Actions cache serves what it has", async () => {
    const repo = makeRepo({ 'pkg/one.py': 'ONE = 1\n', 'pkg/two.py': 'TWO = 2\n' });
    const runnerTemp = mkdtempSync(join(tmpdir(), 'ai-scanner-runner-temp-'));
    cond.faults = [{ status: 403, code: 'AccessDenied' }];
    try {
      const main = await run(
        { workspace: repo.dir, inputs: inputs(WRITER), env: env(cond.url, { RUNNER_TEMP: runnerTemp }) },
        MAIN,
      );
      assert.equal(main.outputs['cache-backend'], 'actions-cache', main.stdout);
      const base = repo.git('rev-parse', 'HEAD');
      repo.write({ 'pkg/three.py': 'THREE = 3\n' });
      repo.commit('from a fork');
      const stsCalls = sts.assumeCalls.length;
      const calls = bedrock.calls.length;
      const fork = await run(
        {
          workspace: repo.dir,
          inputs: inputs(READER, { 'scan-mode': 'full' }),
          env: env(cond.url, {
            RUNNER_TEMP: runnerTemp,
            ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
            GITHUB_REF: 'refs/pull/31/merge',
            GITHUB_HEAD_REF: 'feature',
            GITHUB_RUN_ID: '4300',
          }),
          event: {
            name: 'pull_request',
            payload: pullRequestPayload(repo.dir, { number: 31, baseSha: base, fork: true }),
          },
        },
        'unused',
      );
      assert.equal(sts.assumeCalls.length, stsCalls, 'no STS call without a token');
      assert.equal(bedrock.calls.length, calls, 'no model call without credentials');
      assert.equal(fork.outputs['cache-backend'], 'actions-cache');
      assert.equal(fork.outputs['cache-hits'], '2', 'the base branch results still count');
      assert.ok(
        fork.warnings.some((w) =>
          /from a fork: a maintainer starts its review with the ai-scan label/.test(w),
        ),
        fork.warnings.join('\n'),
      );
      // Never green, never a dead end: neutral, naming the file as not reviewed and how to start the run that
      // can review it (the maintainer's label); that run's check run is the one to require.
      assert.equal(fork.code, 0, fork.stdout);
      assert.equal(fork.outputs.conclusion, 'neutral');
      assert.equal(fork.outputs['not-scanned'], '1');
      assert.ok(
        fork.warnings.some((w) =>
          /1 file\(s\) not scanned \(this pull request comes from a fork.*ai-scan label/.test(w),
        ),
        fork.warnings.join('\n'),
      );
      assert.ok(!fork.errors.some((e) => /id-token/.test(e)), 'not reported as a missing permission');
    } finally {
      cond.faults = [];
      repo.cleanup();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  it('4 concurrent default-branch runs with different files: the object holds the union', async () => {
    const repos = [0, 1, 2, 3].map((r) =>
      makeRepo(
        Object.fromEntries(
          [0, 1, 2].map((i) => [`svc/w${r}_${i}.py`, `def worker_${r}_${i}():\n    return ${r * 10 + i}\n`]),
        ),
      ),
    );
    bedrock.options.latencyMs = 300; // every run has read the object before the first one writes
    try {
      const runs = await Promise.all(
        repos.map((repo, r) =>
          run(
            {
              workspace: repo.dir,
              inputs: inputs(WRITER, { 's3-prefix': 'concurrent/' }),
              env: env(cond.url, { GITHUB_RUN_ID: String(5000 + r) }),
            },
            MAIN,
          ),
        ),
      );
      for (const r of runs) {
        assert.equal(r.code, 0, r.stdout);
        assert.equal(r.outputs['cache-backend'], 's3');
        assert.equal(r.outputs['cache-misses'], '3');
        assert.ok(!r.warnings.some((w) => /could not be saved/.test(w)), r.warnings.join('\n'));
      }
      const object = cond.get(BUCKET, 'concurrent/octo/demo/scan-cache.json.gz');
      assert.ok(object);
      const doc = JSON.parse(gunzipSync(object.body).toString('utf8')) as Doc;
      assert.equal(Object.keys(doc.entries).length, 12, 'every run kept its entries');
      assert.equal(doc.runs.length, 4, 'every run is recorded');
      const puts = cond.log.filter((l) => l.method === 'PUT' && l.key.startsWith('concurrent/'));
      assert.ok(
        puts.some((p) => p.status === 412),
        'runs raced and merged on conflict',
      );
      assert.equal(puts.filter((p) => p.status === 200).length, 4);
      assert.ok(
        puts.every((p) => p.ifMatch !== undefined || p.ifNoneMatch === '*'),
        'every write is conditional',
      );
      assert.ok(puts.every((p) => p.headers['x-amz-server-side-encryption'] === 'AES256'));
    } finally {
      bedrock.options.latencyMs = undefined;
      for (const repo of repos) repo.cleanup();
    }
  });
});
