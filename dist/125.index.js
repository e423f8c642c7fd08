export const id = 125;
export const ids = [125];
export const modules = {

/***/ 5125:
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

// UNUSED EXPORTS: CACHE_VERSION, EntrySchema, isCleanEntry, sha256

// EXTERNAL MODULE: ./src/cache/sha256.ts
var sha256 = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var regexes = __webpack_require__(3908);
// EXTERNAL MODULE: ./src/scanner/findings.ts
var findings = __webpack_require__(358);
;// CONCATENATED MODULE: ./src/batch/batch-job-record.ts

/** The files one record of a batch job holds: enough to check its answer (paths and lines) and cache it. */
const RecordFilesSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    path: schemas/* string */.YjP().min(1).max(1024),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    lines: schemas/* number */.aig().int().nonnegative(),
}))
    .min(1)
    .max(64);
/** Bedrock's rule for a job name, which also names the job's folder in the bucket. */
const JOB_NAME = /^[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9+\-.]){0,63}$/;
/**
 * A Bedrock batch inference job a run submitted and a later run collects, as the cache document records it:
 * its input is `<prefix><owner>/<repo>/batch/<name>/input.jsonl` and its output is written under `.../output/`.
 */
const BatchJobSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().regex(JOB_NAME),
    jobArn: schemas/* string */.YjP().min(1).max(1011),
    submittedAt: datetime(),
    modelId: schemas/* string */.YjP().max(2048),
    /** The cache fingerprint of the run that submitted it: its answers are cached under it. */
    fingerprint: schemas/* string */.YjP().max(64),
    /** What the records would have cost live; the job is billed about half of it. */
    liveEstimateUsd: schemas/* number */.aig().nullable(),
    records: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9]{1,64}$/), RecordFilesSchema),
});

;// CONCATENATED MODULE: ./src/cache/cache-document.ts




/** The cache document: one per repository (and per pull request), versioned. */
const CACHE_VERSION = 1;
const MAX_RUNS = 50;
const EntrySchema = schemas/* object */.Ikc({
    scannedAt: datetime(),
    model: schemas/* string */.YjP(),
    findings: schemas/* array */.YOg(findings/* FindingSchema */.p_.omit({ path: true })),
    tokens: schemas/* object */.Ikc({ in: schemas/* number */.aig(), out: schemas/* number */.aig(), cacheRead: schemas/* number */.aig(), cacheWrite: schemas/* number */.aig() }),
    usd: schemas/* number */.aig().nullable(),
    /** Set when a change review (review-depth auto) produced the result; absent for a whole-file review. */
    depth: schemas/* literal */.euz('change').optional(),
});
const RunSchema = schemas/* object */.Ikc({
    at: datetime(),
    event: schemas/* string */.YjP(),
    hits: schemas/* number */.aig(),
    misses: schemas/* number */.aig(),
    calls: schemas/* number */.aig(),
    usd: schemas/* number */.aig().nullable(),
    savedUsd: schemas/* number */.aig(),
    /** The tokens the run's model calls were billed for (absent in runs recorded before it was kept). */
    tokens: schemas/* object */.Ikc({ in: schemas/* number */.aig(), out: schemas/* number */.aig() }).optional(),
});
/**
 * The last commit of the default branch whose run reviewed everything it selected: the next push compares with
 * it, so a push whose run was cancelled is still reviewed. Optional: documents without it read as before.
 */
const LastCompleteScanSchema = schemas/* object */.Ikc({
    commit: schemas/* string */.YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
    branch: schemas/* string */.YjP().max(255).optional(),
    at: datetime(),
});
/** The document around its entries; the entries are checked one by one (see isCleanEntry). */
const EnvelopeSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(CACHE_VERSION),
    updatedAt: datetime(),
    // Keys are strings in any JSON object; copying five thousand entries to check that would cost as much again.
    entries: schemas/* custom */.IeY((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'entries must be an object'),
    runs: schemas/* array */.YOg(RunSchema),
    lastCompleteScan: LastCompleteScanSchema.optional(),
    /** Bedrock batch jobs submitted and not yet collected (src/batch/); absent in documents without any. */
    batchJobs: schemas/* array */.YOg(BatchJobSchema).max(100).optional(),
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
    const parsed = EnvelopeSchema.safeParse(json);
    if (!parsed.success)
        return notCacheSchema(parsed.error);
    const entries = parsed.data.entries;
    for (const key in entries) {
        if (isCleanEntry(entries[key]))
            continue;
        const entry = EntrySchema.safeParse(entries[key]);
        if (!entry.success)
            return notCacheSchema(entry.error);
        // Defined, never assigned: a key can be any string, "__proto__" included.
        Object.defineProperty(entries, key, {
            value: entry.data,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return { ok: true, doc: parsed.data };
}
function notCacheSchema(error) {
    return { ok: false, reason: `does not match the cache schema (${error.issues[0]?.message})` };
}
/** The pattern z.iso.datetime() checks (UTC, seconds required, any fraction), for the entries checked by hand. */
const INSTANT = regexes/* datetime */.w$({});
const ENTRY_KEYS = 5;
const TOKEN_KEYS = 4;
/**
 * Most entries are a clean file's: no findings, written by this scanner. Run through the schema, five thousand of
 * them cost a warm run about as much as its S3 round trip, so an entry of exactly that shape (no other key) is
 * accepted here as parsed; anything else goes through EntrySchema. Never more lenient than the schema: a unit
 * test holds the two to the same verdict on generated entries.
 */
function isCleanEntry(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const e = value;
    const tokens = e.tokens;
    return (Object.keys(e).length === ENTRY_KEYS &&
        Array.isArray(e.findings) &&
        e.findings.length === 0 &&
        typeof e.model === 'string' &&
        (e.usd === null || isFiniteNumber(e.usd)) &&
        isInstant(e.scannedAt) &&
        typeof tokens === 'object' &&
        tokens !== null &&
        !Array.isArray(tokens) &&
        Object.keys(tokens).length === TOKEN_KEYS &&
        isFiniteNumber(tokens.in) &&
        isFiniteNumber(tokens.out) &&
        isFiniteNumber(tokens.cacheRead) &&
        isFiniteNumber(tokens.cacheWrite));
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function isInstant(value) {
    return typeof value === 'string' && INSTANT.test(value);
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
    return (0,sha256/* sha256 */.s)(canonical).slice(0, 16);
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
/** Drops entries scanned longer ago than the TTL (and ones dated in the future); the same document if none is. */
function prune(doc, now, ttlDays) {
    const stale = Object.keys(doc.entries).filter((key) => !isFresh(doc.entries[key], now, ttlDays));
    if (stale.length === 0)
        return { doc, dropped: 0 };
    const entries = { ...doc.entries };
    for (const key of stale)
        delete entries[key];
    return { doc: { ...doc, entries }, dropped: stale.length };
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
    // The first document is the repository object when several are read: its record wins.
    const lastCompleteScan = a.lastCompleteScan ?? b.lastCompleteScan;
    const batchJobs = a.batchJobs ?? b.batchJobs;
    return {
        version: CACHE_VERSION,
        updatedAt,
        entries,
        runs,
        ...(lastCompleteScan ? { lastCompleteScan } : {}),
        ...(batchJobs ? { batchJobs } : {}),
    };
}
function addRun(doc, run) {
    return { ...doc, runs: [...doc.runs, run].slice(-MAX_RUNS), updatedAt: run.at };
}
function entryFor(findings, model, tokens, usd, now, depth) {
    return {
        scannedAt: now.toISOString(),
        model,
        findings,
        tokens,
        usd: usd ?? null,
        ...(depth ? { depth } : {}),
    };
}


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** crypto.hash (Node 20.12 and later) hashes in one call, about twice as fast on small inputs as a Hash object. */
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
/** Hex SHA-256: the content hash the cache is keyed by. Its own module, so the inspect worker loads only this. */
function sha256(data) {
    return oneShot ? oneShot('sha256', data, 'hex') : node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(data).digest('hex');
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1122);


/** The longest evidence line kept (a minified line is cut; the check compares what is kept). */
const EVIDENCE_MAX = 1000;
/**
 * A finding as cached and reported. The compliance framework a finding belongs to is not the model's to say:
 * the report derives it from the CWE (src/compliance/cwe-table.ts); `framework` is only read from caches
 * written before that, and never shown. `evidence` is the line the model quoted, verified against the file
 * (src/findings/evidence.ts); `by: 'scanner'` marks a finding the scanner made itself, not the model
 * (a redacted secret, a credential file, a steering attempt): it has no evidence to verify, and no
 * exclusion rule applies to it.
 */
const FindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(1024),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['security', 'compliance']),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(300),
    cwe: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^CWE-\d{1,5}$/)
        .optional()
        .describe('the CWE id, such as CWE-89'),
    framework: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(60).optional(),
    explanation: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000).describe('why this is a problem, in one or two sentences'),
    fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(4000).describe('how to fix it'),
    startLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    endLine: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['high', 'medium', 'low']),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(EVIDENCE_MAX).optional(),
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('scanner').optional(),
});
/** What the model must answer for one issue: no framework, no `by`, and the evidence line required. */
const ModelFindingSchema = FindingSchema.omit({ framework: true, by: true }).extend({
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .max(EVIDENCE_MAX)
        .describe('the exact text of one line of the file inside startLine-endLine that shows the issue, copied without its line number'),
});
const AnswerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ModelFindingSchema).max(200),
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
 * Line numbers are clamped to the lines sent: a file's line count, or a chunk's range (its lines carry the
 * file's own numbers, so a finding in a chunk is already at the file's line).
 */
function validateAnswer(answer, files) {
    const parsed = AnswerSchema.safeParse(answer);
    if (!parsed.success)
        throw new AnswerError(`the answer does not match the findings schema: ${summarize(parsed.error)}`);
    const byPath = new Map([...files.keys()].map((p) => [p, []]));
    for (const { path, ...finding } of parsed.data.findings) {
        const sent = files.get(path);
        if (sent === undefined)
            throw new AnswerError(`the answer names a file that was not sent: ${JSON.stringify(path.slice(0, 200))}`);
        const { first, last } = typeof sent === 'number' ? { first: 1, last: sent } : sent;
        const clamp = (line) => Math.min(Math.max(line, first), last);
        const startLine = clamp(finding.startLine);
        const endLine = Math.max(clamp(finding.endLine), startLine);
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
