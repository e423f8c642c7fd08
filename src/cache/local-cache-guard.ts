import { lstat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { RunContext } from '../context.js';
import { Git } from '../git/git.js';

/**
 * Why the local cache file must not be read, or undefined when it may be. The cache decides which content
 * counts as already reviewed, so a cache file that git tracks (committed, perhaps by the pull request under
 * review) or that the pull request changed is its author's word, not this scanner's: never trusted.
 */
export async function localCacheRefusal(
  workspace: string,
  path: string,
  ctx: RunContext,
): Promise<string | undefined> {
  // Nothing to read, nothing to refuse (the common cold start costs no git call).
  if (
    !(await lstat(path).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const git = new Git(workspace);
  if (!(await git.isRepository())) return undefined;
  const rel = relative(workspace, path).split(sep).join('/');
  const fix = `remove it from git (git rm --cached ${rel}) and list it in .gitignore`;
  const tracked = await git.isTracked(rel);
  if (tracked !== false)
    return `the local cache file ${rel} ${tracked ? 'is tracked by git' : 'may be tracked by git (git could not tell)'}, so whoever commits it decides which files count as reviewed: it is not read, and this run keeps no cache (${fix})`;
  const base = ctx.pullRequest?.baseSha;
  if (base && (await git.hasCommit(base))) {
    const changed = await git.diff((await git.mergeBase(base, 'HEAD')) ?? base, [rel]).catch(() => []);
    if (changed.length > 0)
      return `the local cache file ${rel} is changed by this pull request, so its author decides which files count as reviewed: it is not read, and this run keeps no cache (${fix})`;
  }
  return undefined;
}
