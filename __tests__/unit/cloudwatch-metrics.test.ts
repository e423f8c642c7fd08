/** The CloudWatch metrics of a run: what is published, when, and the cloudwatch-namespace input. */
import { describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  CloudWatchReporter,
  cloudWatchReporters,
  runMetrics,
  type MetricDatum,
  type MetricsSink,
} from '../../src/report/publish/cloudwatch-metrics.js';
import { ConfigurationError } from '../../src/config/errors.js';
import { sampleReport } from './report-fixtures.js';
import { configFor, RecordingLog, tempDir } from './fakes.js';

class RecordingSink implements MetricsSink {
  puts: { namespace: string; data: MetricDatum[] }[] = [];
  constructor(private readonly failure?: Error) {}
  put(namespace: string, data: MetricDatum[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.puts.push({ namespace, data });
    return Promise.resolve();
  }
}

const byName = (data: MetricDatum[], dimensioned: boolean) =>
  Object.fromEntries(
    data.filter((d) => Boolean(d.Dimensions) === dimensioned).map((d) => [d.MetricName, [d.Value, d.Unit]]),
  );

describe('runMetrics', () => {
  it("publishes the run's cost, saved cost, hit rate, calls and files not scanned, by repository and overall", () => {
    const report = sampleReport(undefined, { repository: 'octo/demo' });
    const data = runMetrics(report, 'octo/demo');
    const expected = {
      CostUsd: [0.014, 'None'],
      SavedUsd: [0.161, 'None'],
      CacheHitRate: [92, 'Percent'],
      ModelCalls: [2, 'Count'],
      NotScanned: [1, 'Count'],
    };
    expect(byName(data, true)).toEqual(expected);
    expect(byName(data, false)).toEqual(expected);
    for (const d of data.filter((x) => x.Dimensions))
      expect(d.Dimensions).toEqual([{ Name: 'Repository', Value: 'octo/demo' }]);
    for (const d of data) expect(d.Timestamp.toISOString()).toBe(new Date(report.startedAt).toISOString());
  });

  it('leaves CostUsd out when the price is unknown, rather than publishing 0', () => {
    const report = sampleReport();
    const data = runMetrics({ ...report, model: { ...report.model, usd: undefined } }, 'octo/demo');
    expect(data.map((d) => d.MetricName)).not.toContain('CostUsd');
    expect(data).toHaveLength(8);
  });
});

describe('CloudWatchReporter', () => {
  it('puts the metrics in its namespace', async () => {
    const sink = new RecordingSink();
    const log = new RecordingLog();
    const reporter = new CloudWatchReporter('AIScanner', () => Promise.resolve(sink), log);
    await reporter.publish(sampleReport(undefined, { repository: 'octo/demo' }));
    expect(sink.puts).toHaveLength(1);
    expect(sink.puts[0]!.namespace).toBe('AIScanner');
    expect(sink.puts[0]!.data).toHaveLength(10);
    assert.match(log.infos.join('\n'), /5 metrics published in AIScanner for octo\/demo/);
  });

  it('publishes nothing for a dry run, and fails (a warning of the pipeline) without a repository', async () => {
    const sink = new RecordingSink();
    const reporter = new CloudWatchReporter('AIScanner', () => Promise.resolve(sink), new RecordingLog());
    await reporter.publish(sampleReport(undefined, { repository: 'octo/demo', dryRun: true }));
    expect(sink.puts).toEqual([]);
    await expect(reporter.publish(sampleReport(undefined, { repository: undefined }))).rejects.toThrow(
      /repository is unknown/,
    );
  });

  it("passes the sink's failure on, for the pipeline to report as a warning", async () => {
    const reporter = new CloudWatchReporter(
      'AIScanner',
      () => Promise.resolve(new RecordingSink(new Error('CloudWatch denied PutMetricData'))),
      new RecordingLog(),
    );
    await expect(reporter.publish(sampleReport(undefined, { repository: 'octo/demo' }))).rejects.toThrow(
      'CloudWatch denied PutMetricData',
    );
  });
});

describe('cloudWatchReporters and the cloudwatch-namespace input', () => {
  it('is off by default, on with a namespace, and off with a note when the run has no AWS access', () => {
    const { dir, cleanup } = tempDir();
    try {
      const log = new RecordingLog();
      expect(cloudWatchReporters(configFor(dir), undefined, undefined, log)).toEqual([]);
      const on = configFor(dir, { 'cloudwatch-namespace': 'Org/AIScanner' });
      expect(on.cloudwatchNamespace).toBe('Org/AIScanner');
      expect(cloudWatchReporters(on, undefined, undefined, log).map((r) => r.name)).toEqual([
        'CloudWatch metrics',
      ]);
      expect(cloudWatchReporters(on, undefined, 'a fork has no AWS access', log)).toEqual([]);
      assert.match(log.infos.join('\n'), /not published \(a fork has no AWS access\)/);
    } finally {
      cleanup();
    }
  });

  it.each(['AWS/Billing', 'a'.repeat(256), 'Bad$Name', 'two\nlines'])(
    'rejects the namespace %j, naming the input',
    (value) => {
      const { dir, cleanup } = tempDir();
      try {
        expect(() => configFor(dir, { 'cloudwatch-namespace': value })).toThrow(ConfigurationError);
        expect(() => configFor(dir, { 'cloudwatch-namespace': value })).toThrow(
          /Input 'cloudwatch-namespace'/,
        );
      } finally {
        cleanup();
      }
    },
  );
});
