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

export interface PullRequestInfo {
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
    event: env.CI === 'true' ? 'push' : 'local',
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
  if (env.GITLAB_CI === 'true') {
    const [group, ...rest] = (env.CI_PROJECT_PATH ?? '').split('/');
    const mr = env.CI_MERGE_REQUEST_IID;
    const before = env.CI_COMMIT_BEFORE_SHA;
    return {
      ...base,
      ci: 'gitlab-ci',
      event: mr ? 'pull_request' : env.CI_PIPELINE_SOURCE === 'schedule' ? 'schedule' : 'push',
      repository: group && rest.length ? { owner: group, repo: rest.join('/') } : base.repository,
      defaultBranch: env.CI_DEFAULT_BRANCH,
      branch: env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME,
      sha: env.CI_COMMIT_SHA,
      before: before && !ZERO_SHA.test(before) ? before : undefined,
      pullRequest: mr
        ? {
            number: Number(mr),
            baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA,
            baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
            headSha: env.CI_COMMIT_SHA,
            fork: env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID,
          }
        : undefined,
      runId: env.CI_PIPELINE_ID,
      runUrl: env.CI_PIPELINE_URL,
    };
  }
  if (env.JENKINS_URL) {
    const change = env.CHANGE_ID;
    const url = env.GIT_URL ?? '';
    const m = /[/:]([^/:]+)\/([^/]+?)(\.git)?$/.exec(url);
    return {
      ...base,
      ci: 'jenkins',
      event: change ? 'pull_request' : 'push',
      repository: m ? { owner: m[1]!, repo: m[2]! } : base.repository,
      // Jenkins does not name the default branch; DEFAULT_BRANCH may be set in the pipeline's environment.
      defaultBranch: env.DEFAULT_BRANCH,
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
  return base;
}

/** Default-branch runs may write the repository's cache; anything else is code under review. */
export function isDefaultBranchRun(ctx: RunContext): boolean {
  if (ctx.pullRequest || ctx.event.startsWith('pull_request')) return false;
  // A developer's machine, or a CI that tells us nothing about branches: the user's own trusted command.
  if (ctx.ci === 'local' || (ctx.ci === 'ci' && !ctx.branch)) return true;
  if (!ctx.branch) return false;
  if (ctx.defaultBranch) return ctx.branch === ctx.defaultBranch;
  // Jenkins does not name the default branch: main and master are taken as default unless DEFAULT_BRANCH says otherwise.
  return ctx.ci === 'jenkins' && (ctx.branch === 'main' || ctx.branch === 'master');
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}
