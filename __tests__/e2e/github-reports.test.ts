/**
 * Where users look, end to end: the bundled action on pull_request payloads, the Bedrock stand-in for the model and
 * the GitHub API stand-in (reached through GITHUB_API_URL by the real Octokit) for the sticky comment and the check
 * run. Every request the action makes is validated against GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { makeRepo, pullRequestPayload, runAction, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';
import { startHttpProxy } from '../stand-ins/http-proxy.js';

const MARKER = '<!-- ai-scanner-action:comment:AI security scan -->';
const HOSTILE = '<img src=x onerror=alert(1)> ping @org/team #123';

describe('GitHub reports end to end (comment, check run, annotations)', () => {
  let bedrock: BedrockStandIn;
  let github: GitHubStandIn;
  let repo: Repo;
  let base: string;
  beforeAll(async () => {
    bedrock = await startBedrock();
    github = await startGitHubApi();
  });
  afterAll(async () => {
    await bedrock.close();
    await github.close();
  });
  beforeEach(() => {
    github.reset();
    bedrock.options.answer = undefined;
    repo = makeRepo({ 'README.md': '# demo\n' });
    base = repo.git('rev-parse', 'HEAD');
  });
  afterEach(() => {
    repo.cleanup();
    assert.deepEqual(github.violations, [], 'every request matches GitHub’s OpenAPI description');
  });

  const run = (
    opts: { fork?: boolean; inputs?: Record<string, string>; env?: Record<string, string> } = {},
  ): Promise<ActionRun> =>
    runAction({
      workspace: repo.dir,
      event: {
        name: 'pull_request',
        payload: pullRequestPayload(repo.dir, { number: 7, baseSha: base, fork: opts.fork }),
      },
      inputs: {
        'cache-backend': 'local',
        'fail-on-severity': 'critical',
        'pr-comment': 'true',
        'check-run': 'true',
        ...opts.inputs,
      },
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url, GITHUB_API_URL: github.url, ...opts.env },
    });

  it('a second run updates the same comment (one comment in all) and each run completes its check', async () => {
    repo.write({
      'src/db.py': 'def q(u):\n    return db.execute("SELECT " + u)  # VULN:high:SQL injection\n',
    });
    repo.commit('add db');
    const first = await run();
    assert.equal(first.code, 0, first.stdout);
    assert.equal(github.comments.length, 1);
    assert.ok(github.comments[0]!.body.startsWith(MARKER));
    assert.match(github.comments[0]!.body, /\| Cost \| AI calls \| Cache hit rate \| Saved by the cache/);
    assert.match(
      github.comments[0]!.body,
      /\[`src\/db\.py:2`\]\(https:\/\/github\.com\/octo\/demo\/blob\/[0-9a-f]{40}\/src\/db\.py#L2\)/,
    );

    repo.write({ 'src/more.py': 'x = 1  # VULN:medium:Weak check\n' });
    const head = repo.commit('add more');
    const second = await run();
    assert.equal(second.code, 0, second.stdout);
    assert.equal(github.comments.length, 1, 'updated in place, never duplicated');
    assert.equal(github.calls('issues/create-comment').length, 1);
    assert.equal(github.calls('issues/update-comment').length, 1);
    const body = github.comments[0]!.body;
    assert.match(body, /\*\*Since the last run:\*\* 🆕 1 new · ✔️ 0 fixed/);
    assert.match(body, /50\.0% \(1 of 2\)/, 'the hit rate: db.py came from the cache');

    assert.equal(github.checkRuns.length, 2);
    for (const check of github.checkRuns) {
      assert.equal(check.status, 'completed');
      assert.equal(check.name, 'AI security scan');
    }
    const last = github.checkRuns[1]!;
    assert.equal(last.headSha, head, 'the check is on the pull request head');
    assert.equal(last.conclusion, 'success');
    assert.match(last.output.title!, /^2 findings \(1 high, 1 medium\) · 50% cache hits · \$/);
    assert.deepEqual(
      last.output.annotations.map((a) => [a.path, a.start_line, a.annotation_level]),
      [
        ['src/db.py', 2, 'failure'],
        ['src/more.py', 1, 'warning'],
      ],
    );
    // Started in progress, then completed by a PATCH.
    const creates = github.calls('checks/create').map((r) => (r.body as { status: string }).status);
    assert.deepEqual(creates, ['in_progress', 'in_progress']);
    assert.deepEqual(first.warnings, []);
  });

  it('behind a proxy (http_proxy), the comment and the check go through it', async () => {
    // The API's host is known only to the proxy, so every request that arrives went through it; undici, which
    // Octokit's fetch and the proxy agent come from, loads only for a run like this one.
    const proxy = await startHttpProxy(github.url);
    try {
      repo.write({ 'src/db.py': 'q = "SELECT " + u  # VULN:high:SQL injection\n' });
      repo.commit('add db');
      const r = await run({
        env: { GITHUB_API_URL: 'http://api.github.proxied.test', http_proxy: proxy.url },
      });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(r.warnings, []);
      assert.equal(github.comments.length, 1);
      assert.equal(github.calls('checks/create').length, 1);
      assert.equal(github.calls('checks/update').length, 1);
      assert.ok(
        proxy.seen.length > 0 && proxy.seen.every((s) => s.includes('api.github.proxied.test')),
        proxy.seen.join('\n'),
      );
    } finally {
      await proxy.close();
    }
  });

  it('120 findings make 3 annotation requests: 50, 50, 20', async () => {
    const lines = Array.from(
      { length: 120 },
      (_, i) => `x${i} = ${i}  # VULN:${i % 2 ? 'medium' : 'low'}:Issue ${i}`,
    );
    repo.write({ 'src/many.py': `${lines.join('\n')}\n` });
    repo.commit('many');
    const r = await run();
    assert.equal(r.code, 0, r.stdout);
    const sizes = github
      .calls('checks/update')
      .map((u) => ((u.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
    assert.deepEqual(sizes, [50, 50, 20]);
    assert.equal(github.checkRuns[0]!.output.annotations.length, 120);
    assert.equal(r.outputs.findings, '120');
  });

  it('403 on comments and checks: one warning each naming the permission, and the step still reports', async () => {
    repo.write({ 'src/db.py': 'q = "SELECT " + u  # VULN:critical:SQL injection\n' });
    repo.commit('db');
    github.fail('issues/create-comment', { status: 403 });
    github.fail('checks/create', { status: 403 });
    const r = await run();
    assert.equal(r.code, 1, 'the critical finding still fails the step');
    assert.equal(r.outputs.critical, '1');
    assert.match(r.summary, /SQL injection/);
    const permission = r.warnings.filter((w) => /pull-requests: write|checks: write/.test(w));
    assert.equal(permission.length, 2, r.warnings.join('\n'));
    assert.match(permission.join('\n'), /PR comment: could not create the PR comment: GitHub refused \(403/);
    assert.match(permission.join('\n'), /Check run: could not create the check run: GitHub refused \(403/);
    assert.equal(github.calls('checks/create').length, 1, 'no second try once refused');
    // The findings become workflow annotations on the diff instead.
    assert.ok(
      r.stdout
        .split('\n')
        .some((l) =>
          /^::error title=\[CRITICAL\] SQL injection \(CWE-89\),file=src\/db\.py,line=1,endLine=1::/.test(l),
        ),
      r.stdout,
    );
  });

  it('500 from GitHub: the read is retried, then one warning; the check and the scan still report', async () => {
    repo.write({ 'src/a.py': 'a = 1  # VULN:low:Minor\n' });
    repo.commit('a');
    github.fail('issues/list-comments', { status: 500 });
    const r = await run();
    assert.equal(r.code, 0);
    assert.equal(github.calls('issues/list-comments').length, 3, 'a GET is retried twice');
    assert.equal(r.warnings.filter((w) => /PR comment/.test(w)).length, 1);
    assert.equal(github.checkRuns[0]!.status, 'completed');
  });

  it('a finding with <img onerror> and @org/team renders inert in comment, check and summary', async () => {
    repo.write({ 'src/view.py': `html = "<p>" + name  # VULN:high:${HOSTILE}\n` });
    repo.commit('view');
    bedrock.options.answer = (call) => ({
      findings: call.files.map((f) => ({
        path: f.path,
        severity: 'high',
        category: 'security',
        title: HOSTILE,
        cwe: 'CWE-79',
        explanation: `<script>alert(document.cookie)</script> [click](https://evil.example) cc @org/team, fixes #123`,
        fix: '![x](https://evil.example/t.png) **escape** it',
        startLine: 1,
        endLine: 1,
        confidence: 'high',
      })),
    });
    const r = await run();
    assert.equal(r.code, 0, r.stdout);
    const check = github.checkRuns[0]!;
    const surfaces = {
      comment: github.comments[0]!.body,
      'check summary': check.output.summary!,
      'check text': check.output.text!,
      'job summary': r.summary,
    };
    for (const [name, body] of Object.entries(surfaces)) {
      assert.ok(!/<(img|script|p)\b/i.test(body), `${name}: no raw tag`);
      assert.ok(!/@org\/team/.test(body), `${name}: no @mention`);
      assert.ok(!/#123/.test(body), `${name}: no #reference`);
      assert.ok(!/\]\(https:\/\/evil/.test(body), `${name}: no link`);
      assert.ok(!/!\[x\]\(/.test(body), `${name}: no image`);
    }
    assert.match(surfaces.comment, /&lt;img src\\=x onerror\\=alert\\\(1\\\)&gt;/);
    assert.match(surfaces['check text'], /&lt;script&gt;/);
    assert.match(surfaces['job summary'], /&lt;img src\\=x onerror/);
    const a = check.output.annotations[0]!;
    assert.equal(a.title, '[HIGH] <img src=x onerror=alert(1)> ping @\u200borg/team #\u200b123 (CWE-79)');
  });

  it('a pull request from a fork: summary and workflow annotations only, no API call', async () => {
    repo.write({ 'src/db.py': 'q = "SELECT " + u  # VULN:high:SQL injection\n' });
    repo.commit('db');
    const r = await run({ fork: true });
    assert.equal(r.code, 0);
    assert.equal(github.requests.length, 0);
    assert.match(r.summary, /SQL injection/);
    assert.match(r.stdout, /comes from a fork/);
    assert.ok(
      r.stdout
        .split('\n')
        .some((l) => l.startsWith('::error title=[HIGH] SQL injection (CWE-89),file=src/db.py,line=1')),
    );
    assert.deepEqual(r.warnings, []);
  });
});
