import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  CWE_TABLE_VERSION,
  complianceFor,
  complianceText,
  mappedCwes,
  tagId,
  tagLabel,
} from '../../src/compliance/cwe-table.js';
import { CHECKLIST } from '../../src/scanner/prompt.js';
import { EXCLUSIONS } from '../../src/findings/policy.js';
import { STEERING_PATTERNS } from '../../src/findings/steering.js';
import { EVIDENCE_SLACK_LINES } from '../../src/findings/evidence.js';

const ids = (cwe: string) => complianceFor(cwe).map(tagId);

describe('the CWE table', () => {
  it('maps every CWE the prompt checklist names to at least one framework', () => {
    const cwes = [...new Set(CHECKLIST.flatMap((c) => c.cwe))];
    assert.ok(cwes.length > 25);
    for (const n of cwes) assert.ok(complianceFor(`CWE-${n}`).length > 0, `CWE-${n} maps to nothing`);
  });

  it('maps every CWE it lists to OWASP or another framework, and to GDPR Art. 32 or PCI DSS', () => {
    for (const n of mappedCwes()) {
      const tags = complianceFor(`CWE-${n}`);
      assert.ok(tags.length > 0, `CWE-${n}`);
      assert.ok(
        tags.some((t) => t.framework !== 'owasp-top-10'),
        `CWE-${n} maps only to OWASP`,
      );
    }
  });

  it('puts SQL injection in A03:2021 and A05:2025 Injection, PCI DSS 6.2.4 and the other frameworks', () => {
    const tags = complianceFor('CWE-89');
    assert.deepEqual(tags.filter((t) => t.framework === 'owasp-top-10').map(tagLabel), [
      'OWASP A03:2021 Injection',
      'OWASP A05:2025 Injection',
    ]);
    assert.deepEqual(ids('CWE-89'), [
      'owasp-top-10/A03:2021',
      'owasp-top-10/A05:2025',
      'pci-dss/6.2.4',
      'soc2/CC6.6',
      'hipaa/164.312(c)(1)',
      'gdpr/Art. 32',
    ]);
    assert.equal(
      complianceText(tags),
      'OWASP A03:2021, A05:2025 · PCI DSS 6.2.4 · SOC 2 CC6.6 · HIPAA 164.312(c)(1) · GDPR Art. 32',
    );
  });

  it('follows the 2025 moves: SSRF into A01, misconfiguration to A02, and the per-CWE controls', () => {
    assert.deepEqual(ids('CWE-918').slice(0, 2), ['owasp-top-10/A10:2021', 'owasp-top-10/A01:2025']);
    assert.deepEqual(ids('CWE-611').slice(0, 2), ['owasp-top-10/A05:2021', 'owasp-top-10/A02:2025']);
    assert.ok(ids('CWE-798').includes('pci-dss/8.6.2'), 'hard-coded credentials: PCI DSS 8.6.2');
    assert.ok(
      ids('CWE-319').includes('hipaa/164.312(e)(1)'),
      'cleartext transmission: HIPAA transmission security',
    );
    assert.ok(ids('CWE-532').includes('gdpr/Art. 25'));
    assert.deepEqual(ids('CWE-476').slice(0, 1), ['owasp-top-10/A10:2025'], 'in OWASP 2025 only');
  });

  it('is total over the shipped eval corpus: every expected CWE has tags, and OWASP in both editions', () => {
    const cwes = new Set<string>();
    for (const name of readdirSync('eval/corpus/cases')) {
      const expected = JSON.parse(readFileSync(`eval/corpus/cases/${name}/expected.json`, 'utf8')) as {
        findings: { cwe: string }[];
      };
      for (const f of expected.findings) cwes.add(f.cwe);
    }
    assert.ok(cwes.size > 10);
    for (const cwe of cwes) {
      const tags = complianceFor(cwe);
      assert.ok(tags.length > 0, `${cwe} maps to nothing`);
      // The steering weakness (CWE-1427) is in no OWASP list: it maps to the other frameworks only.
      if (cwe === 'CWE-1427') continue;
      const owaspIds = tags.filter((t) => t.framework === 'owasp-top-10').map((t) => t.control);
      assert.ok(
        owaspIds.some((id) => id.endsWith(':2021')) && owaspIds.some((id) => id.endsWith(':2025')),
        cwe,
      );
    }
  });

  it('maps nothing for an unknown or missing CWE', () => {
    assert.deepEqual(complianceFor('CWE-99999'), []);
    assert.deepEqual(complianceFor(undefined), []);
    assert.deepEqual(complianceFor('89'), []);
  });
});

describe('docs/findings.md', () => {
  const doc = readFileSync('docs/findings.md', 'utf8');
  it('names the table version, every exclusion, every steering pattern and the evidence slack', () => {
    assert.ok(doc.includes(`version \`${CWE_TABLE_VERSION}\``), 'the CWE table version');
    for (const x of EXCLUSIONS) assert.ok(doc.includes(`| \`${x.id}\``), x.id);
    for (const p of STEERING_PATTERNS) assert.ok(doc.includes(`| \`${p.id}\``), p.id);
    assert.ok(doc.includes(`within ${EVIDENCE_SLACK_LINES} lines`));
  });
});

/** Which OWASP categories of a year the CWE is in. */
const owasp = (cwe: number, year: string) =>
  complianceFor(`CWE-${cwe}`)
    .filter((t) => t.framework === 'owasp-top-10' && t.control.endsWith(`:${year}`))
    .map((t) => t.control);

describe('the OWASP lists, as published on owasp.org (the OWASP/Top10 repository, 2021/ and 2025/docs/en/)', () => {
  it('has, in each 2025 category, as many CWEs as its page says are mapped', () => {
    // The "CWEs Mapped" figure of each category page; A05:2025 also holds CWE-1321 and CWE-1336 (added).
    const published: Record<string, number> = {
      A01: 40,
      A02: 16,
      A03: 6,
      A04: 32,
      A05: 37 + 2,
      A06: 39,
      A07: 36,
      A08: 14,
      A09: 5,
      A10: 24,
    };
    const counts: Record<string, number> = {};
    for (let n = 1; n < 2000; n++)
      for (const c of owasp(n, '2025')) counts[c.slice(0, 3)] = (counts[c.slice(0, 3)] ?? 0) + 1;
    assert.deepEqual(counts, published);
  });

  it('pins mappings that moved between editions or that were wrong before', () => {
    assert.deepEqual(owasp(36, '2025'), ['A01:2025'], 'absolute path traversal: A01:2025 list');
    assert.deepEqual(owasp(36, '2021'), [], 'not in a 2021 list');
    assert.deepEqual(owasp(235, '2021'), ['A04:2021']);
    assert.deepEqual(owasp(235, '2025'), ['A10:2025'], 'extra parameters: A10:2025, not A06');
    assert.deepEqual(owasp(259, '2021'), ['A02:2021', 'A07:2021'], 'listed on both 2021 pages');
    assert.deepEqual(owasp(259, '2025'), ['A07:2025']);
    assert.deepEqual(owasp(732, '2025'), ['A01:2025'], 'in the A01:2025 list itself');
    assert.deepEqual(owasp(937, '2021'), ['A06:2021']);
    assert.deepEqual(owasp(937, '2025'), [], 'not in the A03:2025 list');
    assert.deepEqual(owasp(1240, '2025'), ['A04:2025']);
    assert.deepEqual(owasp(652, '2025'), [], 'XQuery injection left the 2025 Injection list');
    assert.deepEqual(owasp(129, '2025'), ['A05:2025']);
    assert.deepEqual(owasp(5, '2025'), ['A02:2025']);
    assert.deepEqual(owasp(506, '2025'), ['A08:2025']);
    assert.deepEqual(owasp(362, '2025'), ['A06:2025']);
    assert.deepEqual(owasp(298, '2025'), ['A07:2025']);
  });

  it('keeps the 2021 lists: their sizes and SSRF alone in A10:2021', () => {
    const counts: Record<string, number> = {};
    for (let n = 1; n < 2000; n++)
      for (const c of owasp(n, '2021')) counts[c.slice(0, 3)] = (counts[c.slice(0, 3)] ?? 0) + 1;
    // Each page's list; A02 lists 30 (its figure says 29), A01 and A03 also hold the added CWE-732, 1321, 1336.
    assert.deepEqual(counts, {
      A01: 34 + 1,
      A02: 30,
      A03: 33 + 2,
      A04: 40,
      A05: 20,
      A06: 3,
      A07: 22,
      A08: 10,
      A09: 4,
      A10: 1,
    });
    assert.deepEqual(owasp(918, '2021'), ['A10:2021']);
  });
});
