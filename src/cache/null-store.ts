import type { CacheStore, ReadResult, WriteResult } from './cache-store.js';

/** No persistence: every run is cold (cache-backend: none, or every other backend unavailable). */
export class NullStore implements CacheStore {
  readonly backend = 'none' as const;
  describe(): string {
    return 'no cache';
  }
  read(): Promise<ReadResult> {
    return Promise.resolve({ status: 'missing' });
  }
  write(): Promise<WriteResult> {
    return Promise.resolve({ status: 'written' });
  }
}
