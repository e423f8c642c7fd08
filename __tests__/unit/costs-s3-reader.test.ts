/**
 * The costs command's S3 reader through the real SDK against a small ListObjectsV2 / GetObject server: listings
 * that take several pages (continuation tokens), gzip documents, and refusals explained with the permission.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { S3CacheObjectReader } from '../../src/costs/s3-reader.js';
import { collectRuns } from '../../src/costs/collect.js';
import { emptyDocument, serialize } from '../../src/cache/cache-document.js';

const KEYS = Array.from({ length: 5 }, (_, i) => `cache/octo/r${i}/scan-cache.json.gz`);
const run = {
  at: '2026-01-01T00:00:00.000Z',
  event: 'push',
  hits: 1,
  misses: 1,
  calls: 1,
  usd: 0.5,
  savedUsd: 0.1,
};

describe('S3CacheObjectReader', () => {
  let server: Server;
  let url = '';
  const pages: string[] = [];
  let denyList = false;

  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIASTANDIN000000000';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      if (/^\/b\/?$/.test(u.pathname) && u.searchParams.get('list-type') === '2') {
        if (denyList) return xmlError(res, 403, 'AccessDenied');
        const token = u.searchParams.get('continuation-token');
        pages.push(token ?? 'first');
        // Two keys a page, as S3 pages at 1000.
        const start = token ? Number(token) : 0;
        const slice = KEYS.slice(start, start + 2);
        const next = start + 2 < KEYS.length ? String(start + 2) : undefined;
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>b</Name><Prefix>cache/</Prefix><KeyCount>${slice.length}</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>${next ? 'true' : 'false'}</IsTruncated>${next ? `<NextContinuationToken>${next}</NextContinuationToken>` : ''}${slice.map((k) => `<Contents><Key>${k}</Key><Size>1</Size></Contents>`).join('')}</ListBucketResult>`,
        );
      }
      const key = decodeURIComponent(u.pathname.slice('/b/'.length));
      if (key === KEYS[1]) return xmlError(res, 403, 'AccessDenied');
      if (key === KEYS[2]) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"version": 99}');
      }
      const body = gzipSync(serialize({ ...emptyDocument(), runs: [run] }));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  const reader = () =>
    new S3CacheObjectReader({ bucket: 'b', prefix: 'cache/', region: 'us-east-1', endpoint: url });

  it('follows every page of the listing and reads each object; refusals and bad documents are warnings', async () => {
    const warnings: string[] = [];
    const got = await collectRuns(reader(), 'cache/', (w) => warnings.push(w));
    expect(pages).toEqual(['first', '2', '4']);
    expect(got.objects.map((o) => o.repository)).toEqual(['octo/r0', 'octo/r3', 'octo/r4']);
    expect(got.objects.every((o) => o.runs[0]!.usd === 0.5)).toBe(true);
    expect(got.unreadable).toBe(2);
    expect(warnings.join('\n')).toMatch(
      /s3:\/\/b\/cache\/octo\/r1\/scan-cache\.json\.gz could not be read \(S3 denied reading it \(403 AccessDenied\): the credentials need s3:GetObject\)/,
    );
    expect(warnings.join('\n')).toMatch(
      /r2\/scan-cache\.json\.gz could not be read \(unknown document version 99/,
    );
  });

  it('a refused listing throws, naming s3:ListBucket', async () => {
    denyList = true;
    try {
      await expect(collectRuns(reader(), 'cache/', () => undefined)).rejects.toThrow(
        /S3 denied listing s3:\/\/b\/cache\/ \(403 AccessDenied\): the credentials need s3:ListBucket/,
      );
    } finally {
      denyList = false;
    }
  });
});

function xmlError(res: import('node:http').ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>denied</Message></Error>`,
  );
}
