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


/***/ })

};
