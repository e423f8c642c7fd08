import * as core from '@actions/core';
import type { Logger, Reporter } from '../app.js';
import type { Config } from '../config/config.js';
import type { RunContext } from '../context.js';
import type { GitHubClient } from '../github.js';
import { JobSummaryReporter, OutputsReporter } from './actions-reporters.js';
import { JsonReportReporter, SarifReporter } from './file-reporters.js';
import { githubReporters } from './github-reporters.js';
import { writeRoots } from '../safe-write.js';

/** Every place an action run reports to: summary, outputs, JSON and SARIF files, PR comment and check run. */
export function actionReporters(
  config: Config,
  ctx: RunContext,
  log: Logger,
  gh: GitHubClient | undefined,
): Reporter[] {
  return [
    new JobSummaryReporter(),
    new OutputsReporter({ sarif: config.sarifFile, report: config.reportFile }),
    ...(config.reportFile ? [new JsonReportReporter(config.reportFile, writeRoots())] : []),
    ...(config.sarifFile ? [new SarifReporter(config.sarifFile, writeRoots())] : []),
    ...githubReporters(config, ctx, log, core, gh ? () => gh : undefined),
  ];
}
