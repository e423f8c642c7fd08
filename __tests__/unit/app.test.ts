import { afterEach, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScan, type Deps } from '../../src/app.js';
import type { Reporter } from '../../src/report/reporter.js';
import { CacheSession, type CacheScope } from '../../src/cache/cache-session.js';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import { parseDocument, type CacheDocument } from '../../src/cache/cache-document.js';
import type { InputName } from '../../src/config/inputs.js';
import { ModelError } from '../../src/scanner/model-client.js';
import type { ScanReport } from '../../src/report/report.js';
import {
  configFor,
  context,
  FakeModel,
  finding,
  RecordingLog,
  RecordingReporter,
  tempDir,
  ThrowingReporter,
  usageFor,
  writeFiles,
} from './fakes.js';

const T0 = new Date('2025-06-01T10:00:00.000Z');
const HOUR = 3_600_000;
const REPO = { kind: 'repository' } as const;
const SCOPE: CacheScope = { read: [REPO], write: REPO, why: 'test: reads and writes the repository cache' };

/** The fake model: a high finding on every line with eval(, a low one on md5; a file containing BOOM breaks the call. */
function reviewer(): FakeModel {
  return new FakeModel((files) => {
    if (files.some((f) => f.content.includes('BOOM')))
      throw new ModelError('the answer was cut off', 'request');
    const findings = files.flatMap((f) =>
      f.content
        .split('\n')
        .flatMap((line, i) => [
          ...(line.includes('eval(') ? [finding(f.path, 'high', i + 1)] : []),
          ...(line.includes('md5') ? [finding(f.path, 'low', i + 1, 'Weak hash')] : []),
        ]),
    );
    return { answer: { findings }, usage: usageFor(files), stopReason: 'tool_use' };
  });
}

const FILES = {
  'src/app.js': 'const x = 1;\nconst y = eval(input);\n',
  'src/util.js': 'export const hash = md5(data);\n',
  'src/clean.js': 'export const ok = true;\n',
  'lib/more.py': 'print("hello")\n',
};

describe('runScan', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFiles(dir, FILES);
  });
  afterEach(() => cleanup());

  const inputs = (extra: Partial<Record<InputName, string>> = {}) => ({
    'model-id': 'test-model',
    pricing: '{"test-model": {"input": 3, "output": 15}}',
    'scan-mode': 'full',
    ...extra,
  });

  async function scan(
    opts: {
      at?: Date;
      model?: FakeModel | null;
      inputs?: Partial<Record<InputName, string>>;
      reporters?: Reporter[];
    } = {},
  ): Promise<{ report: ScanReport; model: FakeModel; log: RecordingLog; recorder: RecordingReporter }> {
    const config = configFor(dir, inputs(opts.inputs));
    const model = opts.model ?? reviewer();
    const log = new RecordingLog();
    const recorder = new RecordingReporter();
    const at = opts.at ?? T0;
    const deps: Deps = {
      log,
      version: '1.0.0',
      now: () => at,
      openCache: async () => ({
        session: await CacheSession.open(new LocalFileStore(config.cacheFile), SCOPE),
        backend: 'local',
        why: 'test',
      }),
      model: opts.model === null ? undefined : model,
      modelUnavailable: opts.model === null ? 'no AWS credentials' : undefined,
      reporters: [...(opts.reporters ?? []), recorder],
    };
    const report = await runScan(deps, config, context());
    assert.equal(recorder.reports.length, 1);
    assert.equal(recorder.reports[0], report);
    return { report, model, log, recorder };
  }

  const cacheDoc = (): CacheDocument => {
    const parsed = parseDocument(readFileSync(join(dir, '.file_hash_cache.json'), 'utf8'));
    assert.ok(parsed.ok);
    return parsed.doc;
  };
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('scans and caches on the first run; the second run makes no call and saves what the first spent', async () => {
    const first = await scan();
    assert.equal(first.report.cache.hits, 0);
    assert.equal(first.report.cache.misses, 4);
    assert.equal(first.report.cache.hitRate, 0);
    assert.ok(first.model.calls.length >= 1);
    assert.deepEqual(first.model.sent.sort(), Object.keys(FILES).sort());
    assert.equal(first.report.model.calls, first.model.calls.length);
    assert.ok(first.report.model.usd! > 0);
    assert.equal(first.report.model.savedUsd, 0);
    assert.deepEqual(first.report.counts, { critical: 0, high: 1, medium: 0, low: 1 });
    assert.equal(first.report.conclusion, 'failure', 'a high finding fails at the default fail-on-severity');
    assert.equal(first.report.cache.save?.state, 'saved');
    assert.equal(Object.keys(cacheDoc().entries).length, 4);
    assert.equal(cacheDoc().runs.length, 1);

    const second = await scan({ at: new Date(T0.getTime() + HOUR) });
    assert.equal(second.model.calls.length, 0);
    assert.equal(second.report.model.calls, 0);
    assert.equal(second.report.cache.hits, 4);
    assert.equal(second.report.cache.misses, 0);
    assert.equal(second.report.cache.hitRate, 100);
    assert.equal(second.report.model.usd, 0);
    assert.ok(
      Math.abs(second.report.model.savedUsd - first.report.model.usd!) < 1e-6,
      `${second.report.model.savedUsd} vs ${first.report.model.usd}`,
    );
    assert.deepEqual(
      second.report.findings.map((f) => [f.path, f.startLine, f.severity]),
      first.report.findings.map((f) => [f.path, f.startLine, f.severity]),
    );
    assert.equal(second.report.history.length, 2);
  });

  it('keeps evidence drops with the cache entry: a warm run reports the counts the cold run did', async () => {
    // The model quotes a line that is in no file for every finding on a FORGE line: dropped, counted.
    writeFiles(dir, { 'src/forged.js': 'run(); // FORGE\n', 'copy/forged.js': 'run(); // FORGE\n' });
    const forger = () =>
      new FakeModel((files) => ({
        answer: {
          findings: files
            .filter((f) => f.content.includes('FORGE'))
            .map((f) => ({ ...finding(f.path, 'high', 1), evidence: 'db.execute("DROP TABLE x")' })),
        },
        usage: usageFor(files),
        stopReason: 'tool_use',
      }));
    const cold = await scan({ model: forger() });
    assert.deepEqual(cold.report.filtered?.evidence, { absent: 1, wrongFile: 0 });
    const entry = Object.entries(cacheDoc().entries).find(([k]) => k.startsWith(sha('run(); // FORGE\n')));
    assert.deepEqual(entry?.[1].dropped, { absent: 1, wrongFile: 0 });
    assert.equal(entry?.[1].findings.length, 0, 'the dropped finding is not cached');
    const clean = Object.entries(cacheDoc().entries).find(([k]) => k.startsWith(sha(FILES['src/clean.js'])));
    assert.equal(clean?.[1].dropped, undefined, 'an entry without drops stays as small as before');
    const warm = await scan({ model: forger(), at: new Date(T0.getTime() + HOUR) });
    assert.equal(warm.model.calls.length, 0);
    assert.deepEqual(warm.report.filtered?.evidence, cold.report.filtered?.evidence);
  });

  it('sends exactly the changed file', async () => {
    await scan();
    writeFileSync(join(dir, 'src/clean.js'), 'export const ok = false;\n');
    const { report, model } = await scan({ at: new Date(T0.getTime() + HOUR) });
    assert.equal(report.cache.misses, 1);
    assert.equal(report.cache.hits, 3);
    assert.deepEqual(model.calls, [['src/clean.js']]);
  });

  it('takes a renamed file as a hit and places its findings at the new path', async () => {
    await scan();
    renameSync(join(dir, 'src/app.js'), join(dir, 'src/main.js'));
    const { report, model } = await scan({ at: new Date(T0.getTime() + HOUR) });
    assert.equal(model.calls.length, 0);
    assert.equal(report.cache.hits, 4);
    assert.deepEqual(
      report.findings.filter((f) => f.severity === 'high').map((f) => f.path),
      ['src/main.js'],
    );
  });

  it('never caches a file that failed, reports it as not scanned and ends neutral', async () => {
    writeFiles(dir, { 'src/app.js': 'const x = 1;\n', 'src/broken.js': 'BOOM\n' });
    const { report } = await scan({ inputs: { 'fail-on-severity': 'high' } });
    assert.deepEqual(
      report.notScanned.map((n) => n.path),
      ['src/broken.js'],
    );
    assert.match(report.notScanned[0]!.reason, /cut off/);
    assert.equal(report.conclusion, 'neutral');
    assert.ok(!Object.keys(cacheDoc().entries).some((k) => k.startsWith(sha('BOOM\n'))));
    assert.equal(Object.keys(cacheDoc().entries).length, 4);

    const again = await scan({ at: new Date(T0.getTime() + HOUR) });
    assert.equal(again.report.cache.misses, 1);
    assert.deepEqual(again.model.sent, ['src/broken.js']);
  });

  it('fails an incomplete scan with fail-on-incomplete', async () => {
    writeFiles(dir, { 'src/app.js': 'const x = 1;\n', 'src/broken.js': 'BOOM\n' });
    const { report } = await scan({ inputs: { 'fail-on-incomplete': 'true' } });
    assert.equal(report.conclusion, 'failure');
  });

  it('fails at or above fail-on-severity and passes below it', async () => {
    assert.equal((await scan({ inputs: { 'fail-on-severity': 'low' } })).report.conclusion, 'failure');
    assert.equal((await scan({ inputs: { 'fail-on-severity': 'critical' } })).report.conclusion, 'success');
    assert.equal((await scan({ inputs: { 'fail-on-severity': 'none' } })).report.conclusion, 'success');
  });

  it('dry run: no call, an estimate, nothing written', async () => {
    const { report, model } = await scan({ inputs: { 'dry-run': 'true' } });
    assert.equal(model.calls.length, 0);
    assert.equal(report.model.calls, 0);
    assert.ok(report.model.estimateUsd! > 0);
    assert.equal(report.cache.misses, 4);
    assert.deepEqual(report.notScanned, []);
    assert.equal(report.cache.save, undefined);
    assert.equal(report.conclusion, 'neutral');
    assert.equal(existsSync(join(dir, '.file_hash_cache.json')), false);
  });

  it('force-rescan: every file is a miss and its entry is replaced', async () => {
    await scan();
    const later = new Date(T0.getTime() + HOUR);
    const { report, model } = await scan({ at: later, inputs: { 'force-rescan': 'true' } });
    assert.equal(report.cache.hits, 0);
    assert.equal(report.cache.misses, 4);
    assert.equal(report.cache.forceRescan, true);
    assert.equal(model.sent.length, 4);
    const entries = Object.values(cacheDoc().entries);
    assert.equal(entries.length, 4);
    for (const e of entries) assert.equal(e.scannedAt, later.toISOString());
  });

  it('rescans entries older than cache-ttl-days, and counts them as expired', async () => {
    await scan();
    const { report, model } = await scan({ at: new Date(T0.getTime() + 8 * 24 * HOUR) });
    assert.equal(report.cache.hits, 0);
    assert.equal(model.sent.length, 4);
    assert.equal(report.cache.expired, 4);
    const fresh = await scan({ at: new Date(T0.getTime() + 8 * 24 * HOUR + HOUR) });
    assert.equal(fresh.report.cache.expired, 0);
  });

  it('review-depth full reuses no result a change review produced; auto reuses it as a hit', async () => {
    await scan();
    // Mark one entry as a change review's result, as a review-depth auto run records it.
    const path = join(dir, '.file_hash_cache.json');
    const doc = cacheDoc();
    const key = Object.keys(doc.entries).find((k) => k.startsWith(`${sha(FILES['src/app.js'])}:`))!;
    doc.entries[key] = { ...doc.entries[key]!, depth: 'change' };
    writeFileSync(path, JSON.stringify(doc));
    const auto = await scan({ at: new Date(T0.getTime() + HOUR) });
    assert.equal(auto.report.cache.hits, 4);
    assert.deepEqual(auto.report.changeReviews, [{ path: 'src/app.js', cached: true }]);
    const full = await scan({ at: new Date(T0.getTime() + 2 * HOUR), inputs: { 'review-depth': 'full' } });
    assert.equal(full.report.cache.hits, 3);
    assert.equal(full.report.cache.expired, 0, 'a change review is not expired');
    assert.deepEqual(full.model.sent, ['src/app.js']);
    // Reviewed whole, its entry is a whole review's again.
    assert.equal(cacheDoc().entries[key]!.depth, undefined);
  });

  it('scans while the reporters start (a check run being created), and publishes once they have started', async () => {
    const events: string[] = [];
    let release!: () => void;
    const modelCalled = new Promise<void>((r) => (release = r));
    // A start that ends only once the model has been called: a scan that waited for it would never end.
    const slow: Reporter = {
      name: 'Slow to start',
      start: async () => {
        await modelCalled;
        events.push('started');
      },
      publish: () => (events.push('published'), Promise.resolve()),
    };
    const model = new FakeModel((files) => {
      release();
      events.push('analyzed');
      return { answer: { findings: [] }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    await scan({ model, reporters: [slow] });
    assert.equal(events[0], 'analyzed');
    assert.ok(events.indexOf('started') < events.indexOf('published'), events.join(', '));
  });

  it('a reporter that throws is a warning; the others still publish', async () => {
    const { log, recorder, report } = await scan({ reporters: [new ThrowingReporter()] });
    assert.equal(recorder.started, 1);
    assert.ok(
      log.warnings.some((w) =>
        /Broken reporter: could not start \(start exploded\); the scan goes on/.test(w),
      ),
      log.warnings.join('\n'),
    );
    assert.ok(log.warnings.some((w) => /Broken reporter: could not publish \(publish exploded\)/.test(w)));
    assert.equal(report.cache.misses, 4);
  });

  it('when the model is knowingly unavailable every miss is not scanned and the run is neutral, never green', async () => {
    const { report } = await scan({ model: null });
    assert.equal(report.fatal, undefined);
    assert.equal(report.conclusion, 'neutral');
    assert.match(report.title, /4 file\(s\) not scanned \(no AWS credentials\)/);
    assert.equal(report.notScanned.length, 4);
    assert.equal(Object.keys(cacheDoc().entries).length, 0);
  });

  it('a fatal model error fails the run instead of reporting no findings', async () => {
    const model = new FakeModel(() => {
      throw new ModelError('AccessDeniedException: model access is not enabled', 'fatal');
    });
    const { report } = await scan({ model });
    assert.equal(report.conclusion, 'failure');
    assert.match(report.fatal!, /AccessDeniedException/);
    assert.equal(model.calls.length, 1);
  });

  it('reports skipped files with their reasons and does not scan its own cache file', async () => {
    writeFiles(dir, {
      'package-lock.json': '{}\n',
      '.env': 'SECRET=1\n',
      'logo.png': Buffer.from([0x89, 0x50]),
    });
    await scan();
    const { report } = await scan({ at: new Date(T0.getTime() + HOUR) });
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    assert.equal(reasons['package-lock.json'], 'lockfile');
    assert.equal(reasons['.env'], 'secret');
    assert.equal(reasons['logo.png'], 'image or media');
    assert.equal(reasons['.file_hash_cache.json'], 'generated');
    assert.equal(report.selection.eligible, 4);
  });
});
