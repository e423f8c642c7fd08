import { createHash } from 'node:crypto';
import type { Logger } from '../../logging.js';
import type { Reporter } from '../reporter.js';
import type { GitHubClient } from '../../github/client.js';
import { apiProblem } from '../../github/errors.js';
import { commentSafe } from '../escape.js';
import { LIMITS, renderMarkdown, type Changes } from '../render/markdown.js';
import type { ScanReport } from '../report.js';

/** Findings the comment remembers for the next run's "new / fixed" (about 14 KB of the 65,536 characters). */
export const MAX_TRACKED_FINDINGS = 1000;

/** The hidden first line that finds this report's comment again: one comment per pull request and report name. */
export function commentMarker(reportName: string): string {
  return `<!-- ai-scanner-action:comment:${commentSafe(reportName)} -->`;
}

const STATE_PREFIX = '<!-- ai-scanner-action:findings:v1 ';
const STATE = /^<!-- ai-scanner-action:findings:v1 (partial )?([0-9a-f,-]*) -->$/m;

/** What a previous comment remembers: the short ids of its findings. */
export interface CommentState {
  ids: string[];
  /** More findings than tracked: no comparison is possible. */
  partial: boolean;
}

/**
 * A finding's short id: 4 hex of its path's hash (so findings of files that could not be scanned this time are
 * recognised and carried over) and 8 of its id, with the occurrence suffix.
 */
export function shortId(f: { id: string; path: string }): string {
  const [hash = '', suffix] = f.id.split('-');
  const path = createHash('sha256').update(f.path).digest('hex').slice(0, 4);
  return `${path}${hash.slice(0, 8)}${suffix ? `-${suffix}` : ''}`;
}

export function parseCommentState(body: string): CommentState | undefined {
  const m = STATE.exec(body);
  if (!m) return undefined;
  return { partial: Boolean(m[1]), ids: m[2] ? m[2].split(',').filter(Boolean) : [] };
}

function stateLine(state: CommentState): string {
  return `${STATE_PREFIX}${state.partial ? 'partial ' : ''}${state.ids.join(',')} -->`;
}

/**
 * What this run's comment remembers and how it differs from the previous one. Findings of files not scanned this
 * time are unknown, not fixed: their previous ids are carried over. A scan that could not run, or a dry run,
 * compares nothing and keeps the previous state.
 */
function compareWithPrevious(
  r: ScanReport,
  previous: CommentState | undefined,
): { state: CommentState; changes: Changes | undefined } {
  const ids = r.findings.map(shortId);
  if (r.fatal || r.dryRun)
    return {
      state: previous ?? { ids: [], partial: false },
      changes: previous ? { tracked: false, added: new Set(), fixed: 0 } : undefined,
    };
  const unknownPaths = new Set(r.notScanned.map((n) => shortId({ id: '', path: n.path })));
  const current = new Set(ids);
  const carried = previous?.ids.filter((id) => unknownPaths.has(id.slice(0, 4)) && !current.has(id)) ?? [];
  const all = [...ids, ...carried];
  const state = { ids: all.slice(0, MAX_TRACKED_FINDINGS), partial: all.length > MAX_TRACKED_FINDINGS };
  if (!previous) return { state, changes: undefined };
  if (previous.partial) return { state, changes: { tracked: false, added: new Set(), fixed: 0 } };
  const before = new Set(previous.ids);
  const carriedSet = new Set(carried);
  return {
    state,
    changes: {
      tracked: true,
      added: new Set(r.findings.filter((f) => !before.has(shortId(f))).map((f) => f.id)),
      fixed: previous.ids.filter((id) => !current.has(id) && !carriedSet.has(id)).length,
    },
  };
}

const FULL_REPORT = "every finding is in the run's job summary and in its SARIF and JSON reports";

/** The sticky comment's body: the marker, the remembered findings, then the report within the comment limit. */
export function renderComment(
  r: ScanReport,
  previous: CommentState | undefined,
  reportName = r.name,
): string {
  const { state, changes } = compareWithPrevious(r, previous);
  return renderMarkdown(r, {
    limit: LIMITS.comment,
    links: true,
    trend: false,
    marker: `${commentMarker(reportName)}\n${stateLine(state)}`,
    changes,
    fullReport: FULL_REPORT,
  });
}

/** Comments this action may adopt are written by a bot (the workflow's GITHUB_TOKEN is github-actions[bot]). */
function isBotAuthor(user: { login?: string; type?: string } | null | undefined): boolean {
  return user?.type === 'Bot' || user?.login === 'github-actions[bot]';
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  reportName: string;
}

/**
 * The sticky pull-request comment: found by its hidden marker across every page of comments, adopted only when a
 * bot wrote it (a person quoting the marker is not adopted), updated in place, created once.
 */
export class PullRequestCommentReporter implements Reporter {
  readonly name = 'PR comment';
  constructor(
    private readonly gh: GitHubClient,
    private readonly target: CommentTarget,
    private readonly log: Logger,
  ) {}

  async publish(report: ScanReport): Promise<void> {
    const { owner, repo, issueNumber } = this.target;
    let step = "read the pull request's comments";
    try {
      const existing = await this.find();
      const previous = existing ? parseCommentState(existing.body ?? '') : undefined;
      const body = renderComment(report, previous, this.target.reportName);
      step = existing ? 'update the PR comment' : 'create the PR comment';
      if (existing) {
        await this.gh.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        this.log.info(`PR comment updated: ${existing.html_url}`);
      } else {
        const { data } = await this.gh.rest.issues.createComment({
          owner,
          repo,
          issue_number: issueNumber,
          body,
        });
        this.log.info(`PR comment created: ${data.html_url}`);
      }
    } catch (e) {
      this.log.warning(`${this.name}: ${apiProblem(e, step, 'pull-requests: write')}`);
    }
  }

  private async find(): Promise<{ id: number; body?: string; html_url: string } | undefined> {
    const { owner, repo, issueNumber, reportName } = this.target;
    const marker = commentMarker(reportName);
    const pages = this.gh.paginate.iterator(this.gh.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((c) => isBotAuthor(c.user) && firstLine(c.body ?? '') === marker);
      if (found) return found;
    }
    return undefined;
  }
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).trim();
}
