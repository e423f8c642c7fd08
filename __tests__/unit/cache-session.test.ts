import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { CacheSession, sameKey, type CacheScope } from '../../src/cache/cache-session.js';
import type { CacheObjectKey } from '../../src/cache/cache-store.js';
import {
  emptyDocument,
  entryFor,
  serialize,
  type CacheDocument,
  type CacheEntry,
} from '../../src/cache/cache-document.js';
import { MemoryStore, recordingSleep } from './fakes.js';

const REPO: CacheObjectKey = { kind: 'repository' };
const PR: CacheObjectKey = { kind: 'pull-request', number: 12 };
const NOW = new Date();

const entry = (usd: number): CacheEntry =>
  entryFor([], 'm', { in: 1, out: 1, cacheRead: 0, cacheWrite: 0 }, usd, NOW);
const docWith = (...keys: string[]): CacheDocument => ({
  ...emptyDocument(NOW),
  entries: Object.fromEntries(keys.map((k, i) => [k, entry(i)])),
});
/** The update a run applies: its own entries added to whatever is stored. */
const adding =
  (...keys: string[]) =>
  (base: CacheDocument): CacheDocument => ({
    ...base,
    entries: { ...base.entries, ...docWith(...keys).entries },
  });

const scope = (read: CacheObjectKey[], write: CacheObjectKey | undefined): CacheScope => ({
  read,
  write,
  why: 'test scope',
});

describe('CacheSession.open', () => {
  it('merges every object it may read and notes each one', async () => {
    const store = new MemoryStore();
    store.put(REPO, serialize(docWith('r1', 'r2')));
    store.put(PR, serialize(docWith('p1')));
    const session = await CacheSession.open(store, scope([REPO, PR], PR));
    assert.deepEqual(Object.keys(session.doc.entries).sort(), ['p1', 'r1', 'r2']);
    assert.deepEqual(session.notes, [
      { location: 'memory://scan-cache', state: 'loaded', entries: 2 },
      { location: 'memory://pr/12', state: 'loaded', entries: 1 },
    ]);
  });

  it('notes a missing object as cold and an unreadable one as corrupt, and starts empty', async () => {
    const store = new MemoryStore();
    store.put(REPO, '{"version": 99}');
    const session = await CacheSession.open(store, scope([REPO, PR], PR));
    assert.deepEqual(session.doc.entries, {});
    assert.equal(session.notes[0]!.state, 'corrupt');
    assert.match(session.notes[0]!.detail!, /unknown document version 99/);
    assert.deepEqual(session.notes[1], { location: 'memory://pr/12', state: 'cold' });
  });
});

describe('CacheSession.save', () => {
  it('writes the update of the object as read, without reading it again', async () => {
    const store = new MemoryStore();
    store.put(REPO, serialize(docWith('old')));
    const session = await CacheSession.open(store, scope([REPO], REPO));
    const readsAfterOpen = store.reads;
    const outcome = await session.save(adding('new'));
    assert.deepEqual(outcome, { state: 'saved', location: 'memory://scan-cache', attempts: 1 });
    assert.equal(store.reads, readsAfterOpen);
    assert.deepEqual(Object.keys(store.doc(REPO)!.entries).sort(), ['new', 'old']);
  });

  it('creates a missing object only if it is still missing', async () => {
    const store = new MemoryStore();
    const session = await CacheSession.open(store, scope([REPO], REPO));
    assert.equal((await session.save(adding('a'))).state, 'saved');
    assert.deepEqual(Object.keys(store.doc(REPO)!.entries), ['a']);
  });

  it('on a conflict re-reads the object and applies the update again, so the other run loses nothing', async () => {
    const store = new MemoryStore();
    store.put(REPO, serialize(docWith('old')));
    const { delays, sleep } = recordingSleep();
    const session = await CacheSession.open(store, scope([REPO], REPO), { sleep, random: () => 0.5 });
    // Another run saves between our read and our write, twice.
    store.beforeWrite = (key, attempt) => {
      if (attempt === 1) store.put(key, serialize(docWith('old', 'theirs-1')));
      if (attempt === 2) store.put(key, serialize(docWith('old', 'theirs-1', 'theirs-2')));
    };
    const bases: string[][] = [];
    const outcome = await session.save((base) => {
      bases.push(Object.keys(base.entries).sort());
      return adding('mine')(base);
    });
    assert.equal(outcome.state, 'saved');
    assert.equal(outcome.attempts, 3);
    assert.deepEqual(bases, [['old'], ['old', 'theirs-1'], ['old', 'theirs-1', 'theirs-2']]);
    assert.deepEqual(Object.keys(store.doc(REPO)!.entries).sort(), ['mine', 'old', 'theirs-1', 'theirs-2']);
    assert.deepEqual(
      store.writes.map((w) => w.outcome),
      ['conflict', 'conflict', 'written'],
    );
    assert.deepEqual(delays, [80, 160], 'a doubling backoff before each new attempt');
  });

  it('gives up after repeated conflicts and says so', async () => {
    const store = new MemoryStore();
    const { delays, sleep } = recordingSleep();
    const session = await CacheSession.open(store, scope([REPO], REPO), { sleep, random: () => 0.5 });
    store.beforeWrite = (key) => store.put(key, serialize(docWith('someone-else')));
    const outcome = await session.save(adding('mine'));
    assert.equal(outcome.state, 'failed');
    assert.equal(outcome.attempts, 6);
    assert.deepEqual(delays, [80, 160, 320, 640, 1280], 'no wait after the last attempt');
    assert.match(outcome.detail!, /other runs kept writing/);
    assert.equal(store.writes.filter((w) => w.outcome === 'written').length, 0);
  });

  it('writes nothing when the scope may not write, and says why', async () => {
    const store = new MemoryStore();
    store.put(REPO, serialize(docWith('r')));
    const session = await CacheSession.open(store, scope([REPO], undefined));
    const outcome = await session.save(adding('x'));
    assert.deepEqual(outcome, { state: 'skipped', attempts: 0, detail: 'test scope' });
    assert.equal(store.writes.length, 0);
    assert.deepEqual(Object.keys(store.doc(REPO)!.entries), ['r']);
  });

  it('a pull request writes only its own object, starting from it, not from the repository object', async () => {
    const store = new MemoryStore();
    store.put(REPO, serialize(docWith('r')));
    store.put(PR, serialize(docWith('p')));
    const repoText = store.objects.get('scan-cache')!.text;
    const session = await CacheSession.open(store, scope([REPO, PR], PR));
    await session.save(adding('new'));
    assert.equal(store.objects.get('scan-cache')!.text, repoText);
    assert.deepEqual(Object.keys(store.doc(PR)!.entries).sort(), ['new', 'p']);
  });

  it('replaces a corrupt object conditionally on the version it read', async () => {
    const store = new MemoryStore();
    store.put(REPO, 'garbage');
    const session = await CacheSession.open(store, scope([REPO], REPO));
    assert.equal(session.notes[0]!.state, 'corrupt');
    assert.equal((await session.save(adding('fresh'))).state, 'saved');
    assert.deepEqual(Object.keys(store.doc(REPO)!.entries), ['fresh']);

    // If someone fixed the object meanwhile, their version is merged, not overwritten.
    const again = new MemoryStore();
    again.put(REPO, 'garbage');
    const s2 = await CacheSession.open(again, scope([REPO], REPO), { sleep: recordingSleep().sleep });
    again.put(REPO, serialize(docWith('repaired')));
    const outcome = await s2.save(adding('fresh'));
    assert.equal(outcome.attempts, 2);
    assert.deepEqual(Object.keys(again.doc(REPO)!.entries).sort(), ['fresh', 'repaired']);
  });
});

describe('sameKey', () => {
  it('compares kinds and pull request numbers', () => {
    assert.equal(sameKey(REPO, { kind: 'repository' }), true);
    assert.equal(sameKey(PR, { kind: 'pull-request', number: 12 }), true);
    assert.equal(sameKey(PR, { kind: 'pull-request', number: 13 }), false);
    assert.equal(sameKey(PR, REPO), false);
  });
});
