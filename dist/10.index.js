export const id = 10;
export const ids = [10];
export const modules = {

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ objectName),
/* harmony export */   o: () => (/* binding */ StoreUnavailableError)
/* harmony export */ });
class StoreUnavailableError extends Error {
    name = 'StoreUnavailableError';
}
function objectName(key) {
    return key.kind === 'repository' ? 'scan-cache' : `pr/${key.number}`;
}


/***/ }),

/***/ 6010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_OBJECT_BYTES: () => (/* binding */ MAX_OBJECT_BYTES),
/* harmony export */   S3Store: () => (/* binding */ S3Store),
/* harmony export */   s3StoreBuilder: () => (/* binding */ s3StoreBuilder)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(920);
/* harmony import */ var _scan_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7353);




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
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o(unavailable);
        if (!ctx.repository)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o(`the repository's owner and name are unknown, so s3://${s3.bucket}/${s3.prefix}<owner>/<repo>/ cannot be named (set GITHUB_REPOSITORY or run in GitHub Actions, GitLab CI or Jenkins)`);
        return new S3Store({ s3, region: config.awsRegion, credentials, repository: ctx.repository, env });
    };
}
/**
 * DESIGN §4: one gzip JSON object per logical key, `<prefix><owner>/<repo>/scan-cache.json.gz` and
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
        return `${this.folder}${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .objectName */ .H)(key)}.json.gz`;
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
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .StoreUnavailableError */ .o(this.explain(e, 'read', Key), { cause: e });
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
            return { status: 'corrupt', reason: `not valid gzip (${e.message})`, version: etag };
        }
        const parsed = (0,_scan_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
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
            Body: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)((0,_scan_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .serialize */ .lK)(doc), { level: 1 }),
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
            return `S3 failed ${verb} ${where} (${what}: ${clip(message)})`;
        if (/^E[A-Z]+$/.test(code) || /socket|ECONN|ENOTFOUND|EAI_AGAIN/i.test(message))
            return `S3 could not be reached for ${where} (${code}: ${clip(message)})`;
        return `S3 failed ${verb} ${where} (${what}: ${clip(message)})`;
    }
}
function s3Error(e) {
    const err = e;
    const status = err.$metadata?.httpStatusCode;
    // A body-less error (HEAD, or a proxy's) arrives as "Unknown"/"UnknownError": the status says more.
    let code = err.Code ?? err.name ?? err.code ?? 'Error';
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
function clip(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}


/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _k: () => (/* binding */ MAX_RUNS),
  Z: () => (/* binding */ addRun),
  k$: () => (/* binding */ cacheKey),
  vM: () => (/* binding */ emptyDocument),
  cy: () => (/* binding */ entryFor),
  Rj: () => (/* binding */ fingerprint),
  pL: () => (/* binding */ isFresh),
  JP: () => (/* binding */ mergeDocuments),
  Tp: () => (/* binding */ parseDocument),
  R3: () => (/* binding */ prune),
  lK: () => (/* binding */ serialize)
});

// UNUSED EXPORTS: CACHE_VERSION, sha256

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cache/sha256.ts

/** Hex SHA-256: the content hash the cache is keyed by. Its own module, so the inspect worker loads only this. */
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/scanner/findings.ts
var findings = __webpack_require__(358);
;// CONCATENATED MODULE: ./src/cache/scan-cache.ts



/** The cache document: one per repository (and per pull request), versioned. */
const CACHE_VERSION = 1;
const MAX_RUNS = 50;
const EntrySchema = schemas/* object */.Ikc({
    scannedAt: iso/* datetime */.w$(),
    model: schemas/* string */.YjP(),
    findings: schemas/* array */.YOg(findings/* FindingSchema */.p_.omit({ path: true })),
    tokens: schemas/* object */.Ikc({ in: schemas/* number */.aig(), out: schemas/* number */.aig(), cacheRead: schemas/* number */.aig(), cacheWrite: schemas/* number */.aig() }),
    usd: schemas/* number */.aig().nullable(),
});
const RunSchema = schemas/* object */.Ikc({
    at: iso/* datetime */.w$(),
    event: schemas/* string */.YjP(),
    hits: schemas/* number */.aig(),
    misses: schemas/* number */.aig(),
    calls: schemas/* number */.aig(),
    usd: schemas/* number */.aig().nullable(),
    savedUsd: schemas/* number */.aig(),
});
const DocumentSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(CACHE_VERSION),
    updatedAt: iso/* datetime */.w$(),
    entries: schemas/* record */.g1P(schemas/* string */.YjP(), EntrySchema),
    runs: schemas/* array */.YOg(RunSchema),
});
function emptyDocument(now = new Date()) {
    return { version: CACHE_VERSION, updatedAt: now.toISOString(), entries: {}, runs: [] };
}
/** Validates a loaded document; anything else is reported, never trusted. */
function parseDocument(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: 'not valid JSON' };
    }
    const version = json?.version;
    if (version !== CACHE_VERSION)
        return {
            ok: false,
            reason: `unknown document version ${JSON.stringify(version) ?? 'none'} (expected ${CACHE_VERSION})`,
            ...(typeof version === 'number' && version > CACHE_VERSION ? { newer: true } : {}),
        };
    const parsed = DocumentSchema.safeParse(json);
    if (!parsed.success)
        return { ok: false, reason: `does not match the cache schema (${parsed.error.issues[0]?.message})` };
    return { ok: true, doc: parsed.data };
}
function serialize(doc) {
    return JSON.stringify(doc);
}
function fingerprint(parts) {
    const canonical = JSON.stringify([
        parts.scannerVersion,
        parts.promptVersion,
        parts.modelId,
        [...parts.frameworks].sort(),
        parts.instructions.trim(),
    ]);
    return sha256(canonical).slice(0, 16);
}

function cacheKey(contentSha256, fp) {
    return `${contentSha256}:${fp}`;
}
const DAY_MS = 86_400_000;
/** A clock skew allowance: entries dated further ahead than this are not trusted. */
const FUTURE_SKEW_MS = 5 * 60_000;
function isFresh(entry, now, ttlDays) {
    const age = now.getTime() - Date.parse(entry.scannedAt);
    return age < ttlDays * DAY_MS && age > -FUTURE_SKEW_MS;
}
/** Drops entries scanned longer ago than the TTL (and ones dated in the future). */
function prune(doc, now, ttlDays) {
    const entries = {};
    let dropped = 0;
    for (const [key, entry] of Object.entries(doc.entries)) {
        if (isFresh(entry, now, ttlDays))
            entries[key] = entry;
        else
            dropped++;
    }
    return { doc: { ...doc, entries }, dropped };
}
/** Union of two documents; for the same key the newer scan wins. Runs are merged by time, newest 50 kept. */
function mergeDocuments(a, b) {
    const entries = { ...a.entries };
    for (const [key, entry] of Object.entries(b.entries)) {
        const mine = entries[key];
        if (!mine || Date.parse(entry.scannedAt) > Date.parse(mine.scannedAt))
            entries[key] = entry;
    }
    const seen = new Set();
    const runs = [...a.runs, ...b.runs]
        .filter((r) => {
        const id = JSON.stringify(r);
        return seen.has(id) ? false : (seen.add(id), true);
    })
        .sort((x, y) => Date.parse(x.at) - Date.parse(y.at))
        .slice(-MAX_RUNS);
    const updatedAt = a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt;
    return { version: CACHE_VERSION, updatedAt, entries, runs };
}
function addRun(doc, run) {
    return { ...doc, runs: [...doc.runs, run].slice(-MAX_RUNS), updatedAt: run.at };
}
function entryFor(findings, model, tokens, usd, now) {
    return { scannedAt: now.toISOString(), model, findings, tokens, usd: usd ?? null };
}


/***/ }),

/***/ 358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ answerJsonSchema),
/* harmony export */   Ni: () => (/* binding */ validateAnswer),
/* harmony export */   dV: () => (/* binding */ AnswerError),
/* harmony export */   eg: () => (/* binding */ extractJson),
/* harmony export */   p_: () => (/* binding */ FindingSchema)
/* harmony export */ });
/* unused harmony export AnswerSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1122);


/** What the model reports for one issue; everything in it is untrusted text. */
const FindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(1024),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['security', 'compliance']),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(300),
    cwe: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^CWE-\d{1,5}$/)
        .optional()
        .describe('the CWE id, such as CWE-89'),
    framework: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .max(60)
        .optional()
        .describe('for compliance findings: the framework, such as pci-dss'),
    explanation: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000).describe('why this is a problem, in one or two sentences'),
    fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000).describe('how to fix it'),
    startLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    endLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['high', 'medium', 'low']),
});
const AnswerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(FindingSchema).max(200),
});
/** The JSON schema the model must fill through the forced tool call. */
function answerJsonSchema() {
    if (!jsonSchema) {
        jsonSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(AnswerSchema, { target: 'draft-7' });
        delete jsonSchema.$schema;
    }
    return jsonSchema;
}
let jsonSchema;
class AnswerError extends Error {
    name = 'AnswerError';
}
/**
 * Validates an answer against the files that were sent: a finding for a path we did not send makes the
 * whole answer untrustworthy (the scanned code may have steered the model), so it is rejected.
 * Line numbers are clamped to the file.
 */
function validateAnswer(answer, files) {
    const parsed = AnswerSchema.safeParse(answer);
    if (!parsed.success)
        throw new AnswerError(`the answer does not match the findings schema: ${summarize(parsed.error)}`);
    const byPath = new Map([...files.keys()].map((p) => [p, []]));
    for (const { path, ...finding } of parsed.data.findings) {
        const lines = files.get(path);
        if (lines === undefined)
            throw new AnswerError(`the answer names a file that was not sent: ${JSON.stringify(path.slice(0, 200))}`);
        const startLine = Math.min(finding.startLine, lines);
        const endLine = Math.min(Math.max(finding.endLine, startLine), lines);
        byPath.get(path).push({ ...finding, startLine, endLine });
    }
    return byPath;
}
function summarize(error) {
    return error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
}
/**
 * Finds the JSON findings in free text (for models that answer in text instead of the tool): fenced blocks first,
 * then each balanced {...} in the text; an object with `findings` is preferred over any other JSON value.
 */
function extractJson(text) {
    let fallback;
    for (const candidate of candidates(text)) {
        let value;
        try {
            value = JSON.parse(candidate);
        }
        catch {
            continue;
        }
        if (value !== null && typeof value === 'object' && 'findings' in value)
            return value;
        fallback ??= { value };
    }
    if (fallback)
        return fallback.value;
    throw new AnswerError('the answer holds no JSON findings');
}
function* candidates(text) {
    for (const m of text.matchAll(/```[\w-]*[ \t]*\r?\n?([\s\S]*?)```/g))
        yield m[1];
    yield* balancedObjects(text);
}
/** Each substring from a `{` to its matching `}` (braces inside JSON strings ignored), in order of start. */
function* balancedObjects(text) {
    for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
        let depth = 0;
        let inString = false;
        for (let i = start; i < text.length; i++) {
            const c = text[i];
            if (inString) {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    inString = false;
            }
            else if (c === '"')
                inString = true;
            else if (c === '{')
                depth++;
            else if (c === '}' && --depth === 0) {
                yield text.slice(start, i + 1);
                break;
            }
        }
    }
}


/***/ })

};
