/**
 * The bundled CLI (`node dist/cli.js scan <dir>`) run as a user runs it: a child process with a clean
 * environment (no CI variables of this machine), the model reached through AWS_ENDPOINT_URL_BEDROCK_RUNTIME at
 * the HTTP/2 Converse stand-in, and, in CI with S3_CACHE_BUCKET, the cache in the conditional S3 stand-in
 * reached through AWS_ENDPOINT_URL_S3.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, makeRepo, runCli, showCli, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';

interface CacheDoc {
  version: number;
  entries: Record<string, unknown>;
}

const FILES = {
  'src/db.py':
    'def q(c, u):\n    return c.execute("SELECT * FROM t WHERE u=" + u)  # VULN:high:SQL injection\n',
  'src/util.py': 'def add(a, b):\n    return a + b\n',
  'src/web.js': 'export const greet = (n) => `hi ${n}`;\n',
};

describe('the bundled CLI (dist/cli.js) as a user runs it', () => {
  let bedrock: BedrockStandIn;
  let s3: ConditionalS3;
  let scratch: string;
  const repos: Repo[] = [];

  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await new ConditionalS3({ buckets: [BUCKET] }).start();
    scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-cli-'));
  });
  afterAll(async () => {
    for (const r of repos) r.cleanup();
    rmSync(scratch, { recursive: true, force: true });
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const repo = (files: Record<string, string> = FILES): Repo => {
    const r = makeRepo(files);
    repos.push(r);
    return r;
  };

  /** A developer's shell: PATH and HOME, static AWS keys, the Bedrock stand-in; no CI, no AWS config files. */
  const userEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
    AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
    ...extra,
  });

  const cli = (args: string[], env: Record<string, string>, cwd = scratch) => runCli(args, env, cwd, 30_000);
  const show = showCli;

  it('first scan writes .file_hash_cache.json and fails on a high finding; the second makes 0 model calls at 100% hits', async () => {
    const r = repo();
    const calls0 = bedrock.calls.length;
    const first = await cli(['scan', r.dir, '--fail-on-severity', 'high'], userEnv());
    assert.equal(first.code, 1, show(first));
    assert.ok(bedrock.calls.length > calls0, 'the first scan called the model');
    assert.ok(
      bedrock.calls
        .slice(calls0)
        .every((c) => c.modelId === 'global.anthropic.claude-sonnet-4-5-20250929-v1:0'),
    );
    assert.match(first.stdout, /^FAILURE: /, show(first));
    assert.match(first.stdout, /HIGH\s+src\/db\.py:2\s+SQL injection/, show(first));
    assert.match(first.stdout, /cache hit rate: 0\.0% \(0 hits, 3 misses\)/, show(first));
    assert.match(first.stdout, /cache: local/);
    const cachePath = join(r.dir, '.file_hash_cache.json');
    assert.ok(existsSync(cachePath), 'the local cache file is written in the scanned folder');
    const doc = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheDoc;
    assert.equal(doc.version, 1);
    assert.equal(Object.keys(doc.entries).length, 3);

    // Below the threshold the same findings pass: exit 0, and nothing is sent again.
    const calls1 = bedrock.calls.length;
    const second = await cli(['scan', r.dir, '--fail-on-severity', 'critical'], userEnv());
    assert.equal(second.code, 0, show(second));
    assert.equal(bedrock.calls.length, calls1, 'the second scan made no model call');
    assert.match(second.stdout, /AI calls: 0 · cache hit rate: 100\.0% \(3 hits, 0 misses\)/, show(second));
    assert.match(second.stdout, /Cost: \$0/);
    assert.match(second.stdout, /HIGH\s+src\/db\.py:2\s+SQL injection/, 'cached findings are reported');

    // A cached high finding still fails at the default threshold (high).
    const third = await cli(['scan', r.dir], userEnv());
    assert.equal(third.code, 1, show(third));
    assert.equal(bedrock.calls.length, calls1);
  });

  it('--format json and --format sarif print documents that parse, with the logs on stderr', async () => {
    const r = repo();
    const calls0 = bedrock.calls.length;
    const json = await cli(['scan', r.dir, '--format', 'json', '--fail-on-severity', 'none'], userEnv());
    assert.equal(json.code, 0, show(json));
    const report = JSON.parse(json.stdout) as {
      dryRun: boolean;
      cache: { backend: string; hits: number; misses: number };
      model: { calls: number; usd: number };
      findings: { path: string; severity: string; startLine: number }[];
      conclusion: string;
    };
    assert.equal(report.dryRun, false);
    assert.equal(report.cache.backend, 'local');
    assert.equal(report.cache.misses, 3);
    assert.equal(report.model.calls, bedrock.calls.length - calls0);
    assert.ok(report.model.usd > 0);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.severity, f.startLine]),
      [['src/db.py', 'high', 2]],
    );
    assert.equal(report.conclusion, 'success');

    const sarif = await cli(['scan', r.dir, '--format', 'sarif', '--fail-on-severity', 'none'], userEnv());
    assert.equal(sarif.code, 0, show(sarif));
    const log = JSON.parse(sarif.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string } };
        results: {
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0]!.results.length, 1);
    assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'src/db.py');
    assert.equal(log.runs[0]!.results[0]!.level, 'error');
  });

  it('--dry-run makes no model call and prints the plan and the estimated cost, without any AWS set-up', async () => {
    const r = repo();
    const calls0 = bedrock.calls.length;
    // The README's quick start: no region, no keys, no endpoint.
    const dry = await cli(['scan', r.dir, '--dry-run'], {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
    });
    assert.equal(dry.code, 0, show(dry));
    assert.equal(bedrock.calls.length, calls0, 'a dry run makes no model call');
    assert.match(dry.stdout, /^NEUTRAL: Dry run: 3 file\(s\) would be sent \(about \$\d/, show(dry));
    assert.match(dry.stdout, /Cost: dry run, scanning the misses would cost about \$\d+\.\d+/);
    assert.match(dry.stdout, /AI calls: 0/);
    assert.match(dry.stdout, /Files: 3 considered .*3 eligible/);

    const json = await cli(['scan', r.dir, '--dry-run', '--format', 'json'], userEnv());
    assert.equal(json.code, 0, show(json));
    const report = JSON.parse(json.stdout) as {
      dryRun: boolean;
      model: { calls: number; estimateUsd: number };
    };
    assert.equal(report.dryRun, true);
    assert.equal(report.model.calls, 0);
    assert.ok(report.model.estimateUsd > 0, 'the estimate is a positive amount');
    assert.equal(bedrock.calls.length, calls0);
  });

  it('package.json\'s "scan" script is the bundled CLI, so `npm run scan -- --dry-run` runs it', () => {
    const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      bin: Record<string, string>;
    };
    assert.equal(pkg.scripts.scan, 'node dist/cli.js scan');
    assert.equal(pkg.bin['ai-scanner'], 'dist/cli.js');
    assert.ok(existsSync(join(DIST, 'cli.js')));
  });

  /** The repository object written by a CI run, gunzipped. */
  const s3Doc = (key: string): CacheDoc | undefined => {
    const object = s3.get(BUCKET, key);
    return object ? (JSON.parse(gunzipSync(object.body).toString('utf8')) as CacheDoc) : undefined;
  };
  const ciEnv = (extra: Record<string, string>) =>
    userEnv({ CI: 'true', S3_CACHE_BUCKET: BUCKET, AWS_ENDPOINT_URL_S3: s3.url, ...extra });

  it('in GitLab CI with S3_CACHE_BUCKET it keeps the cache in S3 under cache/<group>/<project>/', async () => {
    const r = repo();
    const gitlab = ciEnv({
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'group/project',
      CI_DEFAULT_BRANCH: 'main',
      CI_COMMIT_BRANCH: 'main',
      CI_COMMIT_SHA: r.git('rev-parse', 'HEAD'),
      CI_PIPELINE_SOURCE: 'push',
    });
    const calls0 = bedrock.calls.length;
    const cold = await cli(['scan', r.dir, '--fail-on-severity', 'none'], gitlab, r.dir);
    assert.equal(cold.code, 0, show(cold));
    assert.ok(bedrock.calls.length > calls0);
    assert.match(cold.stdout, /cache: s3 /, show(cold));
    const doc = s3Doc('cache/group/project/scan-cache.json.gz');
    assert.ok(doc, `the object was written (keys: ${s3.keys(BUCKET).join(', ')})`);
    assert.equal(Object.keys(doc.entries).length, 3);
    assert.ok(!existsSync(join(r.dir, '.file_hash_cache.json')), 'no local cache file in CI');

    const calls1 = bedrock.calls.length;
    const warm = await cli(['scan', r.dir, '--fail-on-severity', 'none'], gitlab, r.dir);
    assert.equal(warm.code, 0, show(warm));
    assert.equal(bedrock.calls.length, calls1, 'the warm CI run made no model call');
    assert.match(warm.stdout, /cache hit rate: 100\.0% \(3 hits, 0 misses\)/, show(warm));
  });

  it('in Jenkins with S3_CACHE_BUCKET it names the object from GIT_URL', async () => {
    const r = repo();
    const jenkins = ciEnv({
      JENKINS_URL: 'https://jenkins.example.com/',
      GIT_URL: 'https://git.example.com/team/service.git',
      BRANCH_NAME: 'main',
      // Jenkins does not name the default branch: the job's configuration does.
      DEFAULT_BRANCH: 'main',
      GIT_COMMIT: r.git('rev-parse', 'HEAD'),
      BUILD_NUMBER: '17',
    });
    const run = await cli(['scan', r.dir, '--fail-on-severity', 'none'], jenkins, r.dir);
    assert.equal(run.code, 0, show(run));
    assert.match(run.stdout, /cache: s3 /, show(run));
    const doc = s3Doc('cache/team/service/scan-cache.json.gz');
    assert.ok(doc, `the object was written (keys: ${s3.keys(BUCKET).join(', ')})`);
    assert.equal(Object.keys(doc.entries).length, 3);
  });

  it('in a plain CI naming the repository in GITHUB_REPOSITORY (as its S3 error asks) it uses S3', async () => {
    const r = repo();
    // A CI the scanner cannot identify only reads, unless the job says it may write (cache-scope shared).
    const run = await cli(
      ['scan', r.dir, '--fail-on-severity', 'none', '--cache-scope', 'shared'],
      ciEnv({ GITHUB_REPOSITORY: 'octo/plain-ci' }),
      r.dir,
    );
    assert.equal(run.code, 0, show(run));
    assert.match(run.stdout, /cache: s3 /, show(run));
    assert.ok(
      s3Doc('cache/octo/plain-ci/scan-cache.json.gz'),
      `the object was written (keys: ${s3.keys(BUCKET).join(', ') || 'none'}; stderr: ${run.stderr})`,
    );
  });
});
