import { afterEach, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { runScan, type Deps } from '../../src/app.js';
import { CacheSession, type CacheScope } from '../../src/cache/cache-session.js';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import { isPullRequestRun, PULL_REQUEST_BUDGET_USD, resolveGate } from '../../src/config/gate.js';
import type { InputName } from '../../src/config/inputs.js';
import { readCliContext, type RunContext } from '../../src/context.js';
import { conclude, gateFailure, GATE_LIST_MAX, type ScanReport } from '../../src/report/report.js';
import { configFor, context, FakeModel, RecordingLog, tempDir, usageFor, writeFiles } from './fakes.js';

const PR = { number: 7, baseSha: undefined, baseRef: 'main', headSha: undefined, fork: false };

/** Every way a run can be a pull request, and runs that are not. */
const RUNS: [string, RunContext, boolean][] = [
  ['GitHub pull_request', context({ ci: 'github-actions', event: 'pull_request', pullRequest: PR }), true],
  ['GitHub pull_request_target', context({ ci: 'github-actions', event: 'pull_request_target' }), true],
  ['GitHub merge_group', context({ ci: 'github-actions', event: 'merge_group' }), true],
  [
    'a GitLab merge request',
    readCliContext({ GITLAB_CI: 'true', CI: 'true', CI_MERGE_REQUEST_IID: '12', CI_PROJECT_PATH: 'g/p' }),
    true,
  ],
  [
    'a Jenkins change build',
    readCliContext({ JENKINS_URL: 'https://ci', CI: 'true', CHANGE_ID: '3', GIT_URL: 'https://h/o/r.git' }),
    true,
  ],
  ['GitHub push', context({ ci: 'github-actions', event: 'push', branch: 'main' }), false],
  ['GitHub schedule', context({ ci: 'github-actions', event: 'schedule' }), false],
  [
    'a Jenkins branch build',
    readCliContext({ JENKINS_URL: 'https://ci', CI: 'true', BRANCH_NAME: 'main' }),
    false,
  ],
  ['a developer machine', context(), false],
];

describe('the gate: which runs fail when a file is left unreviewed', () => {
  it("a fork's own pull_request run ends neutral (it cannot review); the label's pull_request_target run fails", () => {
    const fork = { ...PR, fork: true };
    const own = context({ ci: 'github-actions', event: 'pull_request', pullRequest: fork });
    const label = context({ ci: 'github-actions', event: 'pull_request_target', pullRequest: fork });
    const auto = { failOnIncomplete: 'auto' as const, maxCostUsd: 'auto' as const };
    assert.equal(resolveGate(auto, own).failOnIncomplete, false);
    assert.equal(resolveGate(auto, own).pullRequest, true, 'still a pull request: its budget applies');
    assert.equal(resolveGate(auto, label).failOnIncomplete, true);
    assert.equal(resolveGate({ ...auto, failOnIncomplete: true }, own).failOnIncomplete, true);
  });

  for (const [name, ctx, pullRequest] of RUNS) {
    it(`${name}: auto ${pullRequest ? 'fails' : 'stays neutral'}; true fails, false never does`, () => {
      assert.equal(isPullRequestRun(ctx), pullRequest);
      const auto = resolveGate({ failOnIncomplete: 'auto', maxCostUsd: 'auto' }, ctx);
      assert.equal(auto.failOnIncomplete, pullRequest);
      assert.equal(auto.failOnIncompleteFrom, 'auto');
      assert.equal(auto.maxCostUsd, pullRequest ? PULL_REQUEST_BUDGET_USD : undefined);
      assert.equal(auto.budgetFrom, pullRequest ? 'pull-request default' : 'none');
      assert.equal(resolveGate({ failOnIncomplete: true, maxCostUsd: 2 }, ctx).failOnIncomplete, true);
      assert.equal(resolveGate({ failOnIncomplete: false, maxCostUsd: 2 }, ctx).failOnIncomplete, false);
      const none = resolveGate({ failOnIncomplete: 'auto', maxCostUsd: undefined }, ctx);
      assert.equal(none.maxCostUsd, undefined, 'none is no cap, on a pull request too');
      assert.equal(resolveGate({ failOnIncomplete: 'auto', maxCostUsd: 2 }, ctx).budgetFrom, 'input');
    });
  }
});

describe('conclude: an incomplete scan × fail-on-incomplete × event', () => {
  const incomplete = {
    fatal: undefined,
    findings: [],
    failOnSeverity: 'high' as const,
    notScanned: [{ path: 'src/a.py', reason: 'budget (max-cost-usd) reached' }],
    dryRun: false,
    counts: { critical: 0, high: 0, medium: 0, low: 0 },
    cache: { hitRate: 0, misses: 1 } as ScanReport['cache'],
    model: { usd: 0.5, estimateUsd: 0.25 } as ScanReport['model'],
  };
  for (const [name, ctx, pullRequest] of RUNS.filter((_, i) => i === 0 || i === 3 || i === 4 || i === 5))
    for (const setting of ['auto', true, false] as const) {
      const fails = setting === 'auto' ? pullRequest : setting;
      it(`${name}, fail-on-incomplete ${String(setting)}: ${fails ? 'failure' : 'neutral'}`, () => {
        const gate = resolveGate({ failOnIncomplete: setting, maxCostUsd: 'auto' }, ctx);
        const { conclusion, title } = conclude(incomplete, gate.failOnIncomplete);
        assert.equal(conclusion, fails ? 'failure' : 'neutral');
        assert.match(title, /1 file\(s\) not scanned \(budget \(max-cost-usd\) reached\)/);
        const message = gateFailure({ ...incomplete, gate });
        if (!fails) return assert.equal(message, undefined);
        assert.ok(message);
        assert.equal(message[1], '- src/a.py: budget (max-cost-usd) reached');
        assert.match(message.join('\n'), /Reviewing them would cost about \$0\.250/);
      });
    }

  it('a complete scan is green, a fatal one fails, whatever the gate', () => {
    assert.equal(conclude({ ...incomplete, notScanned: [] }, true).conclusion, 'success');
    const fatal = { ...incomplete, fatal: 'AccessDeniedException' };
    assert.equal(conclude(fatal, false).conclusion, 'failure');
    assert.equal(
      gateFailure({ ...fatal, gate: resolveGate({ failOnIncomplete: true, maxCostUsd: 1 }, RUNS[0]![1]) }),
      undefined,
    );
  });

  it('names at most GATE_LIST_MAX files, with a count past it, the estimate and the budget', () => {
    const gate = resolveGate({ failOnIncomplete: 'auto', maxCostUsd: 'auto' }, RUNS[0]![1]);
    const notScanned = Array.from({ length: 25 }, (_, i) => ({
      path: `src/f${i}.py`,
      reason: 'budget (max-cost-usd) reached',
    }));
    const lines = gateFailure({ ...incomplete, notScanned, gate })!;
    assert.equal(lines.filter((l) => l.startsWith('- src/')).length, GATE_LIST_MAX);
    assert.ok(lines.includes(`- … and ${25 - GATE_LIST_MAX} more (the job summary lists them)`));
    assert.ok(
      lines.includes(
        'Reviewing them would cost about $0.250; max-cost-usd: $5.00 (the pull-request default of auto).',
      ),
    );
    assert.match(lines.at(-1)!, /max-cost-usd: <USD> \(or max-cost-usd: none for no cap\)/);
  });

  it('a path that would forge a workflow command or a link stays one plain line', () => {
    const gate = resolveGate({ failOnIncomplete: true, maxCostUsd: undefined }, RUNS[5]![1]);
    const lines = gateFailure({
      ...incomplete,
      notScanned: [{ path: 'a\n::error::x.py', reason: 'r' }],
      gate,
    })!;
    assert.equal(lines[1]!.includes('\n'), false);
    assert.match(lines.join('\n'), /max-cost-usd: none \(no cap\)/);
  });
});

describe('max-cost-usd and fail-on-incomplete inputs', () => {
  const read = (inputs: Partial<Record<InputName, string>>) => configFor('/ws', inputs);
  it('auto by default, none for no cap, a positive amount; anything else is refused naming the choices', () => {
    assert.equal(read({}).maxCostUsd, 'auto');
    assert.equal(read({ 'max-cost-usd': '' }).maxCostUsd, 'auto');
    assert.equal(read({ 'max-cost-usd': 'None' }).maxCostUsd, undefined);
    assert.equal(read({ 'max-cost-usd': '2.5' }).maxCostUsd, 2.5);
    assert.throws(() => read({ 'max-cost-usd': '0' }), /0.50, auto .* or none \(no cap\)/);
    assert.equal(read({}).failOnIncomplete, 'auto');
    assert.equal(read({ 'fail-on-incomplete': 'TRUE' }).failOnIncomplete, true);
    assert.equal(read({ 'fail-on-incomplete': 'false' }).failOnIncomplete, false);
    assert.throws(() => read({ 'fail-on-incomplete': 'yes' }), /expected auto, true or false/);
  });
});

describe('the budget pre-check', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    // Files too large to share a request: one call each, about 3,000 tokens.
    writeFiles(
      dir,
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`src/f${i}.py`, `x${i} = 1\n`.repeat(1500)])),
    );
  });
  afterEach(() => cleanup());

  const SCOPE: CacheScope = { read: [{ kind: 'repository' }], write: { kind: 'repository' }, why: 'test' };
  async function scan(ctx: RunContext, inputs: Partial<Record<InputName, string>>) {
    const config = configFor(dir, {
      'model-id': 'test-model',
      pricing: '{"test-model": {"input": 3, "output": 15}}',
      'scan-mode': 'full',
      'max-concurrency': '1',
      ...inputs,
    });
    const model = new FakeModel((files) => ({
      answer: { findings: [] },
      usage: usageFor(files),
      stopReason: 'tool_use',
    }));
    const log = new RecordingLog();
    const deps: Deps = {
      log,
      version: '1.0.0',
      now: () => new Date('2025-06-01T10:00:00Z'),
      openCache: async () => ({
        session: await CacheSession.open(new LocalFileStore(config.cacheFile), SCOPE),
        backend: 'local',
        why: 'test',
      }),
      model,
      reporters: [],
    };
    return { report: await runScan(deps, config, ctx), model, log };
  }

  it('a pull request estimated over its budget makes no call, fails, and carries the estimate', async () => {
    const { report, model, log } = await scan(RUNS[0]![1], { 'max-cost-usd': '0.03' });
    assert.equal(model.calls.length, 0);
    assert.equal(report.conclusion, 'failure');
    assert.equal(report.notScanned.length, 6);
    assert.ok(report.model.estimateUsd! > 0.03, `estimate ${report.model.estimateUsd}`);
    assert.match(
      report.notScanned[0]!.reason,
      /too small: .*about \$0\.\d+, over \$0\.030; no call was made/,
    );
    assert.ok(log.warnings.some((w) => /Raise max-cost-usd/.test(w)));
    assert.equal(report.gate?.budgetFrom, 'input');
  });

  it('the same budget on a push spends up to it and ends neutral: what fit is reviewed and cached', async () => {
    const { report, model } = await scan(RUNS[5]![1], { 'max-cost-usd': '0.03' });
    assert.ok(model.calls.length >= 1 && model.calls.length < 6, `${model.calls.length} call(s)`);
    assert.equal(report.conclusion, 'neutral');
    assert.equal(report.notScanned.length, 6 - model.calls.length);
  });

  it('within the budget a pull request is reviewed whole and passes', async () => {
    const { report, model } = await scan(RUNS[0]![1], {});
    assert.equal(model.calls.length, 6);
    assert.equal(report.conclusion, 'success');
    assert.equal(report.gate?.maxCostUsd, PULL_REQUEST_BUDGET_USD);
  });

  it('a pull request whose model is knowingly unavailable fails; fail-on-incomplete false ends it neutral', async () => {
    const config = configFor(dir, { 'scan-mode': 'full' });
    const deps = (model?: FakeModel): Deps => ({
      log: new RecordingLog(),
      version: '1.0.0',
      now: () => new Date('2025-06-01T10:00:00Z'),
      openCache: async () => ({
        session: await CacheSession.open(new LocalFileStore(config.cacheFile), SCOPE),
        backend: 'local',
        why: 'test',
      }),
      model,
      modelUnavailable: model ? undefined : 'no AWS credentials',
      reporters: [],
    });
    const pr = await runScan(deps(), config, RUNS[0]![1]);
    assert.equal(pr.conclusion, 'failure');
    assert.match(gateFailure(pr)!.join('\n'), /- src\/f0\.py: no AWS credentials/);
    const optOut = await runScan(deps(), { ...config, failOnIncomplete: false }, RUNS[0]![1]);
    assert.equal(optOut.conclusion, 'neutral');
  });
});
