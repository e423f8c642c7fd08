/**
 * The GitHub reporters against the GitHub API stand-in, through the real Octokit: the sticky comment, the check
 * run with batched annotations, and how both degrade. Every request is checked against GitHub's OpenAPI.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';
import { createGitHubClient, pullRequestFiles, type GitHubClient } from '../../src/github/client.js';
import {
  commentMarker,
  PullRequestCommentReporter,
  parseCommentState,
  shortId,
} from '../../src/report/publish/comment-reporter.js';
import {
  CheckRunReporter,
  failStartedCheckRuns,
  WorkflowAnnotationsReporter,
} from '../../src/report/publish/check-reporter.js';
import { githubReporters } from '../../src/report/publish/github-reporters.js';
import type { AnnotationSink, WorkflowAnnotationProperties } from '../../src/report/render/annotations.js';
import { configFor, context, RecordingLog } from './fakes.js';
import { finding, manyFindings, sampleReport } from './report-fixtures.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';

class RecordingSink implements AnnotationSink {
  lines: { level: string; message: string; props: WorkflowAnnotationProperties }[] = [];
  error = (message: string, props: WorkflowAnnotationProperties) =>
    void this.lines.push({ level: 'error', message, props });
  warning = (message: string, props: WorkflowAnnotationProperties) =>
    void this.lines.push({ level: 'warning', message, props });
  notice = (message: string, props: WorkflowAnnotationProperties) =>
    void this.lines.push({ level: 'notice', message, props });
}

let api: GitHubStandIn;
let gh: GitHubClient;
let log: RecordingLog;
beforeAll(async () => {
  api = await startGitHubApi();
  gh = createGitHubClient('ghs_test', { baseUrl: api.url, retryDelaysMs: [1, 1] });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.reset();
  log = new RecordingLog();
});
afterEach(() => {
  assert.deepEqual(api.violations, [], 'every request matches GitHub’s OpenAPI description');
});

const target = { owner: 'octo', repo: 'demo', issueNumber: 7, reportName: 'AI security scan' };
const comment = (name = 'AI security scan') =>
  new PullRequestCommentReporter(gh, { ...target, reportName: name }, log);

describe('sticky PR comment', () => {
  it('creates one comment, then updates it in place (one comment in all)', async () => {
    await comment().publish(sampleReport());
    await comment().publish(sampleReport([finding()]));
    assert.equal(api.comments.length, 1);
    assert.equal(api.calls('issues/create-comment').length, 1);
    assert.equal(api.calls('issues/update-comment').length, 1);
    const body = api.comments[0]!.body;
    assert.ok(body.startsWith(`${commentMarker('AI security scan')}\n<!-- ai-scanner-action:findings:v1 `));
    assert.match(body, /\*\*Since the last run:\*\* 🆕 0 new · ✔️ 3 fixed/);
    assert.deepEqual(log.warnings, []);
  });

  it('finds its comment past the first page (Link pagination) and adopts only a bot’s', async () => {
    for (let i = 0; i < 230; i++) api.addComment(7, `chatter ${i}`);
    // A person quoting the marker is not adopted; the bot's comment on page 3 is.
    api.addComment(7, `${commentMarker('AI security scan')}\nquoted by a human`, {
      login: 'mallory',
      type: 'User',
    });
    const ours = api.addComment(7, `${commentMarker('AI security scan')}\nold`, {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    for (let i = 0; i < 20; i++) api.addComment(7, `more ${i}`);
    await comment().publish(sampleReport());
    const lists = api.calls('issues/list-comments');
    assert.deepEqual(
      lists.map((r) => r.query.page ?? '1'),
      ['1', '2', '3'],
    );
    assert.ok(lists.every((r) => r.query.per_page === '100'));
    assert.equal(api.calls('issues/create-comment').length, 0);
    assert.deepEqual(
      api.calls('issues/update-comment').map((r) => r.path),
      [`/repos/octo/demo/issues/comments/${ours.id}`],
    );
    assert.match(api.comments.find((c) => c.id === ours.id)!.body, /AI security scan/);
    assert.match(api.comments.find((c) => c.user.login === 'mallory')!.body, /quoted by a human/);
  });

  it('keeps one comment per report name', async () => {
    await comment('AI security scan').publish(sampleReport());
    await comment('Second scanner').publish(sampleReport());
    await comment('Second scanner').publish(sampleReport());
    assert.equal(api.comments.length, 2);
  });

  it('says what changed since the last run: new and fixed, by the finding ids it remembered', async () => {
    const a = finding({ title: 'A', path: 'a.py' });
    const b = finding({ title: 'B', path: 'b.py' });
    const c = finding({ title: 'C', path: 'c.py' });
    await comment().publish(sampleReport([a, b], { notScanned: [] }));
    await comment().publish(sampleReport([b, c], { notScanned: [] }));
    const body = api.comments[0]!.body;
    assert.match(body, /🆕 1 new · ✔️ 1 fixed/);
    assert.match(body, /\[`c\.py:12`\][^\n]*🆕 \*\*new\*\*/);
    assert.doesNotMatch(body, /\[`b\.py:12`\][^\n]*🆕/);
    const state = parseCommentState(body)!;
    assert.equal(state.ids.length, 2);
  });

  it('carries the findings of files not scanned this time: unknown, not fixed', async () => {
    const a = finding({ title: 'A', path: 'a.py' });
    const b = finding({ title: 'B', path: 'b.py' });
    await comment().publish(sampleReport([a, b], { notScanned: [] }));
    await comment().publish(sampleReport([a], { notScanned: [{ path: 'b.py', reason: 'throttled' }] }));
    const body = api.comments[0]!.body;
    assert.match(body, /no new or fixed findings/);
    assert.equal(parseCommentState(body)!.ids.length, 2);
    // A scan that could not run compares nothing and forgets nothing.
    await comment().publish(sampleReport([], { fatal: 'no credentials', notScanned: [] }));
    const failed = api.comments[0]!.body;
    assert.match(failed, /Changes since the last run are not shown/);
    assert.equal(parseCommentState(failed)!.ids.length, 2);
  });

  it('403 on create: one warning naming pull-requests: write, no throw', async () => {
    api.fail('issues/create-comment', { status: 403 });
    await comment().publish(sampleReport());
    assert.equal(log.warnings.length, 1);
    assert.match(
      log.warnings[0]!,
      /PR comment: could not create the PR comment: GitHub refused \(403: Resource not accessible by integration/,
    );
    assert.match(log.warnings[0]!, /`pull-requests: write`/);
  });

  it('404 on the list, and 500 on update after retries: one warning each', async () => {
    api.fail('issues/list-comments', { status: 404 });
    await comment().publish(sampleReport());
    assert.match(log.warnings[0]!, /could not read the pull request's comments: GitHub answered 404/);
    api.reset();
    await comment().publish(sampleReport());
    api.fail('issues/update-comment', { status: 500 });
    await comment().publish(sampleReport());
    assert.equal(api.calls('issues/update-comment').length, 3, 'a PATCH is retried twice');
    assert.equal(log.warnings.length, 2);
    assert.match(log.warnings[1]!, /GitHub failed \(500/);
  });

  it('a 500 once on update is retried and succeeds', async () => {
    await comment().publish(sampleReport());
    api.fail('issues/update-comment', { status: 502, times: 1 });
    await comment().publish(sampleReport());
    assert.deepEqual(log.warnings, []);
    assert.equal(api.comments.length, 1);
  });

  it('a creation is never retried (no duplicate comment)', async () => {
    api.fail('issues/create-comment', { status: 500 });
    await comment().publish(sampleReport());
    assert.equal(api.calls('issues/create-comment').length, 1);
  });
});

describe('check run', () => {
  const check = (sink = new RecordingSink()) =>
    new CheckRunReporter(
      gh,
      {
        owner: 'octo',
        repo: 'demo',
        headSha: HEAD,
        name: 'AI security scan',
        detailsUrl: 'https://github.com/octo/demo/actions/runs/1',
      },
      log,
      sink,
    );

  it('starts in progress on the head commit, completes with the conclusion, the title and the markdown', async () => {
    const reporter = check();
    await reporter.start();
    assert.equal(api.checkRuns.length, 1);
    assert.equal(api.checkRuns[0]!.status, 'in_progress');
    assert.equal(api.checkRuns[0]!.headSha, HEAD);
    assert.equal(api.checkRuns[0]!.name, 'AI security scan');
    const report = sampleReport();
    await reporter.publish(report);
    const run = api.checkRuns[0]!;
    assert.equal(run.status, 'completed');
    assert.equal(run.conclusion, 'failure');
    assert.equal(
      run.output.title,
      '4 findings (1 critical, 1 high, 1 medium, 1 low) · 92% cache hits · $0.014',
    );
    assert.match(run.output.summary!, /^## ❌ AI security scan/);
    assert.match(run.output.text!, /### 🔴 Critical/);
    assert.deepEqual(
      run.output.annotations.map((a) => [a.path, a.start_line, a.end_line, a.annotation_level]),
      [
        ['web/views/profile page.tsx', 40, 44, 'failure'],
        ['src/app.py', 12, 12, 'failure'],
        ['src/util/files.py', 7, 9, 'warning'],
        ['src/billing/card.py', 3, 3, 'notice'],
      ],
    );
    assert.equal(
      run.output.annotations[0]!.title,
      '[CRITICAL] Stored XSS through <img src=x onerror=alert(1)> (CWE-79)',
    );
    assert.match(run.output.annotations[0]!.message, /Ping @\u200borg\/team and see #\u200b123/);
    assert.deepEqual(log.warnings, []);
  });

  it('sends 120 annotations 50 per request: 50 with the completion, then 50 and 20', async () => {
    const reporter = check();
    await reporter.start();
    await reporter.publish(sampleReport(manyFindings(120)));
    const updates = api.calls('checks/update');
    assert.deepEqual(
      updates.map(
        (u) => ((u.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
      ),
      [50, 50, 20],
    );
    assert.equal((updates[0]!.body as { status: string }).status, 'completed');
    assert.equal(api.checkRuns[0]!.output.annotations.length, 120);
    assert.equal(new Set(api.checkRuns[0]!.output.annotations.map((a) => a.path)).size, 120);
  });

  it('creates the check completed when start() failed or did not run', async () => {
    api.fail('checks/create', { status: 500, times: 1 });
    const reporter = check();
    await reporter.start();
    assert.equal(api.checkRuns.length, 0);
    await reporter.publish(sampleReport(manyFindings(60)));
    assert.equal(api.checkRuns.length, 1);
    assert.equal(api.checkRuns[0]!.status, 'completed');
    assert.equal(api.checkRuns[0]!.output.annotations.length, 60);
    assert.deepEqual(log.warnings, [], 'a failed start that the completion makes good is not a warning');
    assert.match(log.infos.join('\n'), /tried again when the scan ends/);

    const fresh = check();
    await fresh.publish(sampleReport());
    assert.equal(api.checkRuns.length, 2);
    assert.equal(api.checkRuns[1]!.conclusion, 'failure');
  });

  it('403 (no checks: write): one warning naming the permission, findings as workflow annotations (at most 50)', async () => {
    api.fail('checks/create', { status: 403 });
    const sink = new RecordingSink();
    const reporter = check(sink);
    await reporter.start();
    await reporter.publish(sampleReport(manyFindings(80)));
    assert.equal(api.calls('checks/create').length, 1, 'no second call once denied');
    assert.equal(log.warnings.length, 1);
    assert.match(log.warnings[0]!, /Check run: could not create the check run: GitHub refused \(403/);
    assert.match(log.warnings[0]!, /`checks: write`/);
    assert.equal(sink.lines.length, 50);
    assert.deepEqual(sink.lines[0], {
      level: 'error',
      message: 'Explanation 0.\n\nFix: Fix 0.\n\nCompliance: OWASP A03:2021, A05:2025.\n\nConfidence: high.',
      props: {
        title: '[CRITICAL] Issue number 0 (CWE-89)',
        file: 'src/pkg0000/module.py',
        startLine: 1,
        endLine: 2,
      },
    });
    assert.deepEqual(
      [...new Set(sink.lines.map((l) => l.level))],
      ['error', 'warning'],
      'the most severe 50: 20 critical, 20 high, 10 medium',
    );
  });

  it('403 when completing: one warning, workflow annotations; 500 when completing: a bare completion', async () => {
    const sink = new RecordingSink();
    let reporter = check(sink);
    await reporter.start();
    api.fail('checks/update', { status: 403 });
    await reporter.publish(sampleReport());
    assert.equal(log.warnings.length, 1);
    assert.equal(sink.lines.length, 4);

    api.reset();
    log = new RecordingLog();
    reporter = new CheckRunReporter(
      gh,
      { owner: 'octo', repo: 'demo', headSha: HEAD, name: 'n' },
      log,
      new RecordingSink(),
    );
    await reporter.start();
    api.fail('checks/update', { status: 500, times: 3 });
    await reporter.publish(sampleReport());
    assert.equal(api.checkRuns[0]!.status, 'completed', 'a bare completion after the full one failed');
    assert.equal(api.checkRuns[0]!.conclusion, 'failure');
    assert.equal(log.warnings.length, 1);
  });

  it('a check started before a crash is completed as failed', async () => {
    await failStartedCheckRuns('checks left open by the tests above');
    api.reset();
    const reporter = check();
    await reporter.start();
    await failStartedCheckRuns('planFiles exploded: <img src=x onerror=alert(1)>');
    const run = api.checkRuns[0]!;
    assert.equal(run.status, 'completed');
    assert.equal(run.conclusion, 'failure');
    assert.match(run.output.summary!, /&lt;img src\\=x onerror\\=alert\\\(1\\\)&gt;/);
    // Once completed, it is not touched again.
    await failStartedCheckRuns('again');
    assert.equal(api.calls('checks/update').length, 1);
  });

  it('keeps escaped, bounded text in the check output and annotations', async () => {
    const hostile = finding({
      title: `<script>alert(1)</script> @org/team ${'t'.repeat(1000)}`,
      explanation: `[x](javascript:alert(1)) \u202egnp.exe ${'e'.repeat(100_000)}`,
    });
    const reporter = check();
    await reporter.publish(sampleReport([hostile]));
    const run = api.checkRuns[0]!;
    assert.ok(!run.output.text!.includes('<script>'));
    assert.ok(!run.output.text!.includes('\u202e'));
    assert.ok(!/@[a-z]/.test(run.output.text!));
    const a = run.output.annotations[0]!;
    assert.ok(a.title!.length <= 255);
    assert.ok(a.message.length <= 4000);
    assert.ok(!a.message.includes('\u202e'));
  });
});

describe('which GitHub reporters run', () => {
  const pr = (fork: boolean) => ({ number: 7, baseSha: 'b', baseRef: 'main', headSha: HEAD, fork });
  const ctx = (over = {}) =>
    context({
      ci: 'github-actions',
      event: 'pull_request',
      repository: { owner: 'octo', repo: 'demo' },
      sha: HEAD,
      pullRequest: pr(false),
      ...over,
    });
  const config = (inputs = {}) => configFor('/tmp', { 'github-token': 'ghs_x', ...inputs });
  const names = (rs: { name: string }[]) => rs.map((r) => r.name);
  const sink = new RecordingSink();

  it('a pull request gets the comment and the check', () => {
    assert.deepEqual(names(githubReporters(config(), ctx(), log, sink, () => gh)), [
      'PR comment',
      'Check run',
    ]);
  });
  it('a push gets the check only; the inputs turn each off', () => {
    assert.deepEqual(
      names(githubReporters(config(), ctx({ event: 'push', pullRequest: undefined }), log, sink, () => gh)),
      ['Check run'],
    );
    assert.deepEqual(names(githubReporters(config({ 'check-run': 'false' }), ctx(), log, sink, () => gh)), [
      'PR comment',
    ]);
    assert.deepEqual(
      names(
        githubReporters(config({ 'pr-comment': 'false', 'check-run': 'false' }), ctx(), log, sink, () => gh),
      ),
      [],
    );
  });
  it('a fork’s pull request (read-only token) gets workflow annotations only, and no API call', () => {
    const rs = githubReporters(config(), ctx({ pullRequest: pr(true) }), log, sink, () =>
      assert.fail('no client'),
    );
    assert.deepEqual(names(rs), ['Workflow annotations']);
    assert.ok(rs[0] instanceof WorkflowAnnotationsReporter);
    assert.match(log.infos.join('\n'), /from a fork/);
  });
  it('pull_request_target from a fork has a write token: comment and check', () => {
    assert.deepEqual(
      names(
        githubReporters(
          config(),
          ctx({ event: 'pull_request_target', pullRequest: pr(true) }),
          log,
          sink,
          () => gh,
        ),
      ),
      ['PR comment', 'Check run'],
    );
  });
});

describe('the GitHub API stand-in', () => {
  it('answers with GitHub’s shapes and lists a pull request’s files across pages', async () => {
    api.pullFiles.set(7, [
      ...Array.from({ length: 130 }, (_, i) => ({ filename: `src/f${i}.py`, status: 'modified' })),
      { filename: 'gone.py', status: 'removed' },
      { filename: 'new name.py', status: 'renamed', previous_filename: 'old.py' },
    ]);
    const files = await pullRequestFiles(gh, 'octo', 'demo')(7);
    assert.equal(files.length, 132);
    assert.deepEqual(files.at(-2), { path: 'gone.py', status: 'deleted' });
    assert.deepEqual(files.at(-1), { path: 'new name.py', status: 'renamed', previousPath: 'old.py' });
    assert.equal(api.calls('pulls/list-files').length, 2);
  });

  it('flags a request that GitHub’s description does not allow', async () => {
    await gh
      .request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'octo',
        repo: 'demo',
        name: 'x',
        head_sha: HEAD,
        colour: 'red',
      })
      .catch(() => undefined);
    await gh
      .request('GET /repos/{owner}/{repo}/check-runs/{id}', { owner: 'octo', repo: 'demo', id: 1 })
      .catch(() => undefined);
    assert.equal(api.violations.length, 2);
    assert.match(api.violations[0]!, /request body: \(root\) must NOT have additional properties \(colour\)/);
    assert.match(api.violations[1]!, /not an operation the action is known to call/);
    api.violations.length = 0;
  });

  it('short ids carry the path hash', () => {
    const f = sampleReport().findings[0]!;
    assert.match(shortId(f), /^[0-9a-f]{12}$/);
  });
});
