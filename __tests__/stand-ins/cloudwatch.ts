/**
 * CloudWatch's PutMetricData on 127.0.0.1, as the current SDK speaks it: AWS JSON 1.0 (POST /, Content-Type
 * application/x-amz-json-1.0, X-Amz-Target GraniteServiceVersion20100801.PutMetricData, x-amzn-query-mode: true,
 * a SigV4 signature for the "monitoring" service), timestamps as epoch seconds. Errors come back the way the
 * query-compatible JSON protocol sends them: a JSON body with __type and message, and the query error code in
 * the x-amzn-query-error header. It checks what CloudWatch checks (namespace, names, values, units, limits)
 * and records every accepted datum; faults (403, 500, slow answers) can be injected.
 */
import { gunzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { LocalServer, requestId, type RecordedRequest } from './oidc-sts.js';

export const PUT_METRIC_DATA_TARGET = 'GraniteServiceVersion20100801.PutMetricData';

export interface RecordedDatum {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  value: number;
  unit: string | undefined;
  timestamp: Date | undefined;
  accessKeyId: string | undefined;
}

export interface CloudWatchFault {
  status?: number;
  code?: string;
  message?: string;
  delayMs?: number;
  /** How many requests it applies to (default: all until cleared). */
  times?: number;
}

const UNITS = new Set(
  [
    'Seconds Microseconds Milliseconds Bytes Kilobytes Megabytes Gigabytes Terabytes Bits Kilobits Megabits',
    'Gigabits Terabits Percent Count Bytes/Second Kilobytes/Second Megabytes/Second Gigabytes/Second',
    'Terabytes/Second Bits/Second Kilobits/Second Megabits/Second Gigabits/Second Terabits/Second',
    'Count/Second None',
  ]
    .join(' ')
    .split(' '),
);

class Invalid extends Error {}

interface WireDatum {
  MetricName?: unknown;
  Dimensions?: { Name?: unknown; Value?: unknown }[];
  Timestamp?: unknown;
  Value?: unknown;
  Unit?: unknown;
}

export class CloudWatchStandIn extends LocalServer {
  readonly data: RecordedDatum[] = [];
  faults: CloudWatchFault[] = [];

  constructor() {
    super((req, res) => this.handle(req, res));
  }

  /** The values recorded for a metric, with the given dimensions exactly (none: the undimensioned ones). */
  values(name: string, dimensions: Record<string, string> = {}): number[] {
    const want = JSON.stringify(Object.entries(dimensions).sort());
    return this.data
      .filter((d) => d.name === name && JSON.stringify(Object.entries(d.dimensions).sort()) === want)
      .map((d) => d.value);
  }

  private async handle(req: RecordedRequest, res: ServerResponse): Promise<void> {
    const fault = this.faults[0];
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) this.faults.shift();
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status)
        return error(res, fault.status, fault.code ?? 'InternalServiceError', fault.message ?? 'injected');
    }
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/')
      return error(res, 404, 'UnknownOperationException', 'not found');
    const auth = String(req.headers.authorization ?? '');
    const signed = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/[a-z0-9-]+\/monitoring\/aws4_request,/.exec(
      auth,
    );
    if (!signed)
      return error(res, 403, 'MissingAuthenticationToken', 'a SigV4 signature for monitoring is required');
    if (
      req.headers['content-type'] !== 'application/x-amz-json-1.0' ||
      req.headers['x-amz-target'] !== PUT_METRIC_DATA_TARGET
    )
      return error(
        res,
        400,
        'UnknownOperationException',
        `unsupported operation ${String(req.headers['x-amz-target'])}`,
      );
    try {
      const body =
        req.headers['content-encoding'] === 'gzip' ? gunzipSync(req.raw).toString('utf8') : req.body;
      this.data.push(...parse(JSON.parse(body) as unknown, signed[1]));
    } catch (e) {
      if (e instanceof Invalid || e instanceof SyntaxError)
        return error(res, 400, 'InvalidParameterValue', e.message);
      throw e;
    }
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': requestId() });
    res.end('{}');
  }
}

/** PutMetricData's rules: a namespace not under AWS/, 1 to 1000 data, 30 dimensions, finite values, known units. */
function parse(input: unknown, accessKeyId: string | undefined): RecordedDatum[] {
  const { Namespace, MetricData } = (input ?? {}) as { Namespace?: unknown; MetricData?: unknown };
  if (
    typeof Namespace !== 'string' ||
    !/^[\w.\-/#: ]{1,255}$/.test(Namespace) ||
    Namespace.startsWith('AWS/')
  )
    throw new Invalid(`The value ${JSON.stringify(Namespace)} for parameter Namespace is not valid.`);
  if (!Array.isArray(MetricData) || MetricData.length < 1 || MetricData.length > 1000)
    throw new Invalid('The parameter MetricData must hold 1 to 1000 items.');
  return (MetricData as WireDatum[]).map((d) => {
    if (typeof d.MetricName !== 'string' || d.MetricName.length < 1 || d.MetricName.length > 255)
      throw new Invalid('The parameter MetricName is required.');
    if (typeof d.Value !== 'number' || !Number.isFinite(d.Value))
      throw new Invalid('The parameter Value must be a number.');
    if (d.Unit !== undefined && (typeof d.Unit !== 'string' || !UNITS.has(d.Unit)))
      throw new Invalid(`The unit ${JSON.stringify(d.Unit)} is not valid.`);
    if (d.Timestamp !== undefined && typeof d.Timestamp !== 'number')
      throw new Invalid('The parameter Timestamp must be epoch seconds in this protocol.');
    const dims = d.Dimensions ?? [];
    if (dims.length > 30) throw new Invalid('At most 30 dimensions.');
    const dimensions: Record<string, string> = {};
    for (const dim of dims) {
      if (
        typeof dim.Name !== 'string' ||
        typeof dim.Value !== 'string' ||
        !dim.Value ||
        dim.Value.length > 1024
      )
        throw new Invalid('A dimension needs a Name and a Value of 1 to 1024 characters.');
      dimensions[dim.Name] = dim.Value;
    }
    return {
      namespace: Namespace,
      name: d.MetricName,
      dimensions,
      value: d.Value,
      unit: d.Unit,
      timestamp: typeof d.Timestamp === 'number' ? new Date(d.Timestamp * 1000) : undefined,
      accessKeyId,
    };
  });
}

/** The JSON error names the modelled shape; x-amzn-query-error the code the query protocol used to send. */
const SHAPES: Record<string, string> = {
  InvalidParameterValue: 'InvalidParameterValueException',
  InternalServiceError: 'InternalServiceFault',
  AccessDenied: 'AccessDeniedException',
};

function error(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-requestid': requestId(),
    'x-amzn-query-error': `${code};${status >= 500 ? 'Receiver' : 'Sender'}`,
  });
  res.end(JSON.stringify({ __type: `com.amazonaws.cloudwatch#${SHAPES[code] ?? code}`, message }));
}

export async function startCloudWatch(): Promise<CloudWatchStandIn> {
  return new CloudWatchStandIn().start();
}
