/**
 * A local stand-in for Amazon Bedrock's control plane for batch inference (the `bedrock` service, REST JSON over
 * HTTP/1.1, reached through AWS_ENDPOINT_URL_BEDROCK): CreateModelInvocationJob (POST /model-invocation-job) and
 * GetModelInvocationJob (GET /model-invocation-job/{jobIdentifier}). Like Bedrock it reads the job's JSONL input
 * from S3 (s3rver) and refuses a job of fewer than 100 records; complete() then plays the service finishing the
 * job: it answers every record as the Converse stand-in would (findings from VULN markers), in Bedrock's output
 * format, `<output>/<job id>/<input file>.out` with `{recordId, modelInput, modelOutput | error}` lines in another
 * order than the input, plus `manifest.json.out`, and sets the job Completed (or any other final status).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { markerFindings, parseFiles } from './bedrock.js';
import { withEvidence } from './bedrock-evidence.js';

export interface BatchJobState {
  jobArn: string;
  jobName: string;
  roleArn: string;
  modelId: string;
  inputUri: string;
  outputUri: string;
  status: string;
  message?: string;
  submitTime: string;
  timeoutDurationInHours?: number;
}

export interface CompleteOptions {
  /** Records answered with an error object instead of a model output. */
  fail?: (recordId: string, index: number) => boolean;
  /** Overrides a record's tool input (an unusable or hostile answer). */
  answer?: (recordId: string, files: ReturnType<typeof parseFiles>) => unknown;
  /** The final status (default Completed); Failed, Expired and Stopped write no output. */
  status?: string;
}

export interface BedrockBatchStandIn {
  url: string;
  jobs: BatchJobState[];
  /** Every request, as "<method> <path>". */
  requests: string[];
  complete(jobArn: string, opts?: CompleteOptions): Promise<{ records: number; failed: number }>;
  close(): Promise<void>;
}

interface InputLine {
  recordId: string;
  modelInput: { messages?: { content?: { text?: string }[] }[] };
}

const MIN_RECORDS = 100;

export async function startBedrockBatch(s3: S3Client): Promise<BedrockBatchStandIn> {
  const jobs: BatchJobState[] = [];
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      void handle(req, Buffer.concat(chunks).toString('utf8'))
        .then(([status, body, type]) => send(res, status, body, type))
        .catch((e: unknown) => send(res, 500, { message: String(e) }, 'InternalServerException'));
    });
  });

  async function handle(req: http.IncomingMessage, text: string): Promise<[number, object, string?]> {
    const path = req.url ?? '';
    if (req.method === 'POST' && path === '/model-invocation-job') return create(JSON.parse(text));
    const get = /^\/model-invocation-job\/([^/?]+)$/.exec(path);
    if (req.method === 'GET' && get) {
      const id = decodeURIComponent(get[1]!);
      const job = jobs.find((j) => j.jobArn === id || j.jobArn.endsWith(`/${id}`));
      if (!job) return [404, { message: `Job ${id} not found` }, 'ResourceNotFoundException'];
      return [200, describe(job)];
    }
    return [404, { message: `unknown path ${path}` }, 'UnknownOperationException'];
  }

  async function create(body: Record<string, any>): Promise<[number, object, string?]> {
    const inputUri = body.inputDataConfig?.s3InputDataConfig?.s3Uri as string | undefined;
    const outputUri = body.outputDataConfig?.s3OutputDataConfig?.s3Uri as string | undefined;
    if (!body.jobName || !body.roleArn || !body.modelId || !inputUri || !outputUri)
      return [
        400,
        { message: 'jobName, roleArn, modelId, inputDataConfig and outputDataConfig are required' },
        'ValidationException',
      ];
    const lines = (await readS3(s3, inputUri)).split('\n').filter((l) => l.trim());
    if (lines.length < MIN_RECORDS)
      return [
        400,
        { message: `The minimum number of records is ${MIN_RECORDS}; the input holds ${lines.length}.` },
        'ValidationException',
      ];
    const id = Math.random().toString(36).slice(2, 14);
    const job: BatchJobState = {
      jobArn: `arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/${id}`,
      jobName: body.jobName,
      roleArn: body.roleArn,
      modelId: body.modelId,
      inputUri,
      outputUri,
      status: 'Submitted',
      submitTime: new Date().toISOString(),
      timeoutDurationInHours: body.timeoutDurationInHours,
    };
    jobs.push(job);
    return [200, { jobArn: job.jobArn }];
  }

  async function complete(jobArn: string, opts: CompleteOptions = {}) {
    const job = jobs.find((j) => j.jobArn === jobArn);
    if (!job) throw new Error(`no job ${jobArn}`);
    job.status = opts.status ?? 'Completed';
    if (job.status !== 'Completed' && job.status !== 'PartiallyCompleted') {
      job.message = `The job ended ${job.status}.`;
      return { records: 0, failed: 0 };
    }
    const input = (await readS3(s3, job.inputUri)).split('\n').filter((l) => l.trim());
    const out: string[] = [];
    let failed = 0;
    let tokensIn = 0;
    let tokensOut = 0;
    input.forEach((line, i) => {
      const record = JSON.parse(line) as InputLine;
      if (opts.fail?.(record.recordId, i)) {
        failed++;
        out.push(
          JSON.stringify({
            recordId: record.recordId,
            modelInput: record.modelInput,
            error: {
              errorCode: 400,
              errorMessage: 'Malformed input request, please reformat your input and try again.',
            },
          }),
        );
        return;
      }
      const prompt = (record.modelInput.messages?.[0]?.content ?? []).map((c) => c.text ?? '').join('\n');
      const files = parseFiles(prompt);
      // Findings quote their line, as the Converse stand-in's do (bedrock-evidence.ts).
      const toolInput = withEvidence(opts.answer?.(record.recordId, files) ?? markerFindings(files), files);
      const usage = {
        input_tokens: Math.ceil(line.length / 4),
        output_tokens: Math.ceil(60 + JSON.stringify(toolInput).length / 4),
      };
      tokensIn += usage.input_tokens;
      tokensOut += usage.output_tokens;
      const modelOutput = {
        id: `msg_bdrk_${i}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-stand-in',
        content: [{ type: 'tool_use', id: `toolu_${i}`, name: 'report_findings', input: toolInput }],
        stop_reason: 'tool_use',
        stop_sequence: null,
        usage,
      };
      out.push(JSON.stringify({ recordId: record.recordId, modelInput: record.modelInput, modelOutput }));
    });
    // Bedrock gives no order guarantee: the stand-in answers from the last record to the first.
    out.reverse();
    const folder = `${job.outputUri.replace(/\/?$/, '/')}${job.jobArn.split('/').pop()}/`;
    const inputName = job.inputUri.split('/').pop()!;
    await writeS3(s3, `${folder}${inputName}.out`, `${out.join('\n')}\n`);
    const manifest = {
      totalRecordCount: input.length,
      processedRecordCount: input.length,
      successRecordCount: input.length - failed,
      errorRecordCount: failed,
      inputTokenCount: tokensIn,
      outputTokenCount: tokensOut,
    };
    await writeS3(s3, `${folder}manifest.json.out`, JSON.stringify(manifest));
    return { records: input.length, failed };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    jobs,
    requests,
    complete,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function describe(job: BatchJobState): object {
  return {
    jobArn: job.jobArn,
    jobName: job.jobName,
    modelId: job.modelId,
    roleArn: job.roleArn,
    status: job.status,
    ...(job.message ? { message: job.message } : {}),
    submitTime: job.submitTime,
    lastModifiedTime: new Date().toISOString(),
    inputDataConfig: { s3InputDataConfig: { s3Uri: job.inputUri, s3InputFormat: 'JSONL' } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: job.outputUri } },
    timeoutDurationInHours: job.timeoutDurationInHours,
  };
}

function parseUri(uri: string): { Bucket: string; Key: string } {
  const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri);
  if (!m) throw new Error(`not an S3 URI: ${uri}`);
  return { Bucket: m[1]!, Key: m[2]! };
}

async function readS3(s3: S3Client, uri: string): Promise<string> {
  const got = await s3.send(new GetObjectCommand(parseUri(uri)));
  return got.Body!.transformToString('utf8');
}

async function writeS3(s3: S3Client, uri: string, body: string): Promise<void> {
  await s3.send(new PutObjectCommand({ ...parseUri(uri), Body: body }));
}

function send(res: http.ServerResponse, status: number, body: object, errorType?: string): void {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json',
    'x-amzn-requestid': 'standin',
  };
  if (errorType) headers['x-amzn-errortype'] = errorType;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}
