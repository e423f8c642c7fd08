export const id = 132;
export const ids = [132];
export const modules = {

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   modelClient: () => (/* binding */ modelClient)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1254);
/* harmony import */ var _prompt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1298);
/* harmony import */ var _model_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(807);




/** The Bedrock client for a config; the region is required unless this is a dry run. */
function modelClient(config, credentials) {
    if (config.dryRun)
        return undefined;
    if (!config.awsRegion)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j("Input 'aws-region' is empty: set it (for example aws-region: us-east-1) or the AWS_REGION variable, or use dry-run.");
    const region = config.awsRegion;
    // Built on the first call: a run whose files are all cached never loads the Bedrock SDK.
    return (0,_model_client_js__WEBPACK_IMPORTED_MODULE_3__/* .lazyModelClient */ .n)(config.modelId, async () => {
        const { BedrockModelClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(462), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 1273));
        return new BedrockModelClient({
            modelId: config.modelId,
            region,
            endpoint: config.bedrockEndpoint,
            credentials,
            system: (0,_prompt_js__WEBPACK_IMPORTED_MODULE_2__/* .systemPrompt */ .Ao)(config.complianceFrameworks, config.instructions),
            capabilities: (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilitiesFor */ .Q)(config.modelId),
        });
    });
}


/***/ }),

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ capabilitiesFor)
/* harmony export */ });
const CLAUDE = {
    forcedToolUse: true,
    temperature: true,
    promptCaching: true,
    cacheMinTokens: 1024,
    maxOutputTokens: 8192,
    contextTokens: 200_000,
};
const NOVA = {
    forcedToolUse: false,
    temperature: true,
    promptCaching: true,
    cacheMinTokens: 1000,
    maxOutputTokens: 5000,
    contextTokens: 300_000,
};
const TABLE = [
    // Opus 4.5 and Haiku 4.5 need longer prefixes before Bedrock caches them.
    [/claude-(opus-4-5|haiku-4-5)/, { ...CLAUDE, cacheMinTokens: 4096 }],
    [/claude-3-5-haiku/, { ...CLAUDE, cacheMinTokens: 2048 }],
    [/claude-3-haiku/, { ...CLAUDE, promptCaching: false, maxOutputTokens: 4096 }],
    [/anthropic\.claude/, CLAUDE],
    [/amazon\.nova-micro/, { ...NOVA, contextTokens: 128_000 }],
    [/amazon\.nova-(lite|pro)/, NOVA],
    [
        /amazon\.nova/,
        {
            forcedToolUse: false,
            temperature: true,
            promptCaching: false,
            cacheMinTokens: 1000,
            maxOutputTokens: 5000,
            contextTokens: 300_000,
        },
    ],
];
/**
 * Unknown models get the safe defaults: ask for JSON in text (the client falls back anyway), no caching, and a
 * small context (large files go in more chunks; a request still too long is split further).
 */
const UNKNOWN = {
    forcedToolUse: true,
    temperature: true,
    promptCaching: false,
    cacheMinTokens: 1024,
    maxOutputTokens: 4096,
    contextTokens: 32_000,
};
function capabilitiesFor(modelId) {
    return TABLE.find(([re]) => re.test(modelId))?.[1] ?? UNKNOWN;
}


/***/ }),

/***/ 807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ModelError),
/* harmony export */   n: () => (/* binding */ lazyModelClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A client built on first use, once: the SDK behind it is loaded only by a run that calls the model. */
function lazyModelClient(modelId, build) {
    let client;
    // A client that cannot be built (its SDK failed to load) can make no call: fatal, so the scan stops cleanly.
    const built = () => build().catch((e) => {
        throw new ModelError(`the model client could not be built: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(e)}`, 'fatal', undefined, undefined, false, false, false);
    });
    return {
        modelId,
        analyze: async (files, signal) => (await (client ??= built())).analyze(files, signal),
        ask: async (request, signal) => {
            const c = await (client ??= built());
            if (!c.ask)
                throw new ModelError('this model client cannot verify findings', 'fatal');
            return c.ask(request, signal);
        },
    };
}
class ModelError extends Error {
    kind;
    usage;
    retryAfterMs;
    throttle;
    splittable;
    sent;
    name = 'ModelError';
    constructor(message, kind, usage, retryAfterMs, 
    /** A transient error that is the service shedding load (429, 503): lower the concurrency. */
    throttle = false, 
    /**
     * A server error or model timeout that may be the request's content's doing: a packed request that keeps
     * meeting it is split. Connection errors and load shedding say nothing about the content and never split.
     */
    splittable = false, 
    /** False when the request never left this machine (no credentials to sign it): no model call was made. */
    sent = true) {
        super(message);
        this.kind = kind;
        this.usage = usage;
        this.retryAfterMs = retryAfterMs;
        this.throttle = throttle;
        this.splittable = splittable;
        this.sent = sent;
    }
}


/***/ })

};
