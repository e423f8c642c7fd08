import * as core from '@actions/core';
import { runScan, type Deps, type Logger } from './app.js';
import { readConfig } from './config/config.js';
import { ConfigurationError } from './config/errors.js';
import { readGitHubContext } from './context.js';
import { openCache } from './cache/factory.js';
import { modelClient } from './adapters.js';
import { JobSummaryReporter, OutputsReporter } from './report/actions-reporters.js';
import { JsonReportReporter, SarifReporter } from './report/file-reporters.js';
import { logSafe } from './report/escape.js';
import { VERSION } from './version.js';

/** The action: read the inputs once, build the adapters, run the pipeline, map the result to the step's status. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const config = readConfig((name) => core.getInput(name), process.env, workspace);
    if (config.githubToken) core.setSecret(config.githubToken);
    const ctx = readGitHubContext(process.env);
    const log: Logger = { info: core.info, warning: (m) => core.warning(logSafe(m)), debug: core.debug };
    const credentials = undefined;
    const reporters = [
      new JobSummaryReporter(),
      new OutputsReporter({ sarif: config.sarifFile, report: config.reportFile }),
      ...(config.reportFile ? [new JsonReportReporter(config.reportFile)] : []),
      ...(config.sarifFile ? [new SarifReporter(config.sarifFile)] : []),
    ];
    const deps: Deps = {
      log,
      version: VERSION,
      now: () => new Date(),
      openCache: () => openCache(config, ctx, {}, log),
      model: modelClient(config, credentials),
      reporters,
    };
    const report = await runScan(deps, config, ctx);
    if (report.conclusion === 'failure') core.setFailed(report.title);
    else if (report.conclusion === 'neutral') core.warning(logSafe(report.title));
    else core.info(report.title);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      for (const problem of e.problems.slice(0, -1)) core.error(problem);
      core.setFailed(e.problems.at(-1) ?? e.message);
    } else {
      core.setFailed(`The scan failed: ${logSafe((e as Error).message ?? String(e))}`);
    }
  }
}
