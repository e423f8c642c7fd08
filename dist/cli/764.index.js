export const id = 764;
export const ids = [764];
export const modules = {

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3CacheObjectReader: () => (/* binding */ S3CacheObjectReader)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6010);
/* harmony import */ var _cache_cache_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5364);




/** Reads the cache objects with s3:ListBucket and s3:GetObject only, through the SDK's default credentials. */
class S3CacheObjectReader {
    opts;
    client;
    constructor(opts) {
        this.opts = opts;
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .S3Client */ .YxF({
            region: opts.region ?? 'us-east-1',
            ...(opts.endpoint ? { endpoint: opts.endpoint, forcePathStyle: true } : {}),
            followRegionRedirects: true,
            maxAttempts: 3,
            requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, throwOnRequestTimeout: true },
        });
    }
    describe(key) {
        return `s3://${this.opts.bucket}/${key}`;
    }
    async *list() {
        try {
            const pages = (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .paginateListObjectsV2 */ .OqA)({ client: this.client }, { Bucket: this.opts.bucket, Prefix: this.opts.prefix || undefined });
            for await (const page of pages)
                for (const object of page.Contents ?? [])
                    if (object.Key)
                        yield object.Key;
        }
        catch (e) {
            throw new Error(explain(e, `listing s3://${this.opts.bucket}/${this.opts.prefix}`, 's3:ListBucket', this.opts.bucket), {
                cause: e,
            });
        }
    }
    async read(key) {
        let bytes;
        try {
            const out = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .GetObjectCommand */ .jLs({ Bucket: this.opts.bucket, Key: key }));
            bytes = await (0,_cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readLimited */ .tk)(out.Body, out.ContentLength, _cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_OBJECT_BYTES */ .lu);
        }
        catch (e) {
            return { ok: false, reason: explain(e, 'reading it', 's3:GetObject', this.opts.bucket) };
        }
        if (bytes === 'too-large')
            return { ok: false, reason: `larger than ${_cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_OBJECT_BYTES */ .lu / 1024 / 1024} MiB` };
        let text;
        try {
            text = ((0,_cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .isGzip */ .bf)(bytes) ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes, { maxOutputLength: 4 * _cache_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_OBJECT_BYTES */ .lu }) : bytes).toString('utf8');
        }
        catch (e) {
            return { ok: false, reason: `not valid gzip (${errorText(e)})` };
        }
        const parsed = (0,_cache_cache_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text);
        return parsed.ok ? { ok: true, doc: parsed.doc } : { ok: false, reason: parsed.reason };
    }
}
/** One sentence naming what failed and, for a refusal, the permission to grant. */
function explain(e, what, permission, bucket) {
    const err = e;
    const status = err.$metadata?.httpStatusCode;
    const code = err.Code ?? err.name ?? err.code ?? 'Error';
    const detail = `${status ? `${status} ` : ''}${code}`;
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(errorText(e)))
        return `no AWS credentials for ${what}: configure AWS credentials (a profile, AWS_ACCESS_KEY_ID, or a role)`;
    if (status === 403 || code === 'AccessDenied')
        return `S3 denied ${what} (${detail}): the credentials need ${permission}`;
    if (code === 'NoSuchBucket')
        return `the bucket ${bucket} does not exist (${detail}): check --bucket, and --region for a bucket elsewhere`;
    return `S3 failed ${what} (${detail}: ${errorText(e).replace(/\s+/g, ' ').slice(0, 160)})`;
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ })

};
