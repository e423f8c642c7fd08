import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { MetricDatum, MetricsSink } from './cloudwatch-metrics.js';
import { readAwsError } from '../../aws-errors.js';

/**
 * PutMetricData through the SDK (AWS_ENDPOINT_URL_CLOUDWATCH reaches another endpoint). Short timeouts and two
 * attempts: metrics are worth a few seconds at the end of a run, not a hung job.
 */
export function cloudWatchSink(
  region: string | undefined,
  credentials: AwsCredentialIdentityProvider | undefined,
): MetricsSink {
  const client = new CloudWatchClient({
    region: region ?? 'us-east-1',
    credentials,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
  });
  return {
    async put(namespace: string, data: MetricDatum[]): Promise<void> {
      try {
        await client.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: data }));
      } catch (e) {
        throw new Error(explain(e, namespace), { cause: e });
      } finally {
        client.destroy();
      }
    },
  };
}

function explain(e: unknown, namespace: string): string {
  const err = readAwsError(e);
  const status = err.status;
  const code = err.code && /^E[A-Z]+$/.test(err.code) ? err.code : (err.name ?? 'Error');
  const what = `${status ? `${status} ` : ''}${code}`;
  const message = (err.message ?? String(e)).replace(/\s+/g, ' ').slice(0, 160);
  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
    return `no AWS credentials for CloudWatch: set role-to-assume or configure AWS credentials`;
  if (status === 403 || /AccessDenied|NotAuthorized/.test(code))
    return `CloudWatch denied PutMetricData in ${namespace} (${what}): allow cloudwatch:PutMetricData with the condition cloudwatch:namespace = ${namespace}`;
  return `CloudWatch failed PutMetricData in ${namespace} (${what}: ${message})`;
}
