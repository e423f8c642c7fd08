/**
 * Attacks on what the scanner trusts, run against the bundled action (dist/index.js) and CLI (dist/cli.js) as
 * the runner and a CI run them, with the Bedrock and conditional S3 stand-ins:
 * - a committed `.file_hash_cache.json` that marks a backdoor as scanned clean (action with cache-backend
 *   local, and the CLI, where local is the default): the backdoor must still reach the model;
 * - a push whose run never ran (cancelled) or did not finish: the next push must review its changes;
 * - events and CIs that must only read the repository object: workflow_run, issue_comment, a CI the scanner
 *   cannot identify, GitLab pipelines that are not default-branch pushes, a Jenkins branch merely named master;
 * - cache names from the whole repository path (nested GitLab groups, Jenkins GIT_URL);
 * - a base-ref that git would read as an option (origin/--stdin): a clear error, no hang.
 */
import { describe, it, beforeAll, afterAll, beforeEach } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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
import { ConditionalS3, type S3Request } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';
const REPO_OBJECT = 'cache/octo/demo/scan-cache.json.gz';
const REPOSITORY = { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' };
const BACKDOOR = {
  'src/backdoor.py':
    'import os\n\ndef login(user, password):\n    if password == "letmein":  # VULN:critical:Hard-coded backdoor password\n        return True\n    return check(user, password)\n',
};
const TIMEOUT = 120_000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

describe('attacks on trust: the cache, pushes, CIs and base-ref (dist/index.js, dist/cli.js)', () => {
  let bedrock: BedrockStandIn;
  let s3: ConditionalS3;
  let scratch: string;
  const repos: Repo[] = [];

  beforeAll(async () => {
    bedrock = await startBedrock();
    s3 = await new ConditionalS3({ buckets: [BUCKET] }).start();
    scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-trust-'));
  });
  // Each attack starts from an empty bucket, whatever the one before left.
  beforeEach(() => s3.objects.clear());
  afterAll(async () => {
    for (const r of repos) r.cleanup();
    rmSync(scratch, { recursive: true, force: true });
    await Promise.all([bedrock.close(), s3.close()]);
  });

  const repo = (files: Record<string, string>): Repo => {
    const r = makeRepo(files);
    repos.push(r);
    return r;
  };
  /** The paths the model was sent since call number `from`. */
  const sent = (from: number): string[] =>
    bedrock.calls.slice(from).flatMap((c) => c.files.map((f) => f.path));
  const puts = (from: number): string[] =>
    s3.log
      .slice(from)
      .filter((r: S3Request) => r.method === 'PUT' && r.status === 200)
      .map((r) => r.key);
  const s3Doc = (key: string): { entries: Record<string, unknown> } | undefined => {
    const object = s3.get(BUCKET, key);
    return object && JSON.parse(gunzipSync(object.body).toString('utf8'));
  };
  const show = (r: ActionRun | CliRun) => `exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
  const s3Inputs = (extra: Record<string, string> = {}) => ({
    'aws-region': 'us-east-1',
    's3-bucket': BUCKET,
    'cache-backend': 's3',
    'fail-on-severity': 'none',
    ...extra,
  });
  const actionEnv = (extra: Record<string, string> = {}) => ({
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
    ...extra,
  });

  /** A developer's or a CI's shell: no variables of this machine's CI, static keys, the stand-ins. */
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
  const ciEnv = (extra: Record<string, string>) =>
    userEnv({ CI: 'true', S3_CACHE_BUCKET: BUCKET, AWS_ENDPOINT_URL_S3: s3.url, ...extra });
  const cli = async (args: string[], env: Record<string, string>, cwd = scratch, ms = 60_000) => {
    const child = spawn(NODE, [join(DIST, 'cli.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    clearTimeout(timer);
    return { code, stdout, stderr } satisfies CliRun;
  };
  /** Runs `fn` while the model answers every file as clean: the attacker's own scan. */
  const withCleanAnswers = async <T>(fn: () => Promise<T>): Promise<T> => {
    bedrock.options.answer = () => ({ findings: [] });
    try {
      return await fn();
    } finally {
      delete bedrock.options.answer;
    }
  };

  it(
    'a committed .file_hash_cache.json marking a backdoor clean is not read by the action (cache-backend: local)',
    async () => {
      const r = repo({ 'src/app.py': 'def ok():\n    return 1\n' });
      const base = r.git('rev-parse', 'HEAD');
      r.git('checkout', '-q', '-b', 'feature');
      r.write(BACKDOOR);
      r.commit('add login');
      // The attacker scans the backdoor with a model that calls it clean, then commits the cache file.
      const forged = await withCleanAnswers(() =>
        runAction({
          workspace: r.dir,
          inputs: { 'cache-backend': 'local', 'scan-mode': 'full' },
          env: actionEnv(),
        }),
      );
      assert.equal(forged.code, 0, show(forged));
      r.git('add', '-f', '.file_hash_cache.json');
      r.git('commit', '-q', '-m', 'cache');
      assert.match(r.git('ls-files'), /\.file_hash_cache\.json/);

      const from = bedrock.calls.length;
      const run = await runAction({
        workspace: r.dir,
        inputs: { 'cache-backend': 'local' },
        env: actionEnv({
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_BASE_REF: 'main',
        }),
        event: { name: 'pull_request', payload: pullRequestPayload(r.dir, { number: 7, baseSha: base }) },
      });
      assert.ok(sent(from).includes('src/backdoor.py'), `the backdoor reached the model\n${show(run)}`);
      assert.equal(run.code, 1, show(run));
      assert.equal(run.outputs.critical, '1', show(run));
      assert.ok(
        run.warnings.some((w) => /\.file_hash_cache\.json is tracked by git/.test(w)),
        `a warning says why the cache file is not read\n${run.warnings.join('\n')}`,
      );
    },
    TIMEOUT,
  );

  it(
    'a committed .file_hash_cache.json marking a backdoor clean is not read by the CLI (local by default)',
    async () => {
      const r = repo({ 'src/app.py': 'def ok():\n    return 1\n', ...BACKDOOR });
      const forged = await withCleanAnswers(() =>
        cli(['scan', r.dir, '--fail-on-severity', 'none'], userEnv()),
      );
      assert.equal(forged.code, 0, show(forged));
      r.git('add', '-f', '.file_hash_cache.json');
      r.git('commit', '-q', '-m', 'cache');
      assert.match(r.git('ls-files'), /\.file_hash_cache\.json/);

      const from = bedrock.calls.length;
      const run = await cli(['scan', r.dir], userEnv(), r.dir);
      assert.ok(sent(from).includes('src/backdoor.py'), `the backdoor reached the model\n${show(run)}`);
      assert.equal(run.code, 1, show(run));
      assert.match(run.stdout, /CRITICAL\s+src\/backdoor\.py:4/, show(run));
      assert.match(run.stderr, /warning: .*\.file_hash_cache\.json is tracked by git/, show(run));
      assert.match(run.stderr, /git rm --cached \.file_hash_cache\.json/, show(run));
    },
    TIMEOUT,
  );

  it(
    'a push whose run never ran, or did not finish, is reviewed by the next push (before would skip it)',
    async () => {
      const r = repo({ 'src/a.py': 'A = 1\n' });
      const push = (before: string | undefined, runId: string) =>
        runAction({
          workspace: r.dir,
          inputs: s3Inputs(),
          env: actionEnv({ GITHUB_RUN_ID: runId }),
          event: { name: 'push', payload: pushPayload(r.dir, before) },
        });
      const first = await push(undefined, '6001');
      assert.equal(first.code, 0, show(first));

      // Push B: its run was cancelled by the next push's (concurrency group), so it never scanned.
      r.write({ 'src/b.py': 'def b(q):\n    return eval(q)  # VULN:high:eval of request input\n' });
      const b = r.commit('push B');
      r.write({ 'src/c.py': 'C = 3\n' });
      r.commit('push C');
      let from = bedrock.calls.length;
      const c = await push(b, '6003');
      assert.equal(c.code, 0, show(c));
      assert.ok(sent(from).includes('src/b.py'), `push B's change was reviewed\n${show(c)}`);
      assert.ok(sent(from).includes('src/c.py'));
      assert.match(c.stdout, /last commit the cache records as scanned completely/i, show(c));

      // Push D: the model is down, so D's file is not scanned; the run must not move the record past it.
      r.write({ 'src/d.py': 'def d(p):\n    return open(p).read()  # VULN:high:path traversal\n' });
      const d = r.commit('push D');
      bedrock.options.fault = () => ({ kind: 'error', status: 400, type: 'ValidationException' });
      const down = await push(b, '6004').finally(() => delete bedrock.options.fault);
      assert.ok(
        down.code !== 0 || Number(down.outputs['not-scanned']) > 0,
        `D's run was incomplete\n${show(down)}`,
      );
      r.write({ 'src/e.py': 'E = 5\n' });
      r.commit('push E');
      from = bedrock.calls.length;
      const e = await push(d, '6005');
      assert.equal(e.code, 0, show(e));
      assert.ok(sent(from).includes('src/d.py'), `push D's change was reviewed\n${show(e)}`);
    },
    TIMEOUT,
  );

  it(
    'workflow_run and issue_comment runs (which may check out pull-request code) never write the repository object',
    async () => {
      const r = repo({ 'svc/a.py': 'A = 1\n' });
      const events = {
        workflow_run: {
          action: 'completed',
          workflow_run: {
            head_branch: 'feature',
            head_sha: r.git('rev-parse', 'HEAD'),
            event: 'pull_request',
          },
          repository: REPOSITORY,
        },
        issue_comment: {
          action: 'created',
          issue: { number: 12, pull_request: { url: 'https://api.github.com/repos/octo/demo/pulls/12' } },
          comment: { body: '/scan' },
          repository: REPOSITORY,
        },
      };
      for (const [name, payload] of Object.entries(events)) {
        const from = s3.log.length;
        const run = await runAction({
          workspace: r.dir,
          inputs: s3Inputs({ 'scan-mode': 'full' }),
          // Both run on the default branch's workflow file, with GITHUB_REF on main.
          env: actionEnv({ GITHUB_REF: 'refs/heads/main' }),
          event: { name, payload },
        });
        assert.equal(run.code, 0, show(run));
        assert.deepEqual(puts(from), [], `${name} wrote nothing\n${show(run)}`);
        assert.equal(s3.get(BUCKET, REPO_OBJECT), undefined, name);
        assert.match(run.summary.replace(/\\(.)/g, '$1'), new RegExp(`event ${name}`), name);
      }
      // The control: a manual run on the default branch does write it.
      const dispatch = await runAction({
        workspace: r.dir,
        inputs: s3Inputs({ 'scan-mode': 'full' }),
        env: actionEnv(),
        event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', repository: REPOSITORY } },
      });
      assert.equal(dispatch.code, 0, show(dispatch));
      assert.ok(s3Doc(REPO_OBJECT), show(dispatch));
    },
    TIMEOUT,
  );

  it(
    'pull-request builds and unknown CIs never write the repository object: unknown CI, GitLab, Jenkins',
    async () => {
      const r = repo({ 'src/m.py': 'M = 1\n' });
      const sha = r.git('rev-parse', 'HEAD');
      const scan = (env: Record<string, string>) =>
        cli(['scan', r.dir, '--fail-on-severity', 'none'], env, r.dir);
      const keys = () => s3.keys(BUCKET);

      // A CI the scanner cannot identify cannot tell a pull request build from a default-branch build.
      const plain = await cli(
        ['scan', r.dir, '--fail-on-severity', 'none', '--format', 'json'],
        ciEnv({ GITHUB_REPOSITORY: 'octo/plain' }),
        r.dir,
      );
      assert.equal(plain.code, 0, show(plain));
      assert.ok(
        !keys().some((k) => k.startsWith('cache/octo/plain/')),
        `nothing written: ${keys().join(', ')}`,
      );
      assert.match(
        (JSON.parse(plain.stdout) as { cache: { scope: string } }).cache.scope,
        /cannot identify.*writes nothing/,
      );

      const gitlab = (extra: Record<string, string>) =>
        ciEnv({
          GITLAB_CI: 'true',
          CI_PROJECT_PATH: 'grp/app',
          CI_DEFAULT_BRANCH: 'main',
          CI_COMMIT_SHA: sha,
          ...extra,
        });
      // A GitHub pull request built by GitLab (external pull request) from a fork's branch named main.
      const external = await scan(
        gitlab({
          CI_PIPELINE_SOURCE: 'external_pull_request_event',
          CI_EXTERNAL_PULL_REQUEST_IID: '5',
          CI_COMMIT_BRANCH: 'main',
        }),
      );
      assert.equal(external.code, 0, show(external));
      assert.ok(!keys().includes('cache/grp/app/scan-cache.json.gz'), `keys: ${keys().join(', ')}`);
      assert.ok(keys().includes('cache/grp/app/pr/5.json.gz'), `keys: ${keys().join(', ')}`);
      // A pipeline triggered through the API on main is not a push: it reads only.
      const trigger = await scan(gitlab({ CI_PIPELINE_SOURCE: 'trigger', CI_COMMIT_BRANCH: 'main' }));
      assert.equal(trigger.code, 0, show(trigger));
      assert.ok(!keys().includes('cache/grp/app/scan-cache.json.gz'), `keys: ${keys().join(', ')}`);

      const jenkins = (extra: Record<string, string>) =>
        ciEnv({
          JENKINS_URL: 'https://jenkins.example.com/',
          GIT_URL: 'https://git.example.com/team/svc.git',
          GIT_COMMIT: sha,
          BUILD_NUMBER: '3',
          ...extra,
        });
      // Anyone who can push a branch can name it master: the name alone is no proof of the default branch.
      const master = await scan(jenkins({ BRANCH_NAME: 'master' }));
      assert.equal(master.code, 0, show(master));
      assert.ok(!keys().includes('cache/team/svc/scan-cache.json.gz'), `keys: ${keys().join(', ')}`);
      const change = await scan(jenkins({ BRANCH_NAME: 'PR-4', CHANGE_ID: '4', CHANGE_TARGET: 'master' }));
      assert.equal(change.code, 0, show(change));
      assert.deepEqual(
        keys().filter((k) => k.startsWith('cache/team/svc/')),
        ['cache/team/svc/pr/4.json.gz'],
      );
      // The control: the job's configuration names the default branch, and its build writes.
      const named = await scan(jenkins({ BRANCH_NAME: 'master', DEFAULT_BRANCH: 'master' }));
      assert.equal(named.code, 0, show(named));
      assert.ok(s3Doc('cache/team/svc/scan-cache.json.gz'), `keys: ${keys().join(', ')}`);
    },
    TIMEOUT,
  );

  it(
    'GitLab and Jenkins name the cache from the whole repository path: teamA/libs/utils and teamB/libs/utils never share',
    async () => {
      const r = repo({ 'lib/u.py': 'def u():\n    return 1\n' });
      const sha = r.git('rev-parse', 'HEAD');
      const scan = (env: Record<string, string>) =>
        cli(['scan', r.dir, '--fail-on-severity', 'none'], env, r.dir);
      const jenkins = (url: string) =>
        ciEnv({
          JENKINS_URL: 'https://jenkins.example.com/',
          GIT_URL: url,
          BRANCH_NAME: 'main',
          DEFAULT_BRANCH: 'main',
          GIT_COMMIT: sha,
        });
      const a = await scan(jenkins('https://git.example.com/teamA/libs/utils.git'));
      assert.equal(a.code, 0, show(a));
      assert.ok(s3Doc('cache/teamA/libs/utils/scan-cache.json.gz'), `keys: ${s3.keys(BUCKET).join(', ')}`);
      const b = await scan(jenkins('git@git.example.com:teamB/libs/utils.git'));
      assert.equal(b.code, 0, show(b));
      assert.match(b.stdout, /cache hit rate: 0\.0%/, `teamB does not read teamA's results\n${show(b)}`);
      assert.ok(s3Doc('cache/teamB/libs/utils/scan-cache.json.gz'), `keys: ${s3.keys(BUCKET).join(', ')}`);
      assert.ok(!s3.keys(BUCKET).some((k) => k.startsWith('cache/libs/')), s3.keys(BUCKET).join(', '));

      const gitlab = (path: string) =>
        ciEnv({
          GITLAB_CI: 'true',
          CI_PROJECT_PATH: path,
          CI_DEFAULT_BRANCH: 'main',
          CI_COMMIT_BRANCH: 'main',
          CI_PIPELINE_SOURCE: 'push',
          CI_COMMIT_SHA: sha,
        });
      const ga = await scan(gitlab('teamA/sub/libs/utils'));
      assert.equal(ga.code, 0, show(ga));
      const gb = await scan(gitlab('teamB/sub/libs/utils'));
      assert.match(gb.stdout, /cache hit rate: 0\.0%/, show(gb));
      assert.ok(s3Doc('cache/teamA/sub/libs/utils/scan-cache.json.gz'), s3.keys(BUCKET).join(', '));
      assert.ok(s3Doc('cache/teamB/sub/libs/utils/scan-cache.json.gz'), s3.keys(BUCKET).join(', '));
    },
    TIMEOUT,
  );

  it(
    'base-ref origin/--stdin is refused with an error naming the input, and nothing hangs (action and CLI)',
    async () => {
      const r = repo({ 'src/x.py': 'X = 1\n' });
      // A real origin, so that a fetch with --stdin would wait for its standard input.
      const origin = join(scratch, 'origin.git');
      execFileSync('git', ['clone', '-q', '--bare', r.dir, origin]);
      r.git('remote', 'add', 'origin', origin);
      const started = Date.now();
      const run = await runAction({
        workspace: r.dir,
        inputs: { 'scan-mode': 'changed', 'base-ref': 'origin/--stdin', 'cache-backend': 'none' },
        env: actionEnv(),
        timeoutMs: 30_000,
      });
      assert.equal(run.code, 1, show(run));
      assert.ok(Date.now() - started < 25_000, 'no hang');
      assert.ok(
        run.errors.some(
          (e) =>
            /Input 'base-ref' has an invalid value "origin\/--stdin"/.test(e) && /starts with "-"/.test(e),
        ),
        run.errors.join('\n') || show(run),
      );
      const viaCli = await cli(
        ['scan', r.dir, '--scan-mode', 'changed', '--base-ref', 'origin/--stdin'],
        userEnv(),
        r.dir,
        30_000,
      );
      assert.equal(viaCli.code, 2, show(viaCli));
      assert.match(
        viaCli.stderr,
        /'base-ref' has an invalid value "origin\/--stdin".*such as origin\/main/,
        show(viaCli),
      );
    },
    TIMEOUT,
  );
});
