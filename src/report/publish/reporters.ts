import * as core from '@actions/core';
import type { Logger } from '../../logging.js';
import type { Reporter } from '../reporter.js';
import type { Config } from '../../config/config.js';
import type { RunContext } from '../../context.js';
import type { GitHubClient } from '../../github/client.js';
import { JobSummaryReporter, OutputsReporter } from './actions-reporters.js';
import { JsonReportReporter, SarifReporter } from './file-reporters.js';
import { githubReporters } from './github-reporters.js';
import { writeRoots } from '../../safe-write.js';

/** Every place an action run reports to: summary, outputs, JSON and SARIF files, PR comment and check run. */
export function actionReporters(
  config: Config,
  ctx: RunContext,
  log: Logger,
  gh: GitHubClient | undefined,
): Reporter[] {
  const json = config.reportFile ? new JsonReportReporter(config.reportFile, writeRoots()) : undefined;
  const sarif = config.sarifFile ? new SarifReporter(config.sarifFile, writeRoots()) : undefined;
  return [
    new JobSummaryReporter(),
    ...(json ? [json] : []),
    ...(sarif ? [sarif] : []),
    // After the files: an output names a file only if this run wrote it (a refused write leaves a link there).
    new OutputsReporter({
      get sarif() {
        return sarif?.written ? config.sarifFile : undefined;
      },
      get report() {
        return json?.written ? config.reportFile : undefined;
      },
    }),
    // A shard reports to its own job only: the ordinary run after the matrix posts the comment and the check.
    ...(config.shard ? [] : githubReporters(config, ctx, log, core, gh ? () => gh : undefined)),
  ];
}
