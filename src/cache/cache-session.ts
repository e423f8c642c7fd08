import { setTimeout as sleep } from 'node:timers/promises';
import type { CacheObjectKey, CacheStore, ReadResult } from './cache-store.js';
import { emptyDocument, mergeDocuments, type CacheDocument } from './cache-document.js';

/** Which objects a run may read and which one it may write (code under review never writes the repository object: SECURITY.md, "Who writes the cache"). */
export interface CacheScope {
  read: CacheObjectKey[];
  write: CacheObjectKey | undefined;
  why: string;
}

export interface LoadNote {
  location: string;
  state: 'loaded' | 'cold' | 'corrupt';
  detail?: string;
  entries?: number;
  /** A corrupt read that is a newer scanner's document: left as is. */
  newer?: boolean;
}

export interface SaveOutcome {
  state: 'saved' | 'skipped' | 'failed';
  location?: string;
  attempts: number;
  detail?: string;
}

const MAX_ATTEMPTS = 6;

/** How a session waits between conflicting writes. Tests pass a sleep that records the delays and resolves at once. */
export interface BackoffClock {
  sleep: (ms: number) => Promise<void>;
  /** The jitter's source, in [0, 1). */
  random: () => number;
}

const REAL_CLOCK: BackoffClock = { sleep: (ms) => sleep(ms), random: Math.random };

/** One run's view of the cache: everything it may read merged, and a conflict-safe save of what it adds. */
export class CacheSession {
  private constructor(
    readonly store: CacheStore,
    readonly scope: CacheScope,
    readonly doc: CacheDocument,
    readonly notes: LoadNote[],
    private readonly writeBase: Stored | undefined,
    private readonly clock: BackoffClock,
  ) {}

  static async open(
    store: CacheStore,
    scope: CacheScope,
    clock: Partial<BackoffClock> = {},
  ): Promise<CacheSession> {
    let doc: CacheDocument | undefined;
    const notes: LoadNote[] = [];
    let writeBase: Stored | undefined;
    for (const key of scope.read) {
      const location = store.describe(key);
      const result = await store.read(key);
      if (result.status === 'found') {
        // The first document is taken as read (thousands of entries, not worth a copy); others merge into it.
        doc = doc ? mergeDocuments(doc, result.doc) : result.doc;
        notes.push({ location, state: 'loaded', entries: Object.keys(result.doc.entries).length });
      } else {
        notes.push(
          result.status === 'corrupt'
            ? { location, state: 'corrupt', detail: result.reason, ...(result.newer ? { newer: true } : {}) }
            : { location, state: 'cold' },
        );
      }
      if (scope.write && sameKey(key, scope.write)) writeBase = stored(result);
    }
    const backoff = { ...REAL_CLOCK, ...clock };
    return new CacheSession(store, scope, doc ?? emptyDocument(new Date(0)), notes, writeBase, backoff);
  }

  /**
   * Writes the scope's object as `update(base)`, where base is that object as stored. On a conflict (another
   * run wrote first) it re-reads and applies the update again, with backoff, so both runs' entries survive.
   */
  async save(update: (base: CacheDocument) => CacheDocument): Promise<SaveOutcome> {
    const key = this.scope.write;
    if (!key) return { state: 'skipped', attempts: 0, detail: this.scope.why };
    const location = this.store.describe(key);
    let base = this.writeBase ?? stored(await this.store.read(key));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Replacing a newer scanner's document would throw its whole cache away for a format this run cannot read.
      if (base.newer) return { state: 'skipped', location, attempts: attempt - 1, detail: NEWER_DETAIL };
      const result = await this.store.write(key, update(base.doc), base.version);
      if (result.status === 'written') return { state: 'saved', location, attempts: attempt };
      if (attempt === MAX_ATTEMPTS) break;
      // Jittered, so two runs that met on one write do not meet again on the next.
      await this.clock.sleep(Math.round(40 * 2 ** attempt * (0.5 + this.clock.random())));
      base = stored(await this.store.read(key));
    }
    return {
      state: 'failed',
      location,
      attempts: MAX_ATTEMPTS,
      detail: 'other runs kept writing the same object',
    };
  }
}

interface Stored {
  doc: CacheDocument;
  version: string | undefined;
  newer?: boolean;
}

const NEWER_DETAIL =
  'the cache object was written by a newer version of the scanner and is left as is; this run reported its results without caching them';

/** A corrupt object is replaced (conditionally on its version); a missing one is created only if still missing. */
function stored(result: ReadResult): Stored {
  if (result.status === 'found') return { doc: result.doc, version: result.version };
  if (result.status === 'corrupt')
    return { doc: emptyDocument(), version: result.version, newer: result.newer };
  return { doc: emptyDocument(), version: undefined };
}

export function sameKey(a: CacheObjectKey, b: CacheObjectKey): boolean {
  return a.kind === b.kind && (a.kind === 'repository' || a.number === (b as { number: number }).number);
}
