import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreUnavailableError, type CacheStore, type ReadResult, type WriteResult } from './cache-store.js';
import { parseDocument, serialize, type CacheDocument } from './scan-cache.js';

/**
 * The local cache file (.file_hash_cache.json): the same document, uncompressed. One file serves every
 * scope, since a developer's machine is one trust domain. Writes go through a temporary file and a
 * rename so an interrupted run never leaves half a file, and are conditional on the content hash read.
 */
export class LocalFileStore implements CacheStore {
  readonly backend = 'local' as const;
  private refusal: Promise<string | undefined> | undefined;
  /** `refuse` says why this file must not be read at all (a file git tracks, say): the backend is then unavailable. */
  constructor(
    private readonly path: string,
    private readonly refuse?: () => Promise<string | undefined>,
  ) {}

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
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, `${serialize(doc)}\n`);
    await rename(tmp, this.path);
    return { status: 'written' };
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
