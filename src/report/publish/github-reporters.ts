import type { Logger } from '../../logging.js';
import type { Reporter } from '../reporter.js';
import type { Config } from '../../config/config.js';
import type { RunContext } from '../../context.js';
import type { GitHubClient } from '../../github/client.js';
import type { AnnotationSink } from '../render/annotations.js';
import { CheckRunReporter, WorkflowAnnotationsReporter } from './check-reporter.js';
import { PullRequestCommentReporter } from './comment-reporter.js';

/**
 * The reporters that write to GitHub: the sticky comment (pull requests, `pr-comment`) and the check run
 * (`check-run`). A pull request from a fork runs with a read-only token: it gets workflow annotations instead
 * (the job summary is written in any case), and no call that is bound to be refused.
 */
export function githubReporters(
  config: Config,
  ctx: RunContext,
  log: Logger,
  annotate: AnnotationSink,
  client: ((token: string) => GitHubClient) | undefined,
): Reporter[] {
  const pr = ctx.pullRequest;
  const comment = config.prComment && pr !== undefined && ctx.event.startsWith('pull_request');
  const check = config.checkRun && ctx.sha !== undefined;
  if ((!comment && !check) || !ctx.repository || ctx.ci !== 'github-actions') return [];
  if (ctx.event === 'pull_request' && pr?.fork) {
    log.info(
      'This pull request comes from a fork, whose token is read-only: results go to the job summary and workflow annotations, not to a PR comment or a check run. The check run comes from the run a maintainer starts with the ai-scan label (docs/fork-pull-requests.md).',
    );
    return [new WorkflowAnnotationsReporter(annotate)];
  }
  if (!config.githubToken) {
    log.warning(
      "Input 'github-token' is empty: no PR comment or check run (the default is ${{ github.token }}); findings go to workflow annotations.",
    );
    return [new WorkflowAnnotationsReporter(annotate)];
  }
  // Built by the caller, which loads Octokit only when it has a token and a repository to talk to.
  const gh = client?.(config.githubToken);
  if (!gh) return [new WorkflowAnnotationsReporter(annotate)];
  const { owner, repo } = ctx.repository;
  const reporters: Reporter[] = [];
  if (comment)
    reporters.push(
      new PullRequestCommentReporter(
        gh,
        { owner, repo, issueNumber: pr.number, reportName: config.reportName },
        log,
      ),
    );
  if (check)
    reporters.push(
      new CheckRunReporter(
        gh,
        {
          owner,
          repo,
          headSha: ctx.sha!,
          name: config.reportName,
          ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
        },
        log,
        annotate,
      ),
    );
  return reporters;
}
