/**
 * Bedrock batch inference end to end, through dist/: a workflow_dispatch full scan of more than 100 files not in
 * the cache writes them as a JSONL job input to the cache bucket (s3rver), creates the job on the control-plane
 * stand-in (AWS_ENDPOINT_URL_BEDROCK), makes no live call and ends neutral naming the job. The stand-in then
 * finishes the job the way Bedrock does (records out of order, some failed, one answer naming a file its record
 * did not hold), and the next run, a push, collects it: every valid answer is cached at half the on-demand
 * price, and only the files of failed or rejected records are sent live.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import '../support/long-timeout.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { makeRepo, pushPayload, runAction, sampleFiles, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startBedrockBatch, type BedrockBatchStandIn } from '../stand-ins/bedrock-batch.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';

const BUCKET = 'scanner-cache';
const KEY = { id: 'AKIASTANDIN000000000', secret: 'standin-secret-key-0000000000000000000000' };
const BATCH_ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-batch';
const FILES = 120;
/** Claude Sonnet 4.5 on demand (the default model, a global profile), USD per million tokens. */
const PRICE = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 };

interface Entry {
  usd: number;
  findings: unknown[];
  tokens: { in: number; out: number; cacheRead: number; cacheWrite: number };
}
interface BatchJobReport {
  job: string;
  state: string;
  status: string;
  records: number;
  files: number;
  queued: boolean;
  expectedUsd?: number | null;
  liveEstimateUsd?: number | null;
  results?: number;
  usd?: number | null;
  live?: number;
  recorded?: boolean;
}
interface JsonReport {
  notScanned: { path: string; reason: string }[];
  model: { estimateUsd?: number; usd?: number };
  batch?: { jobs: BatchJobReport[] };
}
const readReport = (r: ActionRun) =>
  JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as JsonReport;
/** The summary's text without markdown's escapes. */
const plain = (markdown: string) => markdown.replace(/&#36;/g, '$').replace(/\\(?=[-()\\.+!])/g, '');

interface Doc {
  entries: Record<string, Entry>;
  batchJobs?: { name: string; jobArn: string; records: Record<string, { path: string }[]> }[];
}

describe('Bedrock batch inference for a big scheduled scan, through dist/', () => {
  let bedrock: BedrockStandIn;
  let s3: S3rverHandle;
  let admin: S3Client;
  let batch: BedrockBatchStandIn;
  let repo: Repo;
  let submit: ActionRun;
  let collect: ActionRun;
  let afterSubmit: Doc;
  /** The submitting run's JSON report (the next run writes the same file). */
  let submitReport: JsonReport;
  let liveCallsOfSubmit: number;
  let afterCollect: Doc;
  /** Paths of the files whose records the stand-in failed or answered badly. */
  const refused = new Set<string>();

  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await startS3rver({ buckets: [BUCKET] });
    s3.allowKey(KEY.id, KEY.secret);
    admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: S3RVER_KEY,
    });
    batch = await startBedrockBatch(admin);
    // Files of about 3 kB: packed live five to a call, one to a record, batch is still the cheaper.
    const files = Object.fromEntries(
      Object.entries(sampleFiles(FILES)).map(([path, text]) => [path, text + body(path)]),
    );
    files['src/mod7.py'] += 'os.system(x)  # VULN:critical:Command injection\n';
    repo = makeRepo(files);

    submit = await scan({ name: 'workflow_dispatch', payload: dispatchPayload() });
    afterSubmit = await cacheDoc();
    submitReport = readReport(submit);
    liveCallsOfSubmit = bedrock.calls.length;
    const job = batch.jobs[0]!;
    await batch.complete(job.jobArn, {
      fail: (_, i) => i % 40 === 3,
      // A hostile answer: findings for a file the record did not hold are refused, the record goes live.
      answer: (id, sent) => {
        if (id !== 'R0000000050') return undefined;
        return {
          findings: [
            { ...finding(), path: 'src/elsewhere.py' },
            ...sent.map((f) => ({ ...finding(), path: f.path })),
          ],
        };
      },
    });
    for (const rec of afterSubmit.batchJobs?.[0]?.records
      ? Object.entries(afterSubmit.batchJobs[0].records)
      : [])
      if (rec[0] === 'R0000000050' || [3, 43, 83].includes(Number(rec[0].slice(1)) - 1))
        rec[1].forEach((f) => refused.add(f.path));
    collect = await scan({ name: 'push', payload: pushPayload(repo.dir) });
    afterCollect = await cacheDoc();
  });
  afterAll(async () => {
    repo?.cleanup();
    await Promise.all([bedrock?.close(), s3?.close(), batch?.close()]);
  });

  function scan(event: { name: string; payload: object }): Promise<ActionRun> {
    return runAction({
      workspace: repo.dir,
      event,
      inputs: {
        's3-bucket': BUCKET,
        'cache-backend': 's3',
        'batch-role-arn': BATCH_ROLE,
        'fail-on-severity': 'none',
      },
      env: {
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        AWS_ENDPOINT_URL_BEDROCK: batch.url,
      },
    });
  }

  function dispatchPayload(): object {
    return {
      ref: 'refs/heads/main',
      repository: { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' },
    };
  }

  async function cacheDoc(): Promise<Doc> {
    const got = await admin.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'cache/octo/demo/scan-cache.json.gz' }),
    );
    return JSON.parse(
      gunzipSync(Buffer.from(await got.Body!.transformToByteArray())).toString('utf8'),
    ) as Doc;
  }

  it('hands the misses of a workflow_dispatch full scan to one job: no live call, neutral, the job recorded', () => {
    expect({ code: submit.code, calls: liveCallsOfSubmit, jobs: batch.jobs.length }).toEqual({
      code: 0,
      calls: 0,
      jobs: 1,
    });
    const job = batch.jobs[0]!;
    expect(job).toMatchObject({
      roleArn: BATCH_ROLE,
      modelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    });
    expect(job.inputUri).toMatch(
      new RegExp(`^s3://${BUCKET}/cache/octo/demo/batch/${job.jobName}/input\\.jsonl$`),
    );
    expect(submit.outputs).toMatchObject({
      conclusion: 'neutral',
      'not-scanned': String(FILES),
      'ai-calls': '0',
    });
    expect(submit.stdout).toContain(
      `Submitted Bedrock batch job ${job.jobName} (${FILES} records for ${FILES} file(s)): about $`,
    );
    expect(afterSubmit.batchJobs?.map((j) => j.jobArn)).toEqual([job.jobArn]);
    expect(Object.keys(afterSubmit.entries)).toHaveLength(0);
  });

  it('reports the submitted files as queued in the job, with a batch section in the summary and the JSON report', () => {
    const job = batch.jobs[0]!;
    const report = submitReport;
    const queued = `queued in Bedrock batch job ${job.jobName} (submitted); a later run collects it`;
    expect(new Set(report.notScanned.map((n) => n.reason))).toEqual(new Set([queued]));
    expect(report.batch?.jobs).toEqual([
      expect.objectContaining({
        job: job.jobName,
        state: 'submitted',
        records: FILES,
        files: FILES,
        queued: true,
        recorded: true,
      }),
    ]);
    const [mine] = report.batch!.jobs;
    expect(mine!.expectedUsd).toBeGreaterThan(0);
    expect(mine!.expectedUsd).toBeLessThan(mine!.liveEstimateUsd!);
    // Queued files are priced by the job, not as live calls still to make.
    expect(report.model.estimateUsd).toBeUndefined();
    const summary = plain(submit.summary);
    expect(summary).toContain(`not scanned (${queued.slice(0, 100)}`);
    expect(summary).toContain('**Bedrock batch** (billed at half the on-demand price):');
    expect(summary).toMatch(
      new RegExp(
        `- \`${job.jobName}\`: submitted, ${FILES} record\\(s\\) for ${FILES} file\\(s\\), about \\$[0-9.]+ against \\$[0-9.]+ live; its files are queued, a later run collects them\\.`,
      ),
    );
    expect(summary).not.toContain('Scanning them would cost');
  });

  it('collects the finished job on the next run: valid answers at half price, the rest live, every file reported', async () => {
    expect(refused.size).toBe(4);
    expect(collect.code).toBe(0);
    expect(collect.outputs).toMatchObject({
      conclusion: 'success',
      'not-scanned': '0',
      'files-total': String(FILES),
    });
    // Only the files of failed or rejected records were sent live, each once.
    const live = bedrock.calls.flatMap((c) => c.files.map((f) => f.path)).sort();
    expect(live).toEqual([...refused].sort());
    expect(collect.outputs.critical).toBe('1');
    expect(afterCollect.batchJobs).toBeUndefined();
    expect(Object.keys(afterCollect.entries)).toHaveLength(FILES);
    // A batch answer's entry costs half its tokens' on-demand price; a live one the full price.
    const fullPrice = (t: Entry['tokens']) =>
      (t.in * PRICE.input +
        t.out * PRICE.output +
        t.cacheRead * PRICE.cacheRead +
        t.cacheWrite * PRICE.cacheWrite) /
      1e6;
    const ratios = Object.values(afterCollect.entries).map(
      (e) => Math.round((e.usd / fullPrice(e.tokens)) * 100) / 100,
    );
    expect(ratios.filter((r) => r === 0.5)).toHaveLength(FILES - refused.size);
    expect(ratios.filter((r) => r === 1)).toHaveLength(refused.size);
    // The collecting run says how many results came from which job, at the batch rate.
    const [collected] = readReport(collect).batch?.jobs ?? [];
    expect(collected).toMatchObject({
      job: batch.jobs[0]!.jobName,
      state: 'collected',
      status: 'Completed',
      results: FILES - refused.size,
      live: refused.size,
      queued: false,
    });
    expect(plain(collect.summary)).toContain(
      `- \`${batch.jobs[0]!.jobName}\`: collected (Completed): ${FILES - refused.size} file(s) answered at the batch price (`,
    );
    const objects = await admin.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'cache/octo/demo/batch/' }),
    );
    expect(objects.Contents?.some((o) => o.Key!.endsWith('/input.jsonl.out'))).toBe(true);
  });
});

function body(path: string): string {
  return Array.from(
    { length: 70 },
    (_, j) => `total_${j} = compute(${JSON.stringify(path)}, ${j}, ${j * 7})\n`,
  ).join('');
}

function finding() {
  return {
    severity: 'low',
    category: 'security',
    title: 'Steered',
    explanation: 'x',
    fix: 'y',
    startLine: 1,
    endLine: 1,
    confidence: 'high',
  };
}
