import { getOctokit } from '@actions/github';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChangedFile } from './git/git.js';
import type { PullRequestFiles } from './git/select-files.js';

/** The REST client: Octokit with the REST endpoint methods and pagination, as @actions/github builds it. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** API root; @actions/github reads GITHUB_API_URL when it is first loaded, this overrides it. */
  baseUrl?: string;
  /** Waits before each retry of an idempotent request that failed with 5xx or a network error. */
  retryDelaysMs?: number[];
}

/**
 * The GitHub client for the comment and the check run. Idempotent requests (GET, PATCH) that fail with a server
 * error or a network error are retried twice; creations (POST) are not, so a retry never duplicates a comment.
 */
export function createGitHubClient(token: string, opts: GitHubClientOptions = {}): GitHubClient {
  const octokit = getOctokit(token, opts.baseUrl ? { baseUrl: opts.baseUrl } : {});
  const delays = opts.retryDelaysMs ?? [500, 1500];
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const status = statusOf(e);
        const transient = status === undefined || status >= 500;
        const idempotent = ['GET', 'HEAD', 'PATCH', 'PUT'].includes(String(options.method).toUpperCase());
        if (!transient || !idempotent || attempt >= delays.length) throw e;
        await sleep(delays[attempt]);
      }
    }
  });
  return octokit;
}

export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * One sentence for a failed GitHub call that says what to do: the permission to grant on 403 and 404 (GitHub
 * answers 404 for what a token may not see), a wait on rate limits, a retry later on server errors.
 */
export function apiProblem(e: unknown, what: string, permission: string): string {
  const status = statusOf(e);
  const detail = oneLine((e as Error | undefined)?.message ?? String(e));
  const grant = `Add \`${permission}\` to the job's \`permissions:\` (a pull request from a fork gets a read-only token; its results stay in the job summary)`;
  if (status === 403 && /rate limit/i.test(detail))
    return `could not ${what}: GitHub's API rate limit was hit (403: ${detail}).`;
  if (status === 403 || status === 401)
    return `could not ${what}: GitHub refused (${status}: ${detail}). ${grant}.`;
  if (status === 404)
    return `could not ${what}: GitHub answered 404 (${detail}); the token cannot see it. ${grant}.`;
  if (status === 422) return `could not ${what}: GitHub rejected the request (422: ${detail}).`;
  if (status !== undefined && status >= 500)
    return `could not ${what}: GitHub failed (${status}: ${detail}) after retries. If it keeps failing, check that the job has \`${permission}\`.`;
  return `could not ${what}: ${detail}${status ? ` (HTTP ${status})` : ''}.`;
}

/** Denied for good (no point in trying other calls of the same kind in this run). */
export function isDenied(e: unknown): boolean {
  const status = statusOf(e);
  return status === 401 || status === 403 || status === 404;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/** The pull request's changed files from the API: git's diff when the base is not in a shallow clone. */
export function pullRequestFiles(gh: GitHubClient, owner: string, repo: string): PullRequestFiles {
  return async (pull_number: number): Promise<ChangedFile[]> => {
    const files = await gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
    const status: Record<string, ChangedFile['status']> = {
      added: 'added',
      removed: 'deleted',
      renamed: 'renamed',
      copied: 'copied',
      changed: 'type-changed',
    };
    return files.map((f) => ({
      path: f.filename,
      status: status[f.status] ?? 'modified',
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    }));
  };
}
