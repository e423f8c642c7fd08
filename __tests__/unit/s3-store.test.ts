/**
 * S3Store against two local S3s: s3rver (realistic S3 on disk: signing, XML errors; it ignores conditional
 * writes) and the conditional stand-in (S3's If-Match / If-None-Match semantics, fault injection).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { S3Store, MAX_OBJECT_BYTES, s3StoreBuilder, type S3StoreOptions } from '../../src/cache/s3-store.js';
import { StoreUnavailableError, type CacheObjectKey } from '../../src/cache/cache-store.js';
import { CacheSession, type CacheScope } from '../../src/cache/cache-session.js';
import { cacheKey, emptyDocument, serialize, type CacheDocument } from '../../src/cache/cache-document.js';
import type { S3Config } from '../../src/config/config.js';
import { startS3rver, S3RVER_KEY, type S3rverHandle } from '../stand-ins/s3rver.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';

const BUCKET = 'scanner-cache';
const REPO: CacheObjectKey = { kind: 'repository' };
const PR7: CacheObjectKey = { kind: 'pull-request', number: 7 };
const OBJECT = 'cache/octo/demo/scan-cache.json.gz';
const staticKey =
  (id = S3RVER_KEY.accessKeyId, secret = S3RVER_KEY.secretAccessKey) =>
  () =>
    Promise.resolve({ accessKeyId: id, secretAccessKey: secret });

function s3Config(endpoint: string, extra: Partial<S3Config> = {}): S3Config {
  return { bucket: BUCKET, prefix: 'cache/', endpoint, sse: 'AES256', kmsKeyId: undefined, ...extra };
}

function storeAt(endpoint: string, extra: Partial<S3StoreOptions> = {}, s3: Partial<S3Config> = {}): S3Store {
  return new S3Store({
    s3: s3Config(endpoint, s3),
    region: 'us-east-1',
    credentials: staticKey(),
    repository: { owner: 'octo', repo: 'demo' },
    env: {},
    maxAttempts: 1,
    ...extra,
  });
}

function docWith(...names: string[]): CacheDocument {
  const doc = emptyDocument(new Date('2026-01-01T00:00:00Z'));
  for (const name of names)
    doc.entries[cacheKey(name.padEnd(64, '0'), 'fp')] = {
      scannedAt: new Date().toISOString(),
      model: 'm',
      findings: [],
      tokens: { in: 10, out: 5, cacheRead: 0, cacheWrite: 0 },
      usd: 0.001,
    };
  return doc;
}

async function rawObject(store: S3Store, key = OBJECT) {
  const out = await store.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return { out, bytes: Buffer.from(await out.Body!.transformToByteArray()) };
}

/** The behaviour both S3s share. */
function contract(name: string, endpoint: () => string, put: (key: string, body: Buffer) => Promise<void>) {
  describe(`S3Store contract on ${name}`, () => {
    it('names objects <prefix><owner>/<repo>/scan-cache.json.gz and describes them as s3:// URLs', () => {
      const store = storeAt(endpoint());
      assert.equal(store.key(REPO), OBJECT);
      assert.equal(store.key(PR7), 'cache/octo/demo/pr/7.json.gz');
      assert.equal(store.describe(PR7), `s3://${BUCKET}/cache/octo/demo/pr/7.json.gz`);
    });

    it('reads a cold cache as missing', async () => {
      assert.deepEqual(await storeAt(endpoint()).read({ kind: 'pull-request', number: 404 }), {
        status: 'missing',
      });
    });

    it('writes and reads back the same document; the bytes gunzip to the documented JSON', async () => {
      const store = storeAt(endpoint());
      const doc = docWith('a', 'b');
      assert.deepEqual(await store.write(PR7, doc, undefined), { status: 'written' });
      const back = await store.read(PR7);
      assert.equal(back.status, 'found');
      assert.deepEqual(back.status === 'found' && back.doc, doc);
      assert.match(String(back.status === 'found' && back.version), /^"[0-9a-f]{32}"$/);
      const { out, bytes } = await rawObject(store, 'cache/octo/demo/pr/7.json.gz');
      assert.equal(out.ContentType, 'application/json');
      assert.equal(out.ContentEncoding, 'gzip');
      const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as CacheDocument;
      assert.equal(json.version, 1);
      assert.deepEqual(Object.keys(json.entries).sort(), Object.keys(doc.entries).sort());
      assert.deepEqual(json, JSON.parse(serialize(doc)));
    });

    it('reports a corrupt object with its ETag, keeps it, and a save replaces it', async () => {
      const key = 'cache/octo/demo/pr/8.json.gz';
      await put(key, Buffer.from('this is not gzip'));
      const store = storeAt(endpoint());
      const pr8: CacheObjectKey = { kind: 'pull-request', number: 8 };
      const read = await store.read(pr8);
      assert.equal(read.status, 'corrupt');
      assert.ok(
        read.status === 'corrupt' && read.version,
        'the ETag is kept so the write replaces exactly this object',
      );
      assert.match(read.status === 'corrupt' ? read.reason : '', /not valid JSON/);
      assert.equal(
        (await rawObject(store, key)).bytes.toString(),
        'this is not gzip',
        'a read never deletes',
      );
      const session = await CacheSession.open(store, { read: [pr8], write: pr8, why: 'test' });
      assert.equal(session.notes[0]?.state, 'corrupt');
      const saved = await session.save((base) => ({ ...base, ...docWith('fresh') }));
      assert.equal(saved.state, 'saved');
      const after = await store.read(pr8);
      assert.equal(after.status, 'found');
      assert.equal(Object.keys(after.status === 'found' ? after.doc.entries : {}).length, 1);
    });

    it('treats a truncated gzip and an unknown document version as corrupt', async () => {
      const store = storeAt(endpoint());
      const full = gzipSync(serialize(docWith('x', 'y', 'z')));
      await put('cache/octo/demo/pr/9.json.gz', full.subarray(0, full.length - 12));
      const truncated = await store.read({ kind: 'pull-request', number: 9 });
      assert.equal(truncated.status, 'corrupt');
      assert.match(truncated.status === 'corrupt' ? truncated.reason : '', /gzip/);
      await put('cache/octo/demo/pr/10.json.gz', gzipSync(JSON.stringify({ ...docWith('x'), version: 2 })));
      const future = await store.read({ kind: 'pull-request', number: 10 });
      assert.equal(future.status, 'corrupt');
      assert.match(future.status === 'corrupt' ? future.reason : '', /unknown document version 2/);
    });

    it('reads an object a proxy stored already decompressed', async () => {
      await put('cache/octo/demo/pr/11.json.gz', Buffer.from(serialize(docWith('plain'))));
      const read = await storeAt(endpoint()).read({ kind: 'pull-request', number: 11 });
      assert.equal(read.status, 'found');
    });

    it('turns a refused key (403) into StoreUnavailableError with a reason to act on', async () => {
      const store = storeAt(endpoint(), { credentials: staticKey('AKIAUNKNOWN000000000', 'nope') });
      await assert.rejects(store.read(REPO), (e: Error) => {
        assert.ok(e instanceof StoreUnavailableError);
        assert.match(
          e.message,
          new RegExp(
            `S3 denied reading s3://${BUCKET}/${OBJECT} \\(403 \\w+\\): check the role's s3:GetObject permission`,
          ),
        );
        return true;
      });
    });

    it('names a missing bucket instead of calling the cache cold', async () => {
      const store = new S3Store({
        s3: { ...s3Config(endpoint()), bucket: 'no-such-bucket' },
        region: 'us-east-1',
        credentials: staticKey(),
        repository: { owner: 'octo', repo: 'demo' },
        env: {},
        maxAttempts: 1,
      });
      await assert.rejects(store.read(REPO), /the bucket no-such-bucket does not exist/);
    });
  });
}

describe('S3Store', () => {
  let s3rver: S3rverHandle;
  let cond: ConditionalS3;
  beforeAll(async () => {
    s3rver = await startS3rver({ buckets: [BUCKET] });
    cond = await new ConditionalS3({
      buckets: [BUCKET],
      acceptKey: (id) => id === S3RVER_KEY.accessKeyId,
    }).start();
  });
  afterAll(async () => {
    await s3rver.close();
    await cond.close();
  });

  contract(
    's3rver',
    () => s3rver.url,
    async (key, body) => {
      await storeAt(s3rver.url).client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    },
  );
  contract(
    'the conditional stand-in',
    () => cond.url,
    (key, body) => {
      cond.put(BUCKET, key, body);
      return Promise.resolve();
    },
  );

  describe('conditional writes (conditional stand-in)', () => {
    it('creates only if absent (If-None-Match: *) and replaces only the version read (If-Match)', async () => {
      const store = storeAt(cond.url);
      const pr: CacheObjectKey = { kind: 'pull-request', number: 20 };
      assert.deepEqual(await store.write(pr, docWith('a'), undefined), { status: 'written' });
      assert.deepEqual(
        await store.write(pr, docWith('b'), undefined),
        { status: 'conflict' },
        'someone created it first',
      );
      const read = await store.read(pr);
      const v1 = read.status === 'found' ? read.version : undefined;
      assert.deepEqual(await store.write(pr, docWith('a', 'c'), v1), { status: 'written' });
      assert.deepEqual(
        await store.write(pr, docWith('a', 'd'), v1),
        { status: 'conflict' },
        'a stale ETag conflicts',
      );
      const puts = cond.log.filter((r) => r.method === 'PUT' && r.key.endsWith('pr/20.json.gz'));
      assert.deepEqual(
        puts.map((p) => [p.ifNoneMatch, p.ifMatch === undefined ? undefined : 'etag', p.status]),
        [
          ['*', undefined, 200],
          ['*', undefined, 412],
          [undefined, 'etag', 200],
          [undefined, 'etag', 412],
        ],
      );
    });

    it('treats 409 ConditionalRequestConflict and an object deleted since the read as conflicts', async () => {
      const store = storeAt(cond.url);
      const pr: CacheObjectKey = { kind: 'pull-request', number: 21 };
      cond.faults = [{ method: 'PUT', status: 409, code: 'ConditionalRequestConflict', times: 1 }];
      assert.deepEqual(await store.write(pr, docWith('a'), undefined), { status: 'conflict' });
      assert.deepEqual(await store.write(pr, docWith('a'), '"0123456789abcdef0123456789abcdef"'), {
        status: 'conflict',
      });
    });

    it('sends exactly the gzip bytes with SSE headers, no aws-chunked framing, to a custom endpoint', async () => {
      const kms = storeAt(
        cond.url,
        {},
        { sse: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' },
      );
      await kms.write({ kind: 'pull-request', number: 22 }, docWith('k'), undefined);
      const put = cond.log.findLast((r) => r.method === 'PUT')!;
      assert.equal(put.headers['content-encoding'], 'gzip');
      assert.equal(put.headers['content-type'], 'application/json');
      assert.equal(put.headers['x-amz-server-side-encryption'], 'aws:kms');
      assert.equal(
        put.headers['x-amz-server-side-encryption-aws-kms-key-id'],
        'arn:aws:kms:us-east-1:123456789012:key/abc',
      );
      assert.equal(put.headers['x-amz-decoded-content-length'], undefined);
      const stored = cond.get(BUCKET, 'cache/octo/demo/pr/22.json.gz')!;
      assert.equal(JSON.parse(gunzipSync(stored.body).toString()).version, 1);

      await storeAt(cond.url).write({ kind: 'pull-request', number: 23 }, docWith('k'), undefined);
      const aes = cond.log.findLast((r) => r.method === 'PUT')!;
      assert.equal(aes.headers['x-amz-server-side-encryption'], 'AES256');
      assert.equal(aes.headers['x-amz-server-side-encryption-aws-kms-key-id'], undefined);
    });

    it('4 concurrent saves with different entries all land: the object holds the union', async () => {
      const store = storeAt(cond.url, { maxAttempts: 3 });
      const key: CacheObjectKey = { kind: 'pull-request', number: 30 };
      const scope: CacheScope = { read: [key], write: key, why: 'test' };
      const sessions = await Promise.all([0, 1, 2, 3].map(() => CacheSession.open(store, scope)));
      const outcomes = await Promise.all(
        sessions.map((s, i) =>
          s.save((base) => {
            const mine = docWith(`run${i}`);
            return { ...base, entries: { ...base.entries, ...mine.entries } };
          }),
        ),
      );
      assert.deepEqual(
        outcomes.map((o) => o.state),
        ['saved', 'saved', 'saved', 'saved'],
      );
      assert.ok(
        outcomes.some((o) => o.attempts > 1),
        'some writers had to re-read and merge',
      );
      const final = await store.read(key);
      assert.equal(final.status, 'found');
      assert.equal(Object.keys(final.status === 'found' ? final.doc.entries : {}).length, 4);
    });

    it('falls back (StoreUnavailableError) on 403, 500, throttling, slowness and an unreachable endpoint', async () => {
      const cases: [Parameters<typeof storeAt>[1], (typeof cond.faults)[number] | undefined, RegExp][] = [
        [
          {},
          { method: 'GET', status: 403, code: 'AccessDenied' },
          /S3 denied reading .* \(403 AccessDenied\): check the role's s3:GetObject permission/,
        ],
        [
          { maxAttempts: 2 },
          { method: 'GET', status: 500, code: 'InternalError' },
          /S3 failed reading .*500 InternalError/,
        ],
        [{ maxAttempts: 2 }, { method: 'GET', status: 503, code: 'SlowDown' }, /S3 is throttling requests/],
        [{ requestTimeoutMs: 300 }, { method: 'GET', delayMs: 1500 }, /S3 did not answer in time/],
      ];
      for (const [opts, fault, message] of cases) {
        cond.faults = fault ? [fault] : [];
        const started = Date.now();
        await assert.rejects(storeAt(cond.url, opts).read(REPO), (e: Error) => {
          assert.ok(e instanceof StoreUnavailableError, e.message);
          assert.match(e.message, message);
          return true;
        });
        assert.ok(Date.now() - started < 10_000);
      }
      cond.faults = [];
      await assert.rejects(storeAt('http://127.0.0.1:9').read(REPO), (e: Error) => {
        assert.ok(e instanceof StoreUnavailableError);
        assert.match(e.message, /S3 could not be reached .*ECONNREFUSED/);
        return true;
      });
    });

    it('a refused write throws with the permission to check (the app turns it into a warning)', async () => {
      cond.faults = [{ method: 'PUT', status: 403, code: 'AccessDenied' }];
      await assert.rejects(
        storeAt(cond.url).write(REPO, docWith('a'), undefined),
        /S3 denied writing s3:\/\/scanner-cache\/cache\/octo\/demo\/scan-cache\.json\.gz \(403 AccessDenied\): check the role's s3:PutObject permission/,
      );
      cond.faults = [];
    });

    it(`refuses to read an object over ${MAX_OBJECT_BYTES / 1024 / 1024} MiB (corrupt, replaced by the next save)`, async () => {
      cond.put(BUCKET, 'cache/octo/demo/pr/40.json.gz', Buffer.alloc(MAX_OBJECT_BYTES + 1));
      const read = await storeAt(cond.url).read({ kind: 'pull-request', number: 40 });
      assert.equal(read.status, 'corrupt');
      assert.match(read.status === 'corrupt' ? read.reason : '', /larger than 64 MiB/);
      cond.objects.delete(`${BUCKET}/cache/octo/demo/pr/40.json.gz`);
    });
  });

  describe('s3StoreBuilder', () => {
    const config = (s3?: S3Config) =>
      ({ s3, awsRegion: 'us-east-1' }) as Parameters<typeof s3StoreBuilder>[0];
    const ctx = (repository?: { owner: string; repo: string }) =>
      ({ repository }) as Parameters<typeof s3StoreBuilder>[1];
    it('is absent without a bucket, and unavailable with a reason when credentials cannot serve', () => {
      assert.equal(s3StoreBuilder(config(undefined), ctx({ owner: 'o', repo: 'r' }), undefined), undefined);
      const fork = s3StoreBuilder(
        config(s3Config(cond.url)),
        ctx({ owner: 'o', repo: 'r' }),
        undefined,
        'a fork',
      );
      assert.throws(
        () => fork!(),
        (e: Error) => e instanceof StoreUnavailableError && e.message === 'a fork',
      );
      const anonymous = s3StoreBuilder(config(s3Config(cond.url)), ctx(undefined), undefined);
      assert.throws(() => anonymous!(), /owner and name are unknown/);
      const ok = s3StoreBuilder(config(s3Config(cond.url)), ctx({ owner: 'o', repo: 'r' }), undefined);
      assert.equal(ok!().describe(REPO), `s3://${BUCKET}/cache/o/r/scan-cache.json.gz`);
    });
  });
});
