import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { NO_USAGE, addUsage, round6, type Usage } from '../cost/cost.js';
import type { ScanReport } from '../report/report.js';
import type { EvalCase } from './corpus.js';
import type { ReportedFinding } from './score.js';

const run = promisify(execFile);

/**
 * Runs the scan pipeline (the one `ai-scanner scan` runs) over a folder with the given option values, as the
 * command line would read them. The CLI passes the real one; it lives outside src/eval/ so that this folder
 * never imports the pipeline.
 */
export type ScanWorkspace = (workspace: string, values: Record<string, string>) => Promise<ScanReport>;

/** What one scan of a case cost. */
export interface Spend {
  calls: number;
  usage: Usage;
  usd: number | undefined;
}

export interface CaseRun {
  findings: ReportedFinding[];
  /** The scored scan's cost; a modified-file case's before scan is in `setup`. */
  spend: Spend;
  setup?: Spend;
  /** Files the scan left unreviewed, and a scan that could not run: the case's figures are incomplete. */
  incomplete: string[];
  /** The files a modified-file case's after scan reviewed by their changed regions (review-depth auto). */
  changeReviews?: { path: string; linesShown?: number; lines?: number }[];
}

/** The cache file of each case's scratch workspace: a cache of its own, never the user's. */
const CACHE_FILE = '.ai-scanner-eval-cache.json';

/**
 * Copies the case into a scratch folder and scans it there; a modified-file case is a git repository whose
 * first commit is the before tree, scanned whole so that its results are cached, and whose second commit is
 * the after tree, scanned for what changed since the first: the run changed-region review applies to.
 */
export async function runCase(
  c: EvalCase,
  scratch: string,
  values: Record<string, string>,
  scan: ScanWorkspace,
): Promise<CaseRun> {
  const workspace = join(scratch, c.name);
  await mkdir(workspace, { recursive: true });
  const common = {
    ...values,
    'cache-backend': 'local',
    'cache-file': CACHE_FILE,
    'fail-on-severity': 'none',
    'fail-on-incomplete': 'false',
    'sarif-file': '',
    'report-file': '',
    'dry-run': 'false',
    'force-rescan': 'false',
  };
  if (!c.before) {
    await copyTree(c.root, c.files, workspace);
    const report = await scan(workspace, { ...common, 'scan-mode': 'full' });
    return { findings: reported(report), spend: spendOf(report), incomplete: incompleteOf(report) };
  }
  const git = gitIn(workspace);
  await git('init', '-q');
  await writeFile(join(workspace, '.git', 'info', 'exclude'), `/${CACHE_FILE}\n`);
  await copyTree(c.before.root, c.before.files, workspace);
  await git('add', '-A');
  await git('commit', '-q', '-m', 'before');
  const base = (await git('rev-parse', 'HEAD')).trim();
  const first = await scan(workspace, { ...common, 'scan-mode': 'full' });
  await clearTree(workspace);
  await copyTree(c.root, c.files, workspace);
  await git('add', '-A');
  await git('commit', '-q', '--allow-empty', '-m', 'after');
  const second = await scan(workspace, { ...common, 'scan-mode': 'changed', 'base-ref': base });
  return {
    findings: reported(second),
    spend: spendOf(second),
    setup: spendOf(first),
    incomplete: [...incompleteOf(first).map((p) => `before: ${p}`), ...incompleteOf(second)],
    changeReviews: (second.changeReviews ?? []).map((r) => ({
      path: r.path,
      ...(r.linesShown !== undefined ? { linesShown: r.linesShown } : {}),
      ...(r.lines !== undefined ? { lines: r.lines } : {}),
    })),
  };
}

function reported(report: ScanReport): ReportedFinding[] {
  return report.findings.map((f) => ({
    path: f.path,
    cwe: f.cwe,
    startLine: f.startLine,
    endLine: f.endLine,
    confidence: f.confidence,
    severity: f.severity,
    title: f.title,
  }));
}

function spendOf(report: ScanReport): Spend {
  return { calls: report.model.calls, usage: report.model.usage, usd: report.model.usd };
}

function incompleteOf(report: ScanReport): string[] {
  return [
    ...(report.fatal ? [`the scan could not run: ${report.fatal}`] : []),
    ...report.notScanned.map((n) => `${n.path} not scanned: ${n.reason}`),
  ];
}

/** The sum of spends; unknown USD (no price for the model) stays unknown. */
export function addSpend(a: Spend, b: Spend): Spend {
  return {
    calls: a.calls + b.calls,
    usage: addUsage(a.usage, b.usage),
    usd: a.usd === undefined || b.usd === undefined ? undefined : round6(a.usd + b.usd),
  };
}

export const NO_SPEND: Spend = { calls: 0, usage: NO_USAGE, usd: 0 };

async function copyTree(from: string, files: string[], to: string): Promise<void> {
  for (const f of files) {
    await mkdir(dirname(join(to, f)), { recursive: true });
    await copyFile(join(from, f), join(to, f));
  }
}

/** Everything but the repository and the cache, so that the after tree replaces the before tree. */
async function clearTree(workspace: string): Promise<void> {
  for (const name of await readdir(workspace))
    if (name !== '.git' && name !== CACHE_FILE)
      await rm(join(workspace, name), { recursive: true, force: true });
}

/** git in the scratch repository, with a fixed identity and none of the user's configuration. */
function gitIn(workspace: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'ai-scanner eval',
    GIT_AUTHOR_EMAIL: 'eval@localhost',
    GIT_COMMITTER_NAME: 'ai-scanner eval',
    GIT_COMMITTER_EMAIL: 'eval@localhost',
  };
  return async (...args: string[]): Promise<string> =>
    (await run('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: workspace, env })).stdout;
}
