import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { safeWriteFile, writeRoots } from '../safe-write.js';
import { errorMessage } from '../errors.js';
import { StoreUnavailableError, type CacheStore, type ReadResult, type WriteResult } from './cache-store.js';
import { parseDocument, serialize, type CacheDocument } from './cache-document.js';

/**
 * The local cache file (.file_hash_cache.json): the same document, uncompressed. One file serves every
 * scope, since a developer's machine is one trust domain. Writes are conditional on the content hash read and go
 * through safe-write: a fresh temporary file renamed over the cache file, never through a symbolic link and
 * never outside the workspace or the temp folders (a refused write throws; the run warns and goes on).
 */
export class LocalFileStore implements CacheStore {
  readonly backend = 'local' as const;
  private refusal: Promise<string | undefined> | undefined;
  private readonly roots: readonly string[];
  private readonly refuse?: () => Promise<string | undefined>;
  /**
   * `refuse` says why this file must not be read at all (a file git tracks, say): the backend is then
   * unavailable. `roots` are the folders a write may land in (the workspace and the temp folders by default).
   */
  constructor(
    private readonly path: string,
    opts: { refuse?: () => Promise<string | undefined>; roots?: readonly string[] } = {},
  ) {
    this.roots = opts.roots ?? writeRoots();
    this.refuse = opts.refuse;
  }

  describe(): string {
    return this.path;
  }

  async read(): Promise<ReadResult> {
    this.refusal ??= this.refuse?.() ?? Promise.resolve(undefined);
    const refused = await this.refusal;
    if (refused) throw new StoreUnavailableError(refused);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { status: 'missing' };
      // An unreadable cache is a warning and a cold cache, never a failed run.
      return {
        status: 'corrupt',
        reason: `could not be read (${code ?? errorMessage(e)})`,
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
