export const id = 766;
export const ids = [766];
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

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BedrockModelClient: () => (/* binding */ BedrockModelClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock_runtime__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7462);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5148);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(358);
/* harmony import */ var _model_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(807);
/* harmony import */ var _prompt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1298);





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
        this.client = new _aws_sdk_client_bedrock_runtime__WEBPACK_IMPORTED_MODULE_3__/* .BedrockRuntimeClient */ .mam({
            region: opts.region,
            endpoint: opts.endpoint,
            credentials: opts.credentials,
            // One attempt: the scheduler retries, so that it sees every throttle (to lower the concurrency and
            // honour Retry-After), counts the retries for the summary, and never multiplies its retries by the SDK's.
            maxAttempts: 1,
            // throwOnRequestTimeout: without it the handler only warns and the call hangs on.
            requestHandler: { requestTimeout: opts.timeoutMs ?? 180_000, throwOnRequestTimeout: true },
        });
    }
    async analyze(files, signal) {
        let output;
        try {
            output = await this.client.send(new _aws_sdk_client_bedrock_runtime__WEBPACK_IMPORTED_MODULE_3__/* .ConverseCommand */ .Ruf(this.request(files)), { abortSignal: signal });
        }
        catch (e) {
            const error = classify(e);
            // Some models refuse a forced tool choice: fall back to asking for JSON in the text.
            if (this.forceTool &&
                error.kind === 'request' &&
                /tool_?choice|toolChoice|tool use/i.test(error.message)) {
                this.forceTool = false;
                return this.analyze(files, signal);
            }
            throw error;
        }
        return this.answer(output);
    }
    request(files) {
        const caps = this.opts.capabilities;
        const system = [{ text: this.opts.system }];
        const cacheable = caps.promptCaching && (0,_prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .estimateTokens */ .bP)(this.opts.system) + 600 >= caps.cacheMinTokens;
        if (cacheable)
            system.push({ cachePoint: { type: 'default' } });
        const tool = {
            toolSpec: {
                name: _prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH,
                description: 'Report the security and compliance findings for the files under review.',
                inputSchema: { json: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .answerJsonSchema */ .Aq)() },
            },
        };
        const prompt = this.forceTool
            ? (0,_prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .userPrompt */ .i8)(files)
            : `${(0,_prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .userPrompt */ .i8)(files)}\nAnswer with only a JSON object of the form {"findings": [...]} following the report_findings schema.`;
        return {
            modelId: this.modelId,
            system,
            messages: [{ role: 'user', content: [{ text: prompt }] }],
            inferenceConfig: { maxTokens: caps.maxOutputTokens, ...(caps.temperature ? { temperature: 0 } : {}) },
            toolConfig: this.forceTool
                ? {
                    tools: cacheable ? [tool, { cachePoint: { type: 'default' } }] : [tool],
                    toolChoice: { tool: { name: _prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH } },
                }
                : undefined,
        };
    }
    answer(output) {
        const usage = {
            inputTokens: output.usage?.inputTokens ?? 0,
            outputTokens: output.usage?.outputTokens ?? 0,
            cacheReadTokens: output.usage?.cacheReadInputTokens ?? 0,
            cacheWriteTokens: output.usage?.cacheWriteInputTokens ?? 0,
        };
        const stopReason = output.stopReason ?? 'unknown';
        if (stopReason === 'max_tokens')
            throw new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m('the answer was cut off at the output token limit', 'request', usage);
        const content = output.output?.message?.content ?? [];
        const toolUse = content.find((c) => c.toolUse?.name === _prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH)?.toolUse;
        if (toolUse)
            return { answer: toolUse.input, usage, stopReason };
        const text = content.map((c) => c.text ?? '').join('\n');
        try {
            return { answer: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .extractJson */ .eg)(text), usage, stopReason };
        }
        catch {
            throw new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m('the model answered without the report_findings tool or JSON findings', 'request', usage);
        }
    }
}
/** Maps SDK errors to what the scheduler should do. Messages are the service's, without request data. */
function classify(e) {
    if (e instanceof _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m)
        return e;
    const err = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .readAwsError */ .S)(e);
    const name = err.name ?? 'Error';
    const status = err.status;
    const message = `${name}: ${err.message ?? 'no message'}`.slice(0, 500);
    const retryAfterMs = err.retryAfterMs;
    if (name === 'AccessDeniedException')
        return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(`${message} (is access to this model enabled in the Bedrock console for this account and region, and may the role call bedrock:InvokeModel on it?)`, 'fatal');
    if (name === 'ResourceNotFoundException' ||
        name === 'UnrecognizedClientException' ||
        name === 'ExpiredTokenException' ||
        name === 'CredentialsProviderError')
        return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(message, 'fatal');
    if (name === 'ValidationException' &&
        /model identifier|on-demand throughput|inference profile/i.test(message))
        return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(message, 'fatal');
    if (name === 'ValidationException' || name === 'ModelErrorException' || status === 400 || status === 413)
        return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(message, 'request');
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
        return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(message, 'transient', undefined, retryAfterMs, name === 'ThrottlingException' ||
            name === 'ServiceUnavailableException' ||
            status === 429 ||
            status === 503, name === 'InternalServerException' || name === 'ModelTimeoutException' || status === 500);
    return new _model_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelError */ .m(message, 'transient');
}


/***/ })

};
