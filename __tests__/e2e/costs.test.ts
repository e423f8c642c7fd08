/**
 * What a whole organisation's scans cost, end to end: real runs of the bundled action (dist/index.js) fill an
 * S3 bucket (s3rver) with two repositories' cache objects, one of them with a pull request's, and the bundled
 * CLI's `costs` command reads them back: its totals are the sum of those runs' cost-usd outputs. The same runs
 * publish their metrics to the CloudWatch stand-in (PutMetricData as the SDK speaks it), and a CloudWatch that
 * refuses or cannot be reached is a warning, never a failed run.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DIST,
  NODE,
  makeRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
  type Repo,
} from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';
import { startCloudWatch, type CloudWatchStandIn } from '../stand-ins/cloudwatch.js';

const BUCKET = 'org-scan-cache';
const KEY = { id: 'AKIASTANDIN000000000', secret: 'standin-secret-key-0000000000000000000000' };
const NAMESPACE = 'Org/AIScanner';

interface CostsJson {
  location: string;
  since?: string;
  repos: {
    repository: string;
    runs: number;
    objects: number;
    costUsd: number;
    savedUsd: number;
    hitRate: number | null;
    modelCalls: number;
    inputTokens: number;
    outputTokens: number;
    months: { month: string; runs: number; costUsd: number }[];
  }[];
  total: {
    repositories: number;
    runs: number;
    costUsd: number;
    savedUsd: number;
    modelCalls: number;
    inputTokens: number;
  };
}

describe('costs across repositories, and CloudWatch metrics, through dist/', () => {
  let bedrock: BedrockStandIn;
  let s3: S3rverHandle;
  let cw: CloudWatchStandIn;
  const repos: Repo[] = [];
  /** Every run that wrote to the bucket, by repository. */
  const runs: Record<string, ActionRun[]> = { 'octo/api': [], 'octo/web': [] };

  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await startS3rver({ buckets: [BUCKET] });
    s3.allowKey(KEY.id, KEY.secret);
    cw = await startCloudWatch();

    // octo/api: a push, a second push with one file changed, and a pull request; octo/web: one push.
    const api = makeRepo({
      'src/db.py':
        'def q(c, u):\n    return c.execute("SELECT * FROM t WHERE u=" + u)  # VULN:high:SQL injection\n',
      'src/util.py': 'def add(a, b):\n    return a + b\n',
    });
    const web = makeRepo({ 'app/index.js': 'export const greet = (n) => `hi ${n}`;\n' });
    repos.push(api, web);
    runs['octo/api']!.push(await scan(api, 'octo/api'));
    const before = api.git('rev-parse', 'HEAD');
    api.write({ 'src/util.py': 'def add(a, b):\n    return b + a\n' });
    api.commit();
    runs['octo/api']!.push(
      await scan(api, 'octo/api', { name: 'push', payload: pushPayload(api.dir, before) }),
    );
    api.write({ 'src/new.py': 'print("pr")\n' });
    api.commit();
    runs['octo/api']!.push(
      await scan(api, 'octo/api', {
        name: 'pull_request',
        payload: pullRequestPayload(api.dir, { number: 7, baseSha: before }),
      }),
    );
    runs['octo/web']!.push(await scan(web, 'octo/web'));
  });
  afterAll(async () => {
    for (const r of repos) r.cleanup();
    await Promise.all([bedrock.close(), s3.close(), cw.close()]);
  });

  function scan(
    repo: Repo,
    repository: string,
    event?: { name: string; payload: object },
  ): Promise<ActionRun> {
    return runAction({
      workspace: repo.dir,
      repository,
      event: event ?? { name: 'push', payload: pushPayload(repo.dir) },
      inputs: {
        's3-bucket': BUCKET,
        'fail-on-severity': 'none',
        'cloudwatch-namespace': NAMESPACE,
        'cache-backend': 's3',
      },
      env: {
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        AWS_ENDPOINT_URL_CLOUDWATCH: cw.url,
      },
    });
  }

  const cli = async (args: string[], extra: Record<string, string> = {}) => {
    const child = spawn(NODE, [join(DIST, 'cli.js'), ...(args[0] === 'scan' ? [] : ['costs']), ...args], {
      env: {
        ...extra,
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: KEY.id,
        AWS_SECRET_ACCESS_KEY: KEY.secret,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(s3.directory, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(s3.directory, 'no-aws-credentials'),
        AWS_ENDPOINT_URL_S3: s3.url,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    return { code, stdout, stderr };
  };
  const sumOf = (list: ActionRun[], output: string) =>
    list.reduce((n, r) => n + Number(r.outputs[output]), 0);

  it('the runs succeed and spend something', () => {
    for (const list of Object.values(runs))
      for (const r of list) {
        assert.equal(r.code, 0, r.stdout);
        assert.equal(r.outputs['cache-backend'], 's3', r.stdout);
        assert.match(r.outputs['cost-usd'] ?? '', /^\d+\.\d{6}$/);
      }
    assert.ok(sumOf(runs['octo/api']!, 'cost-usd') > 0);
  });

  it("costs --format json: per repository and in total, the sum of the runs' cost-usd, saved-usd and ai-calls", async () => {
    const out = await cli(['--bucket', BUCKET, '--format', 'json']);
    assert.equal(out.code, 0, out.stderr);
    const json = JSON.parse(out.stdout) as CostsJson;
    expect(json.location).toBe(`s3://${BUCKET}/cache/`);
    expect(json.repos.map((r) => r.repository)).toEqual(['octo/api', 'octo/web']);
    for (const repo of json.repos) {
      const mine = runs[repo.repository]!;
      expect(repo.runs).toBe(mine.length);
      expect(repo.costUsd).toBeCloseTo(sumOf(mine, 'cost-usd'), 6);
      expect(repo.savedUsd).toBeCloseTo(sumOf(mine, 'saved-usd'), 6);
      expect(repo.modelCalls).toBe(sumOf(mine, 'ai-calls'));
      expect(repo.inputTokens).toBe(sumOf(mine, 'input-tokens'));
      expect(repo.outputTokens).toBe(sumOf(mine, 'output-tokens'));
      expect(repo.months.reduce((n, m) => n + m.runs, 0)).toBe(mine.length);
    }
    // The pull request's object counts for its repository.
    expect(json.repos[0]!.objects).toBe(2);
    const all = Object.values(runs).flat();
    expect(json.total.repositories).toBe(2);
    expect(json.total.runs).toBe(all.length);
    expect(json.total.costUsd).toBeCloseTo(sumOf(all, 'cost-usd'), 6);
    expect(json.total.savedUsd).toBeCloseTo(sumOf(all, 'saved-usd'), 6);
  });

  it('costs as a table and as CSV; --since after the runs counts none', async () => {
    const table = await cli(['--bucket', BUCKET]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^Scan costs of 2 repositories in s3:\/\/org-scan-cache\/cache\/: 4 runs, /);
    assert.match(table.stdout, /\nocto\/api +3 +\$/);
    assert.match(table.stdout, /Month by month \(UTC\):/);
    const csv = await cli(['--bucket', BUCKET, '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows.map((r) => r.split(',')[0])).toEqual(['repository', 'octo/api', 'octo/web', 'total']);
    const later = await cli(['--bucket', BUCKET, '--format', 'json', '--since', '2999-01']);
    assert.equal(later.code, 0, later.stderr);
    expect((JSON.parse(later.stdout) as CostsJson).total.runs).toBe(0);
  });

  it('an unreadable object is a warning line and the others still count; a usage error exits 2', async () => {
    const admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: S3RVER_KEY,
    });
    await admin.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'cache/octo/broken/scan-cache.json.gz',
        Body: 'not gzip, not json',
      }),
    );
    admin.destroy();
    const out = await cli(['--bucket', BUCKET, '--format', 'json']);
    assert.equal(out.code, 0, out.stderr);
    assert.match(
      out.stderr,
      /warning: s3:\/\/org-scan-cache\/cache\/octo\/broken\/scan-cache\.json\.gz could not be read \(not valid JSON\)/,
    );
    expect((JSON.parse(out.stdout) as CostsJson).total.runs).toBe(4);
    const bad = await cli(['--format', 'json']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--bucket is required/);
    const missing = await cli(['--bucket', 'no-such-bucket']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /ai-scanner costs: .*no-such-bucket/);
  });

  it('each run published its cost, saved cost, hit rate, calls and files not scanned, by repository and overall', () => {
    for (const [repository, list] of Object.entries(runs)) {
      const dims = { Repository: repository };
      expect(cw.values('CostUsd', dims)).toEqual(list.map((r) => Number(r.outputs['cost-usd'])));
      expect(cw.values('SavedUsd', dims)).toEqual(list.map((r) => Number(r.outputs['saved-usd'])));
      expect(cw.values('CacheHitRate', dims)).toEqual(list.map((r) => Number(r.outputs['cache-hit-rate'])));
      expect(cw.values('ModelCalls', dims)).toEqual(list.map((r) => Number(r.outputs['ai-calls'])));
      expect(cw.values('NotScanned', dims)).toEqual(list.map((r) => Number(r.outputs['not-scanned'])));
      for (const r of list)
        assert.match(r.stdout, /CloudWatch metrics: 5 metrics published in Org\/AIScanner/);
    }
    expect(cw.values('CostUsd')).toHaveLength(4);
    expect(new Set(cw.data.map((d) => d.namespace))).toEqual(new Set([NAMESPACE]));
    expect(new Set(cw.data.map((d) => d.accessKeyId))).toEqual(new Set([KEY.id]));
  });

  it('CloudWatch unavailable: refused (403) or unreachable, the run warns once and ends as the findings decide', async () => {
    const repo = makeRepo({ 'src/a.py': 'print(1)\n' });
    repos.push(repo);
    cw.faults.push({
      status: 403,
      code: 'AccessDenied',
      message: 'not authorized to perform cloudwatch:PutMetricData',
    });
    const denied = await scan(repo, 'octo/denied');
    cw.faults.length = 0;
    assert.equal(denied.code, 0, denied.stdout);
    expect(denied.outputs.conclusion).toBe('success');
    expect(denied.warnings.filter((w) => /CloudWatch/.test(w))).toHaveLength(1);
    assert.match(
      denied.warnings.join('\n'),
      /CloudWatch metrics: could not publish \(CloudWatch denied PutMetricData in Org\/AIScanner \(403 .*\): allow cloudwatch:PutMetricData with the condition cloudwatch:namespace = Org\/AIScanner\); the scan goes on\./,
    );

    repo.write({ 'src/b.py': 'print(2)\n' });
    repo.commit();
    const gone = await runAction({
      workspace: repo.dir,
      repository: 'octo/denied',
      inputs: { 's3-bucket': BUCKET, 'fail-on-severity': 'none', 'cloudwatch-namespace': NAMESPACE },
      env: {
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        AWS_ENDPOINT_URL_CLOUDWATCH: 'http://127.0.0.1:9',
      },
    });
    assert.equal(gone.code, 0, gone.stdout);
    expect(gone.outputs.conclusion).toBe('success');
    assert.match(
      gone.warnings.join('\n'),
      /CloudWatch metrics: could not publish \(CloudWatch failed PutMetricData in Org\/AIScanner/,
    );
    // The cache was saved as usual.
    assert.match(
      gone.stdout,
      /Cache saved to s3:\/\/org-scan-cache\/cache\/octo\/denied\/scan-cache\.json\.gz/,
    );
  });

  it('the CLI publishes the same metrics with --cloudwatch-namespace, by the repository CI names', async () => {
    const repo = makeRepo({ 'src/cli.py': 'print("cli")\n' });
    repos.push(repo);
    const before = cw.data.length;
    const out = await cli(
      [
        'scan',
        repo.dir,
        '--cloudwatch-namespace',
        'Org/CLI',
        '--format',
        'json',
        '--fail-on-severity',
        'none',
      ],
      {
        GITHUB_REPOSITORY: 'octo/cli',
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        AWS_ENDPOINT_URL_CLOUDWATCH: cw.url,
      },
    );
    assert.equal(out.code, 0, out.stderr);
    const report = JSON.parse(out.stdout) as { model: { usd: number; calls: number } };
    const mine = cw.data.slice(before);
    expect(new Set(mine.map((d) => d.namespace))).toEqual(new Set(['Org/CLI']));
    expect(cw.values('CostUsd', { Repository: 'octo/cli' })).toEqual([report.model.usd]);
    expect(cw.values('ModelCalls', { Repository: 'octo/cli' })).toEqual([report.model.calls]);
  });
});
