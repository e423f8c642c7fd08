import {
  BedrockRuntimeClient,
  ConverseCommand,
  type ContentBlock,
  type ConverseCommandInput,
  type ConverseCommandOutput,
  type SystemContentBlock,
} from '@aws-sdk/client-bedrock-runtime';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { readAwsError } from '../aws-errors.js';
import type { Usage } from '../cost/cost.js';
import { answerJsonSchema, extractJson } from './findings.js';
import { explainFatal } from './bedrock-errors.js';
import { ModelError, type ModelAnswer, type ModelClient, type ModelRequest } from './model-client.js';
import { estimateTokens, TOOL_NAME, userPrompt, type PromptFile } from './prompt.js';
import type { ModelCapabilities } from './capabilities.js';

export interface BedrockOptions {
  modelId: string;
  region: string | undefined;
  endpoint: string | undefined;
  credentials: AwsCredentialIdentityProvider | undefined;
  system: string;
  capabilities: ModelCapabilities;
  /** Per-request timeout; a timed-out call is retried by the scheduler. */
  timeoutMs?: number;
}

/** Amazon Bedrock Converse with a forced tool call for structured findings, and a JSON-in-text fallback. */
export class BedrockModelClient implements ModelClient {
  readonly modelId: string;
  private readonly client: BedrockRuntimeClient;
  private forceTool: boolean;

  constructor(private readonly opts: BedrockOptions) {
    this.modelId = opts.modelId;
    this.forceTool = opts.capabilities.forcedToolUse;
    this.client = new BedrockRuntimeClient({
      region: opts.region,
      endpoint: opts.endpoint,
      credentials: opts.credentials,
      // One attempt: the scheduler retries, so that it sees every throttle (to lower the concurrency, learn the
      // per-minute rate the quota allows and honour Retry-After), counts the retries for the summary, and never
      // multiplies its retries by the SDK's (whose own adaptive retry would hide the quota from it).
      maxAttempts: 1,
      // throwOnRequestTimeout: without it the handler only warns and the call hangs on.
      requestHandler: { requestTimeout: opts.timeoutMs ?? 180_000, throwOnRequestTimeout: true },
    });
  }

  analyze(files: readonly PromptFile[], signal?: AbortSignal): Promise<ModelAnswer> {
    return this.ask(
      {
        system: this.opts.system,
        prompt: userPrompt(files),
        tool: {
          name: TOOL_NAME,
          description: 'Report the security and compliance findings for the files under review.',
          schema: answerJsonSchema(),
          key: 'findings',
        },
      },
      signal,
    );
  }

  /** One Converse call answered through the request's tool (or, for a model that refuses it, JSON in text). */
  async ask(request: ModelRequest, signal?: AbortSignal): Promise<ModelAnswer> {
    let output: ConverseCommandOutput;
    try {
      output = await this.client.send(new ConverseCommand(this.request(request)), { abortSignal: signal });
    } catch (e) {
      const error = classify(e, this.modelId, this.opts.region);
      // Some models refuse a forced tool choice: fall back to asking for JSON in the text.
      if (
        this.forceTool &&
        error.kind === 'request' &&
        /tool_?choice|toolChoice|tool use/i.test(error.message)
      ) {
        this.forceTool = false;
        return this.ask(request, signal);
      }
      throw error;
    }
    return this.answer(output, request.tool);
  }

  private request({ system: instructions, prompt, tool: t }: ModelRequest): ConverseCommandInput {
    const caps = this.opts.capabilities;
    const system: SystemContentBlock[] = [{ text: instructions }];
    const cacheable = caps.promptCaching && estimateTokens(instructions) + 600 >= caps.cacheMinTokens;
    if (cacheable) system.push({ cachePoint: { type: 'default' } });
    const tool = {
      toolSpec: { name: t.name, description: t.description, inputSchema: { json: t.schema as never } },
    };
    const text = this.forceTool
      ? prompt
      : `${prompt}\nAnswer with only a JSON object of the form {"${t.key}": [...]} following the ${t.name} schema.`;
    return {
      modelId: this.modelId,
      system,
      messages: [{ role: 'user', content: [{ text }] }],
      inferenceConfig: { maxTokens: caps.maxOutputTokens, ...(caps.temperature ? { temperature: 0 } : {}) },
      toolConfig: this.forceTool
        ? {
            tools: cacheable ? [tool, { cachePoint: { type: 'default' } }] : [tool],
            toolChoice: { tool: { name: t.name } },
          }
        : undefined,
    };
  }

  private answer(output: ConverseCommandOutput, tool: ModelRequest['tool']): ModelAnswer {
    const usage: Usage = {
      inputTokens: output.usage?.inputTokens ?? 0,
      outputTokens: output.usage?.outputTokens ?? 0,
      cacheReadTokens: output.usage?.cacheReadInputTokens ?? 0,
      cacheWriteTokens: output.usage?.cacheWriteInputTokens ?? 0,
    };
    const stopReason = output.stopReason ?? 'unknown';
    if (stopReason === 'max_tokens')
      throw new ModelError('the answer was cut off at the output token limit', 'request', usage);
    const content: ContentBlock[] = output.output?.message?.content ?? [];
    const toolUse = content.find((c) => c.toolUse?.name === tool.name)?.toolUse;
    if (toolUse) return { answer: toolUse.input, usage, stopReason };
    const text = content.map((c) => c.text ?? '').join('\n');
    try {
      return { answer: extractJson(text, tool.key), usage, stopReason };
    } catch {
      throw new ModelError(
        `the model answered without the ${tool.name} tool or JSON ${tool.key}`,
        'request',
        usage,
      );
    }
  }
}

/** Maps SDK errors to what the scheduler should do. Messages are the service's, without request data. */
function classify(e: unknown, modelId: string, region: string | undefined): ModelError {
  if (e instanceof ModelError) return e;
  const err = readAwsError(e);
  const name = err.name ?? 'Error';
  const status = err.status;
  const message = `${name}: ${err.message ?? 'no message'}`.slice(0, 500);
  const retryAfterMs = err.retryAfterMs;
  const fatal = explainFatal(name, (err.message ?? 'no message').slice(0, 400), modelId, region);
  if (fatal) return new ModelError(fatal.message, 'fatal', undefined, undefined, false, false, fatal.sent);
  if (name === 'AccessDeniedException')
    return new ModelError(
      `${message} (is access to this model enabled in the Bedrock console for this account and region, and may the role call bedrock:InvokeModel on it?)`,
      'fatal',
    );
  if (name === 'UnrecognizedClientException' || name === 'ExpiredTokenException')
    return new ModelError(message, 'fatal');
  if (name === 'ValidationException' || name === 'ModelErrorException' || status === 400 || status === 413)
    return new ModelError(message, 'request');
  if (
    [
      'ThrottlingException',
      'ServiceUnavailableException',
      'ModelTimeoutException',
      'InternalServerException',
      'ModelNotReadyException',
      'TimeoutError',
      'RequestTimeout',
    ].includes(name) ||
    (status !== undefined && (status === 429 || status >= 500)) ||
    /timeout|ECONNRESET|ECONNREFUSED|socket hang up|ERR_HTTP2/i.test(message)
  )
    return new ModelError(
      message,
      'transient',
      undefined,
      retryAfterMs,
      // Only a throttle says the quota is met. A 503 (ServiceUnavailableException) says the service is down or
      // overloaded: it is retried like a 500, within the retry budget, so an outage fails the run in bounded
      // time instead of being waited out as a quota.
      name === 'ThrottlingException' || status === 429,
      name === 'InternalServerException' || name === 'ModelTimeoutException' || status === 500,
    );
  return new ModelError(message, 'transient');
}
