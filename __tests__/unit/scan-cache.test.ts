import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  addRun,
  cacheKey,
  CACHE_VERSION,
  emptyDocument,
  entryFor,
  fingerprint,
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
} from '../../src/cache/scan-cache.js';

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
      { version: 1, entries: {}, runs: [] },
    ];
    for (const b of broken) {
      const result = parseDocument(JSON.stringify(b));
      assert.equal(result.ok, false, JSON.stringify(b).slice(0, 120));
      assert.match((result as { reason: string }).reason, /does not match the cache schema/);
    }
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
