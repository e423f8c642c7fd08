/**
 * A local stand-in for the GitHub Actions cache service (v2) as @actions/cache 6 speaks it:
 * - twirp JSON POSTs at `<ACTIONS_RESULTS_URL>/twirp/github.actions.results.api.v1.CacheService/<Method>` with
 *   `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`: CreateCacheEntry {key, version} -> {ok, signed_upload_url},
 *   FinalizeCacheEntryUpload {key, version, size_bytes} -> {ok, entry_id},
 *   GetCacheEntryDownloadURL {key, restore_keys, version} -> {ok, signed_download_url, matched_key};
 * - the signed blob URLs: uploads as the Azure Storage SDK sends them (a single `x-ms-blob-type: BlockBlob` PUT,
 *   or `?comp=block` PUTs and a `?comp=blocklist` PUT) and downloads as plain GETs.
 * Entries are immutable; a lookup takes the exact key, then the newest entry whose key starts with a restore
 * key, always with the same version (the hash of the cached paths), as the real service does.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { json, LocalServer, requestId, type RecordedRequest } from './oidc-sts.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  sig: string;
  blob: Buffer | undefined;
  blocks: Map<string, Buffer>;
  finalized: boolean;
  createdAt: number;
}

export interface ActionsCacheOptions {
  runtimeToken?: string;
}

export class ActionsCacheStandIn extends LocalServer {
  readonly runtimeToken: string;
  readonly entries: CacheEntry[] = [];
  /** Twirp calls received, by method name. */
  readonly calls: { method: string; body: Record<string, unknown>; status: number }[] = [];
  /** Makes twirp calls fail with this HTTP status and twirp error (e.g. 403 permission_denied). */
  failWith: { status: number; code: string; msg: string; method?: string } | undefined;

  constructor(opts: ActionsCacheOptions = {}) {
    super((req, res) => this.handle(req, res));
    this.runtimeToken = opts.runtimeToken ?? `runtime-${randomBytes(12).toString('hex')}`;
  }

  /** The variables the runner gives a JavaScript action for the cache. */
  env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: this.runtimeToken,
      ACTIONS_CACHE_SERVICE_V2: 'True',
    };
  }

  finalized(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized);
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    const url = new URL(req.url, this.url);
    if (url.pathname.startsWith(SERVICE)) return this.twirp(url.pathname.slice(SERVICE.length), req, res);
    const blob = /^\/blob\/devstoreaccount1\/actions-cache\/(\d+)$/.exec(url.pathname);
    if (blob) return this.blob(Number(blob[1]), url, req, res);
    json(res, 404, { message: 'not found' });
  }

  private twirp(method: string, req: RecordedRequest, res: ServerResponse): void {
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(req.body || '{}') as Record<string, unknown>;
    } catch {
      return this.answer(method, body, res, 400, { code: 'malformed', msg: 'the request body is not JSON' });
    }
    if (req.method !== 'POST')
      return this.answer(method, body, res, 405, { code: 'bad_route', msg: 'POST only' });
    if (req.headers.authorization !== `Bearer ${this.runtimeToken}`)
      return this.answer(method, body, res, 401, { code: 'unauthenticated', msg: 'invalid runtime token' });
    if (this.failWith && (!this.failWith.method || this.failWith.method === method))
      return this.answer(method, body, res, this.failWith.status, {
        code: this.failWith.code,
        msg: this.failWith.msg,
      });
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.entries.some((e) => e.key === key && e.version === version))
          return this.answer(method, body, res, 409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          });
        const entry: CacheEntry = {
          id: this.entries.length + 1,
          key,
          version,
          sig: randomBytes(16).toString('base64url'),
          blob: undefined,
          blocks: new Map(),
          finalized: false,
          createdAt: Date.now() + this.entries.length, // strictly increasing
        };
        this.entries.push(entry);
        return this.answer(method, body, res, 200, { ok: true, signed_upload_url: this.blobUrl(entry) });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry || !entry.blob)
          return this.answer(method, body, res, 200, {
            ok: false,
            entry_id: '0',
            message: 'no upload to finalize',
          });
        if (String(entry.blob.length) !== String(body.size_bytes))
          return this.answer(method, body, res, 200, {
            ok: false,
            entry_id: '0',
            message: `size mismatch ${entry.blob.length} != ${String(body.size_bytes)}`,
          });
        entry.finalized = true;
        return this.answer(method, body, res, 200, { ok: true, entry_id: String(entry.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
        const candidates = this.finalized()
          .filter((e) => e.version === version)
          .sort((a, b) => b.createdAt - a.createdAt);
        const match =
          candidates.find((e) => e.key === key) ??
          restoreKeys.map((p) => candidates.find((e) => e.key.startsWith(p))).find(Boolean);
        if (!match)
          return this.answer(method, body, res, 200, { ok: false, signed_download_url: '', matched_key: '' });
        return this.answer(method, body, res, 200, {
          ok: true,
          signed_download_url: this.blobUrl(match),
          matched_key: match.key,
        });
      }
      default:
        return this.answer(method, body, res, 404, { code: 'bad_route', msg: `no handler for ${method}` });
    }
  }

  private answer(
    method: string,
    body: Record<string, unknown>,
    res: ServerResponse,
    status: number,
    reply: object,
  ): void {
    this.calls.push({ method, body, status });
    json(res, status, reply);
  }

  private blobUrl(entry: CacheEntry): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    return `${this.url}/blob/devstoreaccount1/actions-cache/${entry.id}?sv=2024-11-04&se=${encodeURIComponent(expiry)}&sr=b&sp=rw&sig=${encodeURIComponent(entry.sig)}`;
  }

  private blob(id: number, url: URL, req: RecordedRequest, res: ServerResponse): void {
    const entry = this.entries.find((e) => e.id === id);
    const headers = {
      'x-ms-request-id': requestId(),
      'x-ms-version': '2024-11-04',
      date: new Date().toUTCString(),
    };
    const azureError = (status: number, code: string, message: string) => {
      res.writeHead(status, { ...headers, 'content-type': 'application/xml', 'x-ms-error-code': code });
      res.end(
        `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
      );
    };
    if (!entry) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
    if (url.searchParams.get('sig') !== entry.sig)
      return azureError(403, 'AuthenticationFailed', 'Signature did not match.');
    const created = {
      ...headers,
      etag: `"0x${entry.id.toString(16).padStart(15, '8')}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    };
    if (req.method === 'PUT') {
      if (entry.finalized) return azureError(409, 'BlobImmutable', 'The entry is finalized.');
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        entry.blocks.set(url.searchParams.get('blockid') ?? '', req.raw);
        res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' });
        return void res.end();
      }
      if (comp === 'blocklist') {
        const ids = [...req.body.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
        const parts = ids.map((b) => entry.blocks.get(b));
        if (parts.some((p) => !p))
          return azureError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        entry.blob = Buffer.concat(parts as Buffer[]);
        res.writeHead(201, created);
        return void res.end();
      }
      if (comp)
        return azureError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported by the stand-in`);
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        return azureError(400, 'MissingRequiredHeader', 'x-ms-blob-type is required');
      entry.blob = req.raw;
      res.writeHead(201, created);
      return void res.end();
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!entry.finalized || !entry.blob)
        return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
      res.writeHead(200, {
        ...created,
        'content-type': 'application/octet-stream',
        'content-length': String(entry.blob.length),
        'x-ms-blob-type': 'BlockBlob',
        'accept-ranges': 'bytes',
      });
      return void res.end(req.method === 'GET' ? entry.blob : undefined);
    }
    azureError(405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.');
  }
}
