import type { Config } from '../config/config.js';
import { writeTrust, type RunContext } from '../context.js';
import type { CacheScope } from './cache-session.js';

/**
 * The trust rule: which cache objects a run reads and which one it may write. The cache decides which content
 * counts as already reviewed, so code under review never writes the repository object: default-branch runs
 * write it, a pull request writes only its own `pr/<number>` object, and every other run reads only
 * (SECURITY.md, "Who writes the cache").
 */
export function scopeFor(config: Config, ctx: RunContext): CacheScope {
  const repo = { kind: 'repository' } as const;
  if (config.cacheScope === 'shared')
    return {
      read: [repo],
      write: repo,
      why: 'shared (cache-scope: shared): reads and writes the repository cache',
    };
  if (ctx.pullRequest) {
    const pr = { kind: 'pull-request', number: ctx.pullRequest.number } as const;
    return {
      read: [repo, pr],
      write: pr,
      why: `pull request #${ctx.pullRequest.number}: reads the repository cache, writes only this pull request's cache`,
    };
  }
  const trust = writeTrust(ctx);
  if (trust.trusted)
    return { read: [repo], write: repo, why: `${trust.why}: reads and writes the repository cache` };
  return {
    read: [repo],
    write: undefined,
    why: `${trust.why}: reads the repository cache, writes nothing (only default-branch push, schedule and workflow_dispatch runs write it)`,
  };
}
