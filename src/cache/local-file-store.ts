import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { safeWriteFile, writeRoots } from '../safe-write.js';
import type { CacheStore, ReadResult, WriteResult } from './cache-store.js';
import { parseDocument, serialize, type CacheDocument } from './scan-cache.js';

/**
 * The local cache file (.file_hash_cache.json): the same document, uncompressed. One file serves every
 * scope, since a developer's machine is one trust domain. Writes are conditional on the content hash read and go
 * through safe-write: a fresh temporary file renamed over the cache file, never through a symbolic link and
 * never outside the workspace or the temp folders (a refused write throws; the run warns and goes on).
 */
export class LocalFileStore implements CacheStore {
  readonly backend = 'local' as const;
  constructor(
    private readonly path: string,
    private readonly roots: readonly string[] = writeRoots(),
  ) {}

  describe(): string {
    return this.path;
  }

  async read(): Promise<ReadResult> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { status: 'missing' };
      // DESIGN §4: an unreadable cache is a warning and a cold cache, never a failed run.
      return {
        status: 'corrupt',
        reason: `could not be read (${code ?? (e as Error).message})`,
        version: undefined,
      };
    }
    const version = hash(text);
    const parsed = parseDocument(text);
    return parsed.ok
      ? { status: 'found', doc: parsed.doc, version }
      : { status: 'corrupt', reason: parsed.reason, version, newer: parsed.newer };
  }

  async write(_key: unknown, doc: CacheDocument, version: string | undefined): Promise<WriteResult> {
    const current = await readFile(this.path, 'utf8').then(hash, () => undefined);
    if (current !== version) return { status: 'conflict' };
    await safeWriteFile(this.path, `${serialize(doc)}\n`, this.roots);
    return { status: 'written' };
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
