import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BedrockClient,
  CreateModelInvocationJobCommand,
  GetModelInvocationJobCommand,
} from '@aws-sdk/client-bedrock';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Config, S3Config } from '../config/config.js';
import { readAwsError } from '../aws-errors.js';
import { readLimited } from '../cache/s3-store.js';
import type { BatchBackend } from './batch-backend.js';

/** A job's output is read whole; one larger than this is refused (Bedrock's input files are at most 1 GB). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

export interface AwsBatchOptions {
  config: Config;
  s3: S3Config;
  roleArn: string;
  credentials: AwsCredentialIdentityProvider | undefined;
  repository: { owner: string; repo: string };
  env: NodeJS.ProcessEnv;
}

/** The job's files in the cache bucket, under the repository's folder; the jobs through Bedrock's control plane. */
/** The job's files in the cache bucket, under the repository's folder; the jobs through Bedrock's control plane. */
export function awsBatchBackend(opts: AwsBatchOptions): BatchBackend {
  return new AwsBatchBackend(opts);
}

class AwsBatchBackend implements BatchBackend {
  private readonly storage: S3Client;
  private readonly bedrock: BedrockClient;
  private readonly s3: S3Config;

  constructor(private readonly opts: AwsBatchOptions) {
    const { config, s3, credentials, env } = opts;
    this.s3 = s3;
    const custom = Boolean(s3.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
    this.storage = new S3Client({
      region: config.awsRegion ?? 'us-east-1',
      credentials,
      ...(s3.endpoint ? { endpoint: s3.endpoint, forcePathStyle: true } : {}),
      ...(custom
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
      followRegionRedirects: true,
    });
    this.bedrock = new BedrockClient({ region: config.awsRegion, credentials });
  }

  private folder(name: string): string {
    return `${this.s3.prefix}${this.opts.repository.owner}/${this.opts.repository.repo}/batch/${name}/`;
  }

  private uri(key: string): string {
    return `s3://${this.s3.bucket}/${key}`;
  }

  async createJob(name: string, timeoutHours: number, jsonl: string): Promise<string> {
    const { s3 } = this;
    const input = `${this.folder(name)}input.jsonl`;
    const kms = s3.sse === 'aws:kms' && s3.kmsKeyId ? s3.kmsKeyId : undefined;
    await guard(
      this.storage.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: input,
          Body: jsonl,
          ContentType: 'application/jsonl',
          ServerSideEncryption: s3.sse,
          ...(kms ? { SSEKMSKeyId: kms } : {}),
        }),
      ),
    );
    const out = await guard(
      this.bedrock.send(
        new CreateModelInvocationJobCommand({
          jobName: name,
          roleArn: this.opts.roleArn,
          clientRequestToken: name,
          modelId: this.opts.config.modelId,
          inputDataConfig: { s3InputDataConfig: { s3Uri: this.uri(input), s3InputFormat: 'JSONL' } },
          outputDataConfig: {
            s3OutputDataConfig: {
              s3Uri: this.uri(`${this.folder(name)}output/`),
              ...(kms ? { s3EncryptionKeyId: kms } : {}),
            },
          },
          timeoutDurationInHours: timeoutHours,
        }),
      ),
    );
    if (!out.jobArn) throw new Error('Bedrock created the job but returned no job ARN');
    return out.jobArn;
  }

  async getJob(jobArn: string): Promise<{ status: string; message?: string }> {
    const out = await guard(this.bedrock.send(new GetModelInvocationJobCommand({ jobIdentifier: jobArn })));
    return { status: out.status ?? 'unknown', ...(out.message ? { message: out.message } : {}) };
  }

  async readOutputs(name: string): Promise<string[]> {
    const keys = await this.outputKeys(`${this.folder(name)}output/`);
    const texts: string[] = [];
    for (const Key of keys) {
      const got = await guard(this.storage.send(new GetObjectCommand({ Bucket: this.s3.bucket, Key })));
      const bytes = await readLimited(got.Body as Readable | undefined, got.ContentLength, MAX_OUTPUT_BYTES);
      if (bytes === 'too-large') throw new Error(`${this.uri(Key)} is larger than ${MAX_OUTPUT_BYTES} bytes`);
      texts.push(bytes.toString('utf8'));
    }
    return texts;
  }

  /** Bedrock writes under a folder of its own (the job id) inside the output prefix: listed, not guessed. */
  private async outputKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await guard(
        this.storage.send(
          new ListObjectsV2Command({ Bucket: this.s3.bucket, Prefix: prefix, ContinuationToken: token }),
        ),
      );
      for (const o of page.Contents ?? []) if (o.Key?.endsWith('.jsonl.out')) keys.push(o.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    if (keys.length === 0) throw new Error(`no output file under ${this.uri(prefix)}`);
    return keys;
  }
}

/** An SDK call whose error reads as batchErrorText words it. */
function guard<T>(call: Promise<T>): Promise<T> {
  return call.catch((e: unknown) => {
    throw new Error(batchErrorText(e), { cause: e });
  });
}

/** A control-plane or S3 error as one line a user can act on. */
function batchErrorText(e: unknown): string {
  const err = readAwsError(e);
  const what = `${err.name ?? 'Error'}: ${err.message ?? 'no message'}`;
  if (err.name === 'AccessDeniedException' || err.status === 403)
    return `${what} (may the role call bedrock:CreateModelInvocationJob and bedrock:GetModelInvocationJob, and iam:PassRole on batch-role-arn? scripts/setup-s3-cache.sh grants them)`;
  return what;
}
