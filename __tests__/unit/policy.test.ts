import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { applyPolicy, EXCLUSIONS } from '../../src/findings/policy.js';
import type { LocatedFinding } from '../../src/scanner/findings.js';

const f = (over: Partial<LocatedFinding> = {}): LocatedFinding => ({
  path: 'src/app.py',
  severity: 'high',
  category: 'security',
  title: 'SQL injection',
  cwe: 'CWE-89',
  explanation: 'Request data reaches the query.',
  fix: 'Parameterise.',
  startLine: 1,
  endLine: 1,
  confidence: 'high',
  ...over,
});

const excludedBy = (finding: LocatedFinding) => Object.keys(applyPolicy([finding], 'low').filtered.excluded);

describe('min-confidence', () => {
  const findings = [f({ confidence: 'high' }), f({ confidence: 'medium' }), f({ confidence: 'low' })];
  it('reports the findings at or above it and counts the others', () => {
    assert.equal(applyPolicy(findings, 'low').shown.length, 3);
    const medium = applyPolicy(findings, 'medium');
    assert.deepEqual(
      medium.shown.map((x) => x.confidence),
      ['high', 'medium'],
    );
    assert.equal(medium.filtered.belowConfidence, 1);
    assert.equal(applyPolicy(findings, 'high').filtered.belowConfidence, 2);
  });

  it('never hides a finding the scanner made itself', () => {
    const secret = f({ cwe: 'CWE-798', confidence: 'low', by: 'scanner', path: 'test/fixtures/keys.md' });
    assert.equal(applyPolicy([secret], 'high').shown.length, 1);
  });
});

describe('hard exclusions', () => {
  it('leave out the classes of noise, each counted by its id', () => {
    assert.deepEqual(excludedBy(f({ severity: 'medium', cwe: 'CWE-400', title: 'Unbounded loop' })), [
      'denial-of-service',
    ]);
    assert.deepEqual(
      excludedBy(f({ severity: 'low', cwe: undefined, title: 'Possible ReDoS in the parser' })),
      ['denial-of-service'],
    );
    assert.deepEqual(
      excludedBy(f({ severity: 'medium', cwe: 'CWE-307', title: 'No rate limiting on login' })),
      ['rate-limiting'],
    );
    assert.deepEqual(excludedBy(f({ severity: 'low', cwe: 'CWE-693', title: 'Missing security headers' })), [
      'hardening',
    ]);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-787', path: 'src/buf.ts' })), ['memory-safety']);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-367', confidence: 'medium' })), ['theoretical-race']);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-117' })), ['log-spoofing']);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-798', path: 'tests/test_login.py' })), ['test-credentials']);
    assert.deepEqual(excludedBy(f({ path: 'docs/setup.md' })), ['documentation']);
  });

  it('keep what is not noise: a severe DoS, memory safety in C, a confident race, credentials in code', () => {
    assert.deepEqual(excludedBy(f({ severity: 'high', cwe: 'CWE-400' })), []);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-787', path: 'src/buf.c' })), []);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-367', confidence: 'high' })), []);
    assert.deepEqual(excludedBy(f({ cwe: 'CWE-798', path: 'src/config.py' })), []);
    assert.deepEqual(
      excludedBy(f({ severity: 'medium', cwe: 'CWE-693', title: 'Missing security headers' })),
      [],
    );
    assert.deepEqual(excludedBy(f()), []);
  });

  it('every exclusion has an id and a description for the docs', () => {
    assert.equal(new Set(EXCLUSIONS.map((x) => x.id)).size, EXCLUSIONS.length);
    for (const x of EXCLUSIONS) assert.ok(x.what.length > 20, x.id);
  });
});
