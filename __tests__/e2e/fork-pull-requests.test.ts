/**
 * A fork's pull request reviewed the way docs/fork-pull-requests.md sets it up: a maintainer's label starts a
 * pull_request_target run (examples/.github/workflows/fork-pr-scan.yml) in which the base repository is the
 * workspace and the pull request's head is checked out into a subfolder (the `path` input). The bundled action
 * assumes the pull-request role by OIDC, reads the pull request's files without running them, writes only its
 * pr/<number> S3 object (never the repository object, never the Actions cache, whose scope there is the base
 * branch's), and posts the check run on the pull request's head commit and the comment.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { headSha, makeRepo, runAction, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';
import { ActionsCacheStandIn } from '../stand-ins/actions-cache.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

const BUCKET = 'scanner-cache';
const PR_ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-pull-requests';

describe("a fork's pull request: the maintainer's label run (pull_request_target) reviews it", () => {
  let bedrock: BedrockStandIn;
  let oidc: OidcStandIn;
  let sts: StsStandIn;
  let s3: S3rverHandle;
  let actionsCache: ActionsCacheStandIn;
  let github: GitHubStandIn;
  let admin: S3Client;
  const repos: Repo[] = [];

  beforeAll(async () => {
    bedrock = await startBedrock();
    oidc = await new OidcStandIn().start();
    s3 = await startS3rver({ buckets: [BUCKET] });
    sts = await new StsStandIn({
      trust: { [PR_ROLE]: ['repo:octo/demo:pull_request'] },
      onIssue: (c) => s3.allowKey(c.accessKeyId, c.secretAccessKey),
    }).start();
    actionsCache = await new ActionsCacheStandIn().start();
    github = await startGitHubApi();
    admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: S3RVER_KEY,
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    admin.destroy();
    for (const r of repos) r.cleanup();
    await Promise.all([
      bedrock.close(),
      oidc.close(),
      sts.close(),
      s3.close(),
      actionsCache.close(),
      github.close(),
    ]);
  });

  it('writes only pr/<number>, never the Actions cache; the check run goes on the head commit; nothing is executed', async () => {
    // The base repository is the workspace; the fork's head is a clone of it with one more commit, in pr/.
    const base = makeRepo({ 'app/a.py': 'A = 1\n', 'app/b.py': 'B = 2\n' });
    repos.push(base);
    const baseSha = headSha(base.dir);
    const pr = join(base.dir, 'pr');
    execFileSync('git', ['clone', '-q', base.dir, pr], { env: process.env });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=f@example.com', '-c', 'user.name=F', ...args], {
        cwd: pr,
        env: process.env,
        encoding: 'utf8',
      }).trim();
    // A file that would leave a mark if anything ran it; the scan only reads it.
    const marker = join(base.dir, 'executed');
    writeFileSync(
      join(pr, 'app/c.py'),
      `import os\nos.system("touch ${marker}")  # VULN:high:Command run at import\n`,
    );
    writeFileSync(join(pr, 'package.json'), JSON.stringify({ scripts: { postinstall: `touch ${marker}` } }));
    git('add', '-A');
    git('commit', '-q', '-m', 'from a fork');
    const head = git('rev-parse', 'HEAD');
    oidc.claims = { sub: 'repo:octo/demo:pull_request', repository: 'octo/demo' };
    const payload = {
      action: 'labeled',
      number: 41,
      label: { name: 'ai-scan' },
      pull_request: {
        number: 41,
        head: { sha: head, ref: 'patch-1', repo: { full_name: 'someone/demo', fork: true } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/demo' } },
      },
      repository: { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' },
    };
    const run = await runAction({
      workspace: base.dir,
      event: { name: 'pull_request_target', payload },
      inputs: {
        path: 'pr',
        'role-to-assume': PR_ROLE,
        'aws-region': 'us-east-1',
        's3-bucket': BUCKET,
        'pr-comment': 'true',
        'check-run': 'true',
        'fail-on-severity': 'none',
      },
      env: {
        ...oidc.env(),
        ...actionsCache.env(),
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_STS: sts.url,
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
        GITHUB_API_URL: github.url,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: baseSha,
      },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(sts.assumeCalls.length, 1, 'the pull-request role was assumed');
    assert.equal(run.outputs['cache-misses'], '2', run.stdout);
    assert.deepEqual(
      bedrock.calls.flatMap((c) => c.files.map((f) => f.path)).sort(),
      ['app/c.py', 'package.json'],
      "only the pull request's changed files were sent, read from pr/",
    );
    assert.match(run.summary, /Command run at import/);
    const keys = (await admin.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents?.map((o) => o.Key);
    assert.deepEqual(keys, ['cache/octo/demo/pr/41.json.gz'], 'only the pull request object is written');
    assert.equal(actionsCache.entries.length, 0, 'nothing is saved to the base branch Actions cache');
    const check = github.checkRuns.at(-1);
    assert.equal(check?.headSha, head, 'the check run is on the pull request head commit');
    assert.equal(check?.status, 'completed');
    assert.equal(github.comments.length, 1, 'the sticky comment is posted');
    assert.throws(() => execFileSync('test', ['-e', marker]), 'nothing from the pull request ran');
  });
});
