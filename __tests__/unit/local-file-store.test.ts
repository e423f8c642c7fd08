import { afterAll, describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import {
  emptyDocument,
  entryFor,
  parseDocument,
  type CacheDocument,
} from '../../src/cache/cache-document.js';
import { tempDir } from './fakes.js';

const REPO = { kind: 'repository' } as const;
const NOW = new Date();
const docWith = (...keys: string[]): CacheDocument => ({
  ...emptyDocument(NOW),
  entries: Object.fromEntries(
    keys.map((k) => [k, entryFor([], 'm', { in: 1, out: 2, cacheRead: 0, cacheWrite: 0 }, 0.5, NOW)]),
  ),
});

describe('LocalFileStore', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  let n = 0;
  const fresh = () => new LocalFileStore(join(dir, `case-${++n}`, '.file_hash_cache.json'));

  it('reads a missing file as missing, and creates it (with its folder) on the first write', async () => {
    const store = fresh();
    assert.deepEqual(await store.read(), { status: 'missing' });
    assert.deepEqual(await store.write(REPO, docWith('a'), undefined), { status: 'written' });
    const back = await store.read();
    assert.equal(back.status, 'found');
    assert.deepEqual(back.status === 'found' && back.doc, docWith('a'));
  });

  it('writes the same document, uncompressed JSON', async () => {
    const store = fresh();
    await store.write(REPO, docWith('x'), undefined);
    const text = readFileSync(store.describe(), 'utf8');
    assert.deepEqual(parseDocument(text), { ok: true, doc: docWith('x') });
  });

  it('writes only over the version it read', async () => {
    const store = fresh();
    await store.write(REPO, docWith('a'), undefined);
    const first = await store.read();
    assert.equal(first.status, 'found');
    const version = first.status === 'found' ? first.version : undefined;
    assert.ok(version);
    assert.deepEqual(await store.write(REPO, docWith('a', 'b'), version), { status: 'written' });
    // The file changed since `version` was read: a conflict, and the newer content stays.
    assert.deepEqual(await store.write(REPO, docWith('c'), version), { status: 'conflict' });
    const now = await store.read();
    assert.deepEqual(now.status === 'found' && Object.keys(now.doc.entries).sort(), ['a', 'b']);
    // Creating is conditional too: an existing file is not overwritten by a writer that saw none.
    assert.deepEqual(await store.write(REPO, docWith('d'), undefined), { status: 'conflict' });
  });

  it('notices an edit made by another process', async () => {
    const store = fresh();
    await store.write(REPO, docWith('a'), undefined);
    const read = await store.read();
    writeFileSync(store.describe(), `${JSON.stringify(docWith('edited'))}\n`);
    assert.deepEqual(
      await store.write(REPO, docWith('mine'), read.status === 'found' ? read.version : undefined),
      { status: 'conflict' },
    );
  });

  it('reads a corrupt file as corrupt with a version, so it can be replaced conditionally', async () => {
    const store = fresh();
    mkdirSync(join(store.describe(), '..'), { recursive: true });
    writeFileSync(store.describe(), '{"version": 1, "entr');
    const read = await store.read();
    assert.equal(read.status, 'corrupt');
    assert.ok(read.status === 'corrupt' && read.version);
    assert.match(read.status === 'corrupt' ? read.reason : '', /not valid JSON/);
    assert.deepEqual(
      await store.write(REPO, docWith('new'), read.status === 'corrupt' ? read.version : undefined),
      { status: 'written' },
    );
  });

  it('reads a path it cannot read as corrupt instead of failing the run', async () => {
    const path = join(dir, 'a-folder');
    mkdirSync(path, { recursive: true });
    const read = await new LocalFileStore(path).read();
    assert.equal(read.status, 'corrupt');
  });

  it('writes atomically: a new file renamed over the old one, no temporary file left', async () => {
    const store = fresh();
    await store.write(REPO, docWith('a'), undefined);
    const before = statSync(store.describe()).ino;
    const read = await store.read();
    await store.write(REPO, docWith('a', 'b'), read.status === 'found' ? read.version : undefined);
    assert.notEqual(statSync(store.describe()).ino, before, 'the file was replaced, not rewritten in place');
    // readdirSync's array belongs to Node's realm, not the test's: expect compares across realms.
    expect(readdirSync(join(store.describe(), '..'))).toEqual(['.file_hash_cache.json']);
  });

  it('describes itself by its path', () => {
    assert.equal(new LocalFileStore('/x/y.json').describe(), '/x/y.json');
    assert.equal(new LocalFileStore('/x/y.json').backend, 'local');
  });
});
