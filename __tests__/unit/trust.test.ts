/**
 * Who may write the repository's cache (events x branches x CIs, failing closed), how GitLab and Jenkins name
 * it, which commit a push compares with, which base-ref values are refused, and when a local cache file is
 * never read. Contexts are read the way the action and the CLI read them (real payload files, CI variables).
 */
import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScan, type Deps } from '../../src/app.js';
import { CacheSession } from '../../src/cache/cache-session.js';
import { scopeFor } from '../../src/cache/cache-scope.js';
import { localCacheRefusal } from '../../src/cache/local-cache-guard.js';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import { StoreUnavailableError } from '../../src/cache/cache-store.js';
import { emptyDocument, mergeDocuments, parseDocument, serialize } from '../../src/cache/cache-document.js';
import { refProblem } from '../../src/config/config.js';
import type { InputName } from '../../src/config/inputs.js';
import { ModelError } from '../../src/scanner/model-client.js';
import {
  gitUrlPath,
  readCliContext,
  readGitHubContext,
  repositoryPath,
  writeTrust,
  type RunContext,
} from '../../src/context.js';
import { planFiles, type SelectionOptions } from '../../src/git/select-files.js';
import { FileReader } from '../../src/git/file-reader/file-reader.js';
import { configFor, context, FakeModel, RecordingLog, tempDir, TestRepo, usageFor } from './fakes.js';

const { dir, cleanup } = tempDir('ai-scanner-trust-');
afterAll(cleanup);
let events = 0;
const REPOSITORY = { full_name: 'octo/demo', default_branch: 'main' };

function github(event: string, payload: object, ref = 'refs/heads/main'): RunContext {
  const path = join(dir, `event-${++events}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readGitHubContext({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_REF: ref,
    GITHUB_SHA: 'a'.repeat(40),
  });
}
const writes = (ctx: RunContext) => scopeFor(configFor(dir), ctx).write?.kind;

describe('the trust matrix: who writes the repository object', () => {
  const githubEvents: [string, object, string, string | undefined][] = [
    ['push', { repository: REPOSITORY }, 'refs/heads/main', 'repository'],
    ['schedule', {}, 'refs/heads/main', 'repository'],
    ['workflow_dispatch', { repository: REPOSITORY }, 'refs/heads/main', 'repository'],
    ['push', { repository: REPOSITORY }, 'refs/heads/feature', undefined],
    ['push', { repository: REPOSITORY }, 'refs/tags/v1.0.0', undefined],
    ['workflow_dispatch', { repository: REPOSITORY }, 'refs/heads/feature', undefined],
    [
      'workflow_run',
      { repository: REPOSITORY, workflow_run: { head_branch: 'x' } },
      'refs/heads/main',
      undefined,
    ],
    [
      'issue_comment',
      { repository: REPOSITORY, issue: { number: 3, pull_request: {} } },
      'refs/heads/main',
      undefined,
    ],
    ['merge_group', { repository: REPOSITORY }, 'refs/heads/gh-readonly-queue/main/pr-1', undefined],
    ['merge_group', { repository: REPOSITORY }, 'refs/heads/main', undefined],
    ['repository_dispatch', { repository: REPOSITORY }, 'refs/heads/main', undefined],
    ['release', { repository: REPOSITORY }, 'refs/heads/main', undefined],
    ['some_future_event', { repository: REPOSITORY }, 'refs/heads/main', undefined],
  ];
  for (const [event, payload, ref, expected] of githubEvents)
    it(`GitHub ${event} on ${ref}: ${expected ?? 'reads only'}`, () => {
      assert.equal(writes(github(event, payload, ref)), expected);
    });

  it('GitHub pull_request and pull_request_target write only their own object', () => {
    const pr = {
      number: 9,
      pull_request: { number: 9, base: { sha: 'b'.repeat(40) }, head: {} },
      repository: REPOSITORY,
    };
    assert.equal(writes(github('pull_request', pr, 'refs/pull/9/merge')), 'pull-request');
    assert.equal(writes(github('pull_request_target', pr, 'refs/heads/main')), 'pull-request');
  });

  const gitlab = (extra: NodeJS.ProcessEnv) =>
    readCliContext({
      CI: 'true',
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'g/p',
      CI_DEFAULT_BRANCH: 'main',
      ...extra,
    });
  const gitlabCases: [NodeJS.ProcessEnv, string | undefined][] = [
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' }, 'repository'],
    [{ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main' }, 'repository'],
    [{ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'main' }, 'repository'],
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'topic' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'trigger', CI_COMMIT_BRANCH: 'main' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'api', CI_COMMIT_BRANCH: 'main' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'pipeline', CI_COMMIT_BRANCH: 'main' }, undefined],
    [{ CI_COMMIT_BRANCH: 'main' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: '' }, undefined],
    [{ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '4' }, 'pull-request'],
    [
      {
        CI_PIPELINE_SOURCE: 'external_pull_request_event',
        CI_EXTERNAL_PULL_REQUEST_IID: '5',
        CI_COMMIT_BRANCH: 'main',
      },
      'pull-request',
    ],
  ];
  for (const [env, expected] of gitlabCases)
    it(`GitLab ${JSON.stringify(env)}: ${expected ?? 'reads only'}`, () => {
      assert.equal(writes(gitlab(env)), expected);
    });

  const jenkins = (extra: NodeJS.ProcessEnv) =>
    readCliContext({ CI: 'true', JENKINS_URL: 'https://ci/', GIT_URL: 'https://git/t/s.git', ...extra });
  const jenkinsCases: [NodeJS.ProcessEnv, string | undefined][] = [
    [{ BRANCH_NAME: 'master' }, undefined],
    [{ BRANCH_NAME: 'main' }, undefined],
    [{ GIT_BRANCH: 'origin/main' }, undefined],
    [{ BRANCH_NAME: 'main', DEFAULT_BRANCH: 'main' }, 'repository'],
    [{ GIT_BRANCH: 'origin/trunk', DEFAULT_BRANCH: 'trunk' }, 'repository'],
    [{ BRANCH_NAME: 'master', DEFAULT_BRANCH: 'main' }, undefined],
    [{ BRANCH_NAME: 'PR-3', CHANGE_ID: '3', DEFAULT_BRANCH: 'PR-3' }, 'pull-request'],
    [{ DEFAULT_BRANCH: 'main' }, undefined],
  ];
  for (const [env, expected] of jenkinsCases)
    it(`Jenkins ${JSON.stringify(env)}: ${expected ?? 'reads only'}`, () => {
      assert.equal(writes(jenkins(env)), expected);
    });

  it('a CI it cannot identify reads only, whatever it names; a developer machine writes its own cache', () => {
    const unknown = readCliContext({ CI: 'true', GITHUB_REPOSITORY: 'o/r', BRANCH: 'main' });
    assert.equal(writes(unknown), undefined);
    assert.match(writeTrust(unknown).why, /cannot identify/);
    assert.equal(writes(readCliContext({})), 'repository');
    assert.equal(writeTrust(context({ ci: 'local', event: 'pull_request' })).trusted, false);
  });

  it('cache-scope: shared writes the repository object from any run', () => {
    const shared = configFor(dir, { 'cache-scope': 'shared' });
    assert.equal(
      scopeFor(shared, github('workflow_run', { repository: REPOSITORY })).write?.kind,
      'repository',
    );
    assert.equal(scopeFor(shared, readCliContext({ CI: 'true' })).write?.kind, 'repository');
  });
});

describe('cache names from the whole repository path', () => {
  it('reads the path of every remote URL form', () => {
    assert.equal(gitUrlPath('https://git.example.com/teamA/libs/utils.git'), 'teamA/libs/utils');
    assert.equal(gitUrlPath('https://user:tok@git.example.com/teamA/libs/utils/'), 'teamA/libs/utils');
    assert.equal(gitUrlPath('ssh://git@git.example.com:2222/teamB/libs/utils.git'), 'teamB/libs/utils');
    assert.equal(gitUrlPath('git@git.example.com:teamB/libs/utils.git'), 'teamB/libs/utils');
    assert.equal(gitUrlPath('not a url'), '');
  });

  it('keeps every segment, and refuses paths that are not plain folder names', () => {
    assert.deepEqual(repositoryPath('teamA/libs/utils'), { owner: 'teamA', repo: 'libs/utils' });
    assert.equal(repositoryPath('utils'), undefined);
    assert.equal(repositoryPath('a/../b'), undefined);
    assert.equal(repositoryPath('a//b'), undefined);
    assert.equal(repositoryPath('a/b c'), undefined);
  });

  it('Jenkins and GitLab projects of the same name in different groups get different objects', () => {
    const jenkins = (url: string) =>
      readCliContext({ CI: 'true', JENKINS_URL: 'https://ci/', GIT_URL: url }).repository;
    assert.deepEqual(jenkins('https://h/teamA/libs/utils.git'), { owner: 'teamA', repo: 'libs/utils' });
    assert.deepEqual(jenkins('git@h:teamB/libs/utils.git'), { owner: 'teamB', repo: 'libs/utils' });
    const gitlab = (path: string) =>
      readCliContext({ CI: 'true', GITLAB_CI: 'true', CI_PROJECT_PATH: path }).repository;
    assert.deepEqual(gitlab('teamA/sub/libs/utils'), { owner: 'teamA', repo: 'sub/libs/utils' });
    assert.notDeepEqual(gitlab('teamA/libs/utils'), gitlab('teamB/libs/utils'));
  });
});

describe('base-ref validation', () => {
  const refused = [
    'origin/--stdin',
    'refs/heads/-x',
    'refs/remotes/upstream/--upload-pack=x',
    '--upload-pack=touch',
    '-',
    'main..feature',
    'a b',
    'a//b',
    'x.lock',
    '.hidden',
    'a@{1}',
    '@',
    'a:b',
    'a*',
    'a\\b',
    'trailing.',
    'trailing/',
  ];
  for (const value of refused)
    it(`refuses ${JSON.stringify(value)}`, () => assert.ok(refProblem(value), value));
  const accepted = [
    'origin/main',
    'refs/heads/main',
    'refs/remotes/origin/release/1.2',
    'v1.2.0',
    'HEAD~1',
    'main^',
    'feature/x-y',
    'a'.repeat(40),
    'abc1234',
  ];
  for (const value of accepted)
    it(`accepts ${JSON.stringify(value)}`, () => assert.equal(refProblem(value), undefined));

  it('the error names the input, the value and how to fix it', () => {
    assert.throws(
      () => configFor(dir, { 'base-ref': 'origin/--stdin' }),
      /Input 'base-ref' has an invalid value "origin\/--stdin": the part "--stdin" starts with "-".*such as origin\/main/,
    );
  });
});

describe('a push compares with the last commit scanned completely', () => {
  const opts = (workspace: string): SelectionOptions => ({
    workspace,
    scanMode: 'auto',
    baseRef: undefined,
    include: [],
    exclude: [],
    maxFileSizeKb: 256,
  });
  const push = (before: string | undefined) =>
    context({ ci: 'github-actions', event: 'push', branch: 'main', defaultBranch: 'main', before });

  it('uses the record when it is an ancestor of before, else before; no before is a full scan', async () => {
    const repo = new TestRepo(join(dir, 'history'));
    const a = repo.write({ 'a.py': 'A\n' }).commit('A');
    const b = repo.write({ 'b.py': 'B\n' }).commit('B');
    repo.write({ 'c.py': 'C\n' }).commit('C');
    const log: string[] = [];
    const gap = await planFiles(opts(repo.dir), push(b), (m) => log.push(m), undefined, a);
    assert.equal(gap.base, a);
    assert.deepEqual(gap.paths?.sort(), ['b.py', 'c.py']);
    assert.match(log.join('\n'), /last commit the cache records as scanned completely/);

    const usual = await planFiles(opts(repo.dir), push(b), () => undefined, undefined, b);
    assert.deepEqual([usual.base, usual.paths], [b, ['c.py']]);
    // A record later than before (a re-run of an earlier push) never narrows the push's own diff.
    const head = repo.head();
    const rerun = await planFiles(opts(repo.dir), push(b), () => undefined, undefined, head);
    assert.deepEqual([rerun.base, rerun.paths], [b, ['c.py']]);
    const none = await planFiles(opts(repo.dir), push(undefined), () => undefined, undefined, a);
    assert.equal(none.mode, 'full');
    // Not an ancestor (history rewritten), or not a commit of this clone: before.
    repo.git('checkout', '-q', '--orphan', 'other');
    const orphan = repo.write({ 'o.py': 'O\n' }).commit('orphan');
    repo.git('checkout', '-q', 'main');
    const lost: string[] = [];
    const rewritten = await planFiles(opts(repo.dir), push(b), (m) => lost.push(m), undefined, orphan);
    assert.equal(rewritten.base, b);
    assert.match(lost.join('\n'), /not an ancestor/);
    const missing = await planFiles(opts(repo.dir), push(b), () => undefined, undefined, 'f'.repeat(40));
    assert.equal(missing.base, b);
  });

  it('the record is optional: documents without it read as before, and merging keeps the first one', () => {
    const old = emptyDocument(new Date('2026-01-01T00:00:00Z'));
    const parsed = parseDocument(serialize(old));
    assert.ok(parsed.ok);
    assert.equal(parsed.ok && parsed.doc.lastCompleteScan, undefined);
    const record = { commit: 'a'.repeat(40), branch: 'main', at: '2026-01-02T00:00:00.000Z' };
    const withRecord = parseDocument(serialize({ ...old, lastCompleteScan: record }));
    assert.deepEqual(withRecord.ok && withRecord.doc.lastCompleteScan, record);
    const bad = parseDocument(serialize({ ...old, lastCompleteScan: { ...record, commit: '--stdin' } }));
    assert.equal(bad.ok, false);
    const other = { ...record, commit: 'b'.repeat(40) };
    assert.equal(
      mergeDocuments({ ...old, lastCompleteScan: record }, { ...old, lastCompleteScan: other })
        .lastCompleteScan,
      record,
    );
    assert.equal(mergeDocuments(old, { ...old, lastCompleteScan: other }).lastCompleteScan, other);
  });
});

describe('a local cache file that git tracks, or that the pull request changed, is never read', () => {
  const doc = `${serialize(emptyDocument())}\n`;

  it('refuses a tracked file, reads an untracked one, and a missing one costs no git call', async () => {
    const repo = new TestRepo(join(dir, 'tracked'));
    repo.write({ 'a.py': 'A\n' }).commit('A');
    const path = join(repo.dir, '.file_hash_cache.json');
    assert.equal(await localCacheRefusal(repo.dir, path, context()), undefined);
    writeFileSync(path, doc);
    assert.equal(await localCacheRefusal(repo.dir, path, context()), undefined);
    const store = new LocalFileStore(path, { refuse: () => localCacheRefusal(repo.dir, path, context()) });
    assert.equal((await store.read()).status, 'found');
    repo.commit('commit the cache');
    const refused = await localCacheRefusal(repo.dir, path, context());
    assert.match(
      refused ?? '',
      /\.file_hash_cache\.json is tracked by git.*git rm --cached \.file_hash_cache\.json/,
    );
    const guarded = new LocalFileStore(path, { refuse: () => localCacheRefusal(repo.dir, path, context()) });
    await assert.rejects(guarded.read(), StoreUnavailableError);
  });

  it('refuses a cache file the pull request changed, even once untracked again', async () => {
    const repo = new TestRepo(join(dir, 'changed'));
    const base = repo.write({ 'a.py': 'A\n', 'sub/c.json': doc }).commit('base with a cache');
    repo.git('rm', '-q', '--cached', 'sub/c.json');
    repo.git('commit', '-q', '-m', 'untrack it');
    assert.equal(repo.git('ls-files', 'sub'), '');
    const path = join(repo.dir, 'sub/c.json');
    const pr = context({
      ci: 'github-actions',
      event: 'pull_request',
      pullRequest: { number: 1, baseSha: base, baseRef: 'main', headSha: undefined, fork: true },
    });
    assert.match((await localCacheRefusal(repo.dir, path, pr)) ?? '', /changed by this pull request/);
    assert.equal(await localCacheRefusal(repo.dir, path, context()), undefined);
  });

  it('outside a git repository the file is read', async () => {
    const plain = join(dir, 'plain');
    mkdirSync(plain, { recursive: true });
    writeFileSync(join(plain, 'c.json'), doc);
    assert.equal(await localCacheRefusal(plain, join(plain, 'c.json'), context()), undefined);
  });
});

describe('only a complete scan of the default branch moves the record', () => {
  const REPO_KEY = { kind: 'repository' } as const;
  const SCOPE = { read: [REPO_KEY], write: REPO_KEY, why: 'test' };

  /** A model that reviews every file, or fails every call whose files hold BOOM. */
  const model = () =>
    new FakeModel((files) => {
      if (files.some((f) => f.content.includes('BOOM'))) throw new ModelError('the model is down', 'request');
      return { answer: { findings: [] }, usage: usageFor(files), stopReason: 'tool_use' };
    });

  async function run(repo: TestRepo, ctx: RunContext, inputs: Partial<Record<InputName, string>> = {}) {
    const config = configFor(repo.dir, {
      'model-id': 'test-model',
      pricing: '{"test-model": {"input": 3, "output": 15}}',
      ...inputs,
    });
    const store = new LocalFileStore(join(repo.dir, '..', 'cache.json'));
    const deps: Deps = {
      log: new RecordingLog(),
      version: '1.0.0',
      now: () => new Date(),
      openCache: async () => ({
        session: await CacheSession.open(store, SCOPE),
        backend: 'local',
        why: 'test',
      }),
      model: model(),
      reporters: [],
    };
    await runScan(deps, config, ctx);
    const read = await store.read();
    assert.equal(read.status, 'found');
    return read.status === 'found' ? read.doc.lastCompleteScan?.commit : undefined;
  }
  const push = (before?: string) =>
    context({ ci: 'github-actions', event: 'push', branch: 'main', defaultBranch: 'main', before });

  it('records HEAD after a complete push, keeps it after an incomplete one, and never for other runs', async () => {
    const repo = new TestRepo(join(dir, 'record', 'ws'));
    const a = repo.write({ 'a.py': 'A = 1\n' }).commit('A');
    assert.equal(await run(repo, push()), a, 'a complete full scan records HEAD');
    const b = repo.write({ 'b.py': 'B = "BOOM"\n' }).commit('B');
    assert.equal(await run(repo, push(a)), a, 'a run that left a file unscanned keeps the record');
    const c = repo.write({ 'b.py': 'B = 2\n' }).commit('C');
    assert.equal(await run(repo, push(b)), c, "the next push reviews B's change (from A) and records C");
    repo.write({ 'd.py': 'D = 1\n' }).commit('D');
    assert.equal(await run(repo, push(c), { 'base-ref': 'HEAD~1' }), c, 'a chosen base-ref is no proof');
    const branch = context({
      ci: 'github-actions',
      event: 'push',
      branch: 'x',
      defaultBranch: 'main',
      before: c,
    });
    assert.equal(await run(repo, branch), c, 'another branch never records');
    assert.equal(await run(repo, push(c), { 'dry-run': 'true' }), c, 'a dry run never records');
  });
});

describe('only a push with a before waits for the record before choosing its files', () => {
  /** The order in which a run opened the cache and asked for its files to be read. */
  async function order(ctx: RunContext): Promise<string[]> {
    const repo = new TestRepo(join(dir, `order-${++events}`, 'ws'));
    repo.write({ 'a.py': 'A = 1\n' }).commit('A');
    const seen: string[] = [];
    class Reader extends FileReader {
      override inspect(...args: Parameters<FileReader['inspect']>) {
        seen.push('inspect');
        return super.inspect(...args);
      }
    }
    const store = new LocalFileStore(join(repo.dir, '..', 'cache.json'));
    const scope = {
      read: [{ kind: 'repository' as const }],
      write: { kind: 'repository' as const },
      why: 'test',
    };
    const deps: Deps = {
      log: new RecordingLog(),
      version: '1.0.0',
      now: () => new Date(),
      openCache: async () => {
        seen.push('open');
        return { session: await CacheSession.open(store, scope), backend: 'local', why: 'test' };
      },
      model: new FakeModel(() => ({ answer: { findings: [] }, usage: usageFor([]), stopReason: 'tool_use' })),
      reporters: [],
      fileReader: new Reader(),
    };
    const config = configFor(repo.dir, {
      'model-id': 'test-model',
      pricing: '{"test-model": {"input": 3, "output": 15}}',
    });
    await runScan(deps, config, ctx);
    return seen;
  }
  const push = (before?: string) =>
    context({ ci: 'github-actions', event: 'push', branch: 'main', defaultBranch: 'main', before });

  it('a push without one scans everything, so its files are read while the cache loads', async () => {
    assert.deepEqual(await order(push()), ['inspect', 'open']);
    assert.deepEqual(await order(push('b'.repeat(40))), ['open', 'inspect']);
  });
});
