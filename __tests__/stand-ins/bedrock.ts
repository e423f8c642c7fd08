/**
 * A local stand-in for the Amazon Bedrock Runtime Converse API over HTTP/2 cleartext (the SDK's Bedrock
 * client speaks HTTP/2). It parses the files framed in the prompt and answers through the forced tool with
 * findings taken from marker comments in the code: a line containing `VULN:<severity>:<title>` is reported
 * at that line, with that line as its evidence (see bedrock-evidence.ts, which can also forge it). A
 * verify-findings request is answered with verdicts instead (bedrock-verify.ts). Faults can be injected: latency, throttling, server errors, malformed answers, max_tokens.
 * Like Bedrock, it refuses a request past the model's context (maxInputTokens, estimated from the request's
 * bytes) with HTTP 400 ValidationException "Input is too long for requested model.".
 */
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { withEvidence } from './bedrock-evidence.js';
import { THROTTLE_MESSAGES, type QuotaModel } from './bedrock-quota.js';
import { isVerifyRequest, verifyAnswer, verifyFailure, type VerifyStandInOptions } from './bedrock-verify.js';

export interface SentFile {
  path: string;
  /** The file's lines as the model reads them: runs of blank or repeated lines expanded. */
  lines: string[];
  /** The line number of each of `lines`, as the prompt numbers them. */
  numbers: number[];
}

export interface ConverseCall {
  modelId: string;
  files: SentFile[];
  body: Record<string, unknown>;
  toolChoice: boolean;
  cachePoints: number;
  /** Refused as past the model's context (maxInputTokens). */
  refused?: boolean;
  /** Throttled by the quota (options.quota). */
  throttled?: boolean;
  /** A verify-findings request (bedrock-verify.ts), not a review. */
  verify?: boolean;
}

export type Fault =
  | { kind: 'throttle'; retryAfterSeconds?: number }
  | { kind: 'error'; status: number; type: string; message?: string }
  | { kind: 'malformed' }
  | { kind: 'foreign-path' }
  | { kind: 'max-tokens' }
  | { kind: 'text-json' };

export interface BedrockOptions {
  /** Before answering; a function decides per call (1-based call number), e.g. fast first calls, then slow. */
  latencyMs?: number | ((call: ConverseCall, n: number) => number);
  /** Decides a fault for a call (1-based call number among all requests received). */
  fault?: (call: ConverseCall, n: number) => Fault | undefined;
  /** Overrides the findings for a call. */
  answer?: (call: ConverseCall) => unknown;
  /** The fewest prefix tokens Bedrock caches (Claude Sonnet: 1024). */
  cacheMinTokens?: number;
  /**
   * The model's context in tokens, estimated as the request body's bytes / 4 (default 200,000, Claude's):
   * a larger request is refused as Bedrock refuses it. A refused request is recorded in `calls` too.
   */
  maxInputTokens?: number;
  /** The account's per-minute quotas (bedrock-quota.ts): a request past them is throttled at once. */
  quota?: QuotaModel;
  /** How verification requests are answered (bedrock-verify.ts). */
  verify?: VerifyStandInOptions;
}

export interface BedrockStandIn {
  url: string;
  calls: ConverseCall[];
  /** Requests that got a successful answer. */
  answered: number;
  options: BedrockOptions;
  close(): Promise<void>;
}

const FILE_HEADER = /^===== FILE (\S+) path=(".*") =====$/;

const NUMBERED = /^\s*(\d+)\| (.*)$/;
const BLANK_RUN = /^\[lines (\d+)-(\d+) blank\]$/;
const REPEAT_RUN = /^\[lines (\d+)-(\d+) repeat line (\d+)\]$/;

/** The files framed in a prompt, read as a model reads them: by the line numbers the prompt shows. */
export function parseFiles(prompt: string): SentFile[] {
  const files: SentFile[] = [];
  let current: SentFile | undefined;
  let marker = '';
  const add = (file: SentFile, n: number, text: string) => {
    file.numbers.push(n);
    file.lines.push(text);
  };
  for (const line of prompt.split('\n')) {
    const header = FILE_HEADER.exec(line);
    if (header && !current) {
      marker = header[1]!;
      current = { path: JSON.parse(header[2]!) as string, lines: [], numbers: [] };
    } else if (current && line === `===== END FILE ${marker} =====`) {
      files.push(current);
      current = undefined;
    } else if (current) {
      const numbered = NUMBERED.exec(line);
      const blank = BLANK_RUN.exec(line);
      const repeat = REPEAT_RUN.exec(line);
      if (numbered) add(current, Number(numbered[1]), numbered[2]!);
      else if (blank || repeat) {
        const m = (blank ?? repeat)!;
        const text = repeat ? (current.lines[current.numbers.lastIndexOf(Number(repeat[3]))] ?? '') : '';
        for (let n = Number(m[1]); n <= Number(m[2]); n++) add(current, n, text);
      }
      // Anything else (a part's header) is not a line of the file.
    }
  }
  return files;
}

/** Findings from VULN markers, as the model would report them through the tool. */
export function markerFindings(files: SentFile[]): { findings: object[] } {
  const findings: object[] = [];
  for (const file of files) {
    file.lines.forEach((line, i) => {
      const n = file.numbers[i] ?? i + 1;
      const m = /VULN:(critical|high|medium|low):([^\n]*?)(?:\s*(?:\*\/|-->|$))/.exec(line);
      if (!m) return;
      findings.push({
        path: file.path,
        severity: m[1],
        category: 'security',
        title: m[2]!.trim() || 'Issue',
        cwe: 'CWE-89',
        explanation: `Found by the stand-in at line ${n}.`,
        fix: 'Use parameterised queries.',
        startLine: n,
        endLine: n,
        confidence: 'high',
      });
    });
  }
  return { findings };
}

export async function startBedrock(options: BedrockOptions = {}): Promise<BedrockStandIn> {
  const calls: ConverseCall[] = [];
  const state = { answered: 0 };
  // Prompt caching as Bedrock bills it: a prefix up to a cachePoint, seen before, is read from the cache.
  const cachedPrefixes = new Set<string>();
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      void (async () => {
        const path = String(headers[':path'] ?? '');
        const m = /^\/model\/([^/]+)\/converse$/.exec(path);
        if (!m) return send(stream, 404, { message: `unknown path ${path}` }, 'UnknownOperationException');
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
        const prompt = (body.messages?.[0]?.content ?? [])
          .map((c: { text?: string }) => c.text ?? '')
          .join('\n');
        const call: ConverseCall = {
          modelId: decodeURIComponent(m[1]!),
          files: parseFiles(prompt),
          body,
          toolChoice: Boolean(body.toolConfig?.toolChoice),
          cachePoints: JSON.stringify(body).split('"cachePoint"').length - 1,
          ...(isVerifyRequest(body) ? { verify: true } : {}),
        };
        calls.push(call);
        const n = calls.length;
        // Bedrock checks the context before the model runs or any throttle: it answers at once.
        call.refused = Math.ceil(Buffer.concat(chunks).length / 4) > (options.maxInputTokens ?? 200_000);
        if (call.refused)
          return send(
            stream,
            400,
            { message: 'Input is too long for requested model.' },
            'ValidationException',
          );
        // The quota reserves the answer's maxTokens too, until the answer settles it (bedrock-quota.ts).
        const reserved = Math.max(0, Number(body.inferenceConfig?.maxTokens) || 0);
        const short = options.quota?.admit(Math.ceil(Buffer.concat(chunks).length / 4), reserved);
        call.throttled = Boolean(short);
        if (short) return send(stream, 429, { message: THROTTLE_MESSAGES[short] }, 'ThrottlingException');
        const fault = options.fault?.(call, n);
        // Bedrock sheds load before the model runs: a throttle answers at once, everything else takes the latency.
        const latency =
          fault?.kind === 'throttle'
            ? 0
            : typeof options.latencyMs === 'function'
              ? options.latencyMs(call, n)
              : options.latencyMs;
        if (latency) await new Promise((r) => setTimeout(r, latency));
        const prefix = JSON.stringify([body.system ?? [], body.toolConfig?.tools ?? []]);
        const prefixTokens = Math.ceil(prefix.length / 4) + 300;
        const promptTokens = Math.ceil(prompt.length / 4);
        const cacheable = call.cachePoints > 0 && prefixTokens >= (options.cacheMinTokens ?? 1024);
        const cacheRead = cacheable && cachedPrefixes.has(prefix) ? prefixTokens : 0;
        const cacheWrite = cacheable && !cacheRead ? prefixTokens : 0;
        if (cacheable) cachedPrefixes.add(prefix);
        const inputTokens = cacheable ? promptTokens : promptTokens + prefixTokens;
        if (fault?.kind === 'throttle')
          return send(
            stream,
            429,
            { message: 'Too many requests, please wait before trying again.' },
            'ThrottlingException',
            fault.retryAfterSeconds,
          );
        if (fault?.kind === 'error')
          return send(stream, fault.status, { message: fault.message ?? fault.type }, fault.type);
        const verifyFault = call.verify ? verifyFailure(options.verify) : undefined;
        if (verifyFault && 'status' in verifyFault)
          return send(stream, verifyFault.status, { message: verifyFault.message }, verifyFault.type);
        let input: unknown = call.verify
          ? (verifyFault?.answer ?? verifyAnswer(prompt, call.files))
          : (options.answer?.(call) ?? markerFindings(call.files));
        let stopReason = 'tool_use';
        if (fault?.kind === 'malformed')
          input = { findings: [{ path: call.files[0]?.path, severity: 'urgent' }] };
        if (fault?.kind === 'foreign-path')
          input = { findings: [{ ...markerFindingsTemplate(), path: 'somewhere/else.py' }] };
        if (fault?.kind === 'max-tokens') stopReason = 'max_tokens';
        input = withEvidence(input, call.files);
        const outputTokens = 60 + JSON.stringify(input).length / 4;
        options.quota?.spend(Math.ceil(outputTokens), reserved);
        state.answered++;
        const content =
          fault?.kind === 'text-json' || !call.toolChoice
            ? [{ text: `Here are the findings:\n\`\`\`json\n${JSON.stringify(input)}\n\`\`\`` }]
            : [{ toolUse: { toolUseId: `tooluse_${n}`, name: toolName(body), input } }];
        send(stream, 200, {
          output: { message: { role: 'assistant', content } },
          stopReason,
          usage: {
            inputTokens,
            outputTokens: Math.ceil(outputTokens),
            totalTokens: inputTokens + cacheRead + cacheWrite + Math.ceil(outputTokens),
            ...(cacheable ? { cacheReadInputTokens: cacheRead, cacheWriteInputTokens: cacheWrite } : {}),
          },
          metrics: { latencyMs: latency ?? 1 },
        });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get answered() {
      return state.answered;
    },
    options,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Drop idle sessions the SDK keeps open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        setTimeout(resolve, 200).unref();
      }),
  };
}

/** The tool the request forces (report_findings for a review, report_verdicts for a verification). */
function toolName(body: Record<string, any>): string {
  return String(body.toolConfig?.tools?.[0]?.toolSpec?.name ?? 'report_findings');
}

function markerFindingsTemplate() {
  return {
    severity: 'high',
    category: 'security',
    title: 'Injected',
    explanation: 'x',
    fix: 'y',
    startLine: 1,
    endLine: 1,
    confidence: 'high',
  };
}

function send(
  stream: http2.ServerHttp2Stream,
  status: number,
  body: object,
  errorType?: string,
  retryAfter?: number,
): void {
  if (stream.destroyed) return;
  const headers: http2.OutgoingHttpHeaders = {
    ':status': status,
    'content-type': 'application/json',
    'x-amzn-requestid': 'standin',
  };
  if (errorType)
    headers['x-amzn-errortype'] = `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/`;
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  stream.respond(headers);
  stream.end(JSON.stringify(body));
}
