import { checkInclude } from './check-include.js';
import { globPatterns, readConfig, type Config, type InputReader } from './config.js';
import { ConfigurationError, configurationError } from './errors.js';
import { INPUTS } from './inputs.js';

/**
 * readConfig, then the checks that need the workspace's files (include patterns that match nothing), with
 * every problem of both reported in one error, before any network call. Warnings (one pattern of several
 * matching nothing) go to `warn`.
 */
export async function loadConfig(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  workspace: string,
  warn: (message: string) => void,
): Promise<Config> {
  let config: Config | undefined;
  let problems: string[] = [];
  try {
    config = readConfig(read, env, workspace);
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    problems = e.problems;
  }
  const include = config?.include ?? globPatterns(read(INPUTS.include) ?? '');
  const includeIsBad = problems.some((p) => p.startsWith(`Input '${INPUTS.include}'`));
  if (!includeIsBad) {
    try {
      for (const warning of await checkInclude(config?.workspace ?? workspace, include)) warn(warning);
    } catch (e) {
      // A failure to list the files (git, permissions) must not hide the problems already found.
      if (!(e instanceof ConfigurationError) && problems.length === 0) throw e;
      problems.push(...(e instanceof ConfigurationError ? e.problems : []));
    }
  }
  if (problems.length > 0) throw configurationError(problems);
  return config!;
}
