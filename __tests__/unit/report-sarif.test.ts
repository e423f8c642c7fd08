import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { renderSarif } from '../../src/report/render/sarif.js';
import { finding, manyFindings, sampleReport } from './report-fixtures.js';
import { multitool, validateSarifFiles } from '../support/sarif-multitool.js';

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
        ['CWE-79', 'CrossSiteScripting', '2.0', 'note'],
        ['CWE-89', 'SqlInjection', '9.5', 'error'],
        ['CWE-99999', 'Cwe99999', '8.0', 'error'],
        ['compliance-pci-dss', 'ComplianceIssuePciDss', '2.0', 'note'],
        ['security-other', 'SecurityIssueWithoutACweSecurityOther', '2.0', 'note'],
      ],
    );
    const sql = run.tool.driver.rules[1];
    assert.equal(sql.shortDescription.text, 'CWE-89: SQL Injection');
    assert.equal(sql.helpUri, 'https://cwe.mitre.org/data/definitions/89.html');
    assert.deepEqual(sql.properties.tags, ['security', 'external/cwe/cwe-89']);
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

describe('SARIF validated by Microsoft SARIF Multitool', () => {
  const tool = multitool();
  const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
  const cases = {
    'sample with findings': sampleReport(),
    'empty report': sampleReport([], { notScanned: [], skipped: [] }),
    'paths with spaces and unicode': sampleReport([
      finding({ path: 'a dir/with spaces.py' }),
      finding({ path: 'ünï/cödé 日本.py', cwe: 'CWE-22', title: 'Path traversal' }),
      finding({
        path: "we'ird/[x](y)#z?.py",
        cwe: undefined,
        title: '<img src=x onerror=alert(1)> @org/team',
      }),
    ]),
    'many findings, no repository': sampleReport(manyFindings(300), {
      repository: undefined,
      sha: undefined,
    }),
  };

  const skip = tool.skip;
  const fileOf = (name: string) => join(dir, `${name.replace(/\W+/g, '-')}.sarif`);
  // The validator starts a .NET runtime (seconds each time): every case and the canary go through one run.
  let results = new Map<string, string[]>();
  beforeAll(() => {
    if (skip) return;
    for (const [name, report] of Object.entries(cases))
      writeFileSync(fileOf(name), `${JSON.stringify(renderSarif(report), null, 2)}\n`);
    const log = renderSarif(sampleReport()) as any;
    log.runs[0].tool.driver.rules[0].properties.tags = ['security', 'security'];
    writeFileSync(fileOf('canary'), JSON.stringify(log, null, 2));
    results = validateSarifFiles(tool, [...Object.keys(cases), 'canary'].map(fileOf));
  });

  // Checked only under CI=true: a skipped validator would prove nothing there.
  (process.env.CI === 'true' ? it : it.skip)(
    'the validator runs under CI (a skipped validator would prove nothing there)',
    () => assert.equal(skip, undefined),
  );
  const withValidator = skip ? it.skip : it;
  const withSchema = tool.skip && !tool.path ? it.skip : it;

  for (const name of Object.keys(cases)) {
    withValidator(`${name}: 0 errors and 0 warnings`, () => {
      assert.deepEqual(results.get(fileOf(name)), []);
    });
  }

  // The validator says nothing about a log it cannot read (an unknown enum value, say): prove it reads ours and
  // reports what it finds, then check the schema it ships with as well.
  withValidator('the validator reports a known problem (canary)', () => {
    assert.match(results.get(fileOf('canary'))!.join('\n'), /error JSON1020/);
  });

  let schema: ValidateFunction | undefined;
  const sarifSchema = () => {
    if (schema) return schema;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
    ajv.addFormat('uri-reference', { validate: (s: string) => URL.canParse(s, 'file:///') });
    ajv.addFormat('date-time', { validate: (s: string) => !Number.isNaN(Date.parse(s)) });
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    return (schema = ajv.compile(
      JSON.parse(readFileSync(join(tool.path!, '..', 'sarif-2.1.0.json'), 'utf8')) as object,
    ));
  };
  withSchema('the schema rejects an unknown level (canary)', () => {
    const log = renderSarif(sampleReport()) as any;
    log.runs[0].results[0].level = 'bogus';
    assert.equal(sarifSchema()(log), false);
  });
  for (const [name, report] of Object.entries(cases)) {
    withSchema(`${name}: valid against the SARIF 2.1.0 JSON schema`, () => {
      const check = sarifSchema();
      assert.ok(check(renderSarif(report)), JSON.stringify(check.errors?.slice(0, 5)));
    });
  }

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});
