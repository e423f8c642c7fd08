import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  evidenceAt,
  normalizeLine,
  NO_DROPS,
  someDrops,
  verifyEvidence,
  withCachedDrops,
} from '../../src/findings/evidence.js';
import type { Finding } from '../../src/scanner/findings.js';

const APP = [
  'import sqlite3',
  '',
  'def find(db, name):',
  '    query = "SELECT * FROM users WHERE name = \'" + name + "\'"',
  '    return db.execute(query)',
  '',
  'def ok():',
  '    return 1',
  '',
  'def more():',
  '    pass',
  '',
  '',
  'x = 1',
].join('\n');
const UTIL = 'def helper(path):\n    return open("/srv/files/" + path).read()\n';

const at = (line: number, evidence?: string): Finding => ({
  severity: 'high',
  category: 'security',
  title: 'SQL injection',
  cwe: 'CWE-89',
  explanation: 'x',
  fix: 'y',
  startLine: line,
  endLine: line,
  confidence: 'high',
  ...(evidence === undefined ? {} : { evidence }),
});
const whole = (content: string) => ({ content, firstLine: 1 });

describe('evidence', () => {
  it('matches the exact line inside the range', () => {
    assert.ok(evidenceAt(APP.split('\n')[3]!, whole(APP), { startLine: 4, endLine: 4 }));
  });

  it('forgives whitespace, a line-number prefix and a long enough part of the line', () => {
    const r = { startLine: 4, endLine: 5 };
    assert.ok(evidenceAt(`query  =   "SELECT * FROM users WHERE name = '" + name + "'"`, whole(APP), r));
    assert.ok(evidenceAt('   4| return db.execute(query)', whole(APP), r));
    assert.ok(evidenceAt('"SELECT * FROM users', whole(APP), r));
    assert.equal(normalizeLine(' 12|   a \t b  '), 'a b');
  });

  it('refuses a fragment too short to prove anything, unless it is the whole line', () => {
    assert.ok(!evidenceAt('query', whole(APP), { startLine: 4, endLine: 4 }));
    assert.ok(evidenceAt('pass', whole(APP), { startLine: 11, endLine: 11 }));
  });

  it('finds it within three lines of the range, not further', () => {
    const line = 'return db.execute(query)'; // line 5
    assert.ok(evidenceAt(line, whole(APP), { startLine: 8, endLine: 8 }));
    assert.ok(evidenceAt(line, whole(APP), { startLine: 2, endLine: 2 }));
    assert.ok(!evidenceAt(line, whole(APP), { startLine: 9, endLine: 9 }));
    assert.ok(!evidenceAt(line, whole(APP), { startLine: 14, endLine: 14 }));
  });

  it('takes a quote of several lines when they follow each other', () => {
    const r = { startLine: 3, endLine: 5 };
    assert.ok(evidenceAt('def find(db, name):\n    query = "SELECT * FROM users', whole(APP), r));
    assert.ok(!evidenceAt('def find(db, name):\n    return 1', whole(APP), r));
  });

  it("counts a chunk by the file's own line numbers", () => {
    const chunk = { content: APP.split('\n').slice(2, 6).join('\n'), firstLine: 3 };
    assert.ok(evidenceAt('return db.execute(query)', chunk, { startLine: 5, endLine: 5 }));
    assert.ok(!evidenceAt('def ok():', chunk, { startLine: 7, endLine: 7 }), 'line 7 is not in the chunk');
  });

  it('drops and counts a finding whose evidence is absent, in another file, or missing; keeps a genuine one', () => {
    const sent = new Map([
      ['app.py', whole(APP)],
      ['util.py', whole(UTIL)],
    ]);
    const { kept, drops, dropsByPath } = verifyEvidence(
      new Map([
        [
          'app.py',
          [
            at(4, 'return db.execute(query)'),
            at(4, 'cursor.execute("DROP TABLE users")'),
            at(4, 'return open("/srv/files/" + path).read()'),
            at(4),
          ],
        ],
        ['util.py', [at(2, 'return open("/srv/files/" + path).read()')]],
      ]),
      sent,
    );
    assert.equal(kept.get('app.py')!.length, 1);
    assert.equal(kept.get('app.py')![0]!.evidence, 'return db.execute(query)');
    assert.equal(kept.get('util.py')!.length, 1);
    assert.deepEqual(drops, { absent: 2, wrongFile: 1 });
    // By the path the finding named, to be kept with that file's result; none for a file with no drop.
    assert.deepEqual([...dropsByPath], [['app.py', { absent: 2, wrongFile: 1 }]]);
  });

  it('keeps only drops worth keeping, and adds the cached ones once per content', () => {
    assert.equal(someDrops(NO_DROPS), undefined);
    assert.equal(someDrops(undefined), undefined);
    assert.deepEqual(someDrops({ absent: 0, wrongFile: 2 }), { absent: 0, wrongFile: 2 });
    const outcome = { dropped: { absent: 1, wrongFile: 0 }, calls: 3 };
    const hit = (sha256: string, dropped?: { absent: number; wrongFile: number }) => ({
      file: { sha256 },
      entry: dropped ? { dropped } : {},
    });
    // Two paths of one content count its drops once, as the run that sent it once did.
    assert.deepEqual(
      withCachedDrops(outcome, [
        hit('a', { absent: 2, wrongFile: 1 }),
        hit('a', { absent: 2, wrongFile: 1 }),
        hit('b'),
        hit('c', { absent: 0, wrongFile: 1 }),
      ]),
      { dropped: { absent: 3, wrongFile: 2 }, calls: 3 },
    );
    assert.equal(withCachedDrops(outcome, [hit('b')]), outcome);
  });
});
