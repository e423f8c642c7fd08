/**
 * Load: a full scan of a 20,000-file repository with a fast model stand-in, its cache document of 20,000
 * entries written to S3 (s3rver) and read back by the next run. Peak memory is measured by the process
 * itself and reported; the bound asserted is generous (the benchmark measures it closely).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { makeRepo, runAction, type Repo, type ActionRun } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';

const FILES = 20_000;
const BUCKET = 'load-cache';

describe('load: 20,000 files', () => {
  let bedrock: BedrockStandIn;
  let s3: S3rverHandle;
  let repo: Repo;
  let tmp: string;
  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await startS3rver({ buckets: [BUCKET] });
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++)
      files[`pkg${i % 100}/mod_${i}.py`] =
        `def handler_${i}(request):\n    value = compute(${i}, request)\n    return value\n`;
    repo = makeRepo(files);
    tmp = mkdtempSync(join(tmpdir(), 'ai-scanner-load-'));
  });
  afterAll(async () => {
    repo.cleanup();
    rmSync(tmp, { recursive: true, force: true });
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const run = (name: string): Promise<ActionRun> =>
    runAction({
      workspace: repo.dir,
      timeoutMs: 240_000,
      event: { name: 'workflow_dispatch', payload: { repository: { default_branch: 'main' } } },
      inputs: {
        's3-bucket': BUCKET,
        'cache-backend': 's3',
        'max-concurrency': '16',
        'fail-on-severity': 'none',
      },
      env: {
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        AWS_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
        NODE_OPTIONS: `--import=${resolve('bench/rss-preload.mjs')}`,
        BENCH_RSS_FILE: join(tmp, name),
      },
    });
  const peakMb = (name: string) => Number(readFileSync(join(tmp, name), 'utf8')) / 1024;

  it('a full scan sends every file, caches all 20,000 in S3 in bounded memory, and the next run is all hits', async () => {
    const cold = await run('cold');
    assert.equal(cold.code, 0, cold.stdout.slice(-3000));
    assert.equal(cold.outputs['files-total'], String(FILES));
    assert.equal(cold.outputs['cache-misses'], String(FILES));
    assert.equal(cold.outputs['not-scanned'], '0');
    const sent = new Set(bedrock.calls.flatMap((c) => c.files.map((f) => f.path)));
    assert.equal(sent.size, FILES, 'every file reached the model once');

    const admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: S3RVER_KEY,
    });
    const object = await admin.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'cache/octo/demo/scan-cache.json.gz' }),
    );
    const bytes = Buffer.from(await object.Body!.transformToByteArray());
    admin.destroy();
    const doc = JSON.parse(gunzipSync(bytes).toString('utf8')) as { entries: object };
    assert.equal(Object.keys(doc.entries).length, FILES);

    const calls = bedrock.calls.length;
    const warm = await run('warm');
    assert.equal(warm.code, 0, warm.stdout.slice(-3000));
    assert.equal(warm.outputs['cache-hit-rate'], '100.0');
    assert.equal(bedrock.calls.length, calls, 'the warm run makes no model call');

    const [coldMb, warmMb] = [peakMb('cold'), peakMb('warm')];
    console.log(
      `peak RSS: cold ${coldMb.toFixed(0)} MB (${calls} calls), warm ${warmMb.toFixed(0)} MB; object ${(bytes.length / 1024).toFixed(0)} KiB gzipped`,
    );
    assert.ok(coldMb < 1024 && warmMb < 1024, `peak RSS cold ${coldMb} MB, warm ${warmMb} MB`);
  }, 300_000);
});
