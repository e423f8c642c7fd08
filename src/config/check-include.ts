import { globMatcher } from '../git/glob.js';
import { listWorkspace } from '../git/list-files.js';
import { ConfigurationError } from './errors.js';

/**
 * The include patterns checked against every file of the workspace, whatever the scan mode (a pattern that matches
 * nothing in a diff is normal; one that matches nothing at all is a typo, or another repository's): a
 * ConfigurationError when together they match no file, and a warning for each one that alone matches none.
 * Runs before any network call; patterns are matched as the path filter matches them.
 */
export async function checkInclude(workspace: string, include: readonly string[]): Promise<string[]> {
  if (include.length === 0) return [];
  const { paths } = await listWorkspace(workspace);
  const opts = { dot: true };
  const matcher = (patterns: readonly string[]) =>
    globMatcher(
      patterns.map((p) => (p.includes('/') ? p : `**/${p}`)),
      opts,
    );
  const matchesSome = (patterns: readonly string[]) => {
    const matches = matcher(patterns);
    return paths.some((p) => matches(p));
  };
  const hint =
    'patterns are relative to the repository root, such as src/**/*.ts; an empty include scans every text file';
  if (!matchesSome(include)) {
    const value = include.join('\n');
    throw new ConfigurationError(
      `Input 'include' has an invalid value ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}: it matches no file in the repository (${hint}).`,
    );
  }
  return include
    .filter((p) => !p.startsWith('!') && !matchesSome([p]))
    .map(
      (p) =>
        `Input 'include' pattern ${JSON.stringify(p)} matches no file in the repository (the other patterns do): is it a typo? (${hint})`,
    );
}
