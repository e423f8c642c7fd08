import type { BackendName } from './cache-store.js';
import type { CacheSession } from './cache-session.js';

/** What opening the cache gives the pipeline: the session, and which backend serves it and why. */
export interface OpenedCache {
  session: CacheSession;
  backend: BackendName;
  /** Why this backend serves the run (and why others did not). */
  why: string;
}
