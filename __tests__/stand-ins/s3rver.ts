/**
 * s3rver (a realistic S3 on disk) on 127.0.0.1, an ephemeral port and a temporary folder, for tests that want
 * real S3 behaviour: signed requests, XML errors, listings, the AWS CLI. s3rver ignores conditional writes
 * (see s3-conditional.ts for those) and checks only that a request's access key is known: allowKey() registers
 * the keys an STS stand-in issues, so a request signed with anything else is refused with 403.
 * Paged listings (continuation tokens) need node's --openssl-legacy-provider; single pages do not.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  resetOnClose?: boolean;
  allowMismatchedSignatures?: boolean;
  vhostBuckets?: boolean;
  configureBuckets?: { name: string; configs: (string | Buffer)[] }[];
}) => S3rverInstance;
interface Account {
  createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  revokeAccessKey(accessKeyId: string): void;
}

const S3rver = require('s3rver') as S3rverClass;
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account.js') as { DUMMY_ACCOUNT: Account };

/** The key pair s3rver knows out of the box. */
export const S3RVER_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface S3rverHandle {
  url: string;
  directory: string;
  allowKey(accessKeyId: string, secretAccessKey: string): void;
  close(): Promise<void>;
}

export async function startS3rver(opts: { buckets?: string[] } = {}): Promise<S3rverHandle> {
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    allowMismatchedSignatures: true,
    vhostBuckets: false,
    configureBuckets: (opts.buckets ?? []).map((name) => ({ name, configs: [] })),
  });
  const address = await server.run();
  const allowed: string[] = [];
  return {
    url: `http://127.0.0.1:${address.port}`,
    directory,
    allowKey(accessKeyId, secretAccessKey) {
      DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
      allowed.push(accessKeyId);
    },
    async close() {
      await server.close();
      for (const id of allowed) DUMMY_ACCOUNT.revokeAccessKey(id);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
