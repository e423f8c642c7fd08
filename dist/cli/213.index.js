export const id = 213;
export const ids = [213,10];
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

/***/ 8213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsBatchBackend: () => (/* binding */ awsBatchBackend)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3701);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5148);
/* harmony import */ var _cache_s3_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6010);




/** A job's output is read whole; one larger than this is refused (Bedrock's input files are at most 1 GB). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
/** The job's files in the cache bucket, under the repository's folder; the jobs through Bedrock's control plane. */
/** The job's files in the cache bucket, under the repository's folder; the jobs through Bedrock's control plane. */
function awsBatchBackend(opts) {
    return new AwsBatchBackend(opts);
}
class AwsBatchBackend {
    opts;
    storage;
    bedrock;
    s3;
    constructor(opts) {
        this.opts = opts;
        const { config, s3, credentials, env } = opts;
        this.s3 = s3;
        const custom = Boolean(s3.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
        this.storage = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .S3Client */ .YxF({
            region: config.awsRegion ?? 'us-east-1',
            credentials,
            ...(s3.endpoint ? { endpoint: s3.endpoint, forcePathStyle: true } : {}),
            ...(custom
                ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
                : {}),
            followRegionRedirects: true,
        });
        this.bedrock = new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_2__/* .BedrockClient */ .eDv({ region: config.awsRegion, credentials });
    }
    folder(name) {
        return `${this.s3.prefix}${this.opts.repository.owner}/${this.opts.repository.repo}/batch/${name}/`;
    }
    uri(key) {
        return `s3://${this.s3.bucket}/${key}`;
    }
    async createJob(name, timeoutHours, jsonl) {
        const { s3 } = this;
        const input = `${this.folder(name)}input.jsonl`;
        const kms = s3.sse === 'aws:kms' && s3.kmsKeyId ? s3.kmsKeyId : undefined;
        await guard(this.storage.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .PutObjectCommand */ .wKZ({
            Bucket: s3.bucket,
            Key: input,
            Body: jsonl,
            ContentType: 'application/jsonl',
            ServerSideEncryption: s3.sse,
            ...(kms ? { SSEKMSKeyId: kms } : {}),
        })));
        const out = await guard(this.bedrock.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_2__/* .CreateModelInvocationJobCommand */ .Edi({
            jobName: name,
            roleArn: this.opts.roleArn,
            clientRequestToken: name,
            modelId: this.opts.config.modelId,
            inputDataConfig: { s3InputDataConfig: { s3Uri: this.uri(input), s3InputFormat: 'JSONL' } },
            outputDataConfig: {
                s3OutputDataConfig: {
                    s3Uri: this.uri(`${this.folder(name)}output/`),
                    ...(kms ? { s3EncryptionKeyId: kms } : {}),
                },
            },
            timeoutDurationInHours: timeoutHours,
        })));
        if (!out.jobArn)
            throw new Error('Bedrock created the job but returned no job ARN');
        return out.jobArn;
    }
    async getJob(jobArn) {
        const out = await guard(this.bedrock.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_2__/* .GetModelInvocationJobCommand */ .iP0({ jobIdentifier: jobArn })));
        return { status: out.status ?? 'unknown', ...(out.message ? { message: out.message } : {}) };
    }
    async readOutputs(name) {
        const keys = await this.outputKeys(`${this.folder(name)}output/`);
        const texts = [];
        for (const Key of keys) {
            const got = await guard(this.storage.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .GetObjectCommand */ .jLs({ Bucket: this.s3.bucket, Key })));
            const bytes = await (0,_cache_s3_store_js__WEBPACK_IMPORTED_MODULE_0__.readLimited)(got.Body, got.ContentLength, MAX_OUTPUT_BYTES);
            if (bytes === 'too-large')
                throw new Error(`${this.uri(Key)} is larger than ${MAX_OUTPUT_BYTES} bytes`);
            texts.push(bytes.toString('utf8'));
        }
        return texts;
    }
    /** Bedrock writes under a folder of its own (the job id) inside the output prefix: listed, not guessed. */
    async outputKeys(prefix) {
        const keys = [];
        let token;
        do {
            const page = await guard(this.storage.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .ListObjectsV2Command */ .u6x({ Bucket: this.s3.bucket, Prefix: prefix, ContinuationToken: token })));
            for (const o of page.Contents ?? [])
                if (o.Key?.endsWith('.jsonl.out'))
                    keys.push(o.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        if (keys.length === 0)
            throw new Error(`no output file under ${this.uri(prefix)}`);
        return keys;
    }
}
/** An SDK call whose error reads as batchErrorText words it. */
function guard(call) {
    return call.catch((e) => {
        throw new Error(batchErrorText(e), { cause: e });
    });
}
/** A control-plane or S3 error as one line a user can act on. */
function batchErrorText(e) {
    const err = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .readAwsError */ .S)(e);
    const what = `${err.name ?? 'Error'}: ${err.message ?? 'no message'}`;
    if (err.name === 'AccessDeniedException' || err.status === 403)
        return `${what} (may the role call bedrock:CreateModelInvocationJob and bedrock:GetModelInvocationJob, and iam:PassRole on batch-role-arn? scripts/setup-s3-cache.sh grants them)`;
    return what;
}


/***/ }),

/***/ 6010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_OBJECT_BYTES: () => (/* binding */ MAX_OBJECT_BYTES),
/* harmony export */   S3Store: () => (/* binding */ S3Store),
/* harmony export */   isGzip: () => (/* binding */ isGzip),
/* harmony export */   readLimited: () => (/* binding */ readLimited),
/* harmony export */   s3StoreBuilder: () => (/* binding */ s3StoreBuilder)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(920);
/* harmony import */ var _cache_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5125);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8992);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5148);







/** A cache object larger than this is not read (it is treated as corrupt and replaced). */
const MAX_OBJECT_BYTES = 64 * 1024 * 1024;
/**
 * The S3 builder for openCache (undefined without a bucket). `unavailable` says why no credentials can serve
 * this run (a fork's pull request), so S3 is skipped with that reason and the next backend serves.
 */
function s3StoreBuilder(config, ctx, credentials, unavailable, env = process.env) {
    const s3 = config.s3;
    if (!s3)
        return undefined;
    return () => {
        if (unavailable)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o2(unavailable);
        if (!ctx.repository)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o2(`the repository's owner and name are unknown, so s3://${s3.bucket}/${s3.prefix}<owner>/<repo>/ cannot be named (set GITHUB_REPOSITORY or run in GitHub Actions, GitLab CI or Jenkins)`);
        return new S3Store({ s3, region: config.awsRegion, credentials, repository: ctx.repository, env });
    };
}
/**
 * One gzip JSON object per logical key, `<prefix><owner>/<repo>/scan-cache.json.gz` and
 * `<prefix><owner>/<repo>/pr/<n>.json.gz`, written conditionally on the ETag read so concurrent runs merge.
 */
class S3Store {
    backend = 's3';
    client;
    s3;
    folder;
    constructor(opts) {
        const env = opts.env ?? process.env;
        this.s3 = opts.s3;
        this.folder = `${opts.s3.prefix}${opts.repository.owner}/${opts.repository.repo}/`;
        // A third-party S3 (or a proxy) should store exactly the bytes sent: no aws-chunked trailers, no
        // checksums it may not know. AWS itself keeps the SDK's defaults.
        const custom = Boolean(opts.s3.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .S3Client */ .YxF({
            region: opts.region ?? 'us-east-1',
            credentials: opts.credentials,
            ...(opts.s3.endpoint ? { endpoint: opts.s3.endpoint, forcePathStyle: true } : {}),
            ...(custom
                ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
                : {}),
            followRegionRedirects: true,
            maxAttempts: opts.maxAttempts ?? 3,
            requestHandler: {
                connectionTimeout: opts.connectionTimeoutMs ?? 5_000,
                requestTimeout: opts.requestTimeoutMs ?? 10_000,
                // Without this the handler only logs a warning when the timeout passes and keeps waiting.
                throwOnRequestTimeout: true,
            },
        });
    }
    key(key) {
        return `${this.folder}${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .objectName */ .Hd)(key)}.json.gz`;
    }
    describe(key) {
        return `s3://${this.s3.bucket}/${this.key(key)}`;
    }
    async read(key) {
        const Key = this.key(key);
        let etag;
        let bytes;
        try {
            const out = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .GetObjectCommand */ .jLs({ Bucket: this.s3.bucket, Key }));
            etag = out.ETag;
            bytes = await readLimited(out.Body, out.ContentLength, MAX_OBJECT_BYTES);
        }
        catch (e) {
            const error = s3Error(e);
            if (error.code === 'NoSuchKey' || (error.status === 404 && error.code !== 'NoSuchBucket'))
                return { status: 'missing' };
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o2(this.explain(e, 'read', Key), { cause: e });
        }
        if (bytes === 'too-large')
            return {
                status: 'corrupt',
                reason: `larger than ${MAX_OBJECT_BYTES / 1024 / 1024} MiB`,
                version: etag,
            };
        let text;
        try {
            // Gzip as written; a proxy that already decoded Content-Encoding: gzip hands over the JSON itself.
            text = (isGzip(bytes) ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes, { maxOutputLength: 4 * MAX_OBJECT_BYTES }) : bytes).toString('utf8');
        }
        catch (e) {
            return { status: 'corrupt', reason: `not valid gzip (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(e)})`, version: etag };
        }
        const parsed = (0,_cache_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
        return parsed.ok
            ? { status: 'found', doc: parsed.doc, version: etag }
            : { status: 'corrupt', reason: parsed.reason, version: etag, newer: parsed.newer };
    }
    async write(key, doc, version) {
        const Key = this.key(key);
        const input = {
            Bucket: this.s3.bucket,
            Key,
            // Level 1: the document is hex keys and repeated field names, which the fastest level packs as well.
            Body: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)((0,_cache_document_js__WEBPACK_IMPORTED_MODULE_1__/* .serialize */ .lK)(doc), { level: 1 }),
            ContentType: 'application/json',
            ContentEncoding: 'gzip',
            ServerSideEncryption: this.s3.sse,
            ...(this.s3.sse === 'aws:kms' && this.s3.kmsKeyId ? { SSEKMSKeyId: this.s3.kmsKeyId } : {}),
            // Only if nobody wrote since our read; only if still absent when we read nothing.
            ...(version ? { IfMatch: version } : { IfNoneMatch: '*' }),
        };
        try {
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ(input));
            return { status: 'written' };
        }
        catch (e) {
            const { code, status } = s3Error(e);
            // 412: someone wrote first; 409: a concurrent conditional write is in progress; 404 with If-Match: the
            // object was deleted since we read it. Each time: re-read, merge, try again.
            if (status === 412 ||
                status === 409 ||
                code === 'PreconditionFailed' ||
                code === 'ConditionalRequestConflict')
                return { status: 'conflict' };
            if (version && (code === 'NoSuchKey' || (status === 404 && code !== 'NoSuchBucket')))
                return { status: 'conflict' };
            throw new Error(this.explain(e, 'write', Key), { cause: e });
        }
    }
    /** One short sentence a user can act on. */
    explain(e, op, key) {
        const { code, status, message } = s3Error(e);
        const where = `s3://${this.s3.bucket}/${key}`;
        const what = status ? `${status} ${code}` : code;
        const verb = op === 'read' ? 'reading' : 'writing';
        if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message))
            return `no AWS credentials for ${where}: set role-to-assume (with permissions: id-token: write) or configure AWS credentials`;
        if (status === 403 ||
            code === 'AccessDenied' ||
            code === 'InvalidAccessKeyId' ||
            code === 'SignatureDoesNotMatch' ||
            code === 'ExpiredToken') {
            const permission = op === 'read'
                ? "the role's s3:GetObject permission"
                : `the role's s3:PutObject permission on this key${this.s3.sse === 'aws:kms' ? ' and kms:GenerateDataKey on the key' : ''}`;
            return `S3 denied ${verb} ${where} (${what}): check ${permission}`;
        }
        if (code === 'NoSuchBucket')
            return `the bucket ${this.s3.bucket} does not exist (${what}): create it (scripts/setup-s3-cache.sh) or fix s3-bucket`;
        if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed')
            return `the bucket ${this.s3.bucket} is in another region (${what}): set aws-region to the bucket's region`;
        if (code === 'TimeoutError' || /timed? ?out/i.test(message))
            return `S3 did not answer in time when ${verb} ${where} (${what})`;
        if (code === 'SlowDown' || status === 503 || /throttl/i.test(code))
            return `S3 is throttling requests for ${where} (${what})`;
        if (status !== undefined && status >= 500)
            return `S3 failed ${verb} ${where} (${what}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(message), 160)})`;
        if (/^E[A-Z]+$/.test(code) || /socket|ECONN|ENOTFOUND|EAI_AGAIN/i.test(message))
            return `S3 could not be reached for ${where} (${code}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(message), 160)})`;
        return `S3 failed ${verb} ${where} (${what}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(message), 160)})`;
    }
}
function s3Error(e) {
    const err = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .readAwsError */ .S)(e);
    const status = err.status;
    // A body-less error (HEAD, or a proxy's) arrives as "Unknown"/"UnknownError": the status says more.
    let code = err.serviceCode ?? err.name ?? err.code ?? 'Error';
    if (/^Unknown/.test(code) && status)
        code = status === 404 ? 'NotFound' : status === 403 ? 'AccessDenied' : `HTTP${status}`;
    if (err.code && /^E[A-Z]+$/.test(err.code))
        code = err.code;
    return { code, status, message: err.message ?? String(e) };
}
async function readLimited(body, length, limit) {
    if (!body)
        return Buffer.alloc(0);
    if (length !== undefined && length > limit) {
        body.destroy();
        return 'too-large';
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit) {
            body.destroy();
            return 'too-large';
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}


/***/ })

};
