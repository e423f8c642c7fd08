import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, pushPayload, runAction, sampleFiles } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';

/** The spine end to end: the bundled action, a real git repo, the local cache file, a Converse stand-in. */
describe('the action end to end (local cache file, Bedrock stand-in)', () => {
  let bedrock: BedrockStandIn;
  beforeAll(async () => {
    bedrock = await startBedrock();
  });
  afterAll(async () => {
    await bedrock.close();
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    'cache-backend': 'local',
    'max-concurrency': '3',
    'fail-on-severity': 'critical',
    ...extra,
  });
  const env = () => ({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url });

  it('scans and caches, then serves every file from the cache, then pays only for what changed', async () => {
    const repo = makeRepo({
      ...sampleFiles(6),
      'src/db.py':
        'def q(u):\n    return db.execute("SELECT * FROM t WHERE u=" + u)  # VULN:high:SQL injection\n',
      'package-lock.json': '{}',
      '.env': 'TOKEN=abc',
    });
    try {
      bedrock.options.fault = undefined;
      const start = bedrock.calls.length;
      const first = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'fail-on-severity': 'high' }),
        env: env(),
      });
      assert.equal(first.code, 1, first.stdout);
      assert.equal(first.outputs['files-total'], '7');
      assert.equal(first.outputs['cache-misses'], '7');
      assert.equal(first.outputs['cache-hit-rate'], '0.0');
      assert.equal(first.outputs.high, '1');
      assert.equal(first.outputs['cache-backend'], 'local');
      assert.ok(Number(first.outputs['ai-calls']) >= 1);
      assert.equal(bedrock.calls.length - start, Number(first.outputs['ai-calls']));
      assert.ok(Number(first.outputs['cost-usd']) > 0);
      assert.ok(
        !bedrock.calls
          .slice(start)
          .some((c) => c.files.some((f) => f.path === '.env' || f.path === 'package-lock.json')),
      );
      assert.match(first.summary, /\| Cost \| AI calls \| Cache hit rate/);
      assert.match(first.summary, /SQL injection/);
      assert.match(first.summary, /credential file \(never sent to the model/);
      const cache = JSON.parse(readFileSync(join(repo.dir, '.file_hash_cache.json'), 'utf8'));
      assert.equal(cache.version, 1);
      assert.equal(Object.keys(cache.entries).length, 7);

      const mid = bedrock.calls.length;
      const second = await runAction({ workspace: repo.dir, inputs: inputs(), env: env() });
      assert.equal(bedrock.calls.length, mid, 'the warm run makes no model call');
      assert.equal(second.outputs['ai-calls'], '0');
      assert.equal(second.outputs['cache-hit-rate'], '100.0');
      assert.equal(second.outputs['cost-usd'], '0.000000');
      assert.equal(second.outputs['saved-usd'], first.outputs['cost-usd']);
      assert.equal(second.outputs.high, '1', 'cached findings are still reported');

      repo.write({ 'src/mod3.py': 'print("changed")\n' });
      repo.move('src/mod4.py', 'lib/renamed.py');
      repo.commit('change one, rename one');
      const before3 = bedrock.calls.length;
      const third = await runAction({ workspace: repo.dir, inputs: inputs(), env: env() });
      assert.equal(
        third.outputs['cache-misses'],
        '1',
        'only the changed file misses; the renamed one is a hit',
      );
      assert.equal(third.outputs['cache-hits'], '6');
      assert.deepEqual(
        bedrock.calls.slice(before3).flatMap((c) => c.files.map((f) => f.path)),
        ['src/mod3.py'],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('scans everything through throttling, and leaves a malformed answer unscanned and uncached', async () => {
    const repo = makeRepo(sampleFiles(12, 'app/f'));
    try {
      // Every third request is answered 429 ThrottlingException, the first of this run included.
      const calls0 = bedrock.calls.length;
      const answered0 = bedrock.answered;
      bedrock.options.fault = (_c, n) => ((n - calls0) % 3 === 1 ? { kind: 'throttle' } : undefined);
      const throttled = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'max-concurrency': '4' }),
        env: env(),
      });
      assert.equal(throttled.code, 0, throttled.stdout);
      assert.equal(throttled.outputs['not-scanned'], '0');
      assert.equal(throttled.outputs['cache-misses'], '12');
      const requests = bedrock.calls.length - calls0;
      const throttles = requests - (bedrock.answered - answered0);
      assert.ok(throttles >= 1, `the stand-in served 429s (${requests} requests, ${throttles} throttled)`);
      assert.equal(
        Number(throttled.outputs['ai-calls']),
        requests,
        'ai-calls counts the throttled attempts too',
      );
      assert.deepEqual(
        bedrock.calls
          .slice(calls0)
          .filter((_c, i) => (i + 1) % 3 !== 1)
          .flatMap((c) => c.files.map((f) => f.path))
          .sort(),
        Object.keys(sampleFiles(12, 'app/f')).sort(),
        'the answered requests cover every file exactly once',
      );
      assert.match(
        throttled.summary,
        new RegExp(`The model throttled or failed ${throttles} call\\(s\\); they were retried`),
      );
      const cache = JSON.parse(readFileSync(join(repo.dir, '.file_hash_cache.json'), 'utf8'));
      assert.equal(Object.keys(cache.entries).length, 12);

      repo.write({ 'app/bad.py': 'x = 1\n' });
      repo.commit('add a file the model answers badly for');
      bedrock.options.fault = (c) =>
        c.files.some((f) => f.path === 'app/bad.py') ? { kind: 'malformed' } : undefined;
      const bad = await runAction({ workspace: repo.dir, inputs: inputs(), env: env() });
      assert.equal(bad.code, 0);
      assert.equal(bad.outputs['not-scanned'], '1');
      assert.equal(bad.outputs.conclusion, 'neutral');
      assert.match(bad.summary, /not scanned/);
      assert.match(bad.stdout, /::warning::.*1 file\(s\) not scanned/);
      const after = JSON.parse(readFileSync(join(repo.dir, '.file_hash_cache.json'), 'utf8'));
      assert.equal(Object.keys(after.entries).length, 12, 'the failed file is not cached');
    } finally {
      bedrock.options.fault = undefined;
      repo.cleanup();
    }
  });

  it('fails on bad inputs naming them, before any call, leaving the cache byte-identical', async () => {
    const repo = makeRepo(sampleFiles(2));
    try {
      await runAction({ workspace: repo.dir, inputs: inputs(), env: env() });
      const cachePath = join(repo.dir, '.file_hash_cache.json');
      const bytes = readFileSync(cachePath);
      repo.write({ 'src/new.py': 'print(1)\n' });
      const calls = bedrock.calls.length;
      const run = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'max-concurrency': 'lots', 'fail-on-severity': 'urgent', pricing: '{bad json' }),
        env: env(),
      });
      assert.equal(run.code, 1);
      assert.ok(
        run.errors.some((e) =>
          /Input 'max-concurrency' has an invalid value "lots": expected a whole number from 1 to 64/.test(e),
        ),
        run.stdout,
      );
      assert.ok(run.errors.some((e) => /Input 'fail-on-severity'/.test(e)));
      assert.ok(run.errors.some((e) => /Input 'pricing'/.test(e)));
      assert.equal(bedrock.calls.length, calls);
      assert.deepEqual(readFileSync(cachePath), bytes);
    } finally {
      repo.cleanup();
    }
  });

  it('scans only the files a pull request changed, and says so', async () => {
    const repo = makeRepo(sampleFiles(5));
    try {
      const base = repo.git('rev-parse', 'HEAD');
      repo.write({
        'src/mod1.py': 'print("pr change")  # VULN:medium:Debug output\n',
        'src/extra.py': 'y = 2\n',
      });
      repo.remove('src/mod2.py');
      repo.commit('pr');
      const run = await runAction({
        workspace: repo.dir,
        inputs: inputs(),
        env: env(),
        event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 7, baseSha: base }) },
      });
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['files-total'], '2');
      assert.equal(run.outputs.medium, '1');
      assert.match(run.summary, /changed since/);
      assert.ok(existsSync(join(repo.dir, 'ai-scanner.sarif')));
      const report = JSON.parse(readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8'));
      assert.equal(report.pullRequest, 7);
      assert.equal(report.selection.deleted, 1);
    } finally {
      repo.cleanup();
    }
  });

  it('makes no model call in a dry run and estimates the cost', async () => {
    const repo = makeRepo(sampleFiles(3));
    try {
      const calls = bedrock.calls.length;
      const run = await runAction({
        workspace: repo.dir,
        inputs: inputs({ 'dry-run': 'true' }),
        env: env(),
        event: { name: 'push', payload: pushPayload(repo.dir) },
      });
      assert.equal(run.code, 0);
      assert.equal(bedrock.calls.length, calls);
      assert.equal(run.outputs['ai-calls'], '0');
      assert.match(run.summary, /estimated, dry run/);
      assert.ok(!existsSync(join(repo.dir, '.file_hash_cache.json')));
    } finally {
      repo.cleanup();
    }
  });
});
