export const id = 115;
export const ids = [115];
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

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  candidates: () => (/* binding */ candidates),
  openCache: () => (/* binding */ openCache),
  scopeFor: () => (/* binding */ scopeFor)
});

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/cache/scan-cache.ts + 1 modules
var scan_cache = __webpack_require__(7353);
;// CONCATENATED MODULE: ./src/cache/cache-session.ts


const MAX_ATTEMPTS = 6;
/** One run's view of the cache: everything it may read merged, and a conflict-safe save of what it adds. */
class CacheSession {
    store;
    scope;
    doc;
    notes;
    writeBase;
    constructor(store, scope, doc, notes, writeBase) {
        this.store = store;
        this.scope = scope;
        this.doc = doc;
        this.notes = notes;
        this.writeBase = writeBase;
    }
    static async open(store, scope) {
        let doc = (0,scan_cache/* emptyDocument */.vM)(new Date(0));
        const notes = [];
        let writeBase;
        for (const key of scope.read) {
            const location = store.describe(key);
            const result = await store.read(key);
            if (result.status === 'found') {
                doc = (0,scan_cache/* mergeDocuments */.JP)(doc, result.doc);
                notes.push({ location, state: 'loaded', entries: Object.keys(result.doc.entries).length });
            }
            else {
                notes.push(result.status === 'corrupt'
                    ? { location, state: 'corrupt', detail: result.reason, ...(result.newer ? { newer: true } : {}) }
                    : { location, state: 'cold' });
            }
            if (scope.write && sameKey(key, scope.write))
                writeBase = stored(result);
        }
        return new CacheSession(store, scope, doc, notes, writeBase);
    }
    /**
     * Writes the scope's object as `update(base)`, where base is that object as stored. On a conflict (another
     * run wrote first) it re-reads and applies the update again, with backoff, so both runs' entries survive.
     */
    async save(update) {
        const key = this.scope.write;
        if (!key)
            return { state: 'skipped', attempts: 0, detail: this.scope.why };
        const location = this.store.describe(key);
        let base = this.writeBase ?? stored(await this.store.read(key));
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            // Replacing a newer scanner's document would throw its whole cache away for a format this run cannot read.
            if (base.newer)
                return { state: 'skipped', location, attempts: attempt - 1, detail: NEWER_DETAIL };
            const result = await this.store.write(key, update(base.doc), base.version);
            if (result.status === 'written')
                return { state: 'saved', location, attempts: attempt };
            if (attempt === MAX_ATTEMPTS)
                break;
            await (0,promises_.setTimeout)(Math.round(40 * 2 ** attempt * (0.5 + Math.random())));
            base = stored(await this.store.read(key));
        }
        return {
            state: 'failed',
            location,
            attempts: MAX_ATTEMPTS,
            detail: 'other runs kept writing the same object',
        };
    }
}
const NEWER_DETAIL = 'the cache object was written by a newer version of the scanner and is left as is; this run reported its results without caching them';
/** A corrupt object is replaced (conditionally on its version); a missing one is created only if still missing. */
function stored(result) {
    if (result.status === 'found')
        return { doc: result.doc, version: result.version };
    if (result.status === 'corrupt')
        return { doc: (0,scan_cache/* emptyDocument */.vM)(), version: result.version, newer: result.newer };
    return { doc: (0,scan_cache/* emptyDocument */.vM)(), version: undefined };
}
function sameKey(a, b) {
    return a.kind === b.kind && (a.kind === 'repository' || a.number === b.number);
}

// EXTERNAL MODULE: ./src/cache/cache-store.ts
var cache_store = __webpack_require__(920);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cache/local-file-store.ts




/**
 * The local cache file (.file_hash_cache.json): the same document, uncompressed. One file serves every
 * scope, since a developer's machine is one trust domain. Writes go through a temporary file and a
 * rename so an interrupted run never leaves half a file, and are conditional on the content hash read.
 */
class LocalFileStore {
    path;
    backend = 'local';
    constructor(path) {
        this.path = path;
    }
    describe() {
        return this.path;
    }
    async read() {
        let text;
        try {
            text = await (0,external_node_fs_promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { status: 'missing' };
            // DESIGN §4: an unreadable cache is a warning and a cold cache, never a failed run.
            return {
                status: 'corrupt',
                reason: `could not be read (${code ?? e.message})`,
                version: undefined,
            };
        }
        const version = hash(text);
        const parsed = (0,scan_cache/* parseDocument */.Tp)(text);
        return parsed.ok
            ? { status: 'found', doc: parsed.doc, version }
            : { status: 'corrupt', reason: parsed.reason, version, newer: parsed.newer };
    }
    async write(_key, doc, version) {
        const current = await (0,external_node_fs_promises_.readFile)(this.path, 'utf8').then(hash, () => undefined);
        if (current !== version)
            return { status: 'conflict' };
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const tmp = `${this.path}.${process.pid}.tmp`;
        await (0,external_node_fs_promises_.writeFile)(tmp, `${(0,scan_cache/* serialize */.lK)(doc)}\n`);
        await (0,external_node_fs_promises_.rename)(tmp, this.path);
        return { status: 'written' };
    }
}
function hash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/cache/null-store.ts
/** No persistence: every run is cold (cache-backend: none, or every other backend unavailable). */
class NullStore {
    backend = 'none';
    describe() {
        return 'no cache';
    }
    read() {
        return Promise.resolve({ status: 'missing' });
    }
    write() {
        return Promise.resolve({ status: 'written' });
    }
}

;// CONCATENATED MODULE: ./src/cache/factory.ts





/**
 * Which backends to try, in order (DESIGN §2 cache-backend). In CI: S3, then the Actions cache, then none;
 * outside CI: the local cache file. An explicit choice is tried alone, with none as the last resort.
 */
function candidates(config, ctx, builders, env) {
    const local = { store: () => new LocalFileStore(config.cacheFile), why: 'local cache file' };
    const none = { store: () => new NullStore(), why: 'no cache backend available' };
    const s3 = builders.s3 && config.s3 ? [{ store: builders.s3, why: 'S3 bucket configured' }] : [];
    const actions = builders.actionsCache && env.GITHUB_ACTIONS === 'true'
        ? [{ store: builders.actionsCache, why: 'GitHub Actions cache' }]
        : [];
    switch (config.cacheBackend) {
        case 's3':
            return [...s3, none];
        case 'actions-cache':
            return [...actions, none];
        case 'local':
            return [local];
        case 'none':
            return [{ ...none, why: 'cache-backend is none' }];
        case 'auto':
            if (ctx.ci === 'local')
                return [local];
            return [...s3, ...actions, none];
    }
}
/** DESIGN §4 trust: default-branch runs write the repository object; pull requests write only their own. */
function scopeFor(config, ctx) {
    const repo = { kind: 'repository' };
    if (config.cacheScope === 'shared')
        return {
            read: [repo],
            write: repo,
            why: 'shared (cache-scope: shared): reads and writes the repository cache',
        };
    if (ctx.pullRequest) {
        const pr = { kind: 'pull-request', number: ctx.pullRequest.number };
        return {
            read: [repo, pr],
            write: pr,
            why: `pull request #${ctx.pullRequest.number}: reads the repository cache, writes only this pull request's cache`,
        };
    }
    if ((0,context/* isDefaultBranchRun */.dd)(ctx)) {
        const where = ctx.ci === 'local' ? 'local run' : `default branch (${ctx.defaultBranch ?? ctx.branch ?? 'unknown'})`;
        return { read: [repo], write: repo, why: `${where}: reads and writes the repository cache` };
    }
    return {
        read: [repo],
        write: undefined,
        why: `branch ${ctx.branch ?? 'unknown'} is not the default branch: reads the repository cache, writes nothing`,
    };
}
/** Opens the first backend that answers; one that is denied or down is a warning and the next one serves. */
async function openCache(config, ctx, builders, log, env = process.env) {
    const scope = scopeFor(config, ctx);
    const fallbacks = [];
    for (const candidate of candidates(config, ctx, builders, env)) {
        try {
            const store = candidate.store();
            const session = await CacheSession.open(store, scope);
            const why = [candidate.why, ...fallbacks].join('; ');
            return { session, backend: store.backend, why };
        }
        catch (e) {
            if (!(e instanceof cache_store/* StoreUnavailableError */.o))
                throw e;
            log.warning(`Cache backend unavailable, trying the next one: ${e.message}`);
            fallbacks.push(`fell back because ${e.message}`);
        }
    }
    const session = await CacheSession.open(new NullStore(), scope);
    return { session, backend: 'none', why: fallbacks.join('; ') || 'no cache backend' };
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
