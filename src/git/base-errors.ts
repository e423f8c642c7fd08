import { ConfigurationError } from '../config/errors.js';
import { INPUTS } from '../config/inputs.js';
import type { RunContext } from '../context.js';
import type { Logger } from '../logging.js';

/**
 * The selection's configuration errors: each names the input (the CLI's option of the same name) and how to fix
 * it. They stop the run before anything is sent to the model or written to the cache.
 */
export function unresolvedBaseRef(ref: string): ConfigurationError {
  return new ConfigurationError(
    `Input '${INPUTS.baseRef}' is ${JSON.stringify(ref)}, which is not a branch, tag or commit of this clone or of origin: ` +
      'check the name (a branch only on the remote can be given as origin/<branch>), and fetch its history ' +
      '(actions/checkout with fetch-depth: 0). Nothing was scanned.',
  );
}

export function noBase(ctx: RunContext): ConfigurationError {
  const why =
    ctx.event === 'push'
      ? 'this push names no earlier commit (a new branch)'
      : `a ${ctx.event} run has no base of its own`;
  return new ConfigurationError(
    `Input '${INPUTS.scanMode}' is changed, but there is nothing to compare with (${why}): set ${INPUTS.baseRef} ` +
      `(for example origin/main), or use ${INPUTS.scanMode} auto, which scans every file when there is no base, or full. Nothing was scanned.`,
  );
}

export function notARepository(workspace: string): ConfigurationError {
  return new ConfigurationError(
    `Input '${INPUTS.scanMode}' is changed, but ${workspace} is not a git repository, so nothing can be compared: ` +
      `scan it whole with ${INPUTS.scanMode} full, or run in a clone. Nothing was scanned.`,
  );
}

/**
 * Said once when the workspace turned out not to be a git repository: every file under it was listed (no
 * .gitignore applies, and nothing can be compared). Asked for with scan-mode full, it is only a note.
 */
export function sayNotARepository(
  scanMode: 'auto' | 'changed' | 'full',
  workspace: string,
  log: Logger,
): void {
  const text = `${workspace} is not a git repository: every file in it is scanned (no .gitignore applies)`;
  if (scanMode === 'full') log.info(`${text}.`);
  else
    log.warning(
      `${text}. Run in a clone to scan only what changed, or set ${INPUTS.scanMode} full to scan a plain folder without this warning.`,
    );
}
