export const id = 273;
export const ids = [273];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readAwsError)
/* harmony export */ });
function readAwsError(e) {
    const err = typeof e === 'object' && e !== null ? e : {};
    const retryAfter = Number(err.$response?.headers?.['retry-after']);
    const status = err.$metadata?.httpStatusCode;
    return {
        name: text(err.name),
        serviceCode: text(err.Code),
        code: text(err.code),
        status: typeof status === 'number' ? status : undefined,
        message: text(err.message),
        retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    };
}
const text = (v) => (typeof v === 'string' ? v : undefined);


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BedrockModelClient: () => (/* binding */ BedrockModelClient)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-runtime/dist-cjs/index.js
var dist_cjs = __webpack_require__(7462);
// EXTERNAL MODULE: ./src/aws-errors.ts
var aws_errors = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/scanner/findings.ts
var findings = __webpack_require__(358);
;// CONCATENATED MODULE: ./src/scanner/bedrock-errors.ts
function explainFatal(name, serviceMessage, modelId, region) {
    // The service's own words come last and short: what to fix must survive any clipping of the message.
    const said = `${name}: ${serviceMessage.length > 160 ? `${serviceMessage.slice(0, 159)}…` : serviceMessage}`;
    const where = region ?? 'this region';
    if (name === 'CredentialsProviderError' || /could not load credentials/i.test(serviceMessage))
        return {
            sent: false,
            message: 'No AWS credentials were found to call Bedrock: in GitHub Actions set role-to-assume (the job needs ' +
                '`permissions: id-token: write`); elsewhere set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ' +
                `or sign in with \`aws sso login\` (docs/aws-setup.md) (${said})`,
        };
    if (/on-demand throughput|inference profile/i.test(serviceMessage))
        return {
            sent: true,
            message: `model-id ${modelId} cannot be called directly in ${where}: use an inference profile id, the model id ` +
                `with a geography prefix, such as ${profileIds(modelId, region).join(' or ')} ` +
                `(\`aws bedrock list-inference-profiles --region ${where}\` lists them) (${said})`,
        };
    if (name === 'ResourceNotFoundException' || /model identifier is invalid/i.test(serviceMessage))
        return {
            sent: true,
            message: `Bedrock does not know model-id ${modelId} in ${where}: set model-id to a model or inference profile id ` +
                `offered in ${where} (\`aws bedrock list-inference-profiles --region ${where}\`), or aws-region to a ` +
                `region that offers it (${said})`,
        };
    return undefined;
}
/** Geography prefixes of Bedrock's cross-region inference profiles, by the region's first part. */
const GEOGRAPHY = { us: 'us', ca: 'us', eu: 'eu', ap: 'apac', sa: 'us' };
/** The inference profile ids to suggest for a model id: its geography's, and the global one. */
function profileIds(modelId, region) {
    const base = modelId.replace(/^(us|eu|apac|us-gov|jp|au|global)\./, '');
    const geography = GEOGRAPHY[(region ?? '').split('-')[0] ?? ''];
    return [...new Set([...(geography ? [`${geography}.${base}`] : []), `global.${base}`])];
}

// EXTERNAL MODULE: ./src/scanner/model-client.ts
var model_client = __webpack_require__(807);
// EXTERNAL MODULE: ./src/scanner/prompt.ts
var scanner_prompt = __webpack_require__(1298);
;// CONCATENATED MODULE: ./src/scanner/bedrock-client.ts






/** Amazon Bedrock Converse with a forced tool call for structured findings, and a JSON-in-text fallback. */
class BedrockModelClient {
    opts;
    modelId;
    client;
    forceTool;
    constructor(opts) {
        this.opts = opts;
        this.modelId = opts.modelId;
        this.forceTool = opts.capabilities.forcedToolUse;
        this.client = new dist_cjs/* BedrockRuntimeClient */.mam({
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
    analyze(files, signal) {
        return this.ask({
            system: this.opts.system,
            prompt: (0,scanner_prompt/* userPrompt */.i8)(files),
            tool: {
                name: scanner_prompt/* TOOL_NAME */.lH,
                description: 'Report the security and compliance findings for the files under review.',
                schema: (0,findings/* answerJsonSchema */.Aq)(),
                key: 'findings',
            },
        }, signal);
    }
    /** One Converse call answered through the request's tool (or, for a model that refuses it, JSON in text). */
    async ask(request, signal) {
        let output;
        try {
            output = await this.client.send(new dist_cjs/* ConverseCommand */.Ruf(this.request(request)), { abortSignal: signal });
        }
        catch (e) {
            const error = classify(e, this.modelId, this.opts.region);
            // Some models refuse a forced tool choice: fall back to asking for JSON in the text.
            if (this.forceTool &&
                error.kind === 'request' &&
                /tool_?choice|toolChoice|tool use/i.test(error.message)) {
                this.forceTool = false;
                return this.ask(request, signal);
            }
            throw error;
        }
        return this.answer(output, request.tool);
    }
    request({ system: instructions, prompt, tool: t }) {
        const caps = this.opts.capabilities;
        const system = [{ text: instructions }];
        const cacheable = caps.promptCaching && (0,scanner_prompt/* estimateTokens */.bP)(instructions) + 600 >= caps.cacheMinTokens;
        if (cacheable)
            system.push({ cachePoint: { type: 'default' } });
        const tool = {
            toolSpec: { name: t.name, description: t.description, inputSchema: { json: t.schema } },
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
    answer(output, tool) {
        const usage = {
            inputTokens: output.usage?.inputTokens ?? 0,
            outputTokens: output.usage?.outputTokens ?? 0,
            cacheReadTokens: output.usage?.cacheReadInputTokens ?? 0,
            cacheWriteTokens: output.usage?.cacheWriteInputTokens ?? 0,
        };
        const stopReason = output.stopReason ?? 'unknown';
        if (stopReason === 'max_tokens')
            throw new model_client/* ModelError */.m('the answer was cut off at the output token limit', 'request', usage);
        const content = output.output?.message?.content ?? [];
        const toolUse = content.find((c) => c.toolUse?.name === tool.name)?.toolUse;
        if (toolUse)
            return { answer: toolUse.input, usage, stopReason };
        const text = content.map((c) => c.text ?? '').join('\n');
        try {
            return { answer: (0,findings/* extractJson */.eg)(text, tool.key), usage, stopReason };
        }
        catch {
            throw new model_client/* ModelError */.m(`the model answered without the ${tool.name} tool or JSON ${tool.key}`, 'request', usage);
        }
    }
}
/** Maps SDK errors to what the scheduler should do. Messages are the service's, without request data. */
function classify(e, modelId, region) {
    if (e instanceof model_client/* ModelError */.m)
        return e;
    const err = (0,aws_errors/* readAwsError */.S)(e);
    const name = err.name ?? 'Error';
    const status = err.status;
    const message = `${name}: ${err.message ?? 'no message'}`.slice(0, 500);
    const retryAfterMs = err.retryAfterMs;
    const fatal = explainFatal(name, (err.message ?? 'no message').slice(0, 400), modelId, region);
    if (fatal)
        return new model_client/* ModelError */.m(fatal.message, 'fatal', undefined, undefined, false, false, fatal.sent);
    if (name === 'AccessDeniedException')
        return new model_client/* ModelError */.m(`${message} (is access to this model enabled in the Bedrock console for this account and region, and may the role call bedrock:InvokeModel on it?)`, 'fatal');
    if (name === 'UnrecognizedClientException' || name === 'ExpiredTokenException')
        return new model_client/* ModelError */.m(message, 'fatal');
    if (name === 'ValidationException' || name === 'ModelErrorException' || status === 400 || status === 413)
        return new model_client/* ModelError */.m(message, 'request');
    if ([
        'ThrottlingException',
        'ServiceUnavailableException',
        'ModelTimeoutException',
        'InternalServerException',
        'ModelNotReadyException',
        'TimeoutError',
        'RequestTimeout',
    ].includes(name) ||
        (status !== undefined && (status === 429 || status >= 500)) ||
        /timeout|ECONNRESET|ECONNREFUSED|socket hang up|ERR_HTTP2/i.test(message))
        return new model_client/* ModelError */.m(message, 'transient', undefined, retryAfterMs, 
        // Only a throttle says the quota is met. A 503 (ServiceUnavailableException) says the service is down or
        // overloaded: it is retried like a 500, within the retry budget, so an outage fails the run in bounded
        // time instead of being waited out as a quota.
        name === 'ThrottlingException' || status === 429, name === 'InternalServerException' || name === 'ModelTimeoutException' || status === 500);
    return new model_client/* ModelError */.m(message, 'transient');
}


/***/ })

};
