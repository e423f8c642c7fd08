/**
 * Every SARIF rendering the unit suite builds, validated by Microsoft's SARIF Multitool and the SARIF 2.1.0 JSON
 * schema it ships. In this slower suite because the validator starts a .NET runtime; it runs once for all cases.
 */
import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { renderSarif } from '../../src/report/render/sarif.js';
import { finding, manyFindings, sampleReport } from '../unit/report-fixtures.js';
import { multitool, validateSarifFiles } from '../support/sarif-multitool.js';

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
