/**
 * src/cache/open-cache.ts: which backends a run tries (candidates) and which objects it reads and writes
 * (scopeFor), from contexts read the way the action and the CLI read them (readGitHubContext over a real
 * event payload file, readCliContext over a CI's variables): the cache-backend input and the trust rule.
 */
import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidates, openCache, type StoreBuilders } from '../../src/cache/open-cache.js';
import { scopeFor } from '../../src/cache/cache-scope.js';
import { StoreUnavailableError, type CacheStore } from '../../src/cache/cache-store.js';
import { NullStore } from '../../src/cache/null-store.js';
import type { CacheScope } from '../../src/cache/cache-session.js';
import { readCliContext, readGitHubContext, type RunContext } from '../../src/context.js';
import { configFor, context, MemoryStore, RecordingLog, tempDir } from './fakes.js';

const { dir, cleanup } = tempDir('ai-scanner-factory-');
afterAll(cleanup);

const REPOSITORY = { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' };
let events = 0;

/** The runner's context for an event: GITHUB_* variables and the payload written to GITHUB_EVENT_PATH. */
function github(event: string, payload: object, ref = 'refs/heads/main', extra: NodeJS.ProcessEnv = {}) {
  const path = join(dir, `event-${++events}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readGitHubContext({
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_REF: ref,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '99',
    ...extra,
  });
}

const pr = (number: number, headRepo: string) => ({
  action: 'synchronize',
  number,
  pull_request: {
    number,
    head: {
      sha: 'b'.repeat(40),
      ref: 'feature',
      repo: { full_name: headRepo, fork: headRepo !== 'octo/demo' },
    },
    base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'octo/demo' } },
  },
  repository: REPOSITORY,
});
const prEnv = { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' };

/** The scope as [read objects, written object] in the object names S3 uses (scan-cache, pr/<n>). */
function objects(scope: CacheScope): [string[], string | undefined] {
  const name = (k: CacheScope['read'][number]) => (k.kind === 'repository' ? 'scan-cache' : `pr/${k.number}`);
  return [scope.read.map(name), scope.write && name(scope.write)];
}

const auto = configFor(dir);
const shared = configFor(dir, { 'cache-scope': 'shared' });

describe('scopeFor: what a run reads and writes (the trust rule)', () => {
  it('a push to the default branch reads and writes the repository object', () => {
    const ctx = github('push', { ref: 'refs/heads/main', before: 'd'.repeat(40), repository: REPOSITORY });
    const scope = scopeFor(auto, ctx);
    assert.deepEqual(objects(scope), [['scan-cache'], 'scan-cache']);
    assert.match(scope.why, /default branch \(main\)/);
  });

  it('a push to another branch reads the repository object and writes nothing', () => {
    const ctx = github(
      'push',
      { ref: 'refs/heads/feature', before: 'd'.repeat(40), repository: REPOSITORY },
      'refs/heads/feature',
    );
    const scope = scopeFor(auto, ctx);
    assert.deepEqual(objects(scope), [['scan-cache'], undefined]);
    assert.match(scope.why, /branch feature is not the default branch/);
  });

  for (const [name, event, head] of [
    ['a same-repository pull_request', 'pull_request', 'octo/demo'],
    ['a fork pull_request', 'pull_request', 'someone/demo'],
    ['a pull_request_target', 'pull_request_target', 'someone/demo'],
  ] as const) {
    it(`${name} reads the repository and PR objects and writes only pr/<n>`, () => {
      const ctx = github(event, pr(12, head), 'refs/pull/12/merge', prEnv);
      assert.equal(ctx.pullRequest?.number, 12);
      const scope = scopeFor(auto, ctx);
      assert.deepEqual(objects(scope), [['scan-cache', 'pr/12'], 'pr/12']);
      assert.match(scope.why, /pull request #12/);
    });
  }

  it('pull_request_target runs on the base branch (GITHUB_REF main) and still writes only pr/<n>', () => {
    // The runner sets GITHUB_REF to the default branch for pull_request_target: that must not make it trusted.
    const ctx = github('pull_request_target', pr(5, 'someone/demo'), 'refs/heads/main');
    assert.deepEqual(objects(scopeFor(auto, ctx)), [['scan-cache', 'pr/5'], 'pr/5']);
  });

  it('workflow_dispatch and schedule on the default branch write the repository object', () => {
    const dispatch = github('workflow_dispatch', { ref: 'refs/heads/main', repository: REPOSITORY });
    assert.deepEqual(objects(scopeFor(auto, dispatch)), [['scan-cache'], 'scan-cache']);
    // A schedule's payload names no repository; it runs on the default branch.
    const schedule = github('schedule', { schedule: '0 3 * * *' });
    assert.deepEqual(objects(scopeFor(auto, schedule)), [['scan-cache'], 'scan-cache']);
  });

  it('workflow_dispatch on another branch writes nothing', () => {
    const ctx = github(
      'workflow_dispatch',
      { ref: 'refs/heads/experiment', repository: REPOSITORY },
      'refs/heads/experiment',
    );
    assert.deepEqual(objects(scopeFor(auto, ctx)), [['scan-cache'], undefined]);
  });

  it('cache-scope: shared makes every run read and write the repository object', () => {
    const runs: RunContext[] = [
      github('push', { ref: 'refs/heads/main', repository: REPOSITORY }),
      github('push', { ref: 'refs/heads/feature', repository: REPOSITORY }, 'refs/heads/feature'),
      github('pull_request', pr(3, 'octo/demo'), 'refs/pull/3/merge', prEnv),
      github('pull_request', pr(4, 'someone/demo'), 'refs/pull/4/merge', prEnv),
      github('pull_request_target', pr(6, 'someone/demo')),
    ];
    for (const ctx of runs) {
      const scope = scopeFor(shared, ctx);
      assert.deepEqual(objects(scope), [['scan-cache'], 'scan-cache'], `${ctx.event} ${ctx.branch}`);
      assert.match(scope.why, /cache-scope: shared/);
    }
  });

  it('the CLI in GitLab CI and Jenkins: default branch writes, merge requests write pr/<n>, other branches nothing', () => {
    const gitlab = (extra: NodeJS.ProcessEnv) =>
      readCliContext({
        CI: 'true',
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'group/project',
        CI_DEFAULT_BRANCH: 'main',
        CI_PIPELINE_SOURCE: 'push',
        ...extra,
      });
    assert.deepEqual(objects(scopeFor(auto, gitlab({ CI_COMMIT_BRANCH: 'main' }))), [
      ['scan-cache'],
      'scan-cache',
    ]);
    assert.deepEqual(objects(scopeFor(auto, gitlab({ CI_COMMIT_BRANCH: 'topic' }))), [
      ['scan-cache'],
      undefined,
    ]);
    assert.deepEqual(
      objects(
        scopeFor(
          auto,
          gitlab({
            CI_MERGE_REQUEST_IID: '8',
            CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'topic',
            CI_COMMIT_BRANCH: '',
          }),
        ),
      ),
      [['scan-cache', 'pr/8'], 'pr/8'],
    );
    const jenkins = (extra: NodeJS.ProcessEnv) =>
      readCliContext({ CI: 'true', JENKINS_URL: 'https://ci/', GIT_URL: 'git@host:team/svc.git', ...extra });
    // Jenkins does not name the default branch: a branch named main is not trusted by its name alone.
    assert.deepEqual(objects(scopeFor(auto, jenkins({ BRANCH_NAME: 'main' }))), [['scan-cache'], undefined]);
    assert.deepEqual(objects(scopeFor(auto, jenkins({ BRANCH_NAME: 'develop' }))), [
      ['scan-cache'],
      undefined,
    ]);
    assert.deepEqual(
      objects(scopeFor(auto, jenkins({ BRANCH_NAME: 'develop', DEFAULT_BRANCH: 'develop' }))),
      [['scan-cache'], 'scan-cache'],
    );
    assert.deepEqual(
      objects(scopeFor(auto, jenkins({ BRANCH_NAME: 'PR-9', CHANGE_ID: '9', CHANGE_TARGET: 'main' }))),
      [['scan-cache', 'pr/9'], 'pr/9'],
    );
  });

  it('a developer machine reads and writes its own cache', () => {
    const scope = scopeFor(auto, readCliContext({}));
    assert.deepEqual(objects(scope), [['scan-cache'], 'scan-cache']);
    assert.match(scope.why, /local run/);
  });
});

class Stub implements CacheStore {
  constructor(readonly backend: CacheStore['backend']) {}
  describe(): string {
    return `${this.backend}://`;
  }
  read() {
    return Promise.resolve({ status: 'missing' } as const);
  }
  write() {
    return Promise.resolve({ status: 'written' } as const);
  }
}

describe('candidates: which backends a run tries, in order (the cache-backend input)', () => {
  const builders: StoreBuilders = { s3: () => new Stub('s3'), actionsCache: () => new Stub('actions-cache') };
  const withBucket = (inputs: Record<string, string> = {}) =>
    configFor(dir, { 's3-bucket': 'b-cache', ...inputs });
  const inGitHub = github('push', { ref: 'refs/heads/main', repository: REPOSITORY });
  const GH_ENV = { GITHUB_ACTIONS: 'true' };
  const inGitLab = readCliContext({ CI: 'true', GITLAB_CI: 'true', CI_PROJECT_PATH: 'g/p' });
  const local = context();
  const order = (config = withBucket(), ctx: RunContext = inGitHub, env: NodeJS.ProcessEnv = GH_ENV) =>
    candidates(config, ctx, builders, env).map((c) => c.store().backend);

  it('auto in GitHub Actions: S3, then the Actions cache, then none', () => {
    assert.deepEqual(order(), ['s3', 'actions-cache', 'none']);
    assert.deepEqual(order(configFor(dir)), ['actions-cache', 'none'], 'no bucket: no S3');
  });

  it('auto in another CI: S3 when a bucket is set, never the Actions cache', () => {
    assert.deepEqual(order(withBucket(), inGitLab, {}), ['s3', 'none']);
    assert.deepEqual(order(configFor(dir), inGitLab, {}), ['none']);
    assert.deepEqual(order(configFor(dir, {}, { S3_CACHE_BUCKET: 'env-bucket' }), inGitLab, {}), [
      's3',
      'none',
    ]);
  });

  it('auto on a developer machine: the local cache file, even with a bucket', () => {
    assert.deepEqual(order(withBucket(), local, {}), ['local']);
    assert.deepEqual(order(configFor(dir), local, {}), ['local']);
  });

  it('an explicit s3 or actions-cache is tried alone, with none as the last resort', () => {
    assert.deepEqual(order(withBucket({ 'cache-backend': 's3' })), ['s3', 'none']);
    assert.deepEqual(order(withBucket({ 'cache-backend': 's3' }), local, {}), ['s3', 'none']);
    assert.deepEqual(order(withBucket({ 'cache-backend': 'actions-cache' })), ['actions-cache', 'none']);
    assert.deepEqual(
      order(withBucket({ 'cache-backend': 'actions-cache' }), inGitLab, {}),
      ['none'],
      'outside GitHub Actions there is no Actions cache',
    );
  });

  it('local is the cache file in and out of CI; none is none', () => {
    assert.deepEqual(order(withBucket({ 'cache-backend': 'local' })), ['local']);
    assert.deepEqual(order(withBucket({ 'cache-backend': 'local' }), local, {}), ['local']);
    const none = candidates(withBucket({ 'cache-backend': 'none' }), inGitHub, builders, GH_ENV);
    assert.deepEqual(
      none.map((c) => [c.store().backend, c.why]),
      [['none', 'cache-backend is none']],
    );
  });

  it('openCache falls back past an unavailable backend and says why', async () => {
    const log = new RecordingLog();
    const actions = new MemoryStore();
    const opened = await openCache(
      withBucket(),
      inGitHub,
      {
        s3: () => {
          throw new StoreUnavailableError('S3 denied reading s3://b-cache/x (403 AccessDenied)');
        },
        actionsCache: () => actions,
      },
      log,
      GH_ENV,
    );
    assert.equal(opened.session.store, actions);
    assert.match(opened.why, /fell back because S3 denied reading/);
    assert.equal(log.warnings.length, 1);

    const nothing = await openCache(
      withBucket({ 'cache-backend': 's3' }),
      inGitHub,
      {
        s3: () => {
          throw new StoreUnavailableError('down');
        },
      },
      log,
      GH_ENV,
    );
    assert.ok(nothing.session.store instanceof NullStore);
    assert.equal(nothing.backend, 'none');
  });
});
