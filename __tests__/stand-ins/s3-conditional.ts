/**
 * A small S3 on 127.0.0.1 that, unlike s3rver, enforces conditional writes the way S3 does: PutObject with
 * `If-None-Match: *` fails with 412 when the key exists, with `If-Match: <etag>` fails with 412 when the ETag
 * differs and 404 when the key is gone. Path-style GetObject / HeadObject / PutObject / DeleteObject, ETags,
 * and injectable faults (403, 500, 503 SlowDown, 409 ConditionalRequestConflict, slow answers, corrupt bodies).
 * It stores exactly the bytes it receives, as a third-party S3 does.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { esc, LocalServer, requestId, xml, type RecordedRequest } from './oidc-sts.js';

export interface StoredObject {
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
  lastModified: Date;
}

export interface S3Fault {
  method?: 'GET' | 'HEAD' | 'PUT' | 'DELETE';
  /** Only for keys containing this text. */
  key?: string;
  status?: number;
  code?: string;
  message?: string;
  /** Answer after this long (with the fault's error, or normally when no status is set). */
  delayMs?: number;
  /** How many requests it applies to (default: all until cleared). */
  times?: number;
}

export interface S3Request {
  method: string;
  bucket: string;
  key: string;
  accessKeyId: string | undefined;
  securityToken: string | undefined;
  ifMatch: string | undefined;
  ifNoneMatch: string | undefined;
  headers: RecordedRequest['headers'];
  status: number;
}

export interface ConditionalS3Options {
  buckets?: string[];
  /** Decides whether a signing key is accepted (default: any). */
  acceptKey?: (accessKeyId: string | undefined, securityToken: string | undefined) => boolean;
}

export class ConditionalS3 extends LocalServer {
  readonly objects = new Map<string, StoredObject>();
  readonly log: S3Request[] = [];
  faults: S3Fault[] = [];
  private readonly buckets: Set<string>;

  constructor(readonly opts: ConditionalS3Options = {}) {
    super((req, res) => this.handle(req, res));
    this.buckets = new Set(opts.buckets ?? ['scanner-cache']);
  }

  /** Puts bytes directly (a corrupt object, an old version of the document). */
  put(
    bucket: string,
    key: string,
    body: Buffer | string,
    headers: Record<string, string> = {},
  ): StoredObject {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const object = { body: bytes, etag: etagOf(bytes), headers, lastModified: new Date() };
    this.objects.set(`${bucket}/${key}`, object);
    return object;
  }

  get(bucket: string, key: string): StoredObject | undefined {
    return this.objects.get(`${bucket}/${key}`);
  }

  keys(bucket: string): string[] {
    return [...this.objects.keys()]
      .filter((k) => k.startsWith(`${bucket}/`))
      .map((k) => k.slice(bucket.length + 1));
  }

  private async handle(req: RecordedRequest, res: ServerResponse): Promise<void> {
    const url = new URL(req.url, this.url);
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const auth = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = req.headers['x-amz-security-token'] as string | undefined;
    const entry: S3Request = {
      method: req.method,
      bucket,
      key,
      accessKeyId: auth,
      securityToken: token,
      ifMatch: req.headers['if-match'],
      ifNoneMatch: req.headers['if-none-match'],
      headers: req.headers,
      status: 0,
    };
    this.log.push(entry);
    const reply = (status: number, code?: string, message?: string) => {
      entry.status = status;
      if (!code) return;
      if (req.method === 'HEAD') {
        res.writeHead(status, { 'x-amz-request-id': requestId() });
        return void res.end();
      }
      xml(
        res,
        status,
        `<Error><Code>${esc(code)}</Code><Message>${esc(message ?? code)}</Message><Key>${esc(key)}</Key><BucketName>${esc(bucket)}</BucketName><RequestId>${requestId()}</RequestId></Error>`,
        { 'x-amz-request-id': requestId() },
      );
    };

    const fault = this.faults.find(
      (f) => (!f.method || f.method === req.method) && (!f.key || key.includes(f.key)),
    );
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0)
        this.faults = this.faults.filter((f) => f !== fault);
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (res.destroyed) return;
      if (fault.status) return reply(fault.status, fault.code ?? 'InternalError', fault.message);
    }
    if (this.opts.acceptKey && !this.opts.acceptKey(auth, token))
      return reply(
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    if (!this.buckets.has(bucket)) return reply(404, 'NoSuchBucket', 'The specified bucket does not exist');
    const id = `${bucket}/${key}`;
    const current = this.objects.get(id);

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!current) return reply(404, 'NoSuchKey', 'The specified key does not exist.');
      entry.status = 200;
      res.writeHead(200, {
        etag: current.etag,
        'last-modified': current.lastModified.toUTCString(),
        'content-length': String(current.body.length),
        'x-amz-request-id': requestId(),
        ...current.headers,
      });
      return void res.end(req.method === 'GET' ? current.body : undefined);
    }
    if (req.method === 'PUT') {
      if (url.searchParams.size > 0 && !url.searchParams.has('x-id'))
        return reply(501, 'NotImplemented', `the stand-in does not implement ${url.search}`);
      const ifNoneMatch = entry.ifNoneMatch;
      const ifMatch = entry.ifMatch;
      if (ifNoneMatch !== undefined && ifNoneMatch !== '*')
        return reply(501, 'NotImplemented', 'If-None-Match on PutObject supports only *');
      if (ifNoneMatch === '*' && current)
        return reply(
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold',
        );
      if (ifMatch !== undefined && !current)
        return reply(404, 'NoSuchKey', 'The specified key does not exist.');
      if (ifMatch !== undefined && current && ifMatch !== current.etag)
        return reply(
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold',
        );
      const headers: Record<string, string> = {};
      for (const h of [
        'content-type',
        'content-encoding',
        'x-amz-server-side-encryption',
        'x-amz-server-side-encryption-aws-kms-key-id',
      ])
        if (typeof req.headers[h] === 'string') headers[h] = req.headers[h];
      const body = req.raw;
      const stored = this.put(bucket, key, body, headers);
      entry.status = 200;
      res.writeHead(200, {
        etag: stored.etag,
        'x-amz-request-id': requestId(),
        ...pick(headers, 'x-amz-server-side-encryption'),
      });
      return void res.end();
    }
    if (req.method === 'DELETE') {
      this.objects.delete(id);
      entry.status = 204;
      res.writeHead(204);
      return void res.end();
    }
    reply(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  }
}

function etagOf(body: Buffer): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

function pick(headers: Record<string, string>, name: string): Record<string, string> {
  return headers[name] ? { [name]: headers[name] } : {};
}
