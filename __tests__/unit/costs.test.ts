/** The costs command's parts: the sums, the key parsing, the listing and reading, the formats and the options. */
import { describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import { aggregate, byMonth, totals, type ObjectRuns } from '../../src/costs/aggregate.js';
import {
  collectRuns,
  parseObjectKey,
  type CacheObjectReader,
  type ObjectRead,
} from '../../src/costs/collect.js';
import { csvCell, renderCosts } from '../../src/costs/format.js';
import { costsMain, parseSince, type ReaderFactory } from '../../src/costs/command.js';
import { emptyDocument, MAX_RUNS, type RunRecord } from '../../src/cache/cache-document.js';
import type { S3ReaderOptions } from '../../src/costs/s3-reader.js';

function run(at: string, over: Partial<RunRecord> = {}): RunRecord {
  return {
    at,
    event: 'push',
    hits: 8,
    misses: 2,
    calls: 1,
    usd: 0.01,
    savedUsd: 0.04,
    tokens: { in: 1000, out: 100 },
    ...over,
  };
}

const API: ObjectRuns = {
  repository: 'octo/api',
  location: 's3://b/cache/octo/api/scan-cache.json.gz',
  runs: [
    run('2026-01-05T10:00:00.000Z', { usd: 0.125, savedUsd: 0, hits: 0, misses: 10, calls: 2 }),
    run('2026-01-20T10:00:00.000Z', { usd: 0.01, savedUsd: 0.2 }),
    run('2026-02-02T10:00:00.000Z', {
      usd: 0,
      savedUsd: 0.3,
      hits: 10,
      misses: 0,
      calls: 0,
      tokens: { in: 0, out: 0 },
    }),
  ],
};
const API_PR: ObjectRuns = {
  repository: 'octo/api',
  location: 's3://b/cache/octo/api/pr/7.json.gz',
  runs: [run('2026-02-10T08:00:00.000Z', { usd: 0.05, savedUsd: 0.1, event: 'pull_request' })],
};
const WEB: ObjectRuns = {
  repository: 'octo/web',
  location: 's3://b/cache/octo/web/scan-cache.json.gz',
  runs: [
    run('2026-01-31T23:59:59.999Z', { usd: null, savedUsd: 0.5 }),
    run('2026-02-01T00:00:00.000Z', { tokens: undefined }),
  ],
};

describe('aggregate', () => {
  it('sums per repository, counting its pull requests, and the total is the sum of the repositories', () => {
    const report = aggregate([WEB, API, API_PR]);
    expect(report.repos.map((r) => r.repository)).toEqual(['octo/api', 'octo/web']);
    const api = report.repos[0]!;
    expect(api).toMatchObject({ objects: 2, runs: 4, costUsd: 0.185, savedUsd: 0.6, modelCalls: 4 });
    expect(api.hits).toBe(0 + 8 + 10 + 8);
    expect(api.misses).toBe(10 + 2 + 0 + 2);
    expect(api.hitRate).toBe(Math.round((26 / 40) * 1000) / 10);
    expect(api.inputTokens).toBe(3000);
    expect(api.firstRun).toBe('2026-01-05T10:00:00.000Z');
    expect(api.lastRun).toBe('2026-02-10T08:00:00.000Z');
    const t = report.total;
    expect(t.repositories).toBe(2);
    for (const key of ['runs', 'modelCalls', 'hits', 'misses', 'inputTokens', 'outputTokens'] as const)
      expect(t[key]).toBe(report.repos.reduce((n, r) => n + r[key], 0));
    expect(t.costUsd).toBeCloseTo(0.185 + 0.01, 9);
    expect(t.savedUsd).toBeCloseTo(0.6 + 0.5 + 0.04, 9);
  });

  it('a run with no price adds no cost and is counted as such; one without tokens likewise', () => {
    const web = aggregate([WEB]).repos[0]!;
    expect(web.costUsd).toBe(0.01);
    expect(web.runsWithoutCost).toBe(1);
    expect(web.runsWithoutTokens).toBe(1);
    expect(web.inputTokens).toBe(1000);
  });

  it('groups runs by UTC month, oldest first, and the months add up to the whole', () => {
    const report = aggregate([API, API_PR, WEB]);
    expect(report.total.months.map((m) => [m.month, m.runs])).toEqual([
      ['2026-01', 3],
      ['2026-02', 3],
    ]);
    const jan = report.total.months[0]!;
    expect(jan.costUsd).toBe(0.135);
    expect(report.repos[1]!.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(report.total.months.reduce((n, m) => n + m.runs, 0)).toBe(report.total.runs);
    expect(byMonth([])).toEqual([]);
  });

  it('--since counts only runs at or after the instant', () => {
    const report = aggregate([API, API_PR, WEB], new Date('2026-02-01T00:00:00Z'));
    expect(report.since).toBe('2026-02-01T00:00:00.000Z');
    expect(report.repos.map((r) => [r.repository, r.runs])).toEqual([
      ['octo/api', 2],
      ['octo/web', 1],
    ]);
    expect(report.total.months.map((m) => m.month)).toEqual(['2026-02']);
    expect(report.total.costUsd).toBe(0.06);
  });

  it('a run found in two objects counts once; an empty history has a null hit rate', () => {
    const copy = { ...API_PR, location: 's3://b/cache/octo/api/pr/8.json.gz' };
    expect(aggregate([API_PR, copy]).total.runs).toBe(1);
    const none = totals([]);
    expect(none).toMatchObject({ runs: 0, costUsd: 0, hitRate: null, firstRun: undefined });
  });

  it('says when an object kept only its newest runs, unless --since starts after its oldest', () => {
    const full: ObjectRuns = {
      repository: 'octo/busy',
      location: 's3://b/cache/octo/busy/scan-cache.json.gz',
      runs: Array.from({ length: MAX_RUNS }, (_, i) => run(new Date(Date.UTC(2026, 2, 1, i)).toISOString())),
    };
    const notes = aggregate([full]).notes;
    expect(notes).toHaveLength(1);
    assert.match(
      notes[0]!,
      /keeps only its newest 50 runs: runs of octo\/busy before 2026-03-01T00:00:00.000Z/,
    );
    expect(aggregate([full], new Date('2026-03-01T05:00:00Z')).notes).toEqual([]);
    expect(aggregate([API]).notes).toEqual([]);
  });
});

describe('parseObjectKey', () => {
  it("names the repository and the pull request of the scanner's keys, and nothing else", () => {
    expect(parseObjectKey('cache/octo/api/scan-cache.json.gz', 'cache/')).toEqual({
      repository: 'octo/api',
      pullRequest: undefined,
    });
    expect(parseObjectKey('cache/octo/api/pr/12.json.gz', 'cache/')).toEqual({
      repository: 'octo/api',
      pullRequest: 12,
    });
    // GitLab subgroups, and a project that happens to be called "pr".
    expect(parseObjectKey('group/sub/project/pr/3.json.gz', '')?.repository).toBe('group/sub/project');
    expect(parseObjectKey('cache/g/s/pr/scan-cache.json.gz', 'cache/')?.repository).toBe('g/s/pr');
    for (const other of [
      'other/octo/api/scan-cache.json.gz',
      'cache/api/scan-cache.json.gz',
      'cache/octo/api/scan-cache.json',
      'cache/octo/api/pr/x.json.gz',
      'cache/octo/api/notes.txt',
    ])
      expect(parseObjectKey(other, 'cache/')).toBeUndefined();
  });
});

class FakeReader implements CacheObjectReader {
  reads: string[] = [];
  constructor(
    private readonly objects: Record<string, ObjectRead>,
    private readonly listError?: Error,
  ) {}
  async *list(): AsyncIterable<string> {
    if (this.listError) throw this.listError;
    for (const key of Object.keys(this.objects)) yield await Promise.resolve(key);
  }
  read(key: string): Promise<ObjectRead> {
    this.reads.push(key);
    return Promise.resolve(this.objects[key]!);
  }
  describe(key: string): string {
    return `s3://b/${key}`;
  }
}

const doc = (runs: RunRecord[]): ObjectRead => ({ ok: true, doc: { ...emptyDocument(), runs } });

describe('collectRuns', () => {
  it('reads every cache object under the prefix; an unreadable one is a warning, and the rest still count', async () => {
    const reader = new FakeReader({
      'cache/octo/api/scan-cache.json.gz': doc([run('2026-01-01T00:00:00.000Z')]),
      'cache/octo/api/pr/4.json.gz': doc([run('2026-01-02T00:00:00.000Z')]),
      'cache/octo/web/scan-cache.json.gz': { ok: false, reason: 'not valid gzip (incorrect header check)' },
      'cache/octo/web/readme.txt': { ok: false, reason: 'never read' },
    });
    const warnings: string[] = [];
    const got = await collectRuns(reader, 'cache/', (w) => warnings.push(w), 2);
    expect(got.unreadable).toBe(1);
    expect(got.objects.map((o) => [o.repository, o.location, o.runs.length])).toEqual([
      ['octo/api', 's3://b/cache/octo/api/pr/4.json.gz', 1],
      ['octo/api', 's3://b/cache/octo/api/scan-cache.json.gz', 1],
    ]);
    expect(reader.reads).not.toContain('cache/octo/web/readme.txt');
    expect(warnings).toEqual([
      's3://b/cache/octo/web/scan-cache.json.gz could not be read (not valid gzip (incorrect header check)): its runs are not counted.',
    ]);
  });
});

describe('formats', () => {
  const report = aggregate([API, API_PR, WEB]);
  const source = { location: 's3://b/cache/', unreadable: 0 };

  it('json has the repos and the total, with the figures of the aggregate', () => {
    const json = JSON.parse(renderCosts(report, 'json', source)) as {
      location: string;
      repos: { repository: string; runs: number; costUsd: number; savedUsd: number; hitRate: number }[];
      total: { runs: number; costUsd: number; months: { month: string }[] };
    };
    expect(json.location).toBe('s3://b/cache/');
    expect(json.repos[0]).toMatchObject({
      repository: 'octo/api',
      runs: 4,
      costUsd: 0.185,
      savedUsd: 0.6,
      hitRate: 65,
    });
    expect(json.total.runs).toBe(6);
    expect(json.total.months).toHaveLength(2);
  });

  it('csv has a header, one row per repository and the total', () => {
    const lines = renderCosts(report, 'csv', source).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^repository,runs,cost_usd,saved_usd,hit_rate,/);
    expect(lines[1]).toMatch(/^octo\/api,4,0\.185,0\.6,65,/);
    expect(lines[3]).toMatch(/^total,6,0\.195,/);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('0.5')).toBe('0.5');
  });

  it('the table has a row per repository, the total, the months, and the notes', () => {
    const text = renderCosts(report, 'table', { ...source, unreadable: 1 });
    assert.match(
      text,
      /^Scan costs of 2 repositories in s3:\/\/b\/cache\/: 6 runs, \$0\.195 spent, \$1\.14 saved/,
    );
    assert.match(text, /\nocto\/api +4 +\$0\.185 +\$0\.600 +65\.0% +4 +3,000 +300\n/);
    assert.match(text, /\ntotal +6 +\$0\.195 /);
    assert.match(text, /Month by month \(UTC\):\n\nmonth .*\n2026-01 +3 +\$0\.135 /);
    assert.match(
      text,
      /Cost by repository and month:\n\nrepository +2026-01 +2026-02\nocto\/api +\$0\.135 +\$0\.050\n/,
    );
    assert.match(text, /Note: 1 run\(s\) had no price/);
    assert.match(text, /Note: 1 cache object\(s\) could not be read/);
  });

  it('the table drops terminal control characters from names taken from keys', () => {
    const evil = aggregate([{ ...WEB, repository: 'octo/\u001b[31mred\u202e' }]);
    const text = renderCosts(evil, 'table', source);
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
    expect(text).toContain('octo/[31mred');
  });
});

describe('costsMain (the command with a fake bucket)', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: { write: (t: string) => (out.stdout += t) },
        stderr: { write: (t: string) => (out.stderr += t) },
        env: {} as NodeJS.ProcessEnv,
      },
    };
  };
  const never: ReaderFactory = () => Promise.reject(new Error('no reader for a usage error'));

  it.each([
    [[], '--bucket is required'],
    [['--bucket', 'Bad_Bucket'], '--bucket has an invalid value'],
    [['--bucket', 'b-1', '--since', 'yesterday'], '--since has an invalid value "yesterday"'],
    [['--bucket', 'b-1', '--since', '2026-13'], '--since has an invalid value'],
    [
      ['--bucket', 'b-1', '--format', 'xml'],
      '--format has an invalid value "xml": expected table, json or csv',
    ],
    [['--bucket', 'b-1', '--prefix', '/abs'], '--prefix has an invalid value'],
    [['--bucket', 'b-1', '--endpoint', 'ftp://x'], '--endpoint has an invalid value'],
    [['--bucket', 'b-1', '--unknown'], "Unknown option '--unknown'"],
  ])('%j is a usage error (exit 2) naming the option', async (argv, message) => {
    const { out, io: streams } = io();
    expect(await costsMain(argv, streams, never)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stdout).toBe('');
  });

  it('prints the JSON of the objects it reads, with the prefix, region and endpoint it was given', async () => {
    const { out, io: streams } = io();
    let opts: S3ReaderOptions | undefined;
    const factory: ReaderFactory = (o) => {
      opts = o;
      return Promise.resolve(new FakeReader({ 'scans/octo/api/scan-cache.json.gz': doc([...API.runs]) }));
    };
    const argv = [
      '--bucket',
      'b-1',
      '--prefix',
      'scans',
      '--format',
      'json',
      '--since',
      '2026-01-10',
      '--region',
      'eu-west-1',
      '--endpoint',
      'http://127.0.0.1:9',
    ];
    expect(await costsMain(argv, streams, factory)).toBe(0);
    expect(opts).toEqual({
      bucket: 'b-1',
      prefix: 'scans/',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:9',
    });
    const json = JSON.parse(out.stdout) as { since: string; repos: { runs: number }[] };
    expect(json.since).toBe('2026-01-10T00:00:00.000Z');
    expect(json.repos[0]!.runs).toBe(2);
  });

  it('a listing that fails ends with exit 1 and the reason', async () => {
    const { out, io: streams } = io();
    const factory: ReaderFactory = () =>
      Promise.resolve(
        new FakeReader(
          {},
          new Error(
            'S3 denied listing s3://b-1/cache/ (403 AccessDenied): the credentials need s3:ListBucket',
          ),
        ),
      );
    expect(await costsMain(['--bucket', 'b-1'], streams, factory)).toBe(1);
    expect(out.stderr).toContain('s3:ListBucket');
  });

  it('parseSince reads a month, a day or an instant, in UTC', () => {
    expect(parseSince('2026-03')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(parseSince('2026-03-15')?.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(parseSince('2026-03-15T12:30:00+02:00')?.toISOString()).toBe('2026-03-15T10:30:00.000Z');
    expect(parseSince('2026-02-30')).toBeUndefined();
    expect(parseSince('15/03/2026')).toBeUndefined();
  });
});
