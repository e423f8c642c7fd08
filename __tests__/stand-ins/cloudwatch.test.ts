/** The CloudWatch stand-in answers the real SDK's PutMetricData as CloudWatch does. */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { startCloudWatch, type CloudWatchStandIn } from './cloudwatch.js';

describe('the CloudWatch stand-in', () => {
  let cw: CloudWatchStandIn;
  let client: CloudWatchClient;
  beforeAll(async () => {
    cw = await startCloudWatch();
    client = new CloudWatchClient({
      region: 'us-east-1',
      endpoint: cw.url,
      credentials: { accessKeyId: 'AKIASTANDIN000000000', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client.destroy();
    await cw.close();
  });

  it('records the data of a signed PutMetricData, with dimensions, units and timestamps', async () => {
    const at = new Date('2026-03-01T12:00:00.250Z');
    await client.send(
      new PutMetricDataCommand({
        Namespace: 'Test/NS',
        MetricData: [
          {
            MetricName: 'CostUsd',
            Dimensions: [{ Name: 'Repository', Value: 'o/r' }],
            Value: 0.5,
            Unit: 'None',
            Timestamp: at,
          },
          { MetricName: 'CostUsd', Value: 0.5, Unit: 'None', Timestamp: at },
        ],
      }),
    );
    expect(cw.values('CostUsd', { Repository: 'o/r' })).toEqual([0.5]);
    expect(cw.values('CostUsd')).toEqual([0.5]);
    expect(cw.data[0]).toMatchObject({
      namespace: 'Test/NS',
      unit: 'None',
      accessKeyId: 'AKIASTANDIN000000000',
    });
    expect(cw.data[0]!.timestamp?.toISOString()).toBe(at.toISOString());
    const req = cw.requests.at(-1)!;
    expect(req.headers['x-amz-target']).toBe('GraniteServiceVersion20100801.PutMetricData');
    expect(req.headers['content-type']).toBe('application/x-amz-json-1.0');
  });

  it('refuses what CloudWatch refuses, and its errors reach the SDK by name', async () => {
    const put = (Namespace: string) =>
      client.send(new PutMetricDataCommand({ Namespace, MetricData: [{ MetricName: 'X', Value: 1 }] }));
    await expect(put('AWS/EC2')).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      Code: 'InvalidParameterValue',
    });
    cw.faults.push({ status: 403, code: 'AccessDenied', message: 'not authorized', times: 1 });
    await expect(put('Test/NS')).rejects.toMatchObject({
      Code: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(put('Test/NS')).resolves.toBeDefined();
  });
});
