export const id = 222;
export const ids = [222];
export const modules = {

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsCacheStore: () => (/* binding */ ActionsCacheStore),
/* harmony export */   actionsCacheStoreBuilder: () => (/* binding */ actionsCacheStoreBuilder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(920);
/* harmony import */ var _scan_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7353);





/** @actions/cache, and the Azure SDK under it, is loaded only by a run that uses this store. */
const sdk = () => __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
/** The Actions cache builder for openCache (which offers it only inside GitHub Actions). */
function actionsCacheStoreBuilder(ctx, log, env = process.env) {
    return () => {
        if (!ctx.repository)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreUnavailableError */ .o('GITHUB_REPOSITORY is not set, so no Actions cache key can be formed');
        return new ActionsCacheStore({
            repository: ctx.repository,
            event: ctx.event,
            runId: ctx.runId,
            runAttempt: env.GITHUB_RUN_ATTEMPT,
            log,
            env,
        });
    };
}
/**
 * The GitHub Actions cache as a fallback store (DESIGN §2 cache-backend). Its entries are immutable, so every
 * save uses a new key and a read restores the newest entry whose key starts with the object's prefix: writes
 * never conflict, and the run's merged document (what it read plus what it scanned) is what it saves.
 */
class ActionsCacheStore {
    opts;
    backend = 'actions-cache';
    dir;
    env;
    constructor(opts) {
        this.opts = opts;
        this.env = opts.env ?? process.env;
        this.dir = opts.dir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'ai-scanner-cache');
    }
    /** The key prefix shared by every saved version of one logical object. */
    prefix(key) {
        const { owner, repo } = this.opts.repository;
        return `ai-scanner-${owner}-${repo}-${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .objectName */ .H)(key).replace('/', '-')}-`;
    }
    describe(key) {
        return `GitHub Actions cache ${this.prefix(key)}*`;
    }
    file(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .objectName */ .H)(key).replace('/', '-')}.json`);
    }
    async read(key) {
        await this.checkAvailable();
        const path = this.file(key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
        const prefix = this.prefix(key);
        const { value: matched, failures } = await capturing(/Failed to restore|Cache service responded|cache read denied/i, async () => (await sdk()).restoreCache([path], prefix, [prefix])).catch((e) => {
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreUnavailableError */ .o(`the Actions cache could not be read (${e.message})`, {
                cause: e,
            });
        });
        // restoreCache reports a failure as a log line and "no entry"; we surface it so the next backend serves.
        if (failures.length > 0)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreUnavailableError */ .o(`the Actions cache could not be read (${clip(failures.join(' '))})`);
        if (!matched)
            return { status: 'missing' };
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch (e) {
            return {
                status: 'corrupt',
                reason: `entry ${matched} did not restore the document (${e.message})`,
                version: matched,
            };
        }
        const parsed = (0,_scan_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text);
        return parsed.ok
            ? { status: 'found', doc: parsed.doc, version: matched }
            : { status: 'corrupt', reason: parsed.reason, version: matched, newer: parsed.newer };
    }
    /** Entries are immutable and every save has its own key, so there is nothing to be conditional on. */
    async write(key, doc, _version) {
        // GitHub files a pull_request_target run's caches under the base branch, where every later run reads them:
        // a run that checks out code under review must not put results there.
        if (this.opts.event === 'pull_request_target') {
            this.opts.log.info('Not saving to the Actions cache from pull_request_target: it would land in the base branch scope.');
            return { status: 'written' };
        }
        await this.checkAvailable();
        const path = this.file(key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${(0,_scan_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .serialize */ .lK)(doc)}\n`);
        const { runId = 'local', runAttempt = '1' } = this.opts;
        const unique = `${this.prefix(key)}${runId}-${runAttempt}-${Date.now()}`;
        let id;
        let failures;
        try {
            ({ value: id, failures } = await capturing(/Failed to save|Cache reservation failed|Unable to (reserve|finalize)/i, async () => (await sdk()).saveCache([path], unique)));
        }
        catch (e) {
            throw new Error(`the Actions cache did not save ${unique} (${e.message})`, { cause: e });
        }
        if (id === -1)
            throw new Error(`the Actions cache did not save ${unique} (${clip(failures.join(' ')) || 'no reason given'})`);
        this.opts.log.debug(`Saved the Actions cache entry ${unique} (id ${id}).`);
        return { status: 'written' };
    }
    async checkAvailable() {
        if (!(await sdk()).isFeatureAvailable())
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreUnavailableError */ .o('the GitHub Actions cache service is not available to this run (ACTIONS_RESULTS_URL is not set)');
        if (!this.env.ACTIONS_RUNTIME_TOKEN)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreUnavailableError */ .o('the GitHub Actions cache service is not available to this run (ACTIONS_RUNTIME_TOKEN is not set)');
    }
}
/**
 * @actions/cache logs its failures (as warnings or info lines) and returns "nothing" instead of throwing.
 * While `fn` runs, the lines matching `pattern` are taken out of the log and returned, so the caller can
 * report them once, as a reason, instead of mistaking an outage for an empty cache.
 */
async function capturing(pattern, fn) {
    const failures = [];
    const stdout = process.stdout;
    const hadOwn = Object.prototype.hasOwnProperty.call(stdout, 'write');
    const previous = stdout.write.bind(stdout);
    const write = (chunk, ...rest) => {
        // @actions/core writes strings; anything else (binary protocol data of a host process) passes untouched.
        const text = typeof chunk === 'string' ? chunk : undefined;
        if (text !== undefined && !text.startsWith('::debug::') && pattern.test(text)) {
            failures.push(text.replace(/^::\w+::/, '').trim());
            const callback = rest.find((r) => typeof r === 'function');
            callback?.();
            return true;
        }
        return previous(chunk, ...rest);
    };
    stdout.write = write;
    try {
        return { value: await fn(), failures };
    }
    finally {
        if (hadOwn)
            stdout.write = previous;
        else
            delete stdout.write;
    }
}
function clip(text) {
    const line = text.replace(/%0A|\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}


/***/ }),

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


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
