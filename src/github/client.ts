import type * as ActionsGitHub from '@actions/github';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChangedFile } from '../git/git.js';
import type { PullRequestFiles } from '../git/select-files.js';
import { statusOf } from './errors.js';
import { loadUndici } from '../lazy-undici.js';

// Octokit's fetch and, behind a proxy, its ProxyAgent come from undici, which @actions/github already uses while
// it loads (with http_proxy set, its defaults build the proxy agent): undici is loaded first, here rather than at
// every start.
await loadUndici();
const { getOctokit }: typeof ActionsGitHub = await import('@actions/github');

/** The REST client: Octokit with the REST endpoint methods and pagination, as @actions/github builds it. */
export type GitHubClient = ReturnType<typeof ActionsGitHub.getOctokit>;

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
