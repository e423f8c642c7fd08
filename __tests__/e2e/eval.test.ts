/**
 * `ai-scanner eval` through the bundled CLI (dist/cli.js) against the Bedrock stand-in replaying the recorded
 * answers of eval/recorded/fixture-reviewer.json for the shipped corpus: the printed figures and the JSON must
 * equal what was computed by hand from that recording (see the comments below), --compare must show what
 * moved against a result with other figures, and --review-depth both must score the modified-file cases at
 * auto and at full side by side in the same run.
 */
import './../support/long-timeout.js';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli, showCli, type CliRun } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { loadRecording, replay, type Replay } from '../stand-ins/bedrock-replay.js';

const CORPUS = resolve('eval/corpus');

/** An earlier result of one case, missing-authz-go-admin, found then: overall recall 26/27. */
const ADMIN = { path: 'internal/admin/routes.go', cwe: 'CWE-862', startLine: 12, endLine: 12 };
const metrics = (tp: number, fp: number, fn: number) => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp / (tp + fp),
  recall: tp / (tp + fn),
  f1: (2 * tp) / (2 * tp + fp + fn),
});
const EARLIER = {
  version: 1,
  corpus: 'eval/corpus',
  modelId: 'earlier-model',
  reviewDepth: 'full',
  startedAt: '2026-11-01T00:00:00.000Z',
  overall: metrics(26, 6, 1),
  perKind: {},
  perCwe: { 'CWE-862': metrics(2, 0, 0) },
  spend: {
    total: {
      calls: 40,
      usage: { inputTokens: 1000, outputTokens: 100, cacheReadTokens: 0, cacheWriteTokens: 0 },
      usd: 0.5,
    },
    scored: {
      calls: 40,
      usage: { inputTokens: 1000, outputTokens: 100, cacheReadTokens: 0, cacheWriteTokens: 0 },
      usd: 0.5,
    },
  },
  caseResults: [
    {
      name: 'missing-authz-go-admin',
      passed: true,
      found: [{ expected: ADMIN, reported: { ...ADMIN, confidence: 'high', severity: 'high', title: 'x' } }],
      missed: [],
      falsePositives: [],
    },
  ],
};

describe('ai-scanner eval (dist/cli.js) on the shipped corpus, replaying recorded answers', () => {
  let bedrock: BedrockStandIn;
  let recorded: Replay;
  let scratch: string;

  beforeAll(async () => {
    recorded = replay(CORPUS, loadRecording(resolve('eval/recorded/fixture-reviewer.json')));
    bedrock = await startBedrock({ answer: recorded.answer });
    scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-eval-e2e-'));
  });
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await bedrock.close();
  });

  const cli = (args: string[]): Promise<CliRun> => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
      AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
    };
    // The whole corpus runs in one call: a generous limit, so only a hang is killed.
    return runCli(['eval', ...args], env, scratch, 170_000);
  };
  const show = showCli;

  it('prints and writes the figures computed by hand from the recording, and --compare shows what moved', async () => {
    writeFileSync(join(scratch, 'earlier.json'), JSON.stringify(EARLIER));
    const run = await cli([
      CORPUS,
      '--out',
      'result.json',
      '--compare',
      'earlier.json',
      '--review-depth',
      'both',
    ]);
    assert.equal(run.code, 0, show(run));
    assert.deepEqual(recorded.unmatched, [], 'every file sent was a corpus file the replay knows');

    /*
     * By hand, from eval/recorded/fixture-reviewer.json against the corpus's expected.json files: 43 cases
     * (23 vulnerable, 17 clean, 3 modified), 28 expected findings, 31 recorded findings in the scored trees, plus
     * the scanner's own CWE-1427 finding on prompt-injection-comment (its file tries to steer the reviewer).
     * Missed (2): missing-authz-go-admin (no answer) and modified-helper-meets-sink (reported at the helper,
     *   836 lines above the write). Found (26: 25 recorded and the steering finding), four of them through an equivalence group (CWE-916 for CWE-327,
     *   CWE-330 for CWE-338, CWE-862 for CWE-639, CWE-95 for CWE-94) and one at the end of its expected range.
     * False positives (6): sqli-python-param-clean (low), cmd-go-args-clean (low), md5-etag-java-clean
     *   (medium), the second CWE-798 of hardcoded-jwt-secret (7 lines below the first: a duplicate, medium),
     *   the controller's CWE-89 in multi-file-ts-service (medium), the helper's CWE-22 (medium).
     * Precision 26/32 = 81.3%, recall 26/28 = 92.9%, F1 = 52/(52+6+2) = 86.7%.
     */
    assert.match(run.stdout, /^overall\s+26\s+6\s+2\s+81\.3%\s+92\.9%\s+86\.7%$/m, show(run));
    // The clean cases: 3 false positives and nothing to find, so recall and F1 have no figure.
    assert.match(run.stdout, /^ {2}clean\s+0\s+3\s+0\s+0\.0%\s+n\/a\s+n\/a$/m, show(run));
    // Modified: the region's SQL injection and both moved md5 signatures found; the helper's finding is false.
    assert.match(run.stdout, /^ {2}modified\s+3\s+1\s+1\s+75\.0%\s+75\.0%\s+75\.0%$/m, show(run));
    // Vulnerable: 23 found (with the steering finding), 2 false, 1 missed: 23/25, 23/24, 46/49.
    assert.match(run.stdout, /^ {2}vulnerable\s+23\s+2\s+1\s+92\.0%\s+95\.8%\s+93\.9%$/m, show(run));
    assert.match(run.stdout, /^CWE-1427\s+1\s+0\s+0\s+100\.0%\s+100\.0%\s+100\.0%$/m, show(run));
    // Per CWE group: 5 SQL injections expected and found, 2 false ones: 5/7, 5/5, 10/12.
    assert.match(run.stdout, /^CWE-89\s+5\s+2\s+0\s+71\.4%\s+100\.0%\s+83\.3%$/m, show(run));
    assert.match(run.stdout, /^CWE-862\s+1\s+0\s+1\s+100\.0%\s+50\.0%\s+66\.7%$/m, show(run));
    assert.match(run.stdout, /^CWE-22\s+2\s+1\s+1\s+66\.7%\s+66\.7%\s+66\.7%$/m, show(run));
    /*
     * min-confidence high: 6 of the found are below high (ssrf-python-webhook, open-redirect-login and the
     * benign md5 at low; xxe, idor, the moved md5 and the steering finding at medium) and no false positive is
     * high: 19 found, 0 false, 9 missed; precision 100%, recall 19/28 = 67.9%, F1 38/47 = 80.9%.
     */
    assert.match(run.stdout, /^high\s+19\s+0\s+9\s+100\.0%\s+67\.9%\s+80\.9%$/m, show(run));
    assert.match(run.stdout, /^low\s+26\s+6\s+2\s+81\.3%\s+92\.9%\s+86\.7%$/m, show(run));
    /*
     * medium: the 3 found at low (ssrf, open redirect, benign md5) and the 2 false positives at low drop out:
     * 23 found, 4 false, 5 missed, F1 46/55 = 83.6%. The best F1 is low's (86.7%); the recording is hand-written,
     * so this says nothing of the default.
     */
    assert.match(run.stdout, /^medium\s+23\s+4\s+5\s+85\.2%\s+82\.1%\s+83\.6%$/m, show(run));
    assert.match(
      run.stdout,
      /^Best F1 at min-confidence low: 86\.7% \(precision 81\.3%, recall 92\.9%\); the default is medium$/m,
      show(run),
    );
    // Every case with a miss or a false positive fails: the 7 named above.
    assert.match(run.stdout, /^Cases passed: 36 of 43 /m, show(run));

    const json = JSON.parse(readFileSync(join(scratch, 'result.json'), 'utf8'));
    assert.equal(json.overall.truePositives, 26);
    assert.equal(json.cases.total, 43);
    assert.equal(json.spend.total.calls, bedrock.answered, 'every answered call is counted once');
    assert.ok(json.spend.scored.calls < json.spend.total.calls, 'the before scans are spend, not scored');
    assert.equal(json.bestMinConfidence.level, 'low');

    /*
     * review-depth full on the 3 modified cases: the whole helper file is shown, so the recorded finding at the
     * write (line 850, outside every region auto shows) is found: 4 found, 1 false (the helper), 0 missed.
     * auto is the figures above: 3 found, 1 false, 1 missed. auto shows regions, so it sends fewer tokens.
     */
    assert.match(run.stdout, /^auto\s+3\s+1\s+1\s+75\.0%\s+[\d,]+\s+3$/m, show(run));
    assert.match(run.stdout, /^full\s+4\s+1\s+0\s+100\.0%\s+[\d,]+\s+3$/m, show(run));
    assert.match(
      run.stdout,
      /^modified-helper-meets-sink\s+0 of 1\s+1 of 1\s+[\d,]+\s+[\d,]+\s+portal\/documents\.py \d+ of \d+ lines$/m,
      show(run),
    );
    const depths = json.depths;
    assert.deepEqual(
      depths.cases.map((c: { name: string }) => c.name),
      ['modified-helper-meets-sink', 'modified-large-js-benign', 'modified-large-js-sqli'],
    );
    assert.equal(depths.auto.scored.calls, 3);
    assert.ok(
      depths.auto.scored.usage.inputTokens * 2 < depths.full.scored.usage.inputTokens,
      `auto sends well under half of full's input tokens: ${JSON.stringify(depths)}`,
    );
    for (const c of depths.cases) {
      assert.equal(c.auto.changeReviews.length, 1, `${c.name} reviewed by its change at auto`);
      assert.deepEqual(c.full.changeReviews, [], `${c.name} reviewed whole at full`);
    }

    // The earlier result, written before the run: the go admin route found, figures of its own.
    assert.match(run.stdout, /^overall recall\s+96\.3%\s+92\.9%\s+-3\.4 pts$/m, show(run));
    assert.match(run.stdout, /^Now failing: missing-authz-go-admin$/m, show(run));
    assert.match(run.stdout, /^Now passing: none$/m, show(run));
    assert.match(
      run.stdout,
      /newly missed\s+missing-authz-go-admin: CWE-862 internal\/admin\/routes\.go:12$/m,
      show(run),
    );
    assert.match(run.stdout, /^Cases only in this run: basket-owner-check-clean, /m, show(run));
  });
});
