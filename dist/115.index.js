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
var scan_cache = __webpack_require__(9360);
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


/***/ })

};
