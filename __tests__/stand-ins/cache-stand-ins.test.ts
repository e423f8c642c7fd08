/**
 * The stand-ins answer the real clients the way the real services do: the AWS SDK sees S3's and STS's error
 * codes and shapes, @actions/core gets its OIDC token, the blob endpoints take what the Azure SDK sends.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import * as core from '@actions/core';
import { decodeJwt, makeJwt, OidcStandIn, StsStandIn } from './oidc-sts.js';
import { ConditionalS3 } from './s3-conditional.js';
import { ActionsCacheStandIn } from './actions-cache.js';
import { startS3rver, S3RVER_KEY } from './s3rver.js';

const ROLE = 'arn:aws:iam::123456789012:role/Writer';
const creds = { accessKeyId: 'AKIAEXAMPLE000000000', secretAccessKey: 'secret' };

describe('conditional S3 stand-in, through the AWS SDK', () => {
  let s3: ConditionalS3;
  let client: S3Client;
  beforeAll(async () => {
    s3 = await new ConditionalS3({ buckets: ['b'] }).start();
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: creds,
      maxAttempts: 1,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
  });
  afterAll(() => s3.close());

  it('enforces If-None-Match and If-Match with S3 error codes, and serves ETags', async () => {
    const first = await client.send(
      new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'one', IfNoneMatch: '*' }),
    );
    assert.match(first.ETag ?? '', /^"[0-9a-f]{32}"$/);
    await assert.rejects(
      client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'two', IfNoneMatch: '*' })),
      { name: 'PreconditionFailed' },
    );
    await assert.rejects(
      client.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'two', IfMatch: '"stale"' })),
      { name: 'PreconditionFailed' },
    );
    await assert.rejects(
      client.send(new PutObjectCommand({ Bucket: 'b', Key: 'gone', Body: 'x', IfMatch: first.ETag })),
      { name: 'NoSuchKey' },
    );
    const second = await client.send(
      new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'two', IfMatch: first.ETag }),
    );
    const got = await client.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    assert.equal(got.ETag, second.ETag);
    assert.equal(await got.Body!.transformToString(), 'two');
    const head = await client.send(new HeadObjectCommand({ Bucket: 'b', Key: 'k' }));
    assert.equal(head.ContentLength, 3);
    await assert.rejects(client.send(new HeadObjectCommand({ Bucket: 'b', Key: 'none' })), {
      name: 'NotFound',
    });
    await assert.rejects(client.send(new GetObjectCommand({ Bucket: 'nob', Key: 'k' })), {
      name: 'NoSuchBucket',
    });
    assert.equal(s3.log.at(-1)!.accessKeyId, creds.accessKeyId);
  });

  it('injects faults: 403 once, then slow answers', async () => {
    s3.faults = [{ method: 'GET', status: 403, code: 'AccessDenied', times: 1 }];
    await assert.rejects(
      client.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' })),
      (e: Error & { $metadata: { httpStatusCode?: number } }) =>
        e.name === 'AccessDenied' && e.$metadata.httpStatusCode === 403,
    );
    await client.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
    s3.faults = [{ delayMs: 300 }];
    const started = Date.now();
    await client.send(new HeadObjectCommand({ Bucket: 'b', Key: 'k' }));
    assert.ok(Date.now() - started >= 290);
    s3.faults = [];
  });
});

describe('s3rver helper', () => {
  it('starts on a free port, refuses unknown keys and accepts registered ones', async () => {
    const server = await startS3rver({ buckets: ['b'] });
    try {
      const client = (c: typeof creds) =>
        new S3Client({
          region: 'us-east-1',
          endpoint: server.url,
          forcePathStyle: true,
          credentials: c,
          maxAttempts: 1,
        });
      await assert.rejects(client(creds).send(new GetObjectCommand({ Bucket: 'b', Key: 'k' })), {
        name: 'InvalidAccessKeyId',
      });
      server.allowKey(creds.accessKeyId, creds.secretAccessKey);
      await assert.rejects(client(creds).send(new GetObjectCommand({ Bucket: 'b', Key: 'k' })), {
        name: 'NoSuchKey',
      });
      await client({ accessKeyId: S3RVER_KEY.accessKeyId, secretAccessKey: S3RVER_KEY.secretAccessKey }).send(
        new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }),
      );
    } finally {
      await server.close();
    }
  });
});

describe('OIDC and STS stand-ins, through @actions/core and the AWS SDK', () => {
  let oidc: OidcStandIn;
  let sts: StsStandIn;
  const saved = { ...process.env };
  beforeAll(async () => {
    oidc = await new OidcStandIn({ claims: { sub: 'repo:octo/demo:ref:refs/heads/main' } }).start();
    sts = await new StsStandIn({ trust: { [ROLE]: ['repo:octo/demo:ref:refs/heads/main'] } }).start();
    Object.assign(process.env, oidc.env());
  });
  afterAll(async () => {
    process.env = saved;
    await oidc.close();
    await sts.close();
  });

  it("gives @actions/core a token with the requested audience, only with the job's bearer", async () => {
    const token = await core.getIDToken('sts.amazonaws.com');
    assert.equal(decodeJwt(token)?.aud, 'sts.amazonaws.com');
    assert.equal(decodeJwt(token)?.sub, 'repo:octo/demo:ref:refs/heads/main');
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'wrong';
    await assert.rejects(core.getIDToken('sts.amazonaws.com'), /Failed to get ID Token/);
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
  });

  it('issues credentials the SDK parses, and refuses untrusted subjects with AccessDenied', async () => {
    const client = new STSClient({ region: 'us-east-1', endpoint: sts.url, maxAttempts: 1 });
    const ok = await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: 's',
        WebIdentityToken: makeJwt({
          sub: 'repo:octo/demo:ref:refs/heads/main',
          aud: 'sts.amazonaws.com',
          iss: 'x',
        }),
        DurationSeconds: 3600,
      }),
    );
    assert.match(ok.Credentials?.AccessKeyId ?? '', /^ASIA/);
    assert.ok(ok.Credentials?.Expiration instanceof Date);
    assert.equal(ok.AssumedRoleUser?.Arn, 'arn:aws:sts::123456789012:assumed-role/Writer/s');
    await assert.rejects(
      client.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: ROLE,
          RoleSessionName: 's',
          WebIdentityToken: makeJwt({
            sub: 'repo:octo/demo:pull_request',
            aud: 'sts.amazonaws.com',
            iss: 'x',
          }),
        }),
      ),
      (e: Error & { $metadata: { httpStatusCode?: number } }) =>
        e.name === 'AccessDenied' &&
        e.message === 'Not authorized to perform sts:AssumeRoleWithWebIdentity' &&
        e.$metadata.httpStatusCode === 403,
    );
  });
});

describe('Actions cache stand-in: the block-list upload path of the Azure SDK', () => {
  it('assembles blocks committed with a block list', async () => {
    const service = await new ActionsCacheStandIn().start();
    try {
      const twirp = (method: string, body: object) =>
        fetch(`${service.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${service.runtimeToken}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<Record<string, string>>);
      const created = await twirp('CreateCacheEntry', { key: 'k-1', version: 'v' });
      const url = created.signed_upload_url!;
      for (const [id, part] of [
        ['YQ==', 'hello '],
        ['Yg==', 'world'],
      ])
        assert.equal(
          (await fetch(`${url}&comp=block&blockid=${encodeURIComponent(id!)}`, { method: 'PUT', body: part }))
            .status,
          201,
        );
      const list =
        '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YQ==</Latest><Latest>Yg==</Latest></BlockList>';
      assert.equal((await fetch(`${url}&comp=blocklist`, { method: 'PUT', body: list })).status, 201);
      // fetch's JSON belongs to Node's realm, not the test's: expect compares across realms.
      expect(await twirp('FinalizeCacheEntryUpload', { key: 'k-1', version: 'v', size_bytes: '11' })).toEqual(
        {
          ok: true,
          entry_id: '1',
        },
      );
      const found = await twirp('GetCacheEntryDownloadURL', {
        key: 'k-',
        restore_keys: ['k-'],
        version: 'v',
      });
      assert.equal(found.matched_key, 'k-1');
      assert.equal(await (await fetch(found.signed_download_url!)).text(), 'hello world');
      expect(
        await twirp('GetCacheEntryDownloadURL', { key: 'k-', restore_keys: ['k-'], version: 'other' }),
      ).toEqual({ ok: false, signed_download_url: '', matched_key: '' });
      assert.equal((await fetch(found.signed_download_url!.replace(/sig=[^&]+/, 'sig=forged'))).status, 403);
    } finally {
      await service.close();
    }
  });
});
