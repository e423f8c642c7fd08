import type { CacheDocument } from './cache-document.js';

/** Every cache backend, in the order the cache-backend input lists them. */
export const BACKENDS = ['s3', 'actions-cache', 'local', 'none'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** A logical cache object: the repository's, or one pull request's. */
export type CacheObjectKey = { kind: 'repository' } | { kind: 'pull-request'; number: number };

export type ReadResult =
  | { status: 'found'; doc: CacheDocument; version: string | undefined }
  | { status: 'missing' }
  /** `newer`: written by a newer scanner (a later document version), so it is read as cold but never replaced. */
  | { status: 'corrupt'; reason: string; version: string | undefined; newer?: boolean };

export type WriteResult = { status: 'written' } | { status: 'conflict' };

/**
 * Where cache documents live. Reads of a missing object are 'missing'; an unreadable one is 'corrupt';
 * a store that cannot be reached or is denied throws StoreUnavailableError so the next backend can serve.
 * `version` (an ETag for S3) makes writes conditional so concurrent runs lose nothing.
 */
export interface CacheStore {
  readonly backend: BackendName;
  describe(key: CacheObjectKey): string;
  read(key: CacheObjectKey): Promise<ReadResult>;
  /** Writes only if the object is still at `version` (undefined: only if it does not exist yet). */
  write(key: CacheObjectKey, doc: CacheDocument, version: string | undefined): Promise<WriteResult>;
}

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export function objectName(key: CacheObjectKey): string {
  return key.kind === 'repository' ? 'scan-cache' : `pr/${key.number}`;
}
