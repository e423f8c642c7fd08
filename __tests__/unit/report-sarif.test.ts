import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { renderSarif } from '../../src/report/render/sarif.js';
import { finding, sampleReport } from './report-fixtures.js';

const sarif = (r = sampleReport()) => renderSarif(r) as any;

describe('SARIF 2.1.0', () => {
  it('has one rule per CWE, sorted, with stable names, security-severity from the worst result and the tool version', () => {
    const r = sampleReport([
      finding({ severity: 'medium', startLine: 3 }),
      finding({ severity: 'critical', title: 'Second SQL injection', startLine: 30 }),
      finding({ cwe: 'CWE-79', title: 'XSS', severity: 'low' }),
      finding({ cwe: 'CWE-99999', title: 'Odd one', severity: 'high' }),
      finding({
        cwe: undefined,
        category: 'compliance',
        framework: 'pci-dss',
        title: 'PAN in logs',
        severity: 'low',
      }),
      finding({ cwe: undefined, title: 'Something else', severity: 'low' }),
    ]);
    const run = sarif(r).runs[0];
    assert.equal(run.tool.driver.version, '1.0.0');
    assert.equal(run.tool.driver.semanticVersion, '1.0.0');
    assert.deepEqual(
      run.tool.driver.rules.map((x: any) => [
        x.id,
        x.name,
        x.properties['security-severity'],
        x.defaultConfiguration.level,
      ]),
      [
        ['CWE-79', 'CrossSiteScripting', '3.0', 'note'],
        ['CWE-89', 'SqlInjection', '9.5', 'error'],
        ['CWE-99999', 'Cwe99999', '8.0', 'error'],
        ['compliance-other', 'ComplianceIssueWithoutACwe', '3.0', 'note'],
        ['security-other', 'SecurityIssueWithoutACweSecurityOther', '3.0', 'note'],
      ],
    );
    const sql = run.tool.driver.rules[1];
    assert.equal(sql.shortDescription.text, 'CWE-89: SQL Injection');
    assert.equal(sql.helpUri, 'https://cwe.mitre.org/data/definitions/89.html');
    // The CWE table's controls (the compliance-frameworks chosen: OWASP by default), never the model's words.
    assert.deepEqual(sql.properties.tags, [
      'security',
      'external/cwe/cwe-89',
      'owasp-top-10/A03:2021',
      'owasp-top-10/A05:2025',
    ]);
    for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.deepEqual(run.versionControlProvenance[0], {
      repositoryUri: 'https://github.com/octo/demo',
      revisionId: '0123456789abcdef0123456789abcdef01234567',
      mappedTo: { uriBaseId: '%SRCROOT%' },
    });
  });

  it('keeps rules and fingerprints when the model rewords nothing but the lines move', () => {
    const before = sarif(
      sampleReport([finding({ startLine: 12, endLine: 12 }), finding({ startLine: 40, endLine: 41 })]),
    );
    const after = sarif(
      sampleReport([finding({ startLine: 52, endLine: 52 }), finding({ startLine: 80, endLine: 81 })]),
    );
    const prints = (s: any) =>
      s.runs[0].results.map((x: any) => x.partialFingerprints['aiScannerFinding/v1']);
    assert.deepEqual(prints(after), prints(before));
    assert.equal(new Set(prints(before)).size, 2, 'the same flaw twice in a file has two fingerprints');
    assert.deepEqual(after.runs[0].tool.driver.rules, before.runs[0].tool.driver.rules);
  });

  it('encodes paths with spaces and unicode, and escapes model text', () => {
    const r = sampleReport([
      finding({
        path: 'docs/my file #1.py',
        title: 'See [here](0) @org/team',
        explanation: '<script>x</script>',
      }),
      finding({ path: 'src/ünïcödé/日本.py' }),
    ]);
    const results = sarif(r).runs[0].results;
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'docs/my%20file%20%231.py');
    assert.equal(
      results[1].locations[0].physicalLocation.artifactLocation.uri,
      'src/%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E6%97%A5%E6%9C%AC.py',
    );
    assert.match(results[0].message.text, /^See \\\[here\\\]\(0\) @\u200borg\/team\. <script>x<\/script>/);
  });

  it('reports files not scanned and a scan that could not run', () => {
    const run = sarif(sampleReport([], { fatal: 'no credentials' })).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    const notes = run.invocations[0].toolExecutionNotifications;
    assert.equal(notes[0].level, 'error');
    assert.match(notes[0].message.text, /could not run: no credentials/);
    assert.equal(notes[1].locations[0].physicalLocation.artifactLocation.uri, 'src/big%20file.py');
  });
});
