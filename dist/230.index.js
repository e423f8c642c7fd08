export const id = 230;
export const ids = [230];
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

/***/ 6230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudWatchSink: () => (/* binding */ cloudWatchSink)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4085);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5148);


/**
 * PutMetricData through the SDK (AWS_ENDPOINT_URL_CLOUDWATCH reaches another endpoint). Short timeouts and two
 * attempts: metrics are worth a few seconds at the end of a run, not a hung job.
 */
function cloudWatchSink(region, credentials) {
    const client = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__/* .CloudWatchClient */ .WBn({
        region: region ?? 'us-east-1',
        credentials,
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
    });
    return {
        async put(namespace, data) {
            try {
                await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__/* .PutMetricDataCommand */ .zmv({ Namespace: namespace, MetricData: data }));
            }
            catch (e) {
                throw new Error(explain(e, namespace), { cause: e });
            }
            finally {
                client.destroy();
            }
        },
    };
}
function explain(e, namespace) {
    const err = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .readAwsError */ .S)(e);
    const status = err.status;
    const code = err.code && /^E[A-Z]+$/.test(err.code) ? err.code : (err.name ?? 'Error');
    const what = `${status ? `${status} ` : ''}${code}`;
    const message = (err.message ?? String(e)).replace(/\s+/g, ' ').slice(0, 160);
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
        return `no AWS credentials for CloudWatch: set role-to-assume or configure AWS credentials`;
    if (status === 403 || /AccessDenied|NotAuthorized/.test(code))
        return `CloudWatch denied PutMetricData in ${namespace} (${what}): allow cloudwatch:PutMetricData with the condition cloudwatch:namespace = ${namespace}`;
    return `CloudWatch failed PutMetricData in ${namespace} (${what}: ${message})`;
}


/***/ })

};
