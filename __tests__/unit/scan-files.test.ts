import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { costUsd, round6 } from '../../src/cost/cost.js';
import { ModelError } from '../../src/scanner/model-client.js';
import {
  estimateUsage,
  pack,
  scanFiles,
  type MissFile,
  type ScanOptions,
} from '../../src/scanner/scan-files.js';
import { FakeModel, finding, recordingSleep, usageFor } from './fakes.js';
import { VirtualClock } from './quota-sim.js';

const PRICE = { input: 3, output: 15 };

function file(path: string, content = `// ${path}\nexport const x = 1;\n`): MissFile {
  return {
    path,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
    lines: content.split('\n').length - 1 || 1,
  };
}

function options(client: FakeModel, overrides: Partial<ScanOptions> = {}): ScanOptions {
  return {
    client,
    price: PRICE,
    maxConcurrency: 4,
    maxCostUsd: undefined,
    packChars: 12_000,
    packFiles: 8,
    overheadTokens: 1000,
    sleep: recordingSleep().sleep,
    log: () => {},
    ...overrides,
  };
}

const ok = (files: readonly { path: string; content: string }[]) => ({
  answer: { findings: [] },
  usage: usageFor(files),
  stopReason: 'tool_use',
});

describe('scanFiles', () => {
  it('scans identical contents once and shares the result by content hash', async () => {
    const model = new FakeModel((files) => ({
      answer: {
        findings: files.filter((f) => f.content.includes('eval')).map((f) => finding(f.path, 'high', 1)),
      },
      usage: usageFor(files),
      stopReason: 'tool_use',
    }));
    const same = 'eval(input);\n';
    const files = [file('a.js', same), file('copy/a.js', same), file('b.js')];
    const out = await scanFiles(files, options(model));
    assert.equal(model.sent.length, 2);
    assert.equal(out.results.size, 2);
    assert.equal(out.results.get(files[0]!.sha256)!.findings.length, 1);
    assert.equal(out.results.get(files[2]!.sha256)!.findings.length, 0);
    assert.equal(out.failed.size, 0);
    assert.equal(out.stopped, undefined);
  });

  it('packs small files into shared calls within the limits, and accounts every call', async () => {
    const model = new FakeModel(ok);
    const files = Array.from({ length: 10 }, (_, i) => file(`f${i}.ts`, `${'x'.repeat(20 + i)}\n`));
    const out = await scanFiles(files, options(model, { packChars: 100, packFiles: 3 }));
    assert.deepEqual(model.sent.sort(), files.map((f) => f.path).sort());
    for (const call of model.calls) assert.ok(call.length <= 3, `${call.length} files in one call`);
    assert.ok(model.calls.length < files.length, 'some files shared a call');
    assert.equal(out.calls, model.calls.length);
    const expected = model.calls.reduce(
      (n, paths) => n + (costUsd(usageFor(files.filter((f) => paths.includes(f.path))), PRICE) ?? 0),
      0,
    );
    assert.equal(out.usd, round6(expected));
    assert.equal(out.usage.inputTokens, 10 * files.reduce((n, f) => n + f.content.length, 0));
    // The files' shares add up to what the calls cost.
    const shares = [...out.results.values()].reduce((n, r) => n + (r.usd ?? 0), 0);
    assert.ok(Math.abs(shares - out.usd) < 1e-5, `${shares} vs ${out.usd}`);
  });

  it('splits a packed call that fails as a request until the bad file is alone; no neighbour is lost', async () => {
    const logs: string[] = [];
    const model = new FakeModel((files) => {
      if (files.some((f) => f.path === 'bad.ts'))
        throw new ModelError('the answer was cut off at the output token limit', 'request');
      return ok(files);
    });
    const files = ['a.ts', 'b.ts', 'bad.ts', 'c.ts', 'd.ts', 'e.ts'].map((p) => file(p));
    const out = await scanFiles(files, options(model, { log: (m) => logs.push(m) }));
    assert.equal(out.results.size, 5);
    assert.deepEqual([...out.failed.keys()], [files[2]!.sha256]);
    assert.match(
      out.failed.get(files[2]!.sha256)!,
      /the model's answer was unusable: the answer was cut off/,
    );
    assert.ok(
      model.calls.some((c) => c.length === 1 && c[0] === 'bad.ts'),
      'the bad file was finally tried alone',
    );
    assert.equal(model.calls.filter((c) => c.includes('bad.ts')).length, 4, '6 → 3 → 2 → 1 files');
    assert.ok(logs.some((l) => /A packed request of 6 files failed .*splitting it/.test(l)));
  });

  it('treats an answer about a file it was not sent as a failed request, and splits', async () => {
    const model = new FakeModel((files) => ({
      answer: { findings: files.length > 1 ? [finding('not-sent.ts', 'critical', 1)] : [] },
      usage: usageFor(files),
      stopReason: 'tool_use',
    }));
    const files = ['a.ts', 'b.ts', 'c.ts'].map((p) => file(p));
    const out = await scanFiles(files, options(model));
    assert.equal(out.results.size, 3);
    assert.equal(out.failed.size, 0);
    assert.equal(model.calls.at(0)!.length, 3);
  });

  it('retries transient errors with backoff and loses no file', async () => {
    const failures = new Map<string, number>();
    const model = new FakeModel((files) => {
      const key = files.map((f) => f.path).join();
      const n = failures.get(key) ?? 0;
      if (n < 2) {
        failures.set(key, n + 1);
        throw new ModelError('ThrottlingException: slow down', 'transient');
      }
      return ok(files);
    });
    const files = Array.from({ length: 6 }, (_, i) => file(`t${i}.ts`));
    const logs: string[] = [];
    const { delays, sleep } = recordingSleep();
    const out = await scanFiles(
      files,
      options(model, { packFiles: 1, maxConcurrency: 3, log: (m) => logs.push(m), sleep, random: () => 0.5 }),
    );
    assert.equal(out.results.size, 6);
    assert.equal(out.failed.size, 0);
    assert.equal(out.throttled, 12);
    assert.equal(out.calls, 18);
    assert.ok(logs.some((l) => /retrying in \d+ ms/.test(l)));
    // Each file waited the base, then twice the base (jitter at its middle).
    assert.deepEqual(
      delays.sort((a, b) => a - b),
      [...Array(6).fill(500), ...Array(6).fill(1000)],
    );
  });

  it('gives up on a file after the retries, with the reason', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('InternalServerException: boom', 'transient');
    });
    const { delays, sleep } = recordingSleep();
    const out = await scanFiles([file('a.ts')], options(model, { retries: 2, sleep }));
    assert.equal(model.calls.length, 3);
    assert.equal(delays.length, 2, 'a backoff before each retry, none after the last');
    assert.match(
      out.failed.get(file('a.ts').sha256)!,
      /the model kept failing: InternalServerException: boom/,
    );
  });

  it('waits at least the Retry-After the service asked for', async () => {
    let first = true;
    const model = new FakeModel((files) => {
      if (first) {
        first = false;
        throw new ModelError('ThrottlingException', 'transient', undefined, 60);
      }
      return ok(files);
    });
    const { delays, sleep } = recordingSleep();
    await scanFiles([file('a.ts')], options(model, { retryBaseMs: 1, sleep, random: () => 0.5 }));
    assert.deepEqual(delays, [60], 'the 60 ms asked for, not the 1 ms backoff');
  });

  it('stops calling on a fatal error and reports every other file with that reason', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('AccessDeniedException: no access to this model', 'fatal');
    });
    const files = Array.from({ length: 5 }, (_, i) => file(`f${i}.ts`));
    const out = await scanFiles(files, options(model, { packFiles: 1, maxConcurrency: 1 }));
    assert.equal(model.calls.length, 1);
    assert.equal(out.results.size, 0);
    assert.equal(out.failed.size, 5);
    for (const reason of out.failed.values())
      assert.equal(reason, 'AccessDeniedException: no access to this model');
    assert.equal(out.stopped, 'AccessDeniedException: no access to this model');
  });

  it('stops calling on a fatal error even after the budget held a file back', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('ResourceNotFoundException: no such model', 'fatal');
    });
    // The big file does not fit the budget; the small ones do, one at a time.
    const big = file('big.ts', 'x'.repeat(40_000));
    const small = Array.from({ length: 4 }, (_, i) => file(`s${i}.ts`));
    const smallCost = costUsd(estimateUsage([small[0]!], 1000), PRICE)!;
    const out = await scanFiles(
      [big, ...small],
      options(model, { packFiles: 1, maxConcurrency: 1, maxCostUsd: smallCost * 1.5 }),
    );
    assert.equal(model.calls.length, 1, 'no call after the fatal error');
    assert.equal(out.stopped, 'ResourceNotFoundException: no such model');
    assert.equal(out.failed.get(big.sha256), 'budget (max-cost-usd) reached');
    for (const s of small) assert.equal(out.failed.get(s.sha256), 'ResourceNotFoundException: no such model');
  });

  it('starts no call past the budget, and estimates what was left', async () => {
    const files = Array.from({ length: 6 }, (_, i) => file(`b${i}.ts`, `${String(i).repeat(400)}\n`));
    // Each call costs what it was estimated to.
    const model = new FakeModel((sent) => ({
      answer: { findings: [] },
      usage: estimateUsage(
        files.filter((f) => sent.some((s) => s.path === f.path)),
        1000,
      ),
      stopReason: 'tool_use',
    }));
    const each = costUsd(estimateUsage([files[0]!], 1000), PRICE)!;
    // Room for two calls and a half.
    const out = await scanFiles(
      files,
      options(model, { packFiles: 1, maxConcurrency: 1, maxCostUsd: each * 2.5 }),
    );
    assert.equal(model.calls.length, 2);
    assert.ok(out.usd! <= each * 2.5, `spent ${out.usd}`);
    const left = files.length - model.calls.length;
    assert.ok(left > 0);
    assert.equal(out.failed.size, left);
    for (const reason of out.failed.values()) assert.equal(reason, 'budget (max-cost-usd) reached');
    assert.match(out.stopped!, /the budget max-cost-usd .* would be passed/);
    assert.ok(
      Math.abs(out.unscannedEstimateUsd! - each * left) < 1e-5,
      `${out.unscannedEstimateUsd} vs ${each * left}`,
    );
  });

  it('has no cost and no budget stop when the price is unknown', async () => {
    const model = new FakeModel(ok);
    const out = await scanFiles(
      [file('a.ts'), file('b.ts')],
      options(model, { price: undefined, maxCostUsd: 0.000001 }),
    );
    assert.equal(out.usd, undefined);
    assert.equal(out.results.size, 2);
    assert.equal(out.results.get(file('a.ts').sha256)!.usd, undefined);
  });

  it('accounts the tokens of a failed call that reports them', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('cut off', 'request', {
        inputTokens: 500,
        outputTokens: 8192,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
      });
    });
    const out = await scanFiles([file('a.ts')], options(model));
    assert.equal(out.usage.outputTokens, 8192);
    assert.equal(
      out.usd,
      costUsd({ inputTokens: 500, outputTokens: 8192, cacheReadTokens: 0, cacheWriteTokens: 0 }, PRICE),
    );
  });

  it('never has more than max-concurrency calls in flight, and uses them', async () => {
    const model = new FakeModel(ok, { delayMs: 5 });
    const files = Array.from({ length: 20 }, (_, i) => file(`c${i}.ts`));
    await scanFiles(files, options(model, { packFiles: 1, maxConcurrency: 4 }));
    assert.equal(model.maxInFlight, 4);
  });

  it('starts at a few calls in flight and grows while they succeed, up to max-concurrency', async () => {
    const clock = new VirtualClock();
    const model = new FakeModel(ok, { delayMs: 5, sleep: clock.sleep });
    const files = Array.from({ length: 60 }, (_, i) => file(`g${i}.ts`));
    const logs: string[] = [];
    const { now, sleep } = clock;
    const opts = { packFiles: 1, maxConcurrency: 12, now, sleep, log: (m: string) => logs.push(m) };
    await clock.run(scanFiles(files, options(model, opts)));
    assert.equal(model.maxInFlight, 12);
    assert.ok(
      logs.some((l) =>
        /^Model calls settled at 12 in flight, ~\d+ requests\/min, ~\d+ tokens\/min \(never throttled/.test(
          l,
        ),
      ),
      logs.join('\n'),
    );
  });

  it('lowers the calls in flight while the service throttles, retries included, and loses nothing', async () => {
    // On a virtual clock: with real timers a loaded machine stretches the calls, and what the scheduler learns.
    const clock = new VirtualClock();
    const inFlightOnRetry: number[] = [];
    const throttle = () =>
      new ModelError('ThrottlingException: Too many requests', 'transient', undefined, undefined, true);
    const model = new FakeModel(
      (files, call) => {
        if (call >= 20 && call < 36) throw throttle();
        if (call >= 36) inFlightOnRetry.push(model.inFlight);
        return ok(files);
      },
      { delayMs: 15, sleep: clock.sleep },
    );
    const files = Array.from({ length: 60 }, (_, i) => file(`q${i}.ts`));
    const logs: string[] = [];
    const { now, sleep } = clock;
    const opts = {
      packFiles: 1,
      maxConcurrency: 16,
      retryBaseMs: 1,
      now,
      sleep,
      log: (m: string) => logs.push(m),
    };
    const out = await clock.run(scanFiles(files, options(model, opts)));
    assert.equal(out.results.size, 60);
    assert.equal(out.failed.size, 0);
    assert.equal(model.maxInFlight, 16, 'it grew to the ceiling first');
    // Halved, though never below what the rate learned from the calls that got through needs in flight.
    assert.ok(Math.max(...inFlightOnRetry) < 16, `retries ran ${inFlightOnRetry.join(',')} at once`);
    assert.ok(logs.some((l) => /settled at \d+ in flight.*16 throttled call\(s\) retried/.test(l)));
  });

  it('retries a throttled call past the ordinary retries, up to throttleRetries', async () => {
    const model = new FakeModel((files, call) => {
      if (call < 9) throw new ModelError('ThrottlingException', 'transient', undefined, undefined, true);
      return ok(files);
    });
    const out = await scanFiles([file('a.ts')], options(model, { retries: 2, retryBaseMs: 1 }));
    assert.equal(out.results.size, 1, 'nine throttles are not nine failures');
    const stuck = new FakeModel(() => {
      throw new ModelError('ThrottlingException', 'transient', undefined, undefined, true);
    });
    const gaveUp = await scanFiles([file('b.ts')], options(stuck, { throttleRetries: 4, retryBaseMs: 1 }));
    assert.equal(stuck.calls.length, 5, 'bounded: the call and four retries');
    assert.match(gaveUp.failed.values().next().value!, /the model kept failing: ThrottlingException/);
  });
});

describe('scanFiles on errors that persist', () => {
  const files = Array.from({ length: 8 }, (_, i) => file(`p${i}.ts`));

  it('splits a packed request that keeps meeting a server error, so only the file behind it fails', async () => {
    const model = new FakeModel((sent) => {
      if (sent.some((f) => f.path === 'p3.ts'))
        throw new ModelError('InternalServerException: boom', 'transient', undefined, undefined, false, true);
      return { answer: { findings: [] }, usage: usageFor(sent), stopReason: 'tool_use' };
    });
    const out = await scanFiles(files, options(model, { retryBaseMs: 1, retries: 2 }));
    assert.equal(out.results.size, 7);
    assert.deepEqual([...out.failed.values()], ['the model kept failing: InternalServerException: boom']);
  });

  it('never splits on a connection error: the pack is retried as it is, then fails as a whole', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('Error: connect ECONNREFUSED 127.0.0.1:1', 'transient');
    });
    const out = await scanFiles(files, options(model, { retryBaseMs: 1, retries: 2 }));
    assert.equal(model.calls.length, 3, 'one request and its two retries');
    assert.ok(
      model.calls.every((c) => c.length === 8),
      'always the whole pack',
    );
    assert.equal(out.failed.size, 8);
  });
});

describe('pack', () => {
  it('puts the largest files first and respects both limits', () => {
    const files = [
      file('a', 'a'.repeat(60)),
      file('b', 'b'.repeat(50)),
      file('c', 'c'.repeat(40)),
      file('d', 'd'.repeat(30)),
      file('e', 'e'.repeat(200)),
    ];
    const batches = pack(files, 100, 2);
    for (const b of batches) {
      assert.ok(b.length <= 2);
      if (b.length > 1) assert.ok(b.reduce((n, f) => n + f.content.length, 0) <= 100);
    }
    assert.deepEqual(
      batches[0]!.map((f) => f.path),
      ['e'],
      'a file over the limit goes alone',
    );
    assert.deepEqual(
      batches
        .flat()
        .map((f) => f.path)
        .sort(),
      ['a', 'b', 'c', 'd', 'e'],
    );
  });
});

describe('estimateUsage', () => {
  it('grows with the content, the lines and the files', () => {
    const one = estimateUsage([file('a', 'x'.repeat(400))], 1000);
    assert.ok(one.inputTokens > 1000 + 100);
    const two = estimateUsage([file('a', 'x'.repeat(400)), file('b', 'y'.repeat(400))], 1000);
    assert.ok(two.inputTokens > one.inputTokens && two.outputTokens > one.outputTokens);
  });
});
