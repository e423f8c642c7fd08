import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { GetObjectCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { isGzip, MAX_OBJECT_BYTES, readLimited } from '../cache/s3-store.js';
import { parseDocument } from '../cache/cache-document.js';
import type { CacheObjectReader, ObjectRead } from './collect.js';
import { readAwsError } from '../aws-errors.js';

export interface S3ReaderOptions {
  bucket: string;
  prefix: string;
  region: string | undefined;
  /** An S3-compatible endpoint (path-style); AWS_ENDPOINT_URL_S3 is honoured by the SDK as well. */
  endpoint: string | undefined;
}

/** Reads the cache objects with s3:ListBucket and s3:GetObject only, through the SDK's default credentials. */
export class S3CacheObjectReader implements CacheObjectReader {
  private readonly client: S3Client;

  constructor(private readonly opts: S3ReaderOptions) {
    this.client = new S3Client({
      region: opts.region ?? 'us-east-1',
      ...(opts.endpoint ? { endpoint: opts.endpoint, forcePathStyle: true } : {}),
      followRegionRedirects: true,
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, throwOnRequestTimeout: true },
    });
  }

  describe(key: string): string {
    return `s3://${this.opts.bucket}/${key}`;
  }

  async *list(): AsyncIterable<string> {
    try {
      const pages = paginateListObjectsV2(
        { client: this.client },
        { Bucket: this.opts.bucket, Prefix: this.opts.prefix || undefined },
      );
      for await (const page of pages)
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
    } catch (e) {
      throw new Error(
        explain(e, `listing s3://${this.opts.bucket}/${this.opts.prefix}`, 's3:ListBucket', this.opts.bucket),
        {
          cause: e,
        },
      );
    }
  }

  async read(key: string): Promise<ObjectRead> {
    let bytes: Buffer | 'too-large';
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.opts.bucket, Key: key }));
      bytes = await readLimited(out.Body as Readable | undefined, out.ContentLength, MAX_OBJECT_BYTES);
    } catch (e) {
      return { ok: false, reason: explain(e, 'reading it', 's3:GetObject', this.opts.bucket) };
    }
    if (bytes === 'too-large')
      return { ok: false, reason: `larger than ${MAX_OBJECT_BYTES / 1024 / 1024} MiB` };
    let text: string;
    try {
      text = (isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: 4 * MAX_OBJECT_BYTES }) : bytes).toString(
        'utf8',
      );
    } catch (e) {
      return { ok: false, reason: `not valid gzip (${errorText(e)})` };
    }
    const parsed = parseDocument(text);
    return parsed.ok ? { ok: true, doc: parsed.doc } : { ok: false, reason: parsed.reason };
  }
}

/** One sentence naming what failed and, for a refusal, the permission to grant. */
function explain(e: unknown, what: string, permission: string, bucket: string): string {
  const err = readAwsError(e);
  const status = err.status;
  const code = err.serviceCode ?? err.name ?? err.code ?? 'Error';
  const detail = `${status ? `${status} ` : ''}${code}`;
  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(errorText(e)))
    return `no AWS credentials for ${what}: configure AWS credentials (a profile, AWS_ACCESS_KEY_ID, or a role)`;
  if (status === 403 || code === 'AccessDenied')
    return `S3 denied ${what} (${detail}): the credentials need ${permission}`;
  if (code === 'NoSuchBucket')
    return `the bucket ${bucket} does not exist (${detail}): check --bucket, and --region for a bucket elsewhere`;
  return `S3 failed ${what} (${detail}: ${errorText(e).replace(/\s+/g, ' ').slice(0, 160)})`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
