import { gunzipSync, gzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Config, S3Config } from '../config/config.js';
import { errorMessage } from '../errors.js';
import type { RunContext } from '../context.js';
import {
  objectName,
  StoreUnavailableError,
  type CacheObjectKey,
  type CacheStore,
  type ReadResult,
  type WriteResult,
} from './cache-store.js';
import { parseDocument, serialize, type CacheDocument } from './cache-document.js';
import { clip, oneLine } from '../text.js';
import { readAwsError } from '../aws-errors.js';

/** A cache object larger than this is not read (it is treated as corrupt and replaced). */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

export interface S3StoreOptions {
  s3: S3Config;
  region: string | undefined;
  credentials: AwsCredentialIdentityProvider | undefined;
  repository: { owner: string; repo: string };
  env?: NodeJS.ProcessEnv;
  /**
   * Connection and per-request timeouts (default 5 s and 10 s, until the answer's headers; a large body may
   * stream for longer): a slow S3 falls back after at most maxAttempts of them instead of hanging the job.
   */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

/**
 * The S3 builder for openCache (undefined without a bucket). `unavailable` says why no credentials can serve
 * this run (a fork's pull request), so S3 is skipped with that reason and the next backend serves.
 */
export function s3StoreBuilder(
  config: Config,
  ctx: RunContext,
  credentials: AwsCredentialIdentityProvider | undefined,
  unavailable?: string,
  env: NodeJS.ProcessEnv = process.env,
): (() => CacheStore) | undefined {
  const s3 = config.s3;
  if (!s3) return undefined;
  return () => {
    if (unavailable) throw new StoreUnavailableError(unavailable);
    if (!ctx.repository)
      throw new StoreUnavailableError(
        `the repository's owner and name are unknown, so s3://${s3.bucket}/${s3.prefix}<owner>/<repo>/ cannot be named (set GITHUB_REPOSITORY or run in GitHub Actions, GitLab CI or Jenkins)`,
      );
    return new S3Store({ s3, region: config.awsRegion, credentials, repository: ctx.repository, env });
  };
}

/**
 * One gzip JSON object per logical key, `<prefix><owner>/<repo>/scan-cache.json.gz` and
 * `<prefix><owner>/<repo>/pr/<n>.json.gz`, written conditionally on the ETag read so concurrent runs merge.
 */
export class S3Store implements CacheStore {
  readonly backend = 's3' as const;
  readonly client: S3Client;
  private readonly s3: S3Config;
  private readonly folder: string;

  constructor(opts: S3StoreOptions) {
    const env = opts.env ?? process.env;
    this.s3 = opts.s3;
    this.folder = `${opts.s3.prefix}${opts.repository.owner}/${opts.repository.repo}/`;
    // A third-party S3 (or a proxy) should store exactly the bytes sent: no aws-chunked trailers, no
    // checksums it may not know. AWS itself keeps the SDK's defaults.
    const custom = Boolean(opts.s3.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
    this.client = new S3Client({
      region: opts.region ?? 'us-east-1',
      credentials: opts.credentials,
      ...(opts.s3.endpoint ? { endpoint: opts.s3.endpoint, forcePathStyle: true } : {}),
      ...(custom
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
      followRegionRedirects: true,
      maxAttempts: opts.maxAttempts ?? 3,
      requestHandler: {
        connectionTimeout: opts.connectionTimeoutMs ?? 5_000,
        requestTimeout: opts.requestTimeoutMs ?? 10_000,
        // Without this the handler only logs a warning when the timeout passes and keeps waiting.
        throwOnRequestTimeout: true,
      },
    });
  }

  key(key: CacheObjectKey): string {
    return `${this.folder}${objectName(key)}.json.gz`;
  }

  describe(key: CacheObjectKey): string {
    return `s3://${this.s3.bucket}/${this.key(key)}`;
  }

  async read(key: CacheObjectKey): Promise<ReadResult> {
    const Key = this.key(key);
    let etag: string | undefined;
    let bytes: Buffer | 'too-large';
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.s3.bucket, Key }));
      etag = out.ETag;
      bytes = await readLimited(out.Body as Readable | undefined, out.ContentLength, MAX_OBJECT_BYTES);
    } catch (e) {
      const error = s3Error(e);
      if (error.code === 'NoSuchKey' || (error.status === 404 && error.code !== 'NoSuchBucket'))
        return { status: 'missing' };
      throw new StoreUnavailableError(this.explain(e, 'read', Key), { cause: e });
    }
    if (bytes === 'too-large')
      return {
        status: 'corrupt',
        reason: `larger than ${MAX_OBJECT_BYTES / 1024 / 1024} MiB`,
        version: etag,
      };
    let text: string;
    try {
      // Gzip as written; a proxy that already decoded Content-Encoding: gzip hands over the JSON itself.
      text = (isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: 4 * MAX_OBJECT_BYTES }) : bytes).toString(
        'utf8',
      );
    } catch (e) {
      return { status: 'corrupt', reason: `not valid gzip (${errorMessage(e)})`, version: etag };
    }
    const parsed = parseDocument(text);
    return parsed.ok
      ? { status: 'found', doc: parsed.doc, version: etag }
      : { status: 'corrupt', reason: parsed.reason, version: etag, newer: parsed.newer };
  }

  async write(key: CacheObjectKey, doc: CacheDocument, version: string | undefined): Promise<WriteResult> {
    const Key = this.key(key);
    const input: PutObjectCommandInput = {
      Bucket: this.s3.bucket,
      Key,
      // Level 1: the document is hex keys and repeated field names, which the fastest level packs as well.
      Body: gzipSync(serialize(doc), { level: 1 }),
      ContentType: 'application/json',
      ContentEncoding: 'gzip',
      ServerSideEncryption: this.s3.sse,
      ...(this.s3.sse === 'aws:kms' && this.s3.kmsKeyId ? { SSEKMSKeyId: this.s3.kmsKeyId } : {}),
      // Only if nobody wrote since our read; only if still absent when we read nothing.
      ...(version ? { IfMatch: version } : { IfNoneMatch: '*' }),
    };
    try {
      await this.client.send(new PutObjectCommand(input));
      return { status: 'written' };
    } catch (e) {
      const { code, status } = s3Error(e);
      // 412: someone wrote first; 409: a concurrent conditional write is in progress; 404 with If-Match: the
      // object was deleted since we read it. Each time: re-read, merge, try again.
      if (
        status === 412 ||
        status === 409 ||
        code === 'PreconditionFailed' ||
        code === 'ConditionalRequestConflict'
      )
        return { status: 'conflict' };
      if (version && (code === 'NoSuchKey' || (status === 404 && code !== 'NoSuchBucket')))
        return { status: 'conflict' };
      throw new Error(this.explain(e, 'write', Key), { cause: e });
    }
  }

  /** One short sentence a user can act on. */
  private explain(e: unknown, op: 'read' | 'write', key: string): string {
    const { code, status, message } = s3Error(e);
    const where = `s3://${this.s3.bucket}/${key}`;
    const what = status ? `${status} ${code}` : code;
    const verb = op === 'read' ? 'reading' : 'writing';
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
      return `no AWS credentials for ${where}: set role-to-assume (with permissions: id-token: write) or configure AWS credentials`;
    if (
      status === 403 ||
      code === 'AccessDenied' ||
      code === 'InvalidAccessKeyId' ||
      code === 'SignatureDoesNotMatch' ||
      code === 'ExpiredToken'
    ) {
      const permission =
        op === 'read'
          ? "the role's s3:GetObject permission"
          : `the role's s3:PutObject permission on this key${this.s3.sse === 'aws:kms' ? ' and kms:GenerateDataKey on the key' : ''}`;
      return `S3 denied ${verb} ${where} (${what}): check ${permission}`;
    }
    if (code === 'NoSuchBucket')
      return `the bucket ${this.s3.bucket} does not exist (${what}): create it (scripts/setup-s3-cache.sh) or fix s3-bucket`;
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed')
      return `the bucket ${this.s3.bucket} is in another region (${what}): set aws-region to the bucket's region`;
    if (code === 'TimeoutError' || /timed? ?out/i.test(message))
      return `S3 did not answer in time when ${verb} ${where} (${what})`;
    if (code === 'SlowDown' || status === 503 || /throttl/i.test(code))
      return `S3 is throttling requests for ${where} (${what})`;
    if (status !== undefined && status >= 500)
      return `S3 failed ${verb} ${where} (${what}: ${clip(oneLine(message), 160)})`;
    if (/^E[A-Z]+$/.test(code) || /socket|ECONN|ENOTFOUND|EAI_AGAIN/i.test(message))
      return `S3 could not be reached for ${where} (${code}: ${clip(oneLine(message), 160)})`;
    return `S3 failed ${verb} ${where} (${what}: ${clip(oneLine(message), 160)})`;
  }
}

interface S3ErrorInfo {
  code: string;
  status: number | undefined;
  message: string;
}

function s3Error(e: unknown): S3ErrorInfo {
  const err = readAwsError(e);
  const status = err.status;
  // A body-less error (HEAD, or a proxy's) arrives as "Unknown"/"UnknownError": the status says more.
  let code = err.serviceCode ?? err.name ?? err.code ?? 'Error';
  if (/^Unknown/.test(code) && status)
    code = status === 404 ? 'NotFound' : status === 403 ? 'AccessDenied' : `HTTP${status}`;
  if (err.code && /^E[A-Z]+$/.test(err.code)) code = err.code;
  return { code, status, message: err.message ?? String(e) };
}

export async function readLimited(
  body: Readable | undefined,
  length: number | undefined,
  limit: number,
): Promise<Buffer | 'too-large'> {
  if (!body) return Buffer.alloc(0);
  if (length !== undefined && length > limit) {
    body.destroy();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      body.destroy();
      return 'too-large';
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
