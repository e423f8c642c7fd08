import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Logger } from '../../logging.js';
import type { Reporter } from '../reporter.js';
import type { Config } from '../../config/config.js';
import type { ScanReport } from '../report.js';

/** One CloudWatch datum, as PutMetricData takes it (kept free of the SDK's types so this module stays light). */
export interface MetricDatum {
  MetricName: MetricName;
  Dimensions?: { Name: string; Value: string }[];
  Timestamp: Date;
  Value: number;
  Unit: 'None' | 'Percent' | 'Count';
}

export const METRIC_NAMES = ['CostUsd', 'SavedUsd', 'CacheHitRate', 'ModelCalls', 'NotScanned'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Where the metrics go: PutMetricData in one namespace. */
export interface MetricsSink {
  put(namespace: string, data: MetricDatum[]): Promise<void>;
}

/**
 * A run's metrics, each twice: with the dimension Repository=owner/name, and with none, so that one alarm can
 * watch a whole organisation's spend (CloudWatch does not add up dimensions for an alarm). CostUsd is left out
 * when the model's price is unknown rather than published as 0.
 */
export function runMetrics(report: ScanReport, repository: string): MetricDatum[] {
  const at = new Date(report.startedAt);
  const values: [MetricName, number | undefined, MetricDatum['Unit']][] = [
    ['CostUsd', report.model.usd, 'None'],
    ['SavedUsd', report.model.savedUsd, 'None'],
    ['CacheHitRate', report.cache.hitRate, 'Percent'],
    ['ModelCalls', report.model.calls, 'Count'],
    ['NotScanned', report.notScanned.length, 'Count'],
  ];
  return values.flatMap(([MetricName, Value, Unit]) =>
    Value === undefined || !Number.isFinite(Value)
      ? []
      : [
          { MetricName, Dimensions: [{ Name: 'Repository', Value: repository }], Timestamp: at, Value, Unit },
          { MetricName, Timestamp: at, Value, Unit },
        ],
  );
}

/** Publishes the run's cost metrics after the report is built; a failure is the reporter's warning, never the run's. */
export class CloudWatchReporter implements Reporter {
  readonly name = 'CloudWatch metrics';
  constructor(
    private readonly namespace: string,
    private readonly sink: () => Promise<MetricsSink>,
    private readonly log: Logger,
  ) {}

  async publish(report: ScanReport): Promise<void> {
    // A dry run spends nothing and saves nothing: its figures would only dilute the averages.
    if (report.dryRun) return this.log.info('CloudWatch metrics: not published for a dry run.');
    if (!report.repository)
      throw new Error(
        'the repository is unknown, so the metrics have no Repository dimension (set GITHUB_REPOSITORY)',
      );
    const data = runMetrics(report, report.repository);
    await (await this.sink()).put(this.namespace, data);
    this.log.info(
      `CloudWatch metrics: ${data.length / 2} metrics published in ${this.namespace} for ${report.repository}.`,
    );
  }
}

/** The reporter when cloudwatch-namespace is set; the SDK loads only when it publishes. */
export function cloudWatchReporters(
  config: Pick<Config, 'cloudwatchNamespace' | 'awsRegion'>,
  credentials: AwsCredentialIdentityProvider | undefined,
  unavailable: string | undefined,
  log: Logger,
): Reporter[] {
  const namespace = config.cloudwatchNamespace;
  if (!namespace) return [];
  if (unavailable) {
    log.info(`CloudWatch metrics: not published (${unavailable}).`);
    return [];
  }
  const sink = async () =>
    (await import('./cloudwatch-client.js')).cloudWatchSink(config.awsRegion, credentials);
  return [new CloudWatchReporter(namespace, sink, log)];
}
