/**
 * A full scan split over a job matrix, end to end through dist/: three shards run at once against the Bedrock
 * stand-in and the conditional-write S3 stand-in (s3rver ignores conditional writes, so racing shards would
 * overwrite each other there), then the ordinary run that reports once; and a shard on a pull request.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { makeRepo, pullRequestPayload, runAction, sampleFiles, type RunOptions } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';
const DISPATCH = { name: 'workflow_dispatch', payload: { repository: { default_branch: 'main' } } };

describe('shards: a full scan over a job matrix', () => {
  let bedrock: BedrockStandIn;
  let s3: ConditionalS3;
  beforeAll(async () => {
    bedrock = await startBedrock({ latencyMs: 150 });
    s3 = await new ConditionalS3({ buckets: [BUCKET] }).start();
  });
  afterAll(async () => {
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const options = (workspace: string, inputs: Record<string, string>): RunOptions => ({
    workspace,
    event: DISPATCH,
    inputs: {
      's3-bucket': BUCKET,
      'cache-backend': 's3',
      'fail-on-severity': 'none',
      // A shard must not post a check: were it to try, the unreachable API would be a warning.
      'check-run': 'true',
      ...inputs,
    },
    env: {
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
      GITHUB_API_URL: 'http://127.0.0.1:9',
    },
  });

  it('three shards at once send every file exactly once and merge into one cache; the next run reports it all with no call', async () => {
    // 45 files, two of them with the same content as others (sent once, by whichever shard owns the content).
    const files = {
      ...sampleFiles(45),
      'copy/a.py': sampleFiles(1)['src/mod0.py']!,
      'copy/b.py': sampleFiles(2)['src/mod1.py']!,
    };
    const repo = makeRepo(files);
    try {
      const shards = await Promise.all(
        [1, 2, 3].map((i) =>
          runAction(options(repo.dir, { shard: `${i}/3`, 'check-run': 'false', 'max-concurrency': '2' })),
        ),
      );
      let eligible = 0;
      for (const [i, run] of shards.entries()) {
        assert.equal(run.code, 0, run.stdout.slice(-3000));
        assert.equal(run.outputs.shard, `${i + 1}/3`);
        assert.equal(run.outputs['not-scanned'], '0');
        assert.deepEqual(run.warnings, []);
        assert.match(run.stdout, new RegExp(`This run is shard ${i + 1}/3: \\d+ of 47 eligible file\\(s\\)`));
        assert.match(run.summary, new RegExp(`Shard ${i + 1}/3: `));
        eligible += Number(run.outputs['files-total']);
      }
      assert.equal(eligible, 47, 'the shards split the eligible files between them');
      const sent = bedrock.calls.flatMap((c) => c.files.map((f) => f.path));
      assert.equal(sent.length, 45, 'each distinct content was sent once');
      assert.equal(new Set(sent).size, 45);

      const object = s3.objects.get(`${BUCKET}/cache/octo/demo/scan-cache.json.gz`);
      assert.ok(object, [...s3.objects.keys()].join());
      const doc = JSON.parse(gunzipSync(object.body).toString('utf8')) as {
        entries: object;
        runs: unknown[];
        lastCompleteScan?: unknown;
      };
      assert.equal(Object.keys(doc.entries).length, 45, 'no shard lost another one’s entries');
      assert.equal(doc.runs.length, 3);
      assert.equal(doc.lastCompleteScan, undefined, 'a shard never records a complete scan');

      const calls = bedrock.calls.length;
      const report = await runAction(options(repo.dir, {}));
      assert.equal(report.code, 0, report.stdout.slice(-3000));
      assert.equal(bedrock.calls.length, calls, 'the run after the shards makes no model call');
      assert.equal(report.outputs['ai-calls'], '0');
      assert.equal(report.outputs['cache-hit-rate'], '100.0');
      assert.equal(report.outputs['files-total'], '47');
      assert.equal(report.outputs.shard, '');
      assert.ok(
        report.warnings.some((w) => /check/i.test(w)),
        'the ordinary run does post the check (here: to an unreachable API)',
      );
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a shard on a pull request, naming the input and the fix, before any model call', async () => {
    const repo = makeRepo(sampleFiles(3));
    try {
      const base = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'src/new.py': 'x = 1\n' });
      repo.commit('change');
      const calls = bedrock.calls.length;
      const run = await runAction({
        ...options(repo.dir, { shard: '1/2', 'check-run': 'false' }),
        event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 5, baseSha: base }) },
      });
      assert.notEqual(run.code, 0);
      assert.match(
        run.errors.join('\n'),
        /Input 'shard' is set \(1\/2\) on a pull request run: .*Remove 'shard'/,
      );
      assert.equal(bedrock.calls.length, calls);
    } finally {
      repo.cleanup();
    }
  });
});
