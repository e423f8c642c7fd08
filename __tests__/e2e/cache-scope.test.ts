/**
 * Which S3 object a run of the bundled action writes (the trust rule), seen from the S3 side: the conditional S3
 * stand-in's request log shows every GET and PUT by key. A `pull_request_target` run (which runs with the base
 * repository's secrets and GITHUB_REF on the default branch) reads the repository object and writes only
 * pr/<n>; with `cache-scope: shared` a pull request run writes the repository object itself.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { makeRepo, pullRequestPayload, runAction, type ActionRun } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { ConditionalS3, type S3Request } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';
const REPO_OBJECT = 'cache/octo/demo/scan-cache.json.gz';

/** The summary as a reader sees it: markdown escapes and the zero-width breaks against autolinks removed. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

describe('cache scope end to end (dist/index.js, conditional S3 stand-in)', () => {
  let bedrock: BedrockStandIn;
  let s3: ConditionalS3;
  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await new ConditionalS3({ buckets: [BUCKET] }).start();
  });
  afterAll(async () => {
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    'aws-region': 'us-east-1',
    's3-bucket': BUCKET,
    'cache-backend': 's3',
    'fail-on-severity': 'none',
    'scan-mode': 'full',
    'max-concurrency': '2',
    ...extra,
  });
  const env = (extra: Record<string, string> = {}) => ({
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
    ...extra,
  });
  /** The requests of one run (from log index `from`) that wrote successfully, by key. */
  const puts = (from: number): string[] =>
    s3.log
      .slice(from)
      .filter((r: S3Request) => r.method === 'PUT' && r.status === 200)
      .map((r) => r.key);
  const gets = (from: number): string[] =>
    s3.log
      .slice(from)
      .filter((r: S3Request) => r.method === 'GET')
      .map((r) => r.key);
  const entries = (key: string): number => {
    const object = s3.get(BUCKET, key);
    assert.ok(object, `${key} exists (keys: ${s3.keys(BUCKET).join(', ')})`);
    const doc = JSON.parse(gunzipSync(object.body).toString('utf8')) as { entries: object };
    return Object.keys(doc.entries).length;
  };
  const ok = (run: ActionRun) => assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);

  it('pull_request_target (GITHUB_REF on main, a fork head) reads the repository object and writes only pr/<n>', async () => {
    const repo = makeRepo({ 'svc/a.py': 'A = 1\n', 'svc/b.py': 'B = 2\n' });
    try {
      // The default branch seeds the repository object.
      const seed = await runAction({ workspace: repo.dir, inputs: inputs(), env: env() });
      ok(seed);
      assert.equal(entries(REPO_OBJECT), 2);
      const seeded = s3.get(BUCKET, REPO_OBJECT)!;

      const base = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'svc/b.py': 'B = 3  # changed by the fork\n', 'svc/c.py': 'C = 4\n' });
      repo.commit('fork change');
      const from = s3.log.length;
      const target = await runAction({
        workspace: repo.dir,
        inputs: inputs(),
        // pull_request_target runs in the base repository's context: GITHUB_REF is the default branch.
        env: env({ GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '5001' }),
        event: {
          name: 'pull_request_target',
          payload: pullRequestPayload(repo.dir, { number: 31, baseSha: base, fork: true }),
        },
      });
      ok(target);
      assert.equal(target.outputs['cache-backend'], 's3');
      assert.equal(target.outputs['cache-hits'], '1', 'svc/a.py from the repository object');
      assert.equal(target.outputs['cache-misses'], '2');
      assert.ok(gets(from).includes(REPO_OBJECT), 'the repository object is read');
      assert.deepEqual(puts(from), ['cache/octo/demo/pr/31.json.gz'], 'only the PR object is written');
      assert.equal(s3.get(BUCKET, REPO_OBJECT)!.etag, seeded.etag, 'the repository object is untouched');
      assert.equal(entries('cache/octo/demo/pr/31.json.gz'), 2);
      assert.match(
        plain(target.summary),
        /pull request #31: reads the repository cache, writes only this pull request's cache/,
      );

      // The PR's next run reads its own object too: everything is a hit, and still nothing reaches the repository object.
      const again = s3.log.length;
      const calls = bedrock.calls.length;
      const second = await runAction({
        workspace: repo.dir,
        inputs: inputs(),
        env: env({ GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '5002' }),
        event: {
          name: 'pull_request_target',
          payload: pullRequestPayload(repo.dir, { number: 31, baseSha: base, fork: true }),
        },
      });
      ok(second);
      assert.equal(second.outputs['cache-hit-rate'], '100.0');
      assert.equal(bedrock.calls.length, calls);
      assert.ok(gets(again).includes('cache/octo/demo/pr/31.json.gz'));
      assert.ok(!puts(again).includes(REPO_OBJECT));
      assert.equal(s3.get(BUCKET, REPO_OBJECT)!.etag, seeded.etag);
    } finally {
      repo.cleanup();
      s3.objects.clear();
    }
  });

  it('cache-scope: shared lets a pull request run read and write the repository object, and no pr/<n>', async () => {
    const repo = makeRepo({ 'lib/x.py': 'X = 1\n', 'lib/y.py': 'Y = 2\n' });
    try {
      const seed = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'cache-scope': 'shared' }),
        env: env(),
      });
      ok(seed);
      assert.equal(entries(REPO_OBJECT), 2);
      const seeded = s3.get(BUCKET, REPO_OBJECT)!;

      const base = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'lib/z.py': 'Z = 3\n' });
      repo.commit('pr change');
      const from = s3.log.length;
      const pr = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'cache-scope': 'shared' }),
        env: env({ GITHUB_REF: 'refs/pull/44/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }),
        event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 44, baseSha: base }) },
      });
      ok(pr);
      assert.equal(pr.outputs['cache-hits'], '2');
      assert.equal(pr.outputs['cache-misses'], '1');
      assert.deepEqual(puts(from), [REPO_OBJECT], 'the PR run wrote the repository object, and only it');
      const write = s3.log.slice(from).find((r) => r.method === 'PUT' && r.key === REPO_OBJECT)!;
      assert.equal(write.ifMatch, seeded.etag, 'conditionally on the ETag it read');
      assert.equal(entries(REPO_OBJECT), 3, 'the PR run added its entry to the repository object');
      assert.ok(!s3.keys(BUCKET).some((k) => k.includes('/pr/')), 'no pull request object');
      assert.match(plain(pr.summary), /cache-scope: shared/);
    } finally {
      repo.cleanup();
      s3.objects.clear();
    }
  });
});
