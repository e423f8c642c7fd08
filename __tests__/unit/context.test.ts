import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDefaultBranchRun, readCliContext, readGitHubContext } from '../../src/context.js';
import { context, tempDir } from './fakes.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;
function payload(json: unknown): string {
  const path = join(dir, `event-${++n}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const gh = (
  event: string,
  eventPath: string | undefined,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: event,
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '99',
  GITHUB_SHA: 'c'.repeat(40),
  ...extra,
});

const prPayload = (headRepo: unknown) => ({
  number: 17,
  pull_request: {
    number: 17,
    base: { sha: BASE, ref: 'main' },
    head: { sha: HEAD, ref: 'feat', repo: headRepo },
  },
  repository: { default_branch: 'main' },
});

describe('readGitHubContext', () => {
  it('reads a same-repository pull request', () => {
    const ctx = readGitHubContext(
      gh('pull_request', payload(prPayload({ full_name: 'octo/app', fork: false })), {
        GITHUB_HEAD_REF: 'feat',
        GITHUB_REF: 'refs/pull/17/merge',
      }),
    );
    assert.equal(ctx.ci, 'github-actions');
    assert.equal(ctx.event, 'pull_request');
    assert.deepEqual(ctx.repository, { owner: 'octo', repo: 'app' });
    assert.deepEqual(ctx.pullRequest, {
      number: 17,
      baseSha: BASE,
      baseRef: 'main',
      headSha: HEAD,
      fork: false,
    });
    assert.equal(ctx.sha, HEAD, 'the head commit, not the merge commit');
    assert.equal(ctx.branch, 'feat');
    assert.equal(ctx.defaultBranch, 'main');
    assert.equal(ctx.runUrl, 'https://github.com/octo/app/actions/runs/99');
  });

  it('detects a pull request from a fork', () => {
    const ctx = readGitHubContext(
      gh('pull_request', payload(prPayload({ full_name: 'mallory/app', fork: true }))),
    );
    assert.equal(ctx.pullRequest?.fork, true);
  });

  it('takes a pull request whose head repository is gone as a fork', () => {
    const ctx = readGitHubContext(gh('pull_request', payload(prPayload(null))));
    assert.equal(ctx.pullRequest?.fork, true);
  });

  it('does not take a same-repository pull request as a fork because the repository itself is a fork', () => {
    const ctx = readGitHubContext(
      gh('pull_request', payload(prPayload({ full_name: 'octo/app', fork: true }))),
    );
    assert.equal(ctx.pullRequest?.fork, false);
  });

  it('reads a push with its before commit', () => {
    const ctx = readGitHubContext(
      gh('push', payload({ before: BASE, after: HEAD, repository: { default_branch: 'main' } }), {
        GITHUB_REF: 'refs/heads/main',
      }),
    );
    assert.equal(ctx.event, 'push');
    assert.equal(ctx.before, BASE);
    assert.equal(ctx.branch, 'main');
    assert.equal(ctx.pullRequest, undefined);
    assert.equal(isDefaultBranchRun(ctx), true);
  });

  it('ignores the all-zero before of a new branch', () => {
    const ctx = readGitHubContext(
      gh('push', payload({ before: '0'.repeat(40), repository: { default_branch: 'main' } }), {
        GITHUB_REF: 'refs/heads/new',
      }),
    );
    assert.equal(ctx.before, undefined);
    assert.equal(isDefaultBranchRun(ctx), false);
  });

  it('survives a missing or unreadable event file', () => {
    const missing = readGitHubContext(
      gh('workflow_dispatch', join(dir, 'nope.json'), { GITHUB_REF: 'refs/heads/main' }),
    );
    assert.equal(missing.event, 'workflow_dispatch');
    assert.equal(missing.pullRequest, undefined);
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{');
    assert.equal(readGitHubContext(gh('push', path)).before, undefined);
    assert.equal(readGitHubContext({}).repository, undefined);
  });

  it('takes a tag push as no branch', () => {
    const ctx = readGitHubContext(
      gh('push', payload({ before: BASE, repository: { default_branch: 'main' } }), {
        GITHUB_REF: 'refs/tags/v1',
      }),
    );
    assert.equal(ctx.branch, undefined);
    assert.equal(isDefaultBranchRun(ctx), false);
  });

  it('takes a scheduled run as a default-branch run even when the payload names no repository', () => {
    const ctx = readGitHubContext(
      gh('schedule', payload({ schedule: '0 3 * * *' }), { GITHUB_REF: 'refs/heads/trunk' }),
    );
    assert.equal(ctx.defaultBranch, 'trunk');
    assert.equal(isDefaultBranchRun(ctx), true);
  });

  it('a workflow_dispatch on another branch is not a default-branch run', () => {
    const ctx = readGitHubContext(
      gh('workflow_dispatch', payload({ ref: 'refs/heads/dev', repository: { default_branch: 'main' } }), {
        GITHUB_REF: 'refs/heads/dev',
      }),
    );
    assert.equal(isDefaultBranchRun(ctx), false);
  });
});

describe('readCliContext', () => {
  it('is a local run outside CI', () => {
    const ctx = readCliContext({});
    assert.equal(ctx.ci, 'local');
    assert.equal(ctx.event, 'local');
    assert.equal(isDefaultBranchRun(ctx), true);
  });

  it('is an unknown CI push inside another CI', () => {
    const ctx = readCliContext({ CI: 'true' });
    assert.equal(ctx.ci, 'ci');
    assert.equal(ctx.event, 'push');
  });

  it('defers to the GitHub context inside GitHub Actions', () => {
    assert.equal(readCliContext(gh('push', payload({ before: BASE }))).ci, 'github-actions');
  });

  const gitlab = {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_PATH: 'group/sub/app',
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_SHA: HEAD,
    CI_PIPELINE_ID: '5',
    CI_PIPELINE_URL: 'https://gitlab.example/group/sub/app/-/pipelines/5',
  };

  it('reads a GitLab merge request', () => {
    const ctx = readCliContext({
      ...gitlab,
      CI_MERGE_REQUEST_IID: '42',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: BASE,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feat',
      CI_MERGE_REQUEST_PROJECT_ID: '1',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '2',
    });
    assert.equal(ctx.ci, 'gitlab-ci');
    assert.equal(ctx.event, 'pull_request');
    assert.deepEqual(ctx.repository, { owner: 'group', repo: 'sub/app' });
    assert.deepEqual(ctx.pullRequest, {
      number: 42,
      baseSha: BASE,
      baseRef: 'main',
      headSha: HEAD,
      fork: true,
    });
    assert.equal(ctx.branch, 'feat');
    assert.equal(ctx.runUrl, gitlab.CI_PIPELINE_URL);
    assert.equal(isDefaultBranchRun(ctx), false);
  });

  it('reads a GitLab push to the default branch, and a same-project merge request is no fork', () => {
    const push = readCliContext({ ...gitlab, CI_COMMIT_BRANCH: 'main', CI_COMMIT_BEFORE_SHA: BASE });
    assert.equal(push.event, 'push');
    assert.equal(push.before, BASE);
    assert.equal(isDefaultBranchRun(push), true);
    const zero = readCliContext({
      ...gitlab,
      CI_COMMIT_BRANCH: 'feature',
      CI_COMMIT_BEFORE_SHA: '0'.repeat(40),
    });
    assert.equal(zero.before, undefined);
    assert.equal(isDefaultBranchRun(zero), false);
    const schedule = readCliContext({ ...gitlab, CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' });
    assert.equal(schedule.event, 'schedule');
    const sameProject = readCliContext({
      ...gitlab,
      CI_MERGE_REQUEST_IID: '1',
      CI_MERGE_REQUEST_PROJECT_ID: '7',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '7',
    });
    assert.equal(sameProject.pullRequest?.fork, false);
  });

  const jenkins = {
    CI: 'true',
    JENKINS_URL: 'https://ci.example/',
    GIT_URL: 'git@github.com:octo/app.git',
    GIT_COMMIT: HEAD,
    BUILD_NUMBER: '12',
    BUILD_URL: 'https://ci.example/job/app/12/',
  };

  it('reads a Jenkins branch build', () => {
    const ctx = readCliContext({
      ...jenkins,
      GIT_BRANCH: 'origin/main',
      GIT_PREVIOUS_SUCCESSFUL_COMMIT: BASE,
    });
    assert.equal(ctx.ci, 'jenkins');
    assert.equal(ctx.event, 'push');
    assert.deepEqual(ctx.repository, { owner: 'octo', repo: 'app' });
    assert.equal(ctx.branch, 'main');
    assert.equal(ctx.before, BASE);
    assert.equal(ctx.runId, '12');
    assert.equal(isDefaultBranchRun(ctx), true, 'main is taken as the default branch');
    assert.equal(isDefaultBranchRun(readCliContext({ ...jenkins, BRANCH_NAME: 'develop' })), false);
    assert.equal(
      isDefaultBranchRun(readCliContext({ ...jenkins, BRANCH_NAME: 'develop', DEFAULT_BRANCH: 'develop' })),
      true,
    );
    assert.equal(
      isDefaultBranchRun(readCliContext({ ...jenkins, BRANCH_NAME: 'main', DEFAULT_BRANCH: 'develop' })),
      false,
    );
  });

  it('reads a Jenkins change request', () => {
    const ctx = readCliContext({
      ...jenkins,
      GIT_URL: 'https://github.com/octo/app',
      CHANGE_ID: '8',
      CHANGE_TARGET: 'main',
      BRANCH_NAME: 'PR-8',
      CHANGE_FORK: 'mallory',
    });
    assert.equal(ctx.event, 'pull_request');
    assert.deepEqual(ctx.repository, { owner: 'octo', repo: 'app' });
    assert.deepEqual(ctx.pullRequest, {
      number: 8,
      baseSha: undefined,
      baseRef: 'main',
      headSha: HEAD,
      fork: true,
    });
    assert.equal(isDefaultBranchRun(ctx), false);
    assert.equal(readCliContext({ ...jenkins, CHANGE_ID: '9' }).pullRequest?.fork, false);
  });
});

describe('isDefaultBranchRun', () => {
  it('is never true for a pull request', () => {
    assert.equal(isDefaultBranchRun(context({ ci: 'local', event: 'pull_request' })), false);
    assert.equal(
      isDefaultBranchRun(
        context({
          ci: 'github-actions',
          event: 'pull_request_target',
          branch: 'main',
          defaultBranch: 'main',
        }),
      ),
      false,
    );
    assert.equal(
      isDefaultBranchRun(
        context({
          ci: 'local',
          pullRequest: { number: 1, baseSha: undefined, baseRef: undefined, headSha: undefined, fork: false },
        }),
      ),
      false,
    );
  });

  it('needs the branch to be the default branch in a known CI', () => {
    assert.equal(
      isDefaultBranchRun(
        context({ ci: 'github-actions', event: 'push', branch: 'main', defaultBranch: 'main' }),
      ),
      true,
    );
    assert.equal(
      isDefaultBranchRun(
        context({ ci: 'github-actions', event: 'push', branch: 'dev', defaultBranch: 'main' }),
      ),
      false,
    );
    assert.equal(
      isDefaultBranchRun(
        context({ ci: 'github-actions', event: 'push', branch: undefined, defaultBranch: 'main' }),
      ),
      false,
    );
    assert.equal(
      isDefaultBranchRun(
        context({ ci: 'gitlab-ci', event: 'push', branch: 'main', defaultBranch: undefined }),
      ),
      false,
    );
  });

  it('trusts a CI that names no branch (the user runs the command themselves)', () => {
    assert.equal(isDefaultBranchRun(context({ ci: 'ci', event: 'push' })), true);
    assert.equal(
      isDefaultBranchRun(context({ ci: 'ci', event: 'push', branch: 'x', defaultBranch: 'main' })),
      false,
    );
  });
});
