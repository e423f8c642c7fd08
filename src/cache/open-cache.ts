import type { Config } from '../config/config.js';
import type { RunContext } from '../context.js';
import { scopeFor } from './cache-scope.js';
import type { Logger } from '../logging.js';
import type { OpenedCache } from './opened-cache.js';
import { CacheSession } from './cache-session.js';
import { StoreUnavailableError, type CacheStore } from './cache-store.js';
import { LocalFileStore } from './local-file-store.js';
import { localCacheRefusal } from './local-cache-guard.js';
import { NullStore } from './null-store.js';

/** Builders for the remote stores, so this module stays free of SDKs (main.ts supplies them). */
export interface StoreBuilders {
  s3?: () => CacheStore;
  actionsCache?: () => CacheStore;
}

export interface Candidate {
  store: () => CacheStore;
  why: string;
}

/**
 * Which backends to try, in order (the cache-backend input). In CI: S3, then the Actions cache, then none;
 * outside CI: the local cache file. An explicit choice is tried alone, with none as the last resort.
 */
export function candidates(
  config: Config,
  ctx: RunContext,
  builders: StoreBuilders,
  env: NodeJS.ProcessEnv,
): Candidate[] {
  const local: Candidate = {
    store: () =>
      new LocalFileStore(config.cacheFile, {
        refuse: () => localCacheRefusal(config.workspace, config.cacheFile, ctx),
      }),
    why: 'local cache file',
  };
  const none: Candidate = { store: () => new NullStore(), why: 'no cache backend available' };
  const s3: Candidate[] =
    builders.s3 && config.s3 ? [{ store: builders.s3, why: 'S3 bucket configured' }] : [];
  const actions: Candidate[] =
    // A pull_request_target run saves into the base branch's Actions cache scope, which the default branch's
    // runs restore from: code under review never writes there.
    builders.actionsCache && env.GITHUB_ACTIONS === 'true' && ctx.event !== 'pull_request_target'
      ? [{ store: builders.actionsCache, why: 'GitHub Actions cache' }]
      : [];
  switch (config.cacheBackend) {
    case 's3':
      return [...s3, none];
    case 'actions-cache':
      return [...actions, none];
    case 'local':
      return [local];
    case 'none':
      return [{ ...none, why: 'cache-backend is none' }];
    case 'auto':
      if (ctx.ci === 'local') return [local];
      return [...s3, ...actions, none];
  }
}

/** Opens the first backend that answers; one that is denied or down is a warning and the next one serves. */
export async function openCache(
  config: Config,
  ctx: RunContext,
  builders: StoreBuilders,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedCache> {
  const scope = scopeFor(config, ctx);
  const fallbacks: string[] = [];
  for (const candidate of candidates(config, ctx, builders, env)) {
    try {
      const store = candidate.store();
      const session = await CacheSession.open(store, scope);
      const why = [candidate.why, ...fallbacks].join('; ');
      return { session, backend: store.backend, why };
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      log.warning(`Cache backend unavailable, trying the next one: ${e.message}`);
      fallbacks.push(`fell back because ${e.message}`);
    }
  }
  const session = await CacheSession.open(new NullStore(), scope);
  return { session, backend: 'none', why: fallbacks.join('; ') || 'no cache backend' };
}
