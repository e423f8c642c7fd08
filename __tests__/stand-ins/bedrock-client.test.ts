/**
 * BedrockModelClient (src/scanner/bedrock-client.ts) driven through the real @aws-sdk/client-bedrock-runtime
 * against the HTTP/2 Converse stand-in, constructed as bench/bench.ts constructs it: forced tool use, the
 * JSON-in-text fallback for models that refuse a forced tool, max_tokens, the error classes the scheduler acts
 * on, and prompt-caching markers as the capability table says.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { startBedrock, type BedrockStandIn } from './bedrock.js';
import { quotaModel } from './bedrock-quota.js';
import { quotaOf } from '../../src/scanner/adaptive-limit.js';
import { BedrockModelClient } from '../../src/scanner/bedrock-client.js';
import { capabilitiesFor, type ModelCapabilities } from '../../src/scanner/capabilities.js';
import { ModelError } from '../../src/scanner/model-client.js';
import { systemPrompt } from '../../src/scanner/prompt.js';

const SONNET = 'global.anthropic.claude-sonnet-4-5-20250929-v1:0';
const FILE = {
  path: 'src/db.py',
  content: 'def q(c, u):\n    return c.execute("SELECT * FROM t WHERE u=" + u)  # VULN:high:SQL injection\n',
};

interface Findings {
  findings: { path: string; severity: string; startLine: number }[];
}

describe('BedrockModelClient against the Converse stand-in', () => {
  let bedrock: BedrockStandIn;
  beforeAll(async () => {
    bedrock = await startBedrock();
  });
  afterAll(async () => {
    await bedrock.close();
  });
  beforeEach(() => {
    bedrock.options.fault = undefined;
    bedrock.options.answer = undefined;
  });

  const client = (
    modelId = SONNET,
    opts: { system?: string; capabilities?: ModelCapabilities } = {},
  ): BedrockModelClient =>
    new BedrockModelClient({
      modelId,
      region: 'us-east-1',
      endpoint: bedrock.url,
      credentials: () => Promise.resolve({ accessKeyId: 'x', secretAccessKey: 'y' }),
      system: opts.system ?? systemPrompt(['owasp-top-10'], ''),
      capabilities: opts.capabilities ?? capabilitiesFor(modelId),
    });

  /** The rejection of one analyze() call, which must be a ModelError. */
  const failure = async (c: BedrockModelClient): Promise<ModelError> => {
    try {
      await c.analyze([FILE]);
    } catch (e) {
      assert.ok(e instanceof ModelError, `a ModelError, not ${String(e)}`);
      return e;
    }
    assert.fail('analyze() should have failed');
  };

  it('forces the report_findings tool and returns its input with the token usage', async () => {
    const start = bedrock.calls.length;
    const answer = await client().analyze([FILE]);
    assert.equal(bedrock.calls.length - start, 1);
    const call = bedrock.calls.at(-1)!;
    assert.equal(call.modelId, SONNET);
    assert.equal(call.toolChoice, true, 'toolChoice is sent');
    assert.deepEqual((call.body.toolConfig as { toolChoice: unknown }).toolChoice, {
      tool: { name: 'report_findings' },
    });
    assert.deepEqual(
      call.files.map((f) => f.path),
      ['src/db.py'],
    );
    assert.equal(answer.stopReason, 'tool_use');
    const { findings } = answer.answer as Findings;
    assert.deepEqual(
      findings.map((f) => [f.path, f.severity, f.startLine]),
      [['src/db.py', 'high', 2]],
    );
    assert.ok(answer.usage.inputTokens > 0 && answer.usage.outputTokens > 0);
  });

  it('falls back to JSON in the text when the model refuses a forced tool choice, and stays there', async () => {
    bedrock.options.fault = (call) =>
      call.toolChoice
        ? {
            kind: 'error',
            status: 400,
            type: 'ValidationException',
            message:
              "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.",
          }
        : undefined;
    const c = client();
    const start = bedrock.calls.length;
    const answer = await c.analyze([FILE]);
    const calls = bedrock.calls.slice(start);
    assert.deepEqual(
      calls.map((call) => call.toolChoice),
      [true, false],
      'one refused forced call, then one without toolChoice',
    );
    assert.match(
      JSON.stringify(calls[1]!.body.messages),
      /Answer with only a JSON object/,
      'the fallback asks for JSON in the text',
    );
    assert.deepEqual(
      (answer.answer as Findings).findings.map((f) => [f.path, f.startLine]),
      [['src/db.py', 2]],
    );
    // The client remembers: the next file goes straight to the text form.
    await c.analyze([FILE]);
    assert.equal(bedrock.calls.length - start, 3);
    assert.equal(bedrock.calls.at(-1)!.toolChoice, false);
  });

  it('does not fall back on a ValidationException that is not about the tool choice', async () => {
    bedrock.options.fault = () => ({
      kind: 'error',
      status: 400,
      type: 'ValidationException',
      message: 'Input is too long for requested model.',
    });
    const start = bedrock.calls.length;
    const error = await failure(client());
    assert.equal(error.kind, 'request');
    assert.match(error.message, /ValidationException: Input is too long/);
    assert.equal(bedrock.calls.length - start, 1, 'no second attempt');
  });

  it('parses findings the model put in its text (the text-json answer)', async () => {
    bedrock.options.fault = () => ({ kind: 'text-json' });
    const answer = await client().analyze([FILE]);
    assert.equal(bedrock.calls.at(-1)!.toolChoice, true);
    assert.deepEqual(
      (answer.answer as Findings).findings.map((f) => [f.path, f.severity, f.startLine]),
      [['src/db.py', 'high', 2]],
    );
  });

  it('raises a request error, with the usage, when the answer stops at max_tokens', async () => {
    bedrock.options.fault = () => ({ kind: 'max-tokens' });
    const error = await failure(client());
    assert.equal(error.kind, 'request');
    assert.match(error.message, /cut off at the output token limit/);
    assert.ok(error.usage && error.usage.outputTokens > 0, 'the tokens paid for are kept');
  });

  it('classifies AccessDeniedException as fatal with the Bedrock-console hint', async () => {
    bedrock.options.fault = () => ({
      kind: 'error',
      status: 403,
      type: 'AccessDeniedException',
      message: "You don't have access to the model with the specified model ID.",
    });
    const error = await failure(client());
    assert.equal(error.kind, 'fatal');
    assert.match(error.message, /^AccessDeniedException: You don't have access/);
    assert.match(error.message, /enabled in the Bedrock console/);
    assert.match(error.message, /bedrock:InvokeModel/);
  });

  it('classifies ThrottlingException as a transient throttle, honouring Retry-After, in one attempt', async () => {
    bedrock.options.fault = () => ({ kind: 'throttle', retryAfterSeconds: 7 });
    const start = bedrock.calls.length;
    const error = await failure(client());
    assert.equal(error.kind, 'transient');
    assert.equal(error.throttle, true);
    assert.equal(error.retryAfterMs, 7000, 'Retry-After: 7 is 7000 ms');
    assert.equal(bedrock.calls.length - start, 1, 'the SDK does not retry: the scheduler does');

    bedrock.options.fault = () => ({ kind: 'throttle' });
    const plain = await failure(client());
    assert.equal(plain.kind, 'transient');
    assert.equal(plain.throttle, true);
    assert.equal(plain.retryAfterMs, undefined);
  });

  it('classifies an invalid model identifier as fatal and a 500 as transient (not a throttle)', async () => {
    bedrock.options.fault = () => ({
      kind: 'error',
      status: 400,
      type: 'ValidationException',
      message: 'The provided model identifier is invalid.',
    });
    const invalid = await failure(client());
    assert.equal(invalid.kind, 'fatal');
    assert.match(invalid.message, /model identifier is invalid/);

    bedrock.options.fault = () => ({ kind: 'error', status: 500, type: 'InternalServerException' });
    const internal = await failure(client());
    assert.equal(internal.kind, 'transient');
    assert.equal(internal.throttle, false);
  });

  it('sends cachePoint markers for a Claude model with a long enough system prompt, and reads the cache next time', async () => {
    const caps = capabilitiesFor(SONNET);
    assert.equal(caps.promptCaching, true);
    const c = client();
    const first = await c.analyze([FILE]);
    const call = bedrock.calls.at(-1)!;
    assert.equal(call.cachePoints, 2, 'one after the system prompt, one after the tools');
    assert.deepEqual((call.body.system as object[]).at(-1), { cachePoint: { type: 'default' } });
    assert.deepEqual((call.body.toolConfig as { tools: object[] }).tools.at(-1), {
      cachePoint: { type: 'default' },
    });
    const second = await c.analyze([{ path: 'src/other.py', content: 'print(1)\n' }]);
    assert.ok(first.usage.cacheWriteTokens > 0 || first.usage.cacheReadTokens > 0);
    assert.ok(second.usage.cacheReadTokens > 0, 'the second call reads the cached prefix');
    assert.equal(second.usage.cacheWriteTokens, 0);
  });

  it('sends no cachePoint when the system prompt is shorter than the model caches', async () => {
    // Haiku 4.5 caches prefixes of 4096 tokens or more; the default system prompt is shorter.
    const haiku = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
    assert.equal(capabilitiesFor(haiku).cacheMinTokens, 4096);
    await client(haiku).analyze([FILE]);
    assert.equal(bedrock.calls.at(-1)!.cachePoints, 0);
    await client(SONNET, { system: 'Review the files for security issues.' }).analyze([FILE]);
    assert.equal(bedrock.calls.at(-1)!.cachePoints, 0, 'a short system prompt is not worth a cache point');
  });

  it('sends no cachePoint and no forced tool for models the table says cannot (Nova Premier, Claude 3 Haiku)', async () => {
    const premier = 'us.amazon.nova-premier-v1:0';
    const caps = capabilitiesFor(premier);
    assert.equal(caps.promptCaching, false);
    assert.equal(caps.forcedToolUse, false);
    const answer = await client(premier).analyze([FILE]);
    const call = bedrock.calls.at(-1)!;
    assert.equal(call.cachePoints, 0);
    assert.equal(call.toolChoice, false);
    assert.equal(call.body.toolConfig, undefined);
    assert.deepEqual(
      (answer.answer as Findings).findings.map((f) => [f.path, f.startLine]),
      [['src/db.py', 2]],
      'the JSON in the text is parsed',
    );

    // Nova Pro caches (the table says so) but takes no forced tool: the marker follows the system prompt only.
    const pro = 'us.amazon.nova-pro-v1:0';
    assert.equal(capabilitiesFor(pro).promptCaching, true);
    await client(pro).analyze([FILE]);
    assert.equal(bedrock.calls.at(-1)!.cachePoints, 1);
    assert.deepEqual((bedrock.calls.at(-1)!.body.system as object[]).at(-1), {
      cachePoint: { type: 'default' },
    });

    const haiku3 = 'anthropic.claude-3-haiku-20240307-v1:0';
    assert.equal(capabilitiesFor(haiku3).promptCaching, false);
    await client(haiku3).analyze([FILE]);
    assert.equal(bedrock.calls.at(-1)!.cachePoints, 0);
    assert.equal(bedrock.calls.at(-1)!.toolChoice, true);
  });
});

describe('the quota model of the Converse stand-in, through the real SDK', () => {
  it('throttles past the requests or the tokens a minute, naming the quota, and refills over time', async () => {
    let t = 0;
    const quota = quotaModel({ requestsPerMinute: 120, tokensPerMinute: 1_000_000, now: () => t });
    const bedrock = await startBedrock({ quota });
    const c = new BedrockModelClient({
      modelId: SONNET,
      region: 'us-east-1',
      endpoint: bedrock.url,
      credentials: () => Promise.resolve({ accessKeyId: 'x', secretAccessKey: 'y' }),
      system: systemPrompt(['owasp-top-10'], ''),
      capabilities: capabilitiesFor(SONNET),
    });
    try {
      // Two seconds of 120 a minute: a burst of four, then a throttle.
      for (let i = 0; i < 4; i++) await c.analyze([FILE]);
      const e = await c.analyze([FILE]).then(
        () => assert.fail('the fifth request should be throttled'),
        (err: unknown) => err as ModelError,
      );
      assert.equal(e.kind, 'transient');
      assert.equal(e.throttle, true);
      assert.equal(quotaOf(e.message), 'requests');
      t += 500; // one request's worth of refill
      await c.analyze([FILE]);
      assert.equal(quota.admitted, 5);
      assert.equal(quota.throttled, 1);

      const tight = quotaModel({ requestsPerMinute: 1000, tokensPerMinute: 60_000, now: () => t });
      bedrock.options.quota = tight;
      await c.analyze([FILE]); // the burst of 2,000 tokens admits one request larger than itself
      const tokens = await c.analyze([FILE]).then(
        () => assert.fail('the tokens a minute should be spent'),
        (err: unknown) => err as ModelError,
      );
      assert.equal(quotaOf(tokens.message), 'tokens');
      assert.match(tokens.message, /^ThrottlingException: Too many tokens/);
    } finally {
      await bedrock.close();
    }
  });

  it('reserves input plus maxTokens when it admits, and gives back what the answer did not write', () => {
    // 60,000 tokens a minute with a burst of two seconds: 2,000 tokens, and no time passes.
    const q = quotaModel({ requestsPerMinute: 1000, tokensPerMinute: 60_000, now: () => 0 });
    assert.equal(q.admit(500, 1000), undefined); // 1,500 reserved, 500 left
    assert.equal(q.admit(500, 1000), 'tokens'); // its input fits, its reservation does not
    q.spend(100, 1000); // the answer wrote 100 of its 1,000: 900 come back, 1,400 left
    assert.equal(q.admit(500, 800), undefined);
    assert.equal(q.tokens, 500 + 100 + 500, 'what the requests used, not what they reserved');
  });
});
