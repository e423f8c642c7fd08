import type { RunContext } from '../context.js';
import type { Config } from './config.js';

/**
 * The budget `max-cost-usd: auto` gives a pull request. At Claude Sonnet 4.5's prices ($3 / $15 per million
 * tokens) a typical changed source file costs about one to three cents to review, so $5 covers a pull request
 * of a few hundred changed files: every ordinary pull request fits with room to spare, while a bulk change
 * (a vendored library, a codemod over the whole tree) asks a person to decide the spend before any call is made.
 */
export const PULL_REQUEST_BUDGET_USD = 5;

/** How this run treats files it leaves unreviewed, and what it may spend. */
export interface Gate {
  /** A pull-request run (GitHub pull_request*, merge_group, a GitLab merge request, a Jenkins change). */
  pullRequest: boolean;
  /** Whether a file left unreviewed fails the step and the check. */
  failOnIncomplete: boolean;
  /** How fail-on-incomplete was set: by `auto` or by the input itself. */
  failOnIncompleteFrom: 'auto' | 'input';
  /** The cap in USD, undefined for none. */
  maxCostUsd: number | undefined;
  /** Where the cap comes from: the input, the pull-request default of `auto`, or none. */
  budgetFrom: 'input' | 'pull-request default' | 'none';
}

/**
 * Code under review: a pull request on any CI, and GitHub's merge queue, whose required checks gate the merge
 * just as a pull request's do.
 */
export function isPullRequestRun(ctx: Pick<RunContext, 'event' | 'pullRequest'>): boolean {
  return Boolean(ctx.pullRequest) || ctx.event.startsWith('pull_request') || ctx.event === 'merge_group';
}

export function resolveGate(
  config: Pick<Config, 'failOnIncomplete' | 'maxCostUsd'>,
  ctx: Pick<RunContext, 'event' | 'pullRequest'>,
): Gate {
  const pullRequest = isPullRequestRun(ctx);
  const auto = config.failOnIncomplete === 'auto';
  const maxCostUsd =
    config.maxCostUsd === 'auto' ? (pullRequest ? PULL_REQUEST_BUDGET_USD : undefined) : config.maxCostUsd;
  return {
    pullRequest,
    failOnIncomplete: auto ? pullRequest && !forkPullRequestRun(ctx) : config.failOnIncomplete === true,
    failOnIncompleteFrom: auto ? 'auto' : 'input',
    maxCostUsd,
    budgetFrom:
      maxCostUsd === undefined ? 'none' : config.maxCostUsd === 'auto' ? 'pull-request default' : 'input',
  };
}

/**
 * A fork's own pull_request run: GitHub gives it a read-only token and no OIDC token, so it can neither review
 * nor post a check run. With fail-on-incomplete auto it ends neutral, saying how to start the run that can (a
 * maintainer's label starts a pull_request_target run, docs/fork-pull-requests.md); that run posts the check
 * run on the pull request's head, which is the check to require.
 */
function forkPullRequestRun(ctx: Pick<RunContext, 'event' | 'pullRequest'>): boolean {
  return ctx.event === 'pull_request' && ctx.pullRequest?.fork === true;
}
