import { describe, it, expect } from '@jest/globals';
import { BatchPhase, withLive, type BatchRun, type LiveRequest } from '../../src/batch/batch-phase.js';
import type { BatchBackend } from '../../src/batch/batch-backend.js';
import { anthropicBody, buildRecords, collectOutput } from '../../src/batch/batch-records.js';
import type { BatchJob } from '../../src/batch/batch-job-record.js';
import {
  emptyDocument,
  parseDocument,
  serialize,
  type CacheDocument,
} from '../../src/cache/cache-document.js';
import { batchPrice, priceFor } from '../../src/cost/pricing.js';
import { NO_USAGE } from '../../src/cost/cost.js';
import { NO_DROPS } from '../../src/findings/evidence.js';
import { capabilitiesFor } from '../../src/scanner/capabilities.js';
import type { MissFile, ScanOutcome } from '../../src/scanner/scan-files.js';
import { sha256 } from '../../src/cache/sha256.js';
import type { InputName } from '../../src/config/inputs.js';
import { configFor, context, finding, RecordingLog } from './fakes.js';
import { renderSummary, renderText } from '../../src/report/render/markdown.js';
import { sampleReport } from './report-fixtures.js';

const PRICE = { input: 3, output: 15 };
const CAPS = capabilitiesFor('anthropic.claude-sonnet-4-5-20250929-v1:0');

function file(
  path: string,
  content = `x = ${JSON.stringify(path)}\n`.repeat(1) + 'y = 2\nz = 3\n',
): MissFile {
  return { path, sha256: sha256(content + path), lines: content.split('\n').length - 1, content };
}

const contentsOf = (files: MissFile[]) => new Map(files.map((f) => [f.sha256, f.content]));

function output(recordId: string, input: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    recordId,
    modelInput: {},
    modelOutput: {
      content: [{ type: 'tool_use', name: 'report_findings', input }],
      stop_reason: 'tool_use',
      usage: { input_tokens: 1000, output_tokens: 200 },
      ...extra,
    },
  });
}

describe('batch records', () => {
  it('builds one record a pack, 11-character ids, with the live prompt and the forced tool', () => {
    const files = [file('a.py'), file('b.py'), file('c.py')];
    const { records, index } = buildRecords(files, (g) => anthropicBody('SYSTEM', g, CAPS), {
      packChars: 12_000,
      packFiles: 2,
    });
    expect(records.map((r) => r.recordId)).toEqual(['R0000000001', 'R0000000002']);
    expect(
      Object.values(index)
        .flat()
        .map((f) => f.path)
        .sort(),
    ).toEqual(['a.py', 'b.py', 'c.py']);
    const body = records[0]!.modelInput as Record<string, any>;
    expect(body).toMatchObject({ anthropic_version: 'bedrock-2023-05-31', system: 'SYSTEM' });
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'report_findings' });
    expect(body.messages[0].content[0].text).toContain('===== FILE ');
  });

  it('reads answers out of order, priced at the batch rate, each file its share', () => {
    const a = file('a.py');
    const b = file('b.py');
    const index = {
      R0000000001: [{ path: a.path, sha256: a.sha256, lines: 3 }],
      R0000000002: [{ path: b.path, sha256: b.sha256, lines: 3 }],
    };
    const got = collectOutput(
      [
        output('R0000000002', { findings: [] }),
        '',
        output('R0000000001', { findings: [{ ...finding('a.py', 'high', 2), evidence: 'y = 2' }] }),
      ],
      index,
      batchPrice(PRICE),
      contentsOf([a, b]),
    );
    expect(got.failed.size).toBe(0);
    expect(got.results.get(a.sha256)!.findings).toHaveLength(1);
    // 1000 in, 200 out at half of $3/$15 a million: $0.003 a record.
    expect(got.results.get(a.sha256)!.usd).toBeCloseTo(0.003, 9);
    expect(got.usd).toBeCloseTo(0.006, 9);
  });

  it('sends back to live calls the files of failed, missing, repeated, cut-off or hostile records', () => {
    const files = ['ok', 'err', 'gone', 'twice', 'cut', 'foreign', 'bad-schema'].map((n) => file(`${n}.py`));
    const index = Object.fromEntries(
      files.map((f, i) => [
        `R${String(i + 1).padStart(10, '0')}`,
        [{ path: f.path, sha256: f.sha256, lines: 3 }],
      ]),
    );
    const lines = [
      output('R0000000001', { findings: [{ ...finding('ok.py', 'low', 99), evidence: 'z = 3' }] }),
      JSON.stringify({
        recordId: 'R0000000002',
        modelInput: {},
        error: { errorCode: 400, errorMessage: 'bad request' },
      }),
      output('R0000000004', { findings: [] }),
      output('R0000000004', { findings: [] }),
      output('R0000000005', { findings: [] }, { stop_reason: 'max_tokens' }),
      output('R0000000006', { findings: [{ ...finding('other.py', 'high', 1), evidence: 'y = 2' }] }),
      output('R0000000007', { findings: [{ path: 'bad-schema.py', severity: 'urgent' }] }),
      output('R9999999999', { findings: [] }),
      'not json',
    ];
    const got = collectOutput(lines, index, batchPrice(PRICE), contentsOf(files));
    expect([...got.results.keys()]).toEqual([files[0]!.sha256]);
    // A finding past the file's last line is clamped to it, as for a live answer.
    expect(got.results.get(files[0]!.sha256)!.findings[0]).toMatchObject({ startLine: 3, endLine: 3 });
    const why = (i: number) => got.failed.get(files[i]!.sha256);
    expect(why(1)).toMatch(/failed in the batch job \(400 bad request\)/);
    expect(why(2)).toMatch(/no answer/);
    expect(why(3)).toMatch(/more than once/);
    expect(why(4)).toMatch(/cut off/);
    expect(why(5)).toMatch(/names a file that was not sent/);
    expect(why(6)).toMatch(/does not match the findings schema/);
    // Tokens of single answers that came back are counted whether or not they were usable.
    expect(got.usage.inputTokens).toBe(4000);
  });

  it('drops a batch finding whose evidence is not in its file, and counts it, as for a live answer', () => {
    const a = file('a.py');
    const got = collectOutput(
      [
        output('R0000000001', {
          findings: [
            { ...finding('a.py', 'high', 2), evidence: 'y = 2' },
            { ...finding('a.py', 'high', 3), evidence: 'os.system(user_input)' },
          ],
        }),
      ],
      { R0000000001: [{ path: a.path, sha256: a.sha256, lines: 3 }] },
      undefined,
      contentsOf([a]),
    );
    expect(got.results.get(a.sha256)!.findings.map((f) => f.startLine)).toEqual([2]);
    expect(got.dropped).toEqual({ absent: 1, wrongFile: 0 });
  });

  it('takes JSON in the text when the model answered without the tool', () => {
    const a = file('a.py');
    const line = JSON.stringify({
      recordId: 'R0000000001',
      modelOutput: {
        content: [{ type: 'text', text: '```json\n{"findings": []}\n```' }],
        stop_reason: 'end_turn',
      },
    });
    const got = collectOutput(
      [line],
      { R0000000001: [{ path: a.path, sha256: a.sha256, lines: 3 }] },
      undefined,
      contentsOf([a]),
    );
    expect(got.results.get(a.sha256)).toMatchObject({ findings: [], usd: undefined });
  });

  it('prices batch tokens at half the on-demand price', () => {
    const on = priceFor('anthropic.claude-sonnet-4-5-20250929-v1:0')!;
    expect(batchPrice(on)).toEqual({ input: 1.5, output: 7.5, cacheRead: 0.15, cacheWrite: 1.875 });
    expect(batchPrice(undefined)).toBeUndefined();
  });
});

/** A BatchBackend in memory: the jobs it was asked to create, and the states and outputs a test gives them. */
class FakeBackend implements BatchBackend {
  created: { name: string; jsonl: string }[] = [];
  status: Record<string, string> = {};
  outputs: Record<string, string[]> = {};
  createJob(name: string, _hours: number, jsonl: string): Promise<string> {
    this.created.push({ name, jsonl });
    return Promise.resolve(`arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/${name}`);
  }
  getJob(jobArn: string): Promise<{ status: string }> {
    return Promise.resolve({ status: this.status[jobArn] ?? 'InProgress' });
  }
  readOutputs(name: string): Promise<string[]> {
    return Promise.resolve(this.outputs[name] ?? []);
  }
}

const ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-batch';

function outcome(): ScanOutcome {
  return {
    results: new Map(),
    failed: new Map(),
    calls: 0,
    usage: NO_USAGE,
    usd: 0,
    stopped: undefined,
    unscannedEstimateUsd: undefined,
    throttled: 0,
    dropped: NO_DROPS,
  };
}

function phase(
  over: Partial<BatchRun> & { inputs?: Partial<Record<InputName, string>> },
  backend: FakeBackend,
) {
  const log = new RecordingLog();
  let loaded = 0;
  const run: BatchRun = {
    config: configFor('/w', {
      's3-bucket': 'scan-cache',
      'batch-role-arn': ROLE,
      'model-id': 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      ...over.inputs,
    }),
    ctx: context({ ci: 'github-actions', event: 'schedule' }),
    fp: 'fp1',
    full: true,
    doc: emptyDocument(),
    writesRepository: true,
    log,
    now: new Date('2026-01-02T03:04:05Z'),
    backend: () => (loaded++, Promise.resolve(backend)),
    ...over,
  };
  return { batch: new BatchPhase(run), log, loaded: () => loaded };
}

const LIVE: LiveRequest = {
  system: 'S'.repeat(8000),
  overheadTokens: 2500,
  price: PRICE,
  packChars: 12_000,
  packFiles: 8,
};
/** Files of about 5 kB: worth a batch job even one to a record. */
const big = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    file(
      `src/m${i}.py`,
      Array.from({ length: 200 }, (_, j) => `value_${i}_${j} = compute(${j}, ${i * j})\n`).join(''),
    ),
  );

describe('BatchPhase', () => {
  it('hands a scheduled full scan of 100 or more misses to one job and records it', async () => {
    const backend = new FakeBackend();
    const { batch, log } = phase({}, backend);
    const files = big(120);
    const o = outcome();
    expect(await batch.take(files, o, LIVE)).toEqual([]);
    expect(backend.created).toHaveLength(1);
    expect(backend.created[0]!.jsonl.trim().split('\n')).toHaveLength(120);
    expect(o.failed.size).toBe(120);
    expect(log.infos.join('\n')).toMatch(
      /Submitted Bedrock batch job ai-scanner-20260102030405-[0-9a-f]{8} \(120 records/,
    );
    // Queued, not failed: the reason says where the file is, and the report has the job's figures.
    const name = backend.created[0]!.name;
    expect(new Set(o.failed.values())).toEqual(
      new Set([`queued in Bedrock batch job ${name} (submitted); a later run collects it`]),
    );
    expect(files.every((f) => batch.isQueued(f.sha256))).toBe(true);
    const [job] = batch.report()!.jobs;
    expect(job).toMatchObject({
      job: name,
      state: 'submitted',
      status: 'Submitted',
      records: 120,
      files: 120,
      queued: true,
      recorded: true,
    });
    expect(job!.expectedUsd).toBeGreaterThan(0);
    expect(job!.expectedUsd).toBeLessThan(job!.liveEstimateUsd!);
    const doc = batch.apply(emptyDocument());
    expect(doc.batchJobs).toHaveLength(1);
    expect(Object.keys(doc.batchJobs![0]!.records)).toHaveLength(120);
    // The document with the job reads back as written.
    const back = parseDocument(serialize(doc));
    expect(back.ok && back.doc.batchJobs).toEqual(doc.batchJobs);
  });

  it('does not load the SDKs, and scans live, without a role, on other events, below 100 or for a pull request', async () => {
    for (const over of [
      { inputs: { 'batch-role-arn': '' } },
      { ctx: context({ ci: 'github-actions', event: 'push' }) },
      { full: false },
      { writesRepository: false },
      { inputs: { batch: 'off' } },
    ] as (Partial<BatchRun> & { inputs?: Partial<Record<InputName, string>> })[]) {
      const backend = new FakeBackend();
      const { batch, loaded } = phase(over, backend);
      const files = big(120);
      expect(await batch.take(files, outcome(), LIVE)).toBe(files);
      expect({ over, loaded: loaded() }).toEqual({ over, loaded: 0 });
    }
    const { batch, log } = phase({ inputs: { 'batch-role-arn': '' } }, new FakeBackend());
    await batch.take(big(100), outcome(), LIVE);
    expect(log.infos.join('\n')).toMatch(/batch-role-arn is empty/);
    expect((await phase({}, new FakeBackend()).batch.take(big(99), outcome(), LIVE)).length).toBe(99);
  });

  it('scans small files live when 100 records would cost more than packed live calls', async () => {
    const backend = new FakeBackend();
    const { batch, log } = phase({}, backend);
    const files = Array.from({ length: 120 }, (_, i) => file(`s${i}.py`));
    expect(await batch.take(files, outcome(), LIVE)).toEqual(files);
    expect(backend.created).toHaveLength(0);
    expect(log.infos.join('\n')).toMatch(/would cost more than live calls/);
  });

  function recorded(files: MissFile[], fp = 'fp1'): BatchJob {
    return {
      name: 'ai-scanner-1-a',
      jobArn: 'arn:job/1',
      submittedAt: '2026-01-01T00:00:00.000Z',
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      fingerprint: fp,
      liveEstimateUsd: 1,
      records: Object.fromEntries(
        files.map((f, i) => [
          `R${String(i + 1).padStart(10, '0')}`,
          [{ path: f.path, sha256: f.sha256, lines: f.lines }],
        ]),
      ),
    };
  }

  it('collects a finished job: answers in the outcome, files this run cannot check not used, the job dropped', async () => {
    const files = [file('a.py'), file('b.py'), file('c.py')];
    const doc: CacheDocument = { ...emptyDocument(), batchJobs: [recorded(files)] };
    const backend = new FakeBackend();
    backend.status['arn:job/1'] = 'Completed';
    backend.outputs['ai-scanner-1-a'] = [
      [
        output('R0000000003', { findings: [] }),
        output('R0000000001', { findings: [{ ...finding('a.py', 'high', 1), evidence: 'x = "a.py"' }] }),
      ].join('\n'),
    ];
    // Only a.py and b.py are misses of this run (a push: any event collects).
    const { batch, log } = phase(
      { doc, ctx: context({ ci: 'github-actions', event: 'push' }), full: false },
      backend,
    );
    const o = outcome();
    const live = await batch.take(files.slice(0, 2), o, LIVE);
    expect(live.map((f) => f.path)).toEqual(['b.py']);
    expect(o.results.get(files[0]!.sha256)!.usd).toBeCloseTo((1000 * 1.5 + 200 * 7.5) / 1e6, 9);
    expect(o.results.get(files[0]!.sha256)!.findings).toHaveLength(1);
    // c.py is not a miss of this run: its content is not here to check its evidence against, so it is not used.
    expect(log.infos.join('\n')).toMatch(/1 file\(s\) answered at the batch price .* 2 to scan live/);
    const saved = batch.apply(emptyDocument());
    expect(saved.batchJobs).toBeUndefined();
    expect(Object.keys(saved.entries)).toEqual([]);
    // b.py's record has no answer: it goes live; c.py is not in this run, so it is not counted as sent live.
    expect(batch.report()!.jobs).toEqual([
      expect.objectContaining({
        job: 'ai-scanner-1-a',
        state: 'collected',
        status: 'Completed',
        results: 1,
        live: 1,
        usd: (1000 * 1.5 + 200 * 7.5) / 1e6,
        queued: false,
      }),
    ]);
    expect(batch.isQueued(files[1]!.sha256)).toBe(false);
    // The live calls' outcome keeps what the batch step put in.
    const merged = withLive(o, {
      ...outcome(),
      results: new Map([[files[1]!.sha256, { findings: [], usage: NO_USAGE, usd: 0.01 }]]),
      usd: 0.01,
    });
    expect(merged.results.size).toBe(2);
    expect(merged.usd).toBeCloseTo(0.01 + o.usd!, 9);
  });

  it('holds back the files of a running job on a scheduled run only, and drops failed jobs', async () => {
    const files = [file('a.py'), file('b.py')];
    const doc: CacheDocument = { ...emptyDocument(), batchJobs: [recorded(files)] };
    const running = new FakeBackend();
    const held = outcome();
    expect(await phase({ doc }, running).batch.take(files, held, LIVE)).toEqual([]);
    const scheduled = phase({ doc }, running).batch;
    expect(await scheduled.take(files, held, LIVE)).toEqual([]);
    expect(held.failed.get(files[0]!.sha256)).toBe(
      'queued in Bedrock batch job ai-scanner-1-a (InProgress); a later run collects it',
    );
    expect(scheduled.report()!.jobs).toEqual([
      expect.objectContaining({ state: 'running', status: 'InProgress', queued: true, files: 2 }),
    ]);
    const push = context({ ci: 'github-actions', event: 'push' });
    const onPush = phase({ doc, ctx: push }, running).batch;
    expect(await onPush.take(files, outcome(), LIVE)).toEqual(files);
    expect(onPush.report()!.jobs).toEqual([expect.objectContaining({ state: 'running', queued: false })]);
    const failed = new FakeBackend();
    failed.status['arn:job/1'] = 'Expired';
    const { batch, log } = phase({ doc }, failed);
    expect(await batch.take(files, outcome(), LIVE)).toEqual(files);
    expect(log.warnings.join('\n')).toMatch(/ended Expired: its files go back to live calls/);
    expect(batch.apply(doc).batchJobs).toBeUndefined();
    expect(batch.report()!.jobs).toEqual([expect.objectContaining({ state: 'ended', status: 'Expired' })]);
  });

  it('does not use the answers of a job made with another prompt or model', async () => {
    const files = [file('a.py')];
    const backend = new FakeBackend();
    backend.status['arn:job/1'] = 'Completed';
    backend.outputs['ai-scanner-1-a'] = [output('R0000000001', { findings: [] })];
    const { batch } = phase({ doc: { ...emptyDocument(), batchJobs: [recorded(files, 'other')] } }, backend);
    expect(await batch.take(files, outcome(), LIVE)).toEqual(files);
  });
});

/** The summary's text without markdown's escapes. */
const plain = (markdown: string) => markdown.replace(/&#36;/g, '$').replace(/\\(?=[-()\\.+!])/g, '');

describe('a job whose record the cache save did not keep', () => {
  const submitted = async () => {
    const backend = new FakeBackend();
    const p = phase({}, backend);
    await p.batch.take(big(120), outcome(), LIVE);
    return { ...p, backend };
  };
  const FAILED = { state: 'failed' as const, attempts: 6, detail: 'other runs kept writing the same object' };
  const SAVED = { state: 'saved' as const, attempts: 1, location: 's3://scan-cache/x' };

  it('tries the save once more, and keeps the job when that one is saved', async () => {
    const { batch } = await submitted();
    let retries = 0;
    const save = await batch.afterSave(FAILED, () => (retries++, Promise.resolve(SAVED)));
    expect({ save, retries }).toEqual({ save: SAVED, retries: 1 });
    expect(batch.report()!.jobs[0]!.recorded).toBe(true);
  });

  it('warns, naming the job and how to stop it, when the job cannot be recorded', async () => {
    const { batch, log, backend } = await submitted();
    const save = await batch.afterSave(FAILED, () => Promise.resolve(FAILED));
    expect(save).toBe(FAILED);
    const name = backend.created[0]!.name;
    expect(log.warnings.join('\n')).toContain(
      `Bedrock batch job ${name} was created but could not be recorded in the cache (other runs kept writing the same object): it runs and is billed (about $`,
    );
    expect(log.warnings.join('\n')).toContain(
      `aws bedrock stop-model-invocation-job --job-identifier arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/${name}`,
    );
    expect(batch.report()!.jobs[0]!.recorded).toBe(false);
    expect(plain(renderSummary(sampleReport(undefined, { batch: batch.report() })))).toContain(
      'NOT recorded (the cache could not be saved): no run will collect it',
    );
  });

  it('does nothing more when no job was created or the save went through', async () => {
    let retries = 0;
    const retry = () => (retries++, Promise.resolve(SAVED));
    const none = phase({}, new FakeBackend()).batch;
    expect(await none.afterSave(FAILED, retry)).toBe(FAILED);
    const { batch } = await submitted();
    expect(await batch.afterSave(SAVED, retry)).toBe(SAVED);
    expect(retries).toBe(0);
  });
});

describe('the batch section of the report', () => {
  const job = {
    job: 'ai-scanner-20260102030405-0a1b2c3d',
    jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/x',
    records: 120,
    files: 120,
    queued: false,
  };
  it('says, job by job, its status, records, files and expected cost against live, or what it gave', () => {
    const report = sampleReport(undefined, {
      batch: {
        jobs: [
          {
            ...job,
            state: 'submitted',
            status: 'Submitted',
            queued: true,
            expectedUsd: 0.76,
            liveEstimateUsd: 1.52,
            recorded: true,
          },
          {
            ...job,
            job: 'ai-scanner-1-a',
            state: 'collected',
            status: 'PartiallyCompleted',
            results: 116,
            usd: 0.7,
            live: 4,
          },
        ],
      },
    });
    const summary = plain(renderSummary(report));
    expect(summary).toContain('**Bedrock batch** (billed at half the on-demand price):');
    expect(summary).toContain(
      '- `ai-scanner-20260102030405-0a1b2c3d`: submitted, 120 record(s) for 120 file(s), about $0.760 against $1.52 live; its files are queued, a later run collects them.',
    );
    expect(summary).toContain(
      '- `ai-scanner-1-a`: collected (PartiallyCompleted): 116 file(s) answered at the batch price ($0.700), 4 sent to live calls',
    );
    expect(renderText(report)).toContain(
      '  BATCH ai-scanner-1-a: collected (PartiallyCompleted): 116 file(s)',
    );
    expect(renderSummary(sampleReport())).not.toContain('Bedrock batch');
  });
});

describe('batch inputs and the cache document', () => {
  it('refuses a batch-role-arn that is not a role ARN, naming the input', () => {
    expect(() => configFor('/w', { 'batch-role-arn': 'ai-scanner-batch' })).toThrow(
      /Input 'batch-role-arn' has an invalid value/,
    );
    expect(() => configFor('/w', { batch: 'sometimes' })).toThrow(/Input 'batch' has an invalid value/);
    expect(configFor('/w', {})).toMatchObject({ batch: 'auto', batchRoleArn: undefined });
  });

  it('refuses a document whose batch job has a name that is not a job name', () => {
    const doc = {
      ...emptyDocument(),
      batchJobs: [
        {
          ...{
            name: '../../x',
            jobArn: 'a',
            submittedAt: '2026-01-01T00:00:00Z',
            modelId: 'm',
            fingerprint: 'f',
            liveEstimateUsd: null,
            records: {},
          },
        },
      ],
    };
    expect(parseDocument(JSON.stringify(doc)).ok).toBe(false);
  });
});
