import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
