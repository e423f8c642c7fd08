/**
 * Secrets, end to end (issue 6, point 4): the bundled action run the way the runner runs it.
 * - Files that look like secrets (by name, or holding a private key) are never sent to the model, and the job
 *   summary lists them as skipped with the reason.
 * - With debug logging on, through the whole chain (OIDC stand-in -> STS stand-in -> conditional S3 stand-in ->
 *   Bedrock stand-in -> GitHub API stand-in), no credential, token or OIDC token appears in the log, the summary,
 *   the outputs, the SARIF and JSON reports, the cache object, or what was sent to GitHub and the model; each
 *   secret the action learns is registered with the runner's mask (`::add-mask::`).
 * - The cache and the reports hold findings, never the scanned code.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  makeRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
  type Repo,
} from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';
const ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-pull-requests';
const PR_SUBJECT = 'repo:octo/demo:pull_request';
const SKIP_TEXT = 'credential file (never sent to the model; reported as a finding)';

const token = (prefix: string) => `${prefix}${randomBytes(18).toString('hex')}`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface JsonReport {
  skipped: { path: string; reason: string }[];
  findings: Record<string, unknown>[];
}
interface CacheDoc {
  entries: Record<string, Record<string, unknown>>;
}

/** A file whose one long line is unique: it must reach the model, and nothing the action keeps or shows. */
function codeWithUniqueLine() {
  const unique = token('UNIQUE_LINE_');
  const line = `ROUTES = {"${unique}": "${randomBytes(120).toString('hex')}"}`;
  const content = [
    'import sqlite3',
    '',
    line,
    '',
    'def find(conn, name):',
    '    return conn.execute("SELECT * FROM t WHERE n = \'" + name + "\'")  # VULN:high:SQL injection',
    '',
  ].join('\n');
  return { unique, line, content };
}

/** What the action keeps: no source text, only the finding, each field short. */
function assertNoCode(where: string, text: string, code: { unique: string; line: string; content: string }) {
  assert.ok(!text.includes(code.unique), `${where}: holds the unique line of the scanned file`);
  assert.ok(!text.includes(code.line), `${where}: holds a line of the scanned file`);
  assert.ok(!text.includes('def find(conn, name)'), `${where}: holds a line of the scanned file`);
}

describe('secrets (end to end)', () => {
  let bedrock: BedrockStandIn;
  beforeAll(async () => {
    bedrock = await startBedrock();
  });
  afterAll(async () => {
    await bedrock.close();
  });

  describe('secret-looking files are never sent to the model', () => {
    const values = {
      '.env': token('envsecret-'),
      'config/prod.env': token('prodenvsecret-'),
      'deploy/key.pem': token('pemsecret-'),
      '.ssh/id_rsa': token('idrsasecret-'),
      'src/keys.py': token('pysecret-'),
    };
    const files: Record<string, string> = {
      '.env': `DB_PASSWORD=${values['.env']}\n`,
      'config/prod.env': `API_KEY=${values['config/prod.env']}\nDATABASE_URL=postgres://app:${values['config/prod.env']}@db/app\n`,
      'deploy/key.pem': `-----BEGIN PRIVATE KEY-----\n${values['deploy/key.pem']}\n-----END PRIVATE KEY-----\n`,
      '.ssh/id_rsa': `-----BEGIN OPENSSH PRIVATE KEY-----\n${values['.ssh/id_rsa']}\n-----END OPENSSH PRIVATE KEY-----\n`,
      'src/keys.py': `SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----\n${values['src/keys.py']}\n-----END RSA PRIVATE KEY-----"""\n`,
      'src/app.py': 'import os\n\ndef main():\n    os.system(input())  # VULN:high:Command injection\n',
    };
    let repo: Repo;
    let r: ActionRun;
    let report: JsonReport;
    let sent: string;
    beforeAll(async () => {
      repo = makeRepo(files);
      bedrock.calls.length = 0;
      r = await runAction({
        workspace: repo.dir,
        event: { name: 'push', payload: pushPayload(repo.dir) },
        inputs: { 'cache-backend': 'local', 'scan-mode': 'full', 'fail-on-severity': 'none' },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      report = JSON.parse(readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8')) as JsonReport;
      // The prompts as the model read them.
      sent = bedrock.calls
        .flatMap((c) => (c.body.messages as { content: { text?: string }[] }[])[0]!.content)
        .map((c) => c.text ?? '')
        .join('\n');
    });
    afterAll(() => repo.cleanup());

    /** Checks one secret-looking file against everything the run sent and showed. */
    const assertNeverSent = (path: string) => {
      assert.equal(r.code, 0, r.stdout);
      assert.ok(
        !bedrock.calls.some((c) => c.files.some((f) => f.path === path)),
        `${path}: it was sent to the model`,
      );
      assert.ok(
        !sent.includes(values[path as keyof typeof values]),
        `${path}: its content reached the model`,
      );
      assert.ok(!sent.includes(`path=${JSON.stringify(path)}`), `${path}: its name reached the model`);
      assert.match(
        r.summary,
        new RegExp(`^ *- \`${escapeRe(path)}\`: ${escapeRe(SKIP_TEXT)}$`, 'm'),
        `${path}: listed as skipped with the reason`,
      );
      assert.deepEqual(
        report.skipped.find((s) => s.path === path),
        { path, reason: 'secret' },
      );
      const cache = readFileSync(join(repo.dir, '.file_hash_cache.json'), 'utf8');
      const sarif = readFileSync(join(repo.dir, 'ai-scanner.sarif'), 'utf8');
      for (const [where, text] of Object.entries({
        log: r.stdout + r.stderr,
        summary: r.summary,
        'JSON report': JSON.stringify(report),
        SARIF: sarif,
        cache,
      }))
        assert.ok(
          !text.includes(values[path as keyof typeof values]),
          `${path}: its content is in the ${where}`,
        );
    };

    it('.env, deploy/key.pem, .ssh/id_rsa and a .py file holding a private key are skipped, with the reason', () => {
      for (const path of ['.env', 'deploy/key.pem', '.ssh/id_rsa']) assertNeverSent(path);
      // A source file holding a key is reviewed, with the key redacted (attacks-secrets.test.ts has more).
      assert.ok(bedrock.calls.some((c) => c.files.some((f) => f.path === 'src/keys.py')));
      assert.ok(!sent.includes(values['src/keys.py']), 'the key in src/keys.py reached the model');
      assert.ok(
        bedrock.calls.some((c) => c.files.some((f) => f.path === 'src/app.py')),
        'the ordinary file was sent',
      );
      // The command injection, and the key committed in src/keys.py.
      assert.equal(r.outputs.high, '2', 'the ordinary file was scanned');
    });

    it('an env file named *.env (config/prod.env) is skipped, with the reason', () => {
      assertNeverSent('config/prod.env');
    });
  });

  describe('no secret is printed or stored, with debug logging on, through OIDC -> STS -> S3 -> Bedrock -> GitHub', () => {
    let oidc: OidcStandIn;
    let sts: StsStandIn;
    let s3: ConditionalS3;
    let github: GitHubStandIn;
    const issuedKeys = new Set<string>();
    const githubToken = token('ghs_');
    const staticKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
    const staticSecret = token('static-aws-secret-');
    const code = codeWithUniqueLine();
    let repo: Repo;
    let r: ActionRun;

    beforeAll(async () => {
      oidc = await new OidcStandIn({ claims: { sub: PR_SUBJECT, repository: 'octo/demo' } }).start();
      s3 = await new ConditionalS3({
        buckets: [BUCKET],
        acceptKey: (id) => issuedKeys.has(id ?? ''),
      }).start();
      sts = await new StsStandIn({
        trust: { [ROLE]: [PR_SUBJECT] },
        onIssue: (c) => issuedKeys.add(c.accessKeyId),
      }).start();
      github = await startGitHubApi();
      repo = makeRepo({ 'README.md': '# demo\n' });
      const base = repo.git('rev-parse', 'HEAD');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'src/routes.py': code.content });
      repo.commit('routes');
      bedrock.calls.length = 0;
      r = await runAction({
        workspace: repo.dir,
        timeoutMs: 40_000,
        event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 5, baseSha: base }) },
        inputs: {
          'role-to-assume': ROLE,
          'aws-region': 'us-east-1',
          's3-bucket': BUCKET,
          'fail-on-severity': 'none',
          'pr-comment': 'true',
          'check-run': 'true',
        },
        env: {
          ...oidc.env(),
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_ENDPOINT_URL_S3: s3.url,
          AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
          GITHUB_API_URL: github.url,
          GITHUB_REF: 'refs/pull/5/merge',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_BASE_REF: 'main',
          ACTIONS_STEP_DEBUG: 'true',
          RUNNER_DEBUG: '1',
          'INPUT_GITHUB-TOKEN': githubToken,
          AWS_ACCESS_KEY_ID: staticKeyId,
          AWS_SECRET_ACCESS_KEY: staticSecret,
        },
      });
    });
    afterAll(async () => {
      repo.cleanup();
      await Promise.all([oidc.close(), sts.close(), s3.close(), github.close()]);
    });

    const cacheObject = () => {
      const object = s3.get(BUCKET, 'cache/octo/demo/pr/5.json.gz');
      assert.ok(object, `the pull request's cache object was written: ${s3.keys(BUCKET).join(', ')}`);
      return gunzipSync(object.body).toString('utf8');
    };

    it('the whole chain ran, with debug logging on', () => {
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(
        r.stdout.split('\n').some((l) => l.startsWith('::debug::')),
        'debug lines are written',
      );
      assert.ok(oidc.issued.length >= 1, 'an OIDC token was issued');
      assert.equal(sts.issued.length, 1, 'one STS exchange');
      const issued = sts.issued[0]!;
      const puts = s3.log.filter((l) => l.method === 'PUT');
      assert.ok(puts.length >= 1, 'the cache was written to S3');
      assert.ok(
        s3.log.every((l) => l.accessKeyId === issued.accessKeyId && l.securityToken === issued.sessionToken),
        'every S3 request is signed with the STS credentials, not the static keys',
      );
      assert.equal(r.outputs['cache-backend'], 's3');
      assert.ok(bedrock.calls.length >= 1, 'the model was called');
      assert.equal(r.outputs.high, '1');
      assert.equal(github.comments.length, 1, 'the PR comment was written');
      assert.equal(github.checkRuns[0]?.status, 'completed', 'the check run was completed');
      assert.deepEqual(github.violations, []);
    });

    it('every secret the action learns is registered with the runner mask (::add-mask::)', () => {
      const masks = new Set(
        r.stdout
          .split('\n')
          .filter((l) => l.startsWith('::add-mask::'))
          .map((l) => l.slice('::add-mask::'.length)),
      );
      const issued = sts.issued[0]!;
      const expected: Record<string, string> = {
        'the GitHub token': githubToken,
        'the STS access key id': issued.accessKeyId,
        'the STS secret access key': issued.secretAccessKey,
        'the STS session token': issued.sessionToken,
        ...Object.fromEntries(oidc.issued.map((jwt, i) => [`OIDC token ${i + 1}`, jwt])),
      };
      for (const [what, value] of Object.entries(expected)) assert.ok(masks.has(value), `${what} is masked`);
    });

    it('no token, key or OIDC token in the log, summary, outputs, SARIF, JSON report, cache object, or what GitHub and the model got', () => {
      const issued = sts.issued[0]!;
      const secrets: Record<string, string> = {
        'the GitHub token': githubToken,
        'the OIDC request token': oidc.requestToken,
        'the STS secret access key': issued.secretAccessKey,
        'the STS session token': issued.sessionToken,
        'the STS access key id': issued.accessKeyId,
        'the static AWS secret key': staticSecret,
        ...Object.fromEntries(
          oidc.issued.flatMap((jwt, i) => [
            [`OIDC token ${i + 1}`, jwt],
            [`OIDC token ${i + 1}'s signature`, jwt.split('.')[2]!],
            [`OIDC token ${i + 1}'s claims`, jwt.split('.')[1]!],
          ]),
        ),
      };
      // The runner consumes ::add-mask:: lines itself; every other line is what people read.
      const log = [
        ...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
        ...r.stderr.split('\n'),
      ].join('\n');
      const surfaces: Record<string, string> = {
        'stdout and stderr': log,
        'job summary': r.summary,
        outputs: JSON.stringify(r.outputs),
        SARIF: readFileSync(join(repo.dir, 'ai-scanner.sarif'), 'utf8'),
        'JSON report': readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8'),
        'cache object': cacheObject(),
        'PR comment': github.comments.map((c) => c.body).join('\n'),
        'check run': JSON.stringify(github.checkRuns.map((c) => c.output)),
        'model requests': JSON.stringify(bedrock.calls.map((c) => c.body)),
      };
      const leaks = Object.entries(surfaces).flatMap(([where, text]) =>
        Object.entries(secrets)
          .filter(([, value]) => text.includes(value))
          .map(([what]) => `${what} in the ${where}`),
      );
      assert.deepEqual(leaks, []);
    });

    it('the cache object and the reports hold the finding, never the scanned code', () => {
      const sent = bedrock.calls.flatMap((c) => c.files).find((f) => f.path === 'src/routes.py');
      assert.ok(sent?.lines.includes(code.line), 'the unique line did reach the model');
      const cache = cacheObject();
      const doc = JSON.parse(cache) as CacheDoc;
      for (const entry of Object.values(doc.entries))
        assert.deepEqual(Object.keys(entry).sort(), ['findings', 'model', 'scannedAt', 'tokens', 'usd']);
      assertNoCode('cache object', cache, code);
      assertNoCode('JSON report', readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8'), code);
      assertNoCode('SARIF', readFileSync(join(repo.dir, 'ai-scanner.sarif'), 'utf8'), code);
      assertNoCode('job summary', r.summary, code);
      assertNoCode('PR comment', github.comments[0]!.body, code);
      assertNoCode('check run', JSON.stringify(github.checkRuns[0]!.output), code);
      assert.match(cache, /SQL injection/, 'the finding itself is kept');
    });
  });

  it('a local cache file and the reports hold no file contents beyond the findings', async () => {
    const code = codeWithUniqueLine();
    const big = Array.from({ length: 200 }, (_, i) => `LINE_${i} = "${randomBytes(24).toString('hex')}"`);
    const repo = makeRepo({ 'src/routes.py': code.content, 'src/table.py': `${big.join('\n')}\n` });
    try {
      bedrock.calls.length = 0;
      const r = await runAction({
        workspace: repo.dir,
        event: { name: 'push', payload: pushPayload(repo.dir) },
        inputs: { 'cache-backend': 'local', 'scan-mode': 'full', 'fail-on-severity': 'none' },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs['cache-misses'], '2');
      const cache = readFileSync(join(repo.dir, '.file_hash_cache.json'), 'utf8');
      const report = readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8');
      for (const [where, text] of Object.entries({ cache, 'JSON report': report })) {
        assertNoCode(where, text, code);
        const lines = big.filter((l) => text.includes(l.split('"')[1]!));
        assert.deepEqual(lines, [], `${where}: holds lines of src/table.py`);
      }
      const doc = JSON.parse(cache) as CacheDoc;
      assert.equal(Object.keys(doc.entries).length, 2);
      assert.ok(
        cache.length < 3000,
        `the cache holds two small entries, not the files (${cache.length} chars)`,
      );
      const json = JSON.parse(report) as JsonReport;
      assert.equal(json.findings.length, 1);
      for (const f of json.findings)
        for (const [k, v] of Object.entries(f))
          assert.ok(typeof v !== 'string' || v.length <= 4000, `the finding's ${k} is short`);
    } finally {
      repo.cleanup();
    }
  });
});
