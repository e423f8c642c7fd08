import type { Logger } from '../../logging.js';
import type { Reporter } from '../reporter.js';
import type { GitHubClient } from '../../github/client.js';
import { apiProblem, isDenied } from '../../github/errors.js';
import {
  batches,
  checkAnnotations,
  emitWorkflowAnnotations,
  type AnnotationSink,
} from '../render/annotations.js';
import { escapeMarkdown, plainText } from '../escape.js';
import { renderCheckOutput } from '../render/markdown.js';
import type { ScanReport } from '../report.js';
import { clip } from '../../text.js';

export interface CheckTarget {
  owner: string;
  repo: string;
  /** The pull request's head commit, or the pushed commit. */
  headSha: string;
  /** The check's name (config.reportName). */
  name: string;
  /** The workflow run, linked from the check. */
  detailsUrl?: string;
}

const PERMISSION = 'checks: write';
const FULL_REPORT = "every finding is in the run's job summary and in its SARIF and JSON reports";
/** Check runs started by this process and not completed yet (see failStartedCheckRuns). */
const open = new Set<CheckRunReporter>();

/**
 * The check run: `in_progress` on the head commit when the scan starts, completed with the report's conclusion,
 * title, markdown and line annotations (50 per request). If the check cannot be written (403, 404, 5xx), one
 * warning names the permission, and the findings become workflow annotations instead.
 */
export class CheckRunReporter implements Reporter {
  readonly name = 'Check run';
  private id: number | undefined;
  private denied = false;
  private warned = false;

  constructor(
    private readonly gh: GitHubClient,
    private readonly target: CheckTarget,
    private readonly log: Logger,
    private readonly annotate: AnnotationSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(): Promise<void> {
    const { owner, repo, headSha, name, detailsUrl } = this.target;
    try {
      const { data } = await this.gh.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: headSha,
        status: 'in_progress',
        started_at: this.now().toISOString(),
        ...(detailsUrl ? { details_url: detailsUrl } : {}),
        output: { title: 'Scanning…', summary: 'The AI security scan is running.' },
      });
      this.id = data.id;
      open.add(this);
    } catch (e) {
      this.problem(e, 'create the check run', false);
    }
  }

  async publish(report: ScanReport): Promise<void> {
    if (this.denied) {
      this.fallback(report);
      return;
    }
    const { owner, repo, headSha, name, detailsUrl } = this.target;
    const out = renderCheckOutput(report, { links: true, fullReport: FULL_REPORT });
    const output = { title: plainText(out.title, 255), summary: out.summary, text: out.text };
    const [first = [], ...rest] = batches(checkAnnotations(report));
    const done = {
      status: 'completed' as const,
      conclusion: report.conclusion,
      completed_at: this.now().toISOString(),
      output: { ...output, annotations: first },
    };
    let id = this.id;
    try {
      if (id !== undefined) {
        await this.gh.rest.checks.update({ owner, repo, check_run_id: id, ...done });
      } else {
        const started = { started_at: report.startedAt, ...(detailsUrl ? { details_url: detailsUrl } : {}) };
        const { data } = await this.gh.rest.checks.create({
          owner,
          repo,
          name,
          head_sha: headSha,
          ...started,
          ...done,
        });
        id = data.id;
      }
      open.delete(this);
    } catch (e) {
      this.problem(e, id === undefined ? 'create the check run' : 'complete the check run');
      // Never leave it "in progress": a bare completion may pass where the full output did not.
      if (id !== undefined && !this.denied)
        await this.complete(id, report.conclusion, output.title, short(report));
      this.fallback(report);
      return;
    }
    try {
      for (const annotations of rest)
        await this.gh.rest.checks.update({
          owner,
          repo,
          check_run_id: id,
          output: { ...output, annotations },
        });
    } catch (e) {
      this.problem(e, 'add every annotation to the check run');
    }
  }

  /** Completes a started check as failed (the scan crashed before publishing). */
  async fail(reason: string): Promise<void> {
    if (this.id === undefined || !open.has(this)) return;
    open.delete(this); // one attempt: a crash path must not hang on retries
    const summary = `The scan failed before it could report: ${escapeMarkdown(reason, 2000)}`;
    await this.complete(this.id, 'failure', plainText(`The scan failed: ${reason}`, 255), summary);
  }

  private async complete(id: number, conclusion: ScanReport['conclusion'], title: string, summary: string) {
    const { owner, repo } = this.target;
    try {
      await this.gh.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        status: 'completed',
        conclusion,
        completed_at: this.now().toISOString(),
        output: { title, summary },
      });
      open.delete(this);
    } catch (e) {
      this.problem(e, 'complete the check run');
    }
  }

  /** Findings as workflow annotations: they need no permission and show on the pull request's diff. */
  private fallback(report: ScanReport): void {
    const n = emitWorkflowAnnotations(report, this.annotate);
    if (n) this.log.info(`${n} finding(s) shown as workflow annotations instead of check-run annotations.`);
  }

  /** One warning per run, naming the permission; a denial stops further check calls. */
  private problem(e: unknown, what: string, final = true): void {
    if (isDenied(e)) this.denied = true;
    if (this.warned) {
      this.log.debug(`${this.name}: ${apiProblem(e, what, PERMISSION)}`);
      return;
    }
    if (!final && !this.denied) {
      this.log.info(`${this.name}: ${apiProblem(e, what, PERMISSION)} It is tried again when the scan ends.`);
      return;
    }
    this.warned = true;
    this.log.warning(`${this.name}: ${clip(apiProblem(e, what, PERMISSION), 1000)}`);
  }
}

/** The bare summary a check falls back to when its full output is refused. */
function short(r: ScanReport): string {
  return `${escapeMarkdown(r.title, 300)}\n\nThe full report is in the run's job summary.`;
}

/**
 * Completes every check run this process started and did not complete, as failed: main's catch calls it when
 * the scan crashed, so no check stays "in progress" forever.
 */
export async function failStartedCheckRuns(reason: string): Promise<void> {
  await Promise.all([...open].map((r) => r.fail(reason)));
}

/** Findings as workflow annotations only: for runs whose token cannot write checks (a fork's pull request). */
export class WorkflowAnnotationsReporter implements Reporter {
  readonly name = 'Workflow annotations';
  constructor(private readonly annotate: AnnotationSink) {}
  publish(report: ScanReport): Promise<void> {
    emitWorkflowAnnotations(report, this.annotate);
    return Promise.resolve();
  }
}
