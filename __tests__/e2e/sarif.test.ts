/**
 * The SARIF file the bundled action writes, as code scanning would receive it, passes Microsoft's SARIF
 * validator with no error and no warning.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runAction } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { multitool, validateSarif } from '../support/sarif-multitool.js';

describe('the SARIF file of a real run', () => {
  const tool = multitool();
  let bedrock: BedrockStandIn;
  beforeAll(async () => (bedrock = await startBedrock()));
  afterAll(() => bedrock.close());

  (tool.skip ? it.skip : it)('passes Microsoft SARIF Multitool with 0 errors and 0 warnings', async () => {
    const repo = makeRepo({
      'src/db.py': 'def q(u):\n    return db.execute("SELECT " + u)  # VULN:high:SQL injection\n',
      'web/a page.js':
        'el.innerHTML = location.hash;  // VULN:medium:<img src=x onerror=alert(1)> @org/team\n',
      'ünï/cödé.py': 'import os\nos.system(input())  # VULN:critical:Command injection\n',
      'clean.py': 'X = 1\n',
    });
    try {
      const run = await runAction({
        workspace: repo.dir,
        inputs: { 'cache-backend': 'local', 'fail-on-severity': 'none' },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs.findings, '3');
      const file = run.outputs['sarif-file']!;
      const log = JSON.parse(readFileSync(file, 'utf8')) as {
        runs: { results: { partialFingerprints?: object }[] }[];
      };
      assert.equal(log.runs[0]!.results.length, 3);
      assert.ok(log.runs[0]!.results.every((r) => r.partialFingerprints));
      // The validator writes its log beside the file it checks.
      const copy = join(repo.dir, 'checked.sarif');
      writeFileSync(copy, readFileSync(file));
      assert.deepEqual(validateSarif(tool, copy), []);
    } finally {
      repo.cleanup();
    }
  });
});
