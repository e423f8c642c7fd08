import * as core from '@actions/core';
import type { Logger } from './logging.js';
import { loadConfig } from './config/load-config.js';
import { ConfigurationError } from './config/errors.js';
import { readGitHubContext } from './context.js';
import { FileReader } from './git/file-reader/file-reader.js';
import { logSafe } from './report/escape.js';
import { INPUTS } from './config/inputs.js';
import { scanFolder } from './config/scan-folder.js';
import { secrets } from './secret-registry.js';
import { VERSION } from './version.js';
import { errorMessage } from './errors.js';

/** Progress in the job's log, with anything that could be a workflow command neutralised. */
const log: Logger = {
  info: (m) => core.info(logSafe(m)),
  warning: (m) => core.warning(logSafe(m)),
  debug: core.debug,
};

/**
 * The action: read the inputs once, build the adapters, run the pipeline, map the result to the step's status.
 * The SDK-heavy adapters are imported only once the inputs are valid, so a bad input fails fast and the log
 * shows progress from the first moment. The file reader (its own thread) is best started before this module
 * loads, as the entry does, so that it is up by the time the plan is.
 */
export async function run(fileReader = new FileReader()): Promise<void> {
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: no new model call starts; what was scanned is saved and reported.`);
    cancel.abort();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  // The runner's and the AWS tokens in the environment: never written anywhere (see secret-registry).
  secrets.addFromEnv(process.env);
  try {
    await scan(fileReader, cancel.signal);
  } catch (e) {
    await fail(e);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

async function scan(fileReader: FileReader, signal: AbortSignal): Promise<void> {
  const workspace = scanFolder(process.env.GITHUB_WORKSPACE || process.cwd(), readInput(INPUTS.path));
  const config = await loadConfig(readInput, process.env, workspace, (w) => core.warning(logSafe(w)));
  if (config.githubToken) {
    core.setSecret(config.githubToken);
    secrets.add(config.githubToken);
  }
  const ctx = readGitHubContext(process.env);
  core.info(
    `ai-scanner-action ${VERSION}: ${ctx.event} on ${ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : 'this workspace'}, model ${config.modelId}${config.dryRun ? ' (dry run)' : ''}.`,
  );
  const [{ runScan }, { gateFailure }, { buildDeps }] = await Promise.all([
    import('./app.js'),
    import('./report/report.js'),
    import('./build-deps.js'),
  ]);
  const deps = await buildDeps(config, ctx, { kind: 'action', env: process.env, log, signal, fileReader });
  const report = await runScan(deps, config, ctx);
  // A scan that could not run says why in full (the title is clipped for the check and the comment).
  // A gate that failed names every file it left unreviewed (one annotation, a line each) before the title.
  const unreviewed = gateFailure(report);
  if (unreviewed) core.error(unreviewed.map(logSafe).join('\n'));
  if (report.fatal) core.setFailed(`The scan could not run: ${logSafe(report.fatal)}`);
  else if (report.conclusion === 'failure') core.setFailed(logSafe(report.title));
  else if (report.conclusion === 'neutral') core.warning(logSafe(report.title));
  else core.info(report.title);
}

/** A bad input names every problem; a crash completes a started check run as failed and fails the step. */
async function fail(e: unknown): Promise<void> {
  const message = logSafe(errorMessage(e));
  // A check run started before the crash (or before a base-ref was found not to exist) is completed as failed,
  // never left "in progress".
  const { failStartedCheckRuns } = await import('./report/publish/check-reporter.js');
  await failStartedCheckRuns(message).catch(() => undefined);
  if (e instanceof ConfigurationError) {
    for (const problem of e.problems.slice(0, -1)) core.error(logSafe(problem));
    core.setFailed(logSafe(e.problems.at(-1) ?? e.message));
    return;
  }
  core.setFailed(`The scan failed: ${message}`);
}

/** An input the runner did not set at all reads as "not given" (its default applies); an empty one as empty. */
function readInput(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
    ? undefined
    : core.getInput(name);
}
