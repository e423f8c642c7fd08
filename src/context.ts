import { readFileSync } from 'node:fs';

/** Where and why this run happens: the event, the repository, the pull request, the commits to compare. */
export interface RunContext {
  ci: 'github-actions' | 'gitlab-ci' | 'jenkins' | 'ci' | 'local';
  event: string;
  repository: { owner: string; repo: string } | undefined;
  serverUrl: string;
  defaultBranch: string | undefined;
  branch: string | undefined;
  sha: string | undefined;
  before: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  runId: string | undefined;
  runUrl: string | undefined;
}

interface PullRequestInfo {
  number: number;
  baseSha: string | undefined;
  baseRef: string | undefined;
  headSha: string | undefined;
  fork: boolean;
}

const ZERO_SHA = /^0+$/;

/** The parts of GitHub's event payloads we read. */
interface EventPayload {
  before?: string;
  number?: number;
  repository?: { default_branch?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string; ref?: string };
    head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null };
  };
}

/** Reads the GitHub Actions context from the runner's environment and the event payload. */
export function readGitHubContext(env: NodeJS.ProcessEnv): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const event = env.GITHUB_EVENT_NAME ?? 'unknown';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = owner && repo ? { owner, repo } : undefined;
  const before =
    typeof payload.before === 'string' && !ZERO_SHA.test(payload.before) ? payload.before : undefined;
  const branch =
    env.GITHUB_HEAD_REF || (env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice(11) : undefined);
  return {
    ci: 'github-actions',
    event,
    repository,
    serverUrl,
    // A schedule runs on the default branch, and its payload may name no repository.
    defaultBranch: payload.repository?.default_branch ?? (event === 'schedule' ? branch : undefined),
    branch,
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    before,
    pullRequest: pr
      ? {
          number: Number(pr.number ?? payload.number),
          baseSha: pr.base?.sha,
          baseRef: pr.base?.ref,
          headSha: pr.head?.sha,
          // From another repository, or from one since deleted (head.repo null). A repository that is itself
          // a fork has head.repo.fork set on its own branches too, so that flag does not tell.
          fork: pr.head?.repo?.full_name !== env.GITHUB_REPOSITORY,
        }
      : undefined,
    runId: env.GITHUB_RUN_ID,
    runUrl:
      repository && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
}

/** The CLI's context: GitLab CI and Jenkins name their branches and merge requests in their own variables. */
export function readCliContext(env: NodeJS.ProcessEnv): RunContext {
  if (env.GITHUB_ACTIONS === 'true') return readGitHubContext(env);
  // Any CI may name the repository as GitHub does (owner/repo); GitLab and Jenkins are read below.
  const [owner, repo, ...more] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const base: RunContext = {
    ci: env.CI === 'true' ? 'ci' : 'local',
    // A CI we cannot identify does not say why it runs: never a trusted event.
    event: env.CI === 'true' ? 'unknown' : 'local',
    repository: owner && repo && more.length === 0 ? { owner, repo } : undefined,
    serverUrl: '',
    defaultBranch: undefined,
    branch: undefined,
    sha: undefined,
    before: undefined,
    pullRequest: undefined,
    runId: undefined,
    runUrl: undefined,
  };
  if (env.GITLAB_CI === 'true') return readGitLabContext(env, base);
  if (env.JENKINS_URL) return readJenkinsContext(env, base);
  return base;
}

/** GitLab's pipeline sources, as the events the trust rules know; any other source is itself (never trusted). */
const GITLAB_EVENTS: Record<string, string> = {
  push: 'push',
  schedule: 'schedule',
  // "Run pipeline" in the UI: a maintainer's manual run, as workflow_dispatch is on GitHub.
  web: 'workflow_dispatch',
  merge_request_event: 'pull_request',
  external_pull_request_event: 'pull_request',
};

function readGitLabContext(env: NodeJS.ProcessEnv, base: RunContext): RunContext {
  const mr = env.CI_MERGE_REQUEST_IID ?? env.CI_EXTERNAL_PULL_REQUEST_IID;
  const source = env.CI_PIPELINE_SOURCE ?? 'unknown';
  const before = env.CI_COMMIT_BEFORE_SHA;
  return {
    ...base,
    ci: 'gitlab-ci',
    event: mr ? 'pull_request' : (GITLAB_EVENTS[source] ?? source),
    // The whole project path (group/sub/project): projects of the same name in other groups never share.
    repository: repositoryPath(env.CI_PROJECT_PATH ?? '') ?? base.repository,
    defaultBranch: env.CI_DEFAULT_BRANCH,
    // CI_COMMIT_BRANCH is unset in merge request pipelines and for tags.
    branch: env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME,
    sha: env.CI_COMMIT_SHA,
    before: before && !ZERO_SHA.test(before) ? before : undefined,
    pullRequest: mr
      ? {
          number: Number(mr),
          baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA,
          baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME,
          headSha: env.CI_COMMIT_SHA,
          fork: env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID,
        }
      : undefined,
    runId: env.CI_PIPELINE_ID,
    runUrl: env.CI_PIPELINE_URL,
  };
}

function readJenkinsContext(env: NodeJS.ProcessEnv, base: RunContext): RunContext {
  const change = env.CHANGE_ID;
  return {
    ...base,
    ci: 'jenkins',
    event: change ? 'pull_request' : 'push',
    repository: repositoryPath(gitUrlPath(env.GIT_URL ?? '')) ?? base.repository,
    // Jenkins does not know the default branch: only DEFAULT_BRANCH, set by whoever configures the job, names it.
    defaultBranch: env.DEFAULT_BRANCH || undefined,
    branch: (env.BRANCH_NAME ?? env.GIT_BRANCH)?.replace(/^origin\//, ''),
    sha: env.GIT_COMMIT,
    before: env.GIT_PREVIOUS_SUCCESSFUL_COMMIT,
    pullRequest: change
      ? {
          number: Number(change),
          baseSha: undefined,
          baseRef: env.CHANGE_TARGET,
          headSha: env.GIT_COMMIT,
          fork: env.CHANGE_FORK !== undefined,
        }
      : undefined,
    runId: env.BUILD_NUMBER,
    runUrl: env.BUILD_URL,
  };
}

/** The path of a git remote URL: https://host/a/b/c.git, ssh://git@host:22/a/b/c, git@host:a/b/c.git. */
export function gitUrlPath(url: string): string {
  const scp = /^[\w.-]+@[\w.-]+:(?!\/\/)(.+)$/.exec(url);
  let path = scp?.[1];
  if (path === undefined) {
    try {
      path = new URL(url).pathname;
    } catch {
      return '';
    }
  }
  return path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
}

/** owner and the rest of the path (all of it), or undefined for a path that is not plain folder names. */
export function repositoryPath(path: string): { owner: string; repo: string } | undefined {
  const parts = path.split('/');
  if (parts.length < 2 || !parts.every((p) => /^[\w.-]+$/.test(p) && p !== '.' && p !== '..'))
    return undefined;
  return { owner: parts[0]!, repo: parts.slice(1).join('/') };
}

/** The events whose runs may write the repository object, on the default branch only. */
const WRITER_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

/**
 * Whether this run may write the repository object, and why (failing closed): a developer's
 * own machine, or a push, schedule or manual run on the default branch of a CI that names it. Every other
 * event (workflow_run, issue_comment, pull_request_target, merge_group, ...), any branch that is not known to be
 * the default one, and any CI this product cannot identify only read.
 */
export function writeTrust(ctx: RunContext): { trusted: boolean; why: string } {
  if (ctx.pullRequest || ctx.event.startsWith('pull_request'))
    return { trusted: false, why: 'a pull request run' };
  if (ctx.ci === 'local') return { trusted: true, why: 'local run' };
  if (ctx.ci === 'ci')
    return {
      trusted: false,
      why: 'a CI this scanner cannot identify (not GitHub Actions, GitLab CI or Jenkins), so it cannot tell the default branch',
    };
  if (!WRITER_EVENTS.includes(ctx.event)) return { trusted: false, why: `event ${ctx.event}` };
  if (!ctx.branch) return { trusted: false, why: 'no branch (a tag or a detached build)' };
  if (!ctx.defaultBranch)
    return {
      trusted: false,
      why:
        ctx.ci === 'jenkins'
          ? `branch ${ctx.branch} is not known to be the default branch (Jenkins does not say; set DEFAULT_BRANCH in the job's environment)`
          : `branch ${ctx.branch} is not known to be the default branch`,
    };
  if (ctx.branch !== ctx.defaultBranch)
    return { trusted: false, why: `branch ${ctx.branch} is not the default branch` };
  return { trusted: true, why: `default branch (${ctx.defaultBranch})` };
}

/**
 * Whether this run's complete scan is recorded as the default branch's last (and a push compares with that
 * record): a CI run trusted to write the repository object; a developer's machine has no pushes to follow.
 */
export function followsDefaultBranch(ctx: RunContext): boolean {
  return ctx.ci !== 'local' && writeTrust(ctx).trusted;
}

/** Default-branch runs may write the repository's cache; anything else is code under review. */
export function isDefaultBranchRun(ctx: RunContext): boolean {
  return writeTrust(ctx).trusted;
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}
