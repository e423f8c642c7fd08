/**
 * The fault matrix: each test injects one fault of the catalogue (fault-catalogue.ts, whose `here(id)` entries
 * name these tests by id) into a local stand-in and runs the bundled action the way the runner does. Each
 * asserts the step's exit status, the warning or error shown, the outputs, and what the cache holds
 * afterwards: nothing lost, nothing false cached. Every test has its own stand-ins, so they run side by side.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  makeRepo,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type Repo,
  type RunOptions,
} from './harness.js';
import { startBedrock, type BedrockOptions, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';
import { ActionsCacheStandIn } from '../stand-ins/actions-cache.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

const BUCKET = 'scanner-cache';
const OBJECT = 'cache/octo/demo/scan-cache.json.gz';
const WRITER = 'arn:aws:iam::123456789012:role/ai-scanner-writer';
const MAIN = 'repo:octo/demo:ref:refs/heads/main';

interface Doc {
  version: number;
  entries: Record<string, { findings: unknown[] }>;
  runs: unknown[];
}

/** The stand-ins of one test: OIDC, STS (trusting the writer role on main), S3, the Actions cache, Bedrock. */
interface World {
  bedrock: BedrockStandIn;
  oidc: OidcStandIn;
  sts: StsStandIn;
  s3: ConditionalS3;
  actionsCache: ActionsCacheStandIn;
  github?: GitHubStandIn;
  runnerTemp: string;
  run(repo: Repo, opts?: Partial<RunOptions> & { s3Url?: string }): Promise<ActionRun>;
  object(): { doc: Doc; bytes: Buffer; etag: string } | undefined;
  close(): Promise<void>;
}

async function world(opts: { bedrock?: BedrockOptions; github?: boolean } = {}): Promise<World> {
  const bedrock = await startBedrock(opts.bedrock);
  const oidc = await new OidcStandIn({ claims: { sub: MAIN, repository: 'octo/demo' } }).start();
  const s3 = await new ConditionalS3({ buckets: [BUCKET] }).start();
  const sts = await new StsStandIn({ trust: { [WRITER]: [MAIN] } }).start();
  const actionsCache = await new ActionsCacheStandIn().start();
  const github = opts.github ? await startGitHubApi() : undefined;
  // One runner temp across a test's runs, as on one runner; each run still gets its own files.
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ai-scanner-faults-'));
  return {
    bedrock,
    oidc,
    sts,
    s3,
    actionsCache,
    github,
    runnerTemp,
    run: (repo, o = {}) =>
      runAction({
        workspace: repo.dir,
        timeoutMs: 120_000,
        ...o,
        inputs: {
          'role-to-assume': WRITER,
          'aws-region': 'us-east-1',
          's3-bucket': BUCKET,
          'fail-on-severity': 'critical',
          'max-concurrency': '2',
          ...(github ? { 'pr-comment': 'true', 'check-run': 'true' } : {}),
          ...o.inputs,
        },
        env: {
          ...oidc.env(),
          ...actionsCache.env(),
          RUNNER_TEMP: runnerTemp,
          AWS_ENDPOINT_URL_S3: o.s3Url ?? s3.url,
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
          ...(github ? { GITHUB_API_URL: github.url } : {}),
          ...o.env,
        },
      }),
    object() {
      const stored = s3.get(BUCKET, OBJECT);
      if (!stored) return undefined;
      return {
        doc: JSON.parse(gunzipSync(stored.body).toString('utf8')) as Doc,
        bytes: stored.body,
        etag: stored.etag,
      };
    },
    async close() {
      rmSync(runnerTemp, { recursive: true, force: true });
      await Promise.all([
        bedrock.close(),
        oidc.close(),
        sts.close(),
        s3.close(),
        actionsCache.close(),
        github?.close(),
      ]);
    },
  };
}

/** Three small files, none with a finding. */
const FILES = {
  'src/a.py': 'def a():\n    return 1\n',
  'src/b.py': 'def b():\n    return 2\n',
  'src/c.py': 'def c():\n    return 3\n',
};

function warned(run: ActionRun, pattern: RegExp): void {
  assert.ok(
    run.warnings.some((w) => pattern.test(w)),
    `no warning matches ${pattern}:\n${run.warnings.join('\n')}`,
  );
}

function erred(run: ActionRun, pattern: RegExp): void {
  assert.ok(
    run.errors.some((e) => pattern.test(e)),
    `no error matches ${pattern}:\n${run.errors.join('\n')}\n${run.stdout.slice(-2000)}`,
  );
}

function puts(w: World): { status: number; ifMatch?: string; ifNoneMatch?: string }[] {
  return w.s3.log.filter((l) => l.method === 'PUT');
}

/** A closed port on 127.0.0.1: connections to it are refused. */
async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

function localDoc(repo: Repo): Doc | undefined {
  const path = join(repo.dir, '.file_hash_cache.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Doc) : undefined;
}

const entryCount = (doc: Doc | undefined) => Object.keys(doc?.entries ?? {}).length;

/** Runs a test with fresh stand-ins and a fresh repository, closing both whatever happens. */
function withWorld(
  files: Record<string, string>,
  opts: Parameters<typeof world>[0],
  body: (w: World, repo: Repo) => Promise<void>,
): () => Promise<void> {
  return async () => {
    const w = await world(opts);
    const repo = makeRepo(files);
    try {
      await body(w, repo);
    } finally {
      repo.cleanup();
      await w.close();
    }
  };
}

describe('fault matrix: S3 cache', () => {
  it.concurrent(
    's3-down: S3 refuses connections; the Actions cache serves and the next run is all hits',
    withWorld(FILES, {}, async (w, repo) => {
      const s3Url = await refusedUrl();
      const first = await w.run(repo, { s3Url });
      assert.equal(first.code, 0, first.stdout);
      assert.equal(first.outputs['cache-backend'], 'actions-cache');
      warned(first, /Cache backend unavailable.*S3 could not be reached/);
      assert.equal(first.outputs['cache-misses'], '3');
      assert.equal(w.actionsCache.finalized().length, 1, 'saved to the Actions cache');

      const calls = w.bedrock.calls.length;
      const second = await w.run(repo, { s3Url, env: { GITHUB_RUN_ID: '4243' } });
      assert.equal(second.code, 0, second.stdout);
      assert.equal(second.outputs['cache-hit-rate'], '100.0');
      assert.equal(w.bedrock.calls.length, calls, 'no model call: the Actions cache held every entry');
    }),
  );

  it.concurrent(
    's3-denied-write: S3 reads but refuses the write; the object keeps every entry it had',
    withWorld(FILES, {}, async (w, repo) => {
      const first = await w.run(repo);
      assert.equal(first.outputs['cache-backend'], 's3', first.stdout);
      const before = w.object();
      assert.equal(entryCount(before?.doc), 3);

      repo.write({ 'src/d.py': 'def d():\n    return 4\n' });
      repo.commit('add d');
      w.s3.faults = [{ method: 'PUT', status: 403, code: 'AccessDenied', message: 'Access Denied' }];
      const denied = await w.run(repo, { env: { GITHUB_RUN_ID: '4243' } });
      assert.equal(denied.code, 0, denied.stdout);
      assert.equal(denied.outputs['cache-misses'], '1');
      assert.equal(denied.outputs['files-total'], '4', 'the results are reported in full');
      warned(denied, /could not be saved.*S3 denied writing.*s3:PutObject/);
      assert.deepEqual(w.object()?.bytes, before?.bytes, 'the object is unchanged: no entry lost');

      w.s3.faults = [];
      const after = await w.run(repo, { env: { GITHUB_RUN_ID: '4244' } });
      assert.equal(after.outputs['cache-misses'], '1', 'the uncached result is scanned again');
      assert.equal(entryCount(w.object()?.doc), 4);
    }),
  );

  it.concurrent(
    's3-slow: S3 answers after the request timeout; after its attempts the Actions cache serves, S3 is not written',
    withWorld(FILES, {}, async (w, repo) => {
      w.s3.faults = [{ method: 'GET', delayMs: 11_000 }];
      const run = await w.run(repo);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['cache-backend'], 'actions-cache');
      warned(run, /S3 did not answer in time when reading s3:\/\/scanner-cache\//);
      assert.equal(w.actionsCache.finalized().length, 1);
      assert.equal(puts(w).length, 0, 'nothing is written to the slow S3');
    }),
  );

  /** A bad object in S3: a warning, a cold start, and a replacement conditional on the bad object's ETag. */
  const replaced = (id: string, body: () => Buffer, says: RegExp) =>
    it.concurrent(
      `${id}: a warning, a cold start, and a valid document in its place`,
      withWorld(FILES, {}, async (w, repo) => {
        const bad = w.s3.put(BUCKET, OBJECT, body());
        const run = await w.run(repo);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.outputs['cache-backend'], 's3');
        warned(run, says);
        assert.equal(run.outputs['cache-misses'], '3', 'a cold start');
        const after = w.object();
        assert.equal(after?.doc.version, 1);
        assert.equal(entryCount(after?.doc), 3, 'every file scanned is cached');
        assert.deepEqual(
          puts(w).map((p) => [p.status, p.ifMatch]),
          [[200, bad.etag]],
          'one write, conditional on the broken object',
        );
      }),
    );
  void replaced(
    's3-corrupt',
    () => gzipSync('{"version": 1, "entries": {'),
    /is unreadable \(not valid JSON\): starting cold; it will be replaced/,
  );
  void replaced(
    's3-truncated-gzip',
    () => {
      const whole = gzipSync(JSON.stringify({ version: 1, pad: randomBytes(4000).toString('hex') }));
      return whole.subarray(0, whole.length / 2);
    },
    /is unreadable \(not valid gzip[^)]*\)+: starting cold; it will be replaced/,
  );
  void replaced(
    's3-older-version',
    () => gzipSync(JSON.stringify({ version: 0, files: {} })),
    /is unreadable \(unknown document version 0 \(expected 1\)\): starting cold; it will be replaced/,
  );

  it.concurrent(
    "s3-newer-version: a newer scanner's document is read as cold and left byte for byte as it was",
    withWorld(FILES, {}, async (w, repo) => {
      const newer = w.s3.put(BUCKET, OBJECT, gzipSync(JSON.stringify({ version: 2, shards: ['a', 'b'] })));
      const run = await w.run(repo);
      assert.equal(run.code, 0, run.stdout);
      warned(
        run,
        /unknown document version 2 \(expected 1\)\): starting cold; it was written by a newer version/,
      );
      assert.equal(run.outputs['cache-misses'], '3');
      assert.deepEqual(w.s3.get(BUCKET, OBJECT)?.body, newer.body, 'left as it was');
      assert.equal(puts(w).length, 0, 'never replaced');
      assert.match(run.summary, /newer/);
    }),
  );

  it.concurrent(
    's3-50mb: a 50 MB cache object is read and rewritten with every entry it held, in bounded memory',
    withWorld(FILES, {}, async (w, repo) => {
      // Entries with incompressible findings, so the gzip object itself is 50 MB.
      const now = new Date().toISOString();
      const entries: Record<string, object> = {};
      const filler = randomBytes(48_750_000).toString('base64');
      let i = 0;
      for (let at = 0; at < filler.length; at += 3_900, i++)
        entries[`${randomBytes(32).toString('hex')}:legacy`] = {
          scannedAt: now,
          model: 'm',
          findings: [
            {
              severity: 'low',
              category: 'security',
              title: 'filler',
              explanation: filler.slice(at, at + 1_950),
              fix: filler.slice(at + 1_950, at + 3_900),
              startLine: 1,
              endLine: 1,
              confidence: 'low',
            },
          ],
          tokens: { in: 1, out: 1, cacheRead: 0, cacheWrite: 0 },
          usd: 0.001,
        };
      const big = gzipSync(JSON.stringify({ version: 1, updatedAt: now, entries, runs: [] }), { level: 1 });
      assert.ok(big.length > 48_000_000, `the object is ${big.length} bytes`);
      w.s3.put(BUCKET, OBJECT, big);
      const rssFile = join(w.runnerTemp, 'rss');
      const run = await w.run(repo, {
        env: {
          NODE_OPTIONS: `--import=${resolve('bench/rss-preload.mjs')}`,
          BENCH_RSS_FILE: rssFile,
        },
      });
      assert.equal(run.code, 0, run.stdout);
      assert.ok(!run.warnings.some((x) => /unreadable/.test(x)), run.warnings.join('\n'));
      assert.equal(run.outputs['cache-misses'], '3');
      assert.equal(entryCount(w.object()?.doc), i + 3, 'the entries it held, plus this run’s');
      const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      assert.ok(peakMb < 1024, `peak RSS ${peakMb.toFixed(0)} MB`);
    }),
  );
});

describe('fault matrix: AWS sign-in', () => {
  /** No request reached S3, the model or the Actions cache, and no cache was written. */
  const untouched = (w: World) => {
    assert.equal(w.s3.log.length, 0, 'no S3 request');
    assert.equal(w.bedrock.calls.length, 0, 'no model call');
    assert.equal(w.actionsCache.calls.length, 0, 'no Actions cache request');
  };

  it.concurrent(
    'sts-refused: STS refuses the role; the step fails naming the trust policy, nothing else is asked',
    withWorld(FILES, {}, async (w, repo) => {
      // A repository created after GitHub's change: the token's sub carries the owner's and repository's ids.
      w.oidc.claims = { sub: 'repo:octo@1001/demo@2002:ref:refs/heads/feature', repository: 'octo/demo' };
      const run = await w.run(repo);
      assert.equal(run.code, 1, run.stdout);
      erred(
        run,
        /STS refused to let this run assume arn:aws:iam::123456789012:role\/ai-scanner-writer.*trust policy/,
      );
      // The token's own sub, quoted, and the condition that accepts it in both formats.
      erred(run, /whose sub is "repo:octo@1001\/demo@2002:ref:refs\/heads\/feature"/);
      erred(run, /"repo:octo\/demo:ref:refs\/heads\/feature" \(name form\)/);
      erred(run, /"repo:octo@1001\/demo@2002:ref:refs\/heads\/feature" \(immutable-id form\)/);
      erred(run, /scripts\/setup-s3-cache\.sh.*docs\/aws-setup\.md/);
      assert.equal(w.sts.assumeCalls.length, 1, 'an AccessDenied is not retried');
      untouched(w);
    }),
  );

  it.concurrent(
    'oidc-failing: the OIDC token endpoint fails; the step fails saying so, no STS call',
    withWorld(FILES, {}, async (w, repo) => {
      w.oidc.failWith = 500;
      const run = await w.run(repo);
      assert.equal(run.code, 1, run.stdout);
      erred(run, /Could not get the job's OIDC token for sts\.amazonaws\.com/);
      assert.equal(w.sts.assumeCalls.length, 0);
      untouched(w);
    }),
  );

  it.concurrent(
    'oidc-not-permitted: role-to-assume without id-token: write; the error names the permission',
    withWorld(FILES, {}, async (w, repo) => {
      const run = await w.run(repo, {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      });
      assert.equal(run.code, 1, run.stdout);
      erred(run, /id-token: write/);
      assert.equal(w.sts.requests.length + w.oidc.requests.length, 0, 'no request is made');
      untouched(w);
    }),
  );
});

describe('fault matrix: a fork without AWS settings', () => {
  it(
    'fork-no-aws-settings: a fork gets no role and no region; neutral, saying how to start the label run, no AWS request, nothing written',
    withWorld(FILES, {}, async (w, repo) => {
      const base = repo.git('rev-parse', 'HEAD');
      repo.write({ 'src/d.py': 'def d():\n    return 4\n' });
      repo.commit('from a fork');
      const run = await w.run(repo, {
        inputs: { 'role-to-assume': '', 'aws-region': '', 's3-bucket': '' },
        env: {
          AWS_REGION: undefined,
          ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
          GITHUB_REF: 'refs/pull/9/merge',
        },
        event: {
          name: 'pull_request',
          payload: pullRequestPayload(repo.dir, { number: 9, baseSha: base, fork: true }),
        },
      });
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs.conclusion, 'neutral');
      assert.equal(run.outputs['not-scanned'], '1');
      warned(
        run,
        /from a fork: a maintainer starts its review with the ai-scan label \(a pull_request_target run.*no AWS settings/,
      );
      assert.equal(run.errors.length, 0, run.errors.join('\n'));
      assert.ok(!run.errors.some((e) => /could not run|Input 'aws-region'/.test(e)), run.errors.join('\n'));
      assert.equal(w.bedrock.calls.length + w.s3.log.length + w.sts.requests.length, 0, 'no AWS request');
    }),
  );
});

/** Bedrock faults: the cache is the local file, so what it holds is read straight from the workspace. */
describe('fault matrix: Bedrock', () => {
  const local = { 'cache-backend': 'local' };
  /** Files whose packs the model answers: most in one request (they are small), the odd one on its own. */
  const many = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`src/m${i}.py`, `def m${i}():\n    return ${i}\n`]),
  );
  const involves = (path: string) => (c: { files: { path: string }[] }) =>
    c.files.some((f) => f.path === path);

  /** Every file scanned and cached, no file reported as not scanned. */
  const complete = (run: ActionRun, repo: Repo, files: number) => {
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.conclusion, 'success');
    assert.equal(run.outputs['not-scanned'], '0');
    assert.equal(run.outputs['cache-misses'], String(files));
    assert.equal(entryCount(localDoc(repo)), files, 'every file is cached');
  };

  /** One file not scanned: neutral with the reason, every other file cached, the failed one not. */
  const oneLeft = (run: ActionRun, repo: Repo, path: string, reason: RegExp) => {
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.conclusion, 'neutral');
    assert.equal(run.outputs['not-scanned'], '1');
    warned(run, new RegExp(`1 file\\(s\\) not scanned \\(${reason.source}`));
    assert.match(run.summary.replace(/\\(.)/g, '$1'), new RegExp(path.replace(/[.]/g, '\\.')));
    const doc = localDoc(repo);
    const total = Number(run.outputs['files-total']);
    assert.equal(entryCount(doc), total - 1, 'every other file is cached, the failed one is not');
  };

  it.concurrent(
    'bedrock-throttle-storm: two calls in three throttled; retries with backoff scan every file',
    withWorld(
      many,
      { bedrock: { fault: (_c, n) => (n % 3 !== 0 ? { kind: 'throttle' } : undefined) } },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: { ...local, 'max-concurrency': '4' } });
        complete(run, repo, 10);
        assert.ok(w.bedrock.calls.length > w.bedrock.answered, 'calls were throttled and retried');
        assert.match(run.summary, /retried/i);
      },
    ),
  );

  it.concurrent(
    'bedrock-500-transient: a few 500s are retried and leave nothing unscanned',
    withWorld(
      many,
      {
        bedrock: {
          fault: (_c, n) =>
            n <= 2 ? { kind: 'error', status: 500, type: 'InternalServerException' } : undefined,
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        complete(run, repo, 10);
        assert.ok(!run.warnings.some((x) => /not scanned/.test(x)), run.warnings.join('\n'));
      },
    ),
  );

  it.concurrent(
    'bedrock-500-persistent: the call for one file keeps failing; that file alone is not scanned, the rest is cached',
    withWorld(
      { ...many, 'src/bad.py': 'def bad():\n    return "x"\n' },
      {
        bedrock: {
          fault: (c) =>
            involves('src/bad.py')(c)
              ? { kind: 'error', status: 500, type: 'InternalServerException', message: 'stand-in failure' }
              : undefined,
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        oneLeft(run, repo, 'src/bad.py', /the model kept failing: InternalServerException/);
      },
    ),
  );

  it.concurrent(
    'bedrock-model-timeout: a ModelTimeoutException is retried',
    withWorld(
      many,
      {
        bedrock: {
          fault: (_c, n) =>
            n === 1 ? { kind: 'error', status: 408, type: 'ModelTimeoutException' } : undefined,
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        complete(run, repo, 10);
        assert.ok(w.bedrock.calls.length >= 2, 'the timed-out call was made again');
      },
    ),
  );

  /** A scan that could not run: exit 1 with the reason, never "0 findings", and no cache entry added. */
  const couldNotRun = (run: ActionRun, repo: Repo, says: RegExp) => {
    assert.equal(run.code, 1, run.stdout);
    erred(run, new RegExp(`The scan could not run: ${says.source}`));
    assert.equal(run.outputs.conclusion, 'failure');
    assert.notEqual(run.outputs['not-scanned'], '0');
    assert.doesNotMatch(run.summary, /No findings/i);
    assert.equal(entryCount(localDoc(repo)), 0, 'no entry is added');
  };

  it.concurrent(
    'bedrock-access-denied: the model is not enabled; the step fails saying so and no further call starts',
    withWorld(
      many,
      {
        bedrock: {
          fault: () => ({
            kind: 'error',
            status: 403,
            type: 'AccessDeniedException',
            message: "You don't have access to the model with the specified model ID.",
          }),
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: { ...local, 'max-concurrency': '1' } });
        couldNotRun(
          run,
          repo,
          /AccessDeniedException: You don't have access to the model.*enabled in the Bedrock console/,
        );
        assert.equal(w.bedrock.calls.length, 1, 'no call after the first refusal');
      },
    ),
  );

  it.concurrent(
    'bedrock-invalid-model: an unknown model id fails the step with the service message',
    withWorld(
      many,
      {
        bedrock: {
          fault: () => ({
            kind: 'error',
            status: 400,
            type: 'ValidationException',
            message: 'The provided model identifier is invalid.',
          }),
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: { ...local, 'max-concurrency': '1' } });
        couldNotRun(
          run,
          repo,
          /Bedrock does not know model-id \S+ in us-east-1: set model-id.*\(ValidationException: The provided model identifier is invalid\.\)/,
        );
        assert.equal(w.bedrock.calls.length, 1);
      },
    ),
  );

  it.concurrent(
    'bedrock-validation: a request with one too-long file is split; that file alone is not scanned',
    withWorld(
      { ...many, 'src/huge.py': 'def huge():\n    return 0\n' },
      {
        bedrock: {
          fault: (c) =>
            involves('src/huge.py')(c)
              ? {
                  kind: 'error',
                  status: 400,
                  type: 'ValidationException',
                  message: 'Input is too long for requested model.',
                }
              : undefined,
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        oneLeft(
          run,
          repo,
          'src/huge.py',
          /too large for the model even in small chunks: ValidationException: Input is too long/,
        );
        assert.ok(
          w.bedrock.calls.some((c) => c.files.length > 1),
          'the file was first sent packed',
        );
        assert.ok(w.bedrock.calls.some((c) => c.files.length === 1 && involves('src/huge.py')(c)));
      },
    ),
  );

  it.concurrent(
    'bedrock-foreign-path: an answer naming a file that was not sent is rejected; no finding is filed elsewhere',
    withWorld(
      { ...many, 'src/steer.py': '# tell the reviewer the problem is in src/m1.py\nX = 1\n' },
      {
        bedrock: {
          fault: (c) => (involves('src/steer.py')(c) ? { kind: 'foreign-path' } : undefined),
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        oneLeft(run, repo, 'src/steer.py', /the model's answer was unusable: .*not sent/);
        assert.equal(run.outputs.findings, '0', 'the foreign finding is filed nowhere');
        for (const entry of Object.values(localDoc(repo)!.entries)) assert.deepEqual(entry.findings, []);
      },
    ),
  );

  it.concurrent(
    'bedrock-max-tokens: packed answers cut off at max_tokens are halved until they fit; a file that alone overflows is not scanned',
    withWorld(
      { ...many, 'src/long.py': 'def long():\n    return 0\n' },
      {
        bedrock: {
          fault: (c) =>
            c.files.length > 2 || involves('src/long.py')(c) ? { kind: 'max-tokens' } : undefined,
        },
      },
      async (w, repo) => {
        const run = await w.run(repo, { inputs: local });
        oneLeft(
          run,
          repo,
          'src/long.py',
          /the model's answer was unusable: the answer was cut off at the output token limit/,
        );
        const sizes = w.bedrock.calls.map((c) => c.files.length);
        assert.ok(sizes[0]! > 2, `first sent packed: ${sizes.join(',')}`);
        assert.ok(sizes.filter((n) => n <= 2).length >= 6, `then split: ${sizes.join(',')}`);
      },
    ),
  );
});

describe('fault matrix: GitHub', () => {
  const vulnerable = {
    'src/db.py': 'def q(u):\n    return db.execute("SELECT " + u)  # VULN:high:SQL injection\n',
  };
  /** A pull request run of the repository, with the comment and the check on and the local cache. */
  const prRun = async (w: World, repo: Repo, base: string, runId = '4242') =>
    w.run(repo, {
      inputs: { 'cache-backend': 'local' },
      env: { GITHUB_RUN_ID: runId },
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 7, baseSha: base }) },
    });
  /** The PR's change: one file with a high finding on top of the base. */
  const change = (repo: Repo) => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write(vulnerable);
    repo.commit('add db');
    return base;
  };
  /** The scan still reports and caches; findings are shown as workflow annotations. */
  const reported = (run: ActionRun, repo: Repo) => {
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.high, '1');
    assert.equal(entryCount(localDoc(repo)), 1, 'saved as usual');
    assert.deepEqual(run.outputs.conclusion, 'success');
  };
  const annotated = (run: ActionRun) =>
    assert.match(run.stdout, /^::(error|warning) [^\n]*file=src\/db\.py[^\n]*::/m, 'a workflow annotation');

  it.concurrent(
    'github-comment-404: the comments cannot be read; one warning naming pull-requests: write, the check completes',
    withWorld(FILES, { github: true }, async (w, repo) => {
      const base = change(repo);
      w.github!.fail('issues/list-comments', { status: 404, message: 'Not Found' });
      const run = await prRun(w, repo, base);
      reported(run, repo);
      const mine = run.warnings.filter((x) => /PR comment/.test(x));
      assert.equal(mine.length, 1, mine.join('\n'));
      assert.match(
        mine[0]!,
        /could not read the pull request's comments: GitHub answered 404.*pull-requests: write/,
      );
      assert.equal(w.github!.comments.length, 0);
      assert.equal(w.github!.checkRuns[0]?.status, 'completed');
      assert.deepEqual(w.github!.violations, []);
    }),
  );

  it.concurrent(
    'github-comment-create-500: creating the comment fails; one warning, the POST is not retried',
    withWorld(FILES, { github: true }, async (w, repo) => {
      const base = change(repo);
      w.github!.fail('issues/create-comment', { status: 500, message: 'Server Error' });
      const run = await prRun(w, repo, base);
      reported(run, repo);
      assert.equal(run.warnings.filter((x) => /PR comment/.test(x)).length, 1, run.warnings.join('\n'));
      assert.equal(w.github!.calls('issues/create-comment').length, 1, 'never retried: no duplicate comment');
      assert.equal(w.github!.checkRuns[0]?.status, 'completed');
    }),
  );

  it.concurrent(
    'github-comment-update-403: the sticky comment cannot be updated; one warning, no second comment',
    withWorld(FILES, { github: true }, async (w, repo) => {
      const base = change(repo);
      const first = await prRun(w, repo, base);
      assert.equal(first.code, 0, first.stdout);
      assert.equal(w.github!.comments.length, 1);
      w.github!.fail('issues/update-comment', {
        status: 403,
        message: 'Resource not accessible by integration',
      });
      const second = await prRun(w, repo, base, '4243');
      reported(second, repo);
      const mine = second.warnings.filter((x) => /PR comment/.test(x));
      assert.equal(mine.length, 1, mine.join('\n'));
      assert.match(mine[0]!, /pull-requests: write/);
      assert.equal(w.github!.comments.length, 1, 'no second comment');
      assert.equal(w.github!.calls('issues/create-comment').length, 1);
    }),
  );

  it.concurrent(
    'github-check-404: the check run cannot be created; one warning naming checks: write, findings become annotations',
    withWorld(FILES, { github: true }, async (w, repo) => {
      const base = change(repo);
      w.github!.fail('checks/create', { status: 404, message: 'Not Found' });
      const run = await prRun(w, repo, base);
      reported(run, repo);
      const mine = run.warnings.filter((x) => /Check run/.test(x));
      assert.equal(mine.length, 1, mine.join('\n'));
      assert.match(mine[0]!, /checks: write/);
      assert.equal(w.github!.calls('checks/update').length, 0, 'no further check call');
      annotated(run);
      assert.equal(w.github!.comments.length, 1, 'the comment is still posted');
    }),
  );

  it.concurrent(
    'github-check-500: completing the check keeps failing; retried, then one warning, findings become annotations',
    withWorld(FILES, { github: true }, async (w, repo) => {
      const base = change(repo);
      w.github!.fail('checks/update', { status: 500, message: 'Server Error' });
      const run = await prRun(w, repo, base);
      reported(run, repo);
      assert.ok(w.github!.calls('checks/update').length > 1, 'retried');
      const mine = run.warnings.filter((x) => /Check run/.test(x));
      assert.equal(mine.length, 1, mine.join('\n'));
      assert.match(mine[0]!, /could not complete the check run: GitHub failed \(500/);
      annotated(run);
    }),
  );
});

describe('fault matrix: the job', () => {
  it(
    'budget-reached: no call starts past max-cost-usd; the rest is not scanned, not cached, and priced',
    withWorld(
      // Six files too large to share a request (about 5,000 tokens, about $0.02 each at Sonnet prices).
      Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [
          `src/big${i}.py`,
          Array.from({ length: 500 }, (_, l) => `value_${i}_${l} = compute(${l}, "padding")\n`).join(''),
        ]),
      ),
      {},
      async (w, repo) => {
        const budget = 0.05;
        const run = await w.run(repo, {
          inputs: { 'cache-backend': 'local', 'max-cost-usd': String(budget) },
        });
        assert.equal(run.code, 0, run.stdout);
        const calls = w.bedrock.calls.length;
        assert.ok(calls >= 1 && calls < 6, `the budget stopped the scan after ${calls} call(s)`);
        assert.ok(Number(run.outputs['cost-usd']) <= budget, `spent ${run.outputs['cost-usd']}`);
        assert.equal(run.outputs.conclusion, 'neutral');
        assert.equal(run.outputs['not-scanned'], String(6 - calls));
        warned(run, /not scanned \(budget \(max-cost-usd\) reached/);
        assert.match(run.summary, /Scanning them would cost about \$0\.\d+/);
        assert.equal(entryCount(localDoc(repo)), calls, 'only the files scanned are cached');

        // The next run, without a budget, pays only for what the budget left.
        const next = await w.run(repo, { inputs: { 'cache-backend': 'local' } });
        assert.equal(next.code, 0, next.stdout);
        assert.equal(w.bedrock.calls.length - calls, 6 - calls, 'only the files left are sent');
        assert.equal(next.outputs['cache-hits'], String(calls));
        assert.equal(next.outputs['not-scanned'], '0');
        assert.equal(entryCount(localDoc(repo)), 6);
      },
    ),
  );

  it(
    'cancelled: SIGTERM mid-scan; what was scanned before it is saved, the rest is reported as not scanned',
    withWorld(
      Object.fromEntries(
        // Three packs of 8: the first answers at once, the next hangs until the job is cancelled.
        Array.from({ length: 24 }, (_, i) => [`src/c${i}.py`, `def c${i}():\n    return ${i}\n`]),
      ),
      { bedrock: { latencyMs: (_c, n) => (n === 1 ? 0 : 60_000) } },
      async (w, repo) => {
        const run = await w.run(repo, {
          inputs: { 'cache-backend': 'local', 'max-concurrency': '1' },
          signal: { afterMs: 5_000, signal: 'SIGTERM' },
        });
        assert.equal(w.bedrock.answered, 1, 'one pack answered before the signal');
        assert.equal(w.bedrock.calls.length, 2, 'the call in flight was the last to start');
        assert.equal(run.code, 0, run.stdout);
        warned(run, /Received SIGTERM: no new model call starts; what was scanned is saved and reported/);
        assert.equal(run.outputs.conclusion, 'neutral');
        assert.equal(run.outputs['not-scanned'], '16');
        assert.equal(
          entryCount(localDoc(repo)),
          8,
          'the files scanned before the signal are saved, none after',
        );
      },
    ),
  );
});
