import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  addRun,
  cacheKey,
  CACHE_VERSION,
  emptyDocument,
  entryFor,
  EntrySchema,
  fingerprint,
  isCleanEntry,
  isFresh,
  MAX_RUNS,
  mergeDocuments,
  parseDocument,
  prune,
  serialize,
  sha256,
  type CacheDocument,
  type CacheEntry,
  type FingerprintParts,
  type RunRecord,
} from '../../src/cache/cache-document.js';

const DAY = 86_400_000;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

function entry(scannedAt: Date, usd = 0.01, title?: string): CacheEntry {
  const findings = title
    ? [
        {
          severity: 'high' as const,
          category: 'security' as const,
          title,
          explanation: 'e',
          fix: 'f',
          startLine: 1,
          endLine: 2,
          confidence: 'high' as const,
        },
      ]
    : [];
  return entryFor(findings, 'm', { in: 100, out: 10, cacheRead: 0, cacheWrite: 0 }, usd, scannedAt);
}

function run(at: Date, hits = 0): RunRecord {
  return { at: at.toISOString(), event: 'push', hits, misses: 1, calls: 1, usd: 0.01, savedUsd: 0 };
}

function doc(entries: Record<string, CacheEntry>, runs: RunRecord[] = [], updatedAt = NOW): CacheDocument {
  return { ...emptyDocument(updatedAt), entries, runs };
}

describe('fingerprint', () => {
  const base: FingerprintParts = {
    scannerVersion: '1.0.0',
    promptVersion: '1',
    modelId: 'model-a',
    frameworks: ['owasp-top-10', 'pci-dss'],
    instructions: 'context',
  };
  const fp = fingerprint(base);

  it('is stable for the same parts', () => assert.equal(fingerprint({ ...base }), fp));

  it('changes with each part', () => {
    const variants: Partial<FingerprintParts>[] = [
      { scannerVersion: '1.0.1' },
      { promptVersion: '2' },
      { modelId: 'model-b' },
      { frameworks: ['owasp-top-10'] },
      { frameworks: ['owasp-top-10', 'pci-dss', 'gdpr'] },
      { instructions: 'other context' },
      { instructions: '' },
    ];
    const seen = new Set([fp]);
    for (const v of variants) {
      const other = fingerprint({ ...base, ...v });
      assert.ok(!seen.has(other), `fingerprint did not change for ${JSON.stringify(v)}`);
      seen.add(other);
    }
  });

  it('ignores the order of frameworks and whitespace around the instructions', () => {
    assert.equal(fingerprint({ ...base, frameworks: ['pci-dss', 'owasp-top-10'] }), fp);
    assert.equal(fingerprint({ ...base, instructions: '  context\n' }), fp);
  });

  it('does not let parts run into each other', () => {
    assert.notEqual(
      fingerprint({ ...base, modelId: 'ab', instructions: 'c' }),
      fingerprint({ ...base, modelId: 'a', instructions: 'bc' }),
    );
  });

  it('keys entries by content hash and fingerprint', () => {
    const h = sha256(Buffer.from('x'));
    assert.equal(h, createHash('sha256').update('x').digest('hex'));
    assert.equal(cacheKey(h, fp), `${h}:${fp}`);
    assert.notEqual(cacheKey(h, fp), cacheKey(h, fingerprint({ ...base, modelId: 'model-b' })));
  });
});

describe('parseDocument', () => {
  const valid = doc({ [cacheKey('a'.repeat(64), 'f')]: entry(ago(DAY), 0.5, 'SQL injection') }, [
    run(ago(DAY)),
  ]);

  it('round-trips a valid document', () => {
    const parsed = parseDocument(serialize(valid));
    assert.deepEqual(parsed, { ok: true, doc: valid });
  });

  it('rejects text that is not JSON', () => {
    assert.deepEqual(parseDocument('{"version": 1, '), { ok: false, reason: 'not valid JSON' });
    assert.deepEqual(parseDocument(''), { ok: false, reason: 'not valid JSON' });
  });

  it('rejects an unknown or missing version, saying which', () => {
    const v2 = parseDocument(JSON.stringify({ ...valid, version: 2 }));
    assert.equal(v2.ok, false);
    assert.match((v2 as { reason: string }).reason, /unknown document version 2 \(expected 1\)/);
    const none = parseDocument(JSON.stringify({ entries: {} }));
    assert.match((none as { reason: string }).reason, /unknown document version none/);
    assert.equal(parseDocument('null').ok, false);
    assert.equal(parseDocument('[1]').ok, false);
    assert.equal(CACHE_VERSION, 1);
  });

  it('rejects documents that do not match the schema', () => {
    const broken: unknown[] = [
      { ...valid, entries: { k: { ...entry(NOW), scannedAt: 'yesterday' } } },
      { ...valid, entries: { k: { ...entry(NOW), usd: '0.1' } } },
      { ...valid, entries: { k: { ...entry(NOW), findings: [{ severity: 'apocalyptic' }] } } },
      { ...valid, runs: 'none' },
      { ...valid, entries: [entry(NOW)] },
      { ...valid, entries: null },
      { version: 1, entries: {}, runs: [] },
    ];
    for (const b of broken) {
      const result = parseDocument(JSON.stringify(b));
      assert.equal(result.ok, false, JSON.stringify(b).slice(0, 120));
      assert.match((result as { reason: string }).reason, /does not match the cache schema/);
    }
  });
});

describe('isCleanEntry, the fast path of the entry schema', () => {
  const clean = () =>
    entryFor([], 'model-a', { in: 1200, out: 80, cacheRead: 0, cacheWrite: 0 }, 0.0042, NOW);
  // Each variant changes one thing of a clean entry; the fast path may refuse more than the schema, never less.
  const variants: [string, (e: Record<string, unknown>) => unknown][] = [
    ['as written', (e) => e],
    ['no usd price', (e) => ({ ...e, usd: null })],
    [
      'negative and zero tokens',
      (e) => ({ ...e, tokens: { in: 0, out: -1, cacheRead: 0.5, cacheWrite: 3 } }),
    ],
    ['a finding', (e) => ({ ...e, findings: entry(NOW, 0, 'x').findings })],
    ['an extra key', (e) => ({ ...e, extra: 1 })],
    ['an extra token key', (e) => ({ ...e, tokens: { ...(e.tokens as object), more: 1 } })],
    ['no usd', ({ usd: _, ...e }) => e],
    ['no tokens', ({ tokens: _, ...e }) => e],
    [
      'a token missing, another in its place',
      (e) => ({ ...e, tokens: { in: 1, out: 1, cacheRead: 1, other: 1 } }),
    ],
    ['usd as text', (e) => ({ ...e, usd: '0.1' })],
    ['usd infinite', (e) => ({ ...e, usd: Infinity })],
    ['tokens NaN', (e) => ({ ...e, tokens: { in: NaN, out: 1, cacheRead: 1, cacheWrite: 1 } })],
    ['tokens null', (e) => ({ ...e, tokens: null })],
    ['tokens an array', (e) => ({ ...e, tokens: [1, 2, 3, 4] })],
    ['findings not an array', (e) => ({ ...e, findings: {} })],
    ['model a number', (e) => ({ ...e, model: 7 })],
    ['an array', () => [1, 2, 3, 4, 5]],
    ['null', () => null],
    ['a string', () => 'entry'],
    ...[
      '2024-02-29T23:59:59.999Z',
      '2025-02-29T10:00:00.000Z',
      '2025-04-31T10:00:00.000Z',
      '2025-13-01T10:00:00.000Z',
      '2025-06-15T24:00:00.000Z',
      '2025-06-15T12:60:00.000Z',
      '2025-06-15T12:00:60.000Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2025-06-15T12:00:00Z',
      '2025-06-15T12:00:00.5Z',
      '2025-06-15T12:00:00.000+00:00',
      '2025-06-15 12:00:00.000Z',
      ' 2025-06-15T12:00:00.000Z',
      'yesterday',
    ].map((at): [string, (e: Record<string, unknown>) => unknown] => [
      `scannedAt ${at}`,
      (e) => ({ ...e, scannedAt: at }),
    ]),
  ];

  it('accepts only what the schema accepts, and as the schema would give it back', () => {
    let accepted = 0;
    for (const [name, change] of variants) {
      const value = JSON.parse(JSON.stringify(change(clean())) ?? 'null');
      const direct = change(clean());
      for (const candidate of [value, direct]) {
        if (!isCleanEntry(candidate)) continue;
        accepted++;
        const schema = EntrySchema.safeParse(candidate);
        assert.ok(schema.success, `${name}: the schema refuses what the fast path accepts`);
        assert.deepEqual(schema.data, candidate, `${name}: the schema would give back something else`);
      }
    }
    assert.ok(accepted >= 6, 'the usual clean entries take the fast path');
  });

  it('agrees with the schema on a thousand random instants, valid or not', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let i = 0; i < 1000; i++) {
      const at = `${pad(rand(10_000), 4)}-${pad(rand(14), 2)}-${pad(rand(33), 2)}T${pad(rand(26), 2)}:${pad(rand(62), 2)}:${pad(rand(62), 2)}.${pad(rand(1000), 3)}Z`;
      const candidate = { ...clean(), scannedAt: at };
      if (isCleanEntry(candidate)) assert.ok(EntrySchema.safeParse(candidate).success, at);
    }
    assert.ok(isCleanEntry(clean()));
  });

  it('a document of clean entries parses to the same document as before, entries kept as parsed', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [cacheKey(sha256(String(i)), 'f'), entry(ago(i * 1000), i / 100)]),
    );
    const original = doc({ ...entries, [cacheKey('b'.repeat(64), 'f')]: entry(ago(DAY), 0.5, 'XSS') });
    assert.deepEqual(parseDocument(serialize(original)), { ok: true, doc: original });
  });

  it('an entry keyed "__proto__" stays an entry and never becomes the prototype', () => {
    const text = `{"version":1,"updatedAt":"${NOW.toISOString()}","runs":[],"entries":{"__proto__":${JSON.stringify({ ...entry(NOW, 0.1, 'XSS'), extra: 1 })}}}`;
    const parsed = parseDocument(text);
    assert.ok(parsed.ok);
    assert.equal(Object.getPrototypeOf(parsed.doc.entries), Object.prototype);
    assert.deepEqual(Object.keys(parsed.doc.entries), ['__proto__']);
    assert.equal(
      Object.hasOwn(parsed.doc.entries['__proto__']!, 'extra'),
      false,
      'the schema stripped the extra key',
    );
  });
});

describe('prune and isFresh', () => {
  it('drops entries older than the TTL and entries dated in the future', () => {
    const d = doc({
      fresh: entry(ago(6 * DAY)),
      edge: entry(ago(7 * DAY - 1000)),
      old: entry(ago(7 * DAY)),
      ancient: entry(ago(400 * DAY)),
      skewed: entry(new Date(NOW.getTime() + 60_000)),
      future: entry(new Date(NOW.getTime() + DAY)),
    });
    const { doc: pruned, dropped } = prune(d, NOW, 7);
    assert.deepEqual(Object.keys(pruned.entries).sort(), ['edge', 'fresh', 'skewed']);
    assert.equal(dropped, 3);
    assert.equal(Object.keys(d.entries).length, 6, 'the input is not changed');
  });

  it('follows the TTL given', () => {
    assert.equal(isFresh(entry(ago(2 * DAY)), NOW, 1), false);
    assert.equal(isFresh(entry(ago(2 * DAY)), NOW, 3), true);
  });
});

describe('mergeDocuments', () => {
  it('is the union of entries; for the same key the newer scan wins, whichever side it is on', () => {
    const older = entry(ago(3 * DAY), 0.1, 'old');
    const newer = entry(ago(1 * DAY), 0.2, 'new');
    const a = doc({ onlyA: entry(ago(DAY)), both: older });
    const b = doc({ onlyB: entry(ago(DAY)), both: newer });
    for (const merged of [mergeDocuments(a, b), mergeDocuments(b, a)]) {
      assert.deepEqual(Object.keys(merged.entries).sort(), ['both', 'onlyA', 'onlyB']);
      assert.equal(merged.entries.both!.findings[0]!.title, 'new');
    }
  });

  it('keeps the later updatedAt', () => {
    const a = doc({}, [], ago(DAY));
    const b = doc({}, [], NOW);
    assert.equal(mergeDocuments(a, b).updatedAt, NOW.toISOString());
    assert.equal(mergeDocuments(b, a).updatedAt, NOW.toISOString());
  });

  it('dedupes runs, orders them by time and keeps the newest 50', () => {
    const shared = run(ago(10 * 60_000), 1);
    const a = doc({}, [run(ago(30 * 60_000)), shared]);
    const b = doc({}, [shared, run(ago(5 * 60_000))]);
    const merged = mergeDocuments(a, b);
    assert.equal(merged.runs.length, 3);
    assert.deepEqual(
      merged.runs.map((r) => r.at),
      [...merged.runs.map((r) => r.at)].sort(),
    );

    const many = (offset: number) =>
      Array.from({ length: 40 }, (_, i) => run(ago((offset + 2 * i) * 60_000)));
    const big = mergeDocuments(doc({}, many(0)), doc({}, many(1)));
    assert.equal(big.runs.length, MAX_RUNS);
    assert.equal(MAX_RUNS, 50);
    // The newest runs are the ones kept.
    assert.equal(big.runs.at(-1)!.at, ago(0).toISOString());
    assert.equal(big.runs[0]!.at, ago(49 * 60_000).toISOString());
  });
});

describe('addRun', () => {
  it('appends the run, sets updatedAt and keeps at most 50', () => {
    let d = doc({});
    for (let i = 0; i < 55; i++) d = addRun(d, run(new Date(NOW.getTime() + i * 1000), i));
    assert.equal(d.runs.length, 50);
    assert.equal(d.runs[0]!.hits, 5);
    assert.equal(d.runs.at(-1)!.hits, 54);
    assert.equal(d.updatedAt, d.runs.at(-1)!.at);
  });
});

describe('entryFor', () => {
  it('stores an unknown cost as null', () => {
    assert.equal(entryFor([], 'm', { in: 1, out: 1, cacheRead: 0, cacheWrite: 0 }, undefined, NOW).usd, null);
    assert.equal(
      entryFor([], 'm', { in: 1, out: 1, cacheRead: 0, cacheWrite: 0 }, 0.25, NOW).scannedAt,
      NOW.toISOString(),
    );
  });
});
