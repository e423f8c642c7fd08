/**
 * The batch measure of `npm run bench`: a workflow_dispatch full scan of 600 files hands them to a Bedrock batch
 * job (the control-plane stand-in, writing its output to s3rver as Bedrock does) and makes no live call; the
 * next run collects the job, reports every file and caches each answer at half its tokens' on-demand price.
 * A live cold scan of the same files (batch: off) is shown beside it for the price of each path.
 */
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startBedrockBatch } from '../__tests__/stand-ins/bedrock-batch.js';
import type { BedrockStandIn } from '../__tests__/stand-ins/bedrock.js';
import { makeRepo, type Repo } from '../__tests__/e2e/harness.js';
import { priceFor } from '../src/cost/pricing.js';

interface Run {
  ms: number;
  outputs: Record<string, string>;
  stdout: string;
}

export interface BatchBenchHooks {
  s3Url: string;
  bedrock: BedrockStandIn;
  model: string;
  timed: (args: string[], env: Record<string, string>, cwd: string) => Promise<Run>;
  actionEnv: (
    repo: Repo,
    extra: Record<string, string>,
    event?: string,
    payload?: object,
  ) => Record<string, string>;
  entry: string;
  row: (what: string, value: string, target: string, ok: boolean) => void;
}

const FILES = 600;
const ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-batch-octo.bench';

export async function batchBench(h: BatchBenchHooks): Promise<void> {
  const admin = new S3Client({
    region: 'us-east-1',
    endpoint: h.s3Url,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const batch = await startBedrockBatch(admin);
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++)
    files[`svc/m${i}.py`] = Array.from(
      { length: 120 },
      (_, j) => `value_${i}_${j} = compute(${j}, ${i * j})\n`,
    ).join('');
  const repo = makeRepo(files);
  try {
    const env = (extra: Record<string, string>, repository: string, event = 'push') => ({
      ...h.actionEnv(repo, { 'batch-role-arn': ROLE, ...extra }, event),
      GITHUB_REPOSITORY: repository,
      AWS_ENDPOINT_URL_BEDROCK: batch.url,
    });
    const before = h.bedrock.calls.length;
    await h.timed([h.entry], env({}, 'octo/bench-batch', 'workflow_dispatch'), repo.dir);
    const liveOnSubmit = h.bedrock.calls.length - before;
    const job = batch.jobs[0];
    const done = job ? await batch.complete(job.jobArn) : { records: 0, failed: 0 };
    const collect = await h.timed([h.entry], env({}, 'octo/bench-batch'), repo.dir);
    const liveOnCollect = h.bedrock.calls.length - before - liveOnSubmit;
    const ratio = await entryPriceRatio(admin, 'cache/octo/bench-batch/scan-cache.json.gz', h.model);
    h.row(
      `batch: ${FILES} misses, workflow_dispatch: ${done.records} records in 1 job, live calls`,
      String(liveOnSubmit),
      '0',
      liveOnSubmit === 0 && batch.jobs.length === 1,
    );
    h.row(
      `batch: the next run collects: files reported (not scanned ${collect.outputs['not-scanned']}), live calls ${liveOnCollect}`,
      `${collect.outputs['files-total']}/${FILES}`,
      `all, priced at 50%`,
      collect.outputs['not-scanned'] === '0' && liveOnCollect === 0 && Math.abs(ratio - 0.5) < 0.01,
    );
    const live = await h.timed([h.entry], env({ batch: 'off' }, 'octo/bench-live'), repo.dir);
    h.row(
      `batch: cost of the files (entries at ${(ratio * 100).toFixed(0)}% of on-demand) / a live cold scan ($${live.outputs['cost-usd']})`,
      `$${collect.outputs['cost-usd']}`,
      '< live',
      Number(collect.outputs['cost-usd']) < Number(live.outputs['cost-usd']),
    );
  } finally {
    repo.cleanup();
    await batch.close();
  }
}

/** The cached entries' cost over their tokens' on-demand price: 0.5 when every one was priced at the batch rate. */
async function entryPriceRatio(s3: S3Client, key: string, model: string): Promise<number> {
  const got = await s3.send(new GetObjectCommand({ Bucket: 'bench-cache', Key: key }));
  const doc = JSON.parse(
    gunzipSync(Buffer.from(await got.Body!.transformToByteArray())).toString('utf8'),
  ) as {
    entries: Record<
      string,
      { usd: number; tokens: { in: number; out: number; cacheRead: number; cacheWrite: number } }
    >;
  };
  const p = priceFor(model)!;
  let usd = 0;
  let onDemand = 0;
  for (const e of Object.values(doc.entries)) {
    usd += e.usd;
    const t = e.tokens;
    onDemand +=
      (t.in * p.input +
        t.out * p.output +
        t.cacheRead * (p.cacheRead ?? p.input) +
        t.cacheWrite * (p.cacheWrite ?? p.input)) /
      1e6;
  }
  return onDemand ? usd / onDemand : 0;
}
