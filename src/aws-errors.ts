/**
 * The fields an AWS SDK v3 error carries, read in one place. Any of them may be missing: a proxy's answer has
 * no body to name the error, a failed connection has no HTTP status, and anything at all can be thrown.
 */
export interface AwsErrorFields {
  /** The exception's name ("ThrottlingException", "CredentialsProviderError"). */
  name: string | undefined;
  /** The error code in the service's answer body (S3's `Code`). */
  serviceCode: string | undefined;
  /** The `code` property: Node's system error code ("ECONNRESET") on a failed connection. */
  code: string | undefined;
  /** The HTTP status of the service's answer. */
  status: number | undefined;
  message: string | undefined;
  /** The wait the service asked for (Retry-After, in seconds on the wire), in milliseconds. */
  retryAfterMs: number | undefined;
}

interface SdkErrorShape {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { headers?: Record<string, unknown> };
}

export function readAwsError(e: unknown): AwsErrorFields {
  const err: SdkErrorShape = typeof e === 'object' && e !== null ? e : {};
  const retryAfter = Number(err.$response?.headers?.['retry-after']);
  const status = err.$metadata?.httpStatusCode;
  return {
    name: text(err.name),
    serviceCode: text(err.Code),
    code: text(err.code),
    status: typeof status === 'number' ? status : undefined,
    message: text(err.message),
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
