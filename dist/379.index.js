export const id = 379;
export const ids = [379];
export const modules = {

/***/ 5379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildDeps: () => (/* binding */ buildDeps)
});

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
;// CONCATENATED MODULE: ./src/cache/cache-scope.ts

/**
 * The trust rule: which cache objects a run reads and which one it may write. The cache decides which content
 * counts as already reviewed, so code under review never writes the repository object: default-branch runs
 * write it, a pull request writes only its own `pr/<number>` object, and every other run reads only
 * (SECURITY.md, "Who writes the cache").
 */
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
    const trust = (0,context/* writeTrust */.uT)(ctx);
    if (trust.trusted)
        return { read: [repo], write: repo, why: `${trust.why}: reads and writes the repository cache` };
    return {
        read: [repo],
        write: undefined,
        why: `${trust.why}: reads the repository cache, writes nothing (only default-branch push, schedule and workflow_dispatch runs write it)`,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/cache/cache-document.ts + 2 modules
var cache_document = __webpack_require__(5125);
;// CONCATENATED MODULE: ./src/cache/cache-session.ts


const MAX_ATTEMPTS = 6;
const REAL_CLOCK = { sleep: (ms) => (0,promises_.setTimeout)(ms), random: Math.random };
/** One run's view of the cache: everything it may read merged, and a conflict-safe save of what it adds. */
class CacheSession {
    store;
    scope;
    doc;
    notes;
    writeBase;
    clock;
    constructor(store, scope, doc, notes, writeBase, clock) {
        this.store = store;
        this.scope = scope;
        this.doc = doc;
        this.notes = notes;
        this.writeBase = writeBase;
        this.clock = clock;
    }
    static async open(store, scope, clock = {}) {
        let doc;
        const notes = [];
        let writeBase;
        for (const key of scope.read) {
            const location = store.describe(key);
            const result = await store.read(key);
            if (result.status === 'found') {
                // The first document is taken as read (thousands of entries, not worth a copy); others merge into it.
                doc = doc ? (0,cache_document/* mergeDocuments */.JP)(doc, result.doc) : result.doc;
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
        const backoff = { ...REAL_CLOCK, ...clock };
        return new CacheSession(store, scope, doc ?? (0,cache_document/* emptyDocument */.vM)(new Date(0)), notes, writeBase, backoff);
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
            // Jittered, so two runs that met on one write do not meet again on the next.
            await this.clock.sleep(Math.round(40 * 2 ** attempt * (0.5 + this.clock.random())));
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
        return { doc: (0,cache_document/* emptyDocument */.vM)(), version: result.version, newer: result.newer };
    return { doc: (0,cache_document/* emptyDocument */.vM)(), version: undefined };
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
// EXTERNAL MODULE: ./src/safe-write.ts
var safe_write = __webpack_require__(712);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/local-file-store.ts






/**
 * The local cache file (.file_hash_cache.json): the same document, uncompressed. One file serves every
 * scope, since a developer's machine is one trust domain. Writes are conditional on the content hash read and go
 * through safe-write: a fresh temporary file renamed over the cache file, never through a symbolic link and
 * never outside the workspace or the temp folders (a refused write throws; the run warns and goes on).
 */
class LocalFileStore {
    path;
    backend = 'local';
    refusal;
    roots;
    refuse;
    /**
     * `refuse` says why this file must not be read at all (a file git tracks, say): the backend is then
     * unavailable. `roots` are the folders a write may land in (the workspace and the temp folders by default).
     */
    constructor(path, opts = {}) {
        this.path = path;
        this.roots = opts.roots ?? (0,safe_write/* writeRoots */.rX)();
        this.refuse = opts.refuse;
    }
    describe() {
        return this.path;
    }
    async read() {
        this.refusal ??= this.refuse?.() ?? Promise.resolve(undefined);
        const refused = await this.refusal;
        if (refused)
            throw new cache_store/* StoreUnavailableError */.o2(refused);
        let text;
        try {
            text = await (0,external_node_fs_promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { status: 'missing' };
            // An unreadable cache is a warning and a cold cache, never a failed run.
            return {
                status: 'corrupt',
                reason: `could not be read (${code ?? (0,errors/* errorMessage */.g)(e)})`,
                version: undefined,
            };
        }
        const version = hash(text);
        const parsed = (0,cache_document/* parseDocument */.Tp)(text);
        return parsed.ok
            ? { status: 'found', doc: parsed.doc, version }
            : { status: 'corrupt', reason: parsed.reason, version, newer: parsed.newer };
    }
    async write(_key, doc, version) {
        const current = await (0,external_node_fs_promises_.readFile)(this.path, 'utf8').then(hash, () => undefined);
        if (current !== version)
            return { status: 'conflict' };
        await (0,safe_write/* safeWriteFile */.FI)(this.path, `${(0,cache_document/* serialize */.lK)(doc)}\n`, this.roots);
        return { status: 'written' };
    }
}
function hash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/cache/local-cache-guard.ts



/**
 * Why the local cache file must not be read, or undefined when it may be. The cache decides which content
 * counts as already reviewed, so a cache file that git tracks (committed, perhaps by the pull request under
 * review) or that the pull request changed is its author's word, not this scanner's: never trusted.
 */
async function localCacheRefusal(workspace, path, ctx) {
    // Nothing to read, nothing to refuse (the common cold start costs no git call).
    if (!(await (0,external_node_fs_promises_.lstat)(path).then(() => true, () => false)))
        return undefined;
    const git = new git_git/* Git */.T(workspace);
    if (!(await git.isRepository()))
        return undefined;
    const rel = (0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/');
    const fix = `remove it from git (git rm --cached ${rel}) and list it in .gitignore`;
    const tracked = await git.isTracked(rel);
    if (tracked !== false)
        return `the local cache file ${rel} ${tracked ? 'is tracked by git' : 'may be tracked by git (git could not tell)'}, so whoever commits it decides which files count as reviewed: it is not read, and this run keeps no cache (${fix})`;
    const base = ctx.pullRequest?.baseSha;
    if (base && (await git.hasCommit(base))) {
        const changed = await git.diff((await git.mergeBase(base, 'HEAD')) ?? base, [rel]).catch(() => []);
        if (changed.length > 0)
            return `the local cache file ${rel} is changed by this pull request, so its author decides which files count as reviewed: it is not read, and this run keeps no cache (${fix})`;
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/cache/open-cache.ts






/**
 * Which backends to try, in order (the cache-backend input). In CI: S3, then the Actions cache, then none;
 * outside CI: the local cache file. An explicit choice is tried alone, with none as the last resort.
 */
function candidates(config, ctx, builders, env) {
    const local = {
        store: () => new LocalFileStore(config.cacheFile, {
            refuse: () => localCacheRefusal(config.workspace, config.cacheFile, ctx),
        }),
        why: 'local cache file',
    };
    const none = { store: () => new NullStore(), why: 'no cache backend available' };
    const s3 = builders.s3 && config.s3 ? [{ store: builders.s3, why: 'S3 bucket configured' }] : [];
    const actions = 
    // A pull_request_target run saves into the base branch's Actions cache scope, which the default branch's
    // runs restore from: code under review never writes there.
    builders.actionsCache && env.GITHUB_ACTIONS === 'true' && ctx.event !== 'pull_request_target'
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
            if (!(e instanceof cache_store/* StoreUnavailableError */.o2))
                throw e;
            log.warning(`Cache backend unavailable, trying the next one: ${e.message}`);
            fallbacks.push(`fell back because ${e.message}`);
        }
    }
    const session = await CacheSession.open(new NullStore(), scope);
    return { session, backend: 'none', why: fallbacks.join('; ') || 'no cache backend' };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/build-deps.ts



/**
 * The pipeline's dependencies, for the action and the CLI alike: the one place that builds concrete adapters.
 * SDK-heavy modules load only for runs that use them (Octokit for a run that reports to GitHub, the model's
 * SDK on its first call, the cache's SDKs when the pipeline opens it); a warm run never loads the model's.
 */
async function buildDeps(config, ctx, host) {
    const talksToGitHub = host.kind === 'action' && Boolean(config.githubToken && ctx.repository);
    const [{ modelClient }, github, cloudWatch] = await Promise.all([
        __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 2132)),
        // Octokit loads only for a run that reports to GitHub.
        talksToGitHub ? __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 6584)) : undefined,
        // Only with cloudwatch-namespace: a small module; the SDK loads when it publishes.
        config.cloudwatchNamespace ? __webpack_require__.e(/* import() */ 108).then(__webpack_require__.bind(__webpack_require__, 8108)) : undefined,
    ]);
    const access = await awsAccess(config, ctx, host);
    const { credentials, unavailable } = access;
    const gh = github && config.githubToken ? github.createGitHubClient(config.githubToken) : undefined;
    return {
        log: host.log,
        version: version/* VERSION */.x,
        now: () => new Date(),
        // The cache's SDKs load when the pipeline opens it, which it does while the files are being hashed.
        openCache: () => openRunCache(config, ctx, host, access),
        model: unavailable ? undefined : modelClient(config, credentials),
        modelUnavailable: unavailable,
        reporters: [
            ...(await hostReporters(config, ctx, host, gh)),
            // Last: the summary and the outputs never wait on CloudWatch.
            ...(cloudWatch?.cloudWatchReporters(config, credentials, unavailable, host.log) ?? []),
        ],
        prFiles: github && gh && ctx.repository
            ? github.pullRequestFiles(gh, ctx.repository.owner, ctx.repository.repo)
            : undefined,
        ...(host.kind === 'action' ? { signal: host.signal, fileReader: host.fileReader } : {}),
        batchBackend: batchBackend(config, ctx, host, access),
    };
}
/** Bedrock batch jobs, with the S3 cache and AWS access: the SDKs load only when a run submits or collects one. */
function batchBackend(config, ctx, host, access) {
    const { s3 } = config;
    const repository = ctx.repository;
    if (config.batch === 'off' || !s3 || !repository || access.unavailable)
        return undefined;
    return async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(701), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 8213))).awsBatchBackend({
        config,
        s3,
        roleArn: config.batchRoleArn ?? '',
        credentials: access.credentials,
        repository,
        env: host.env,
    });
}
/** The action assumes role-to-assume by OIDC; the CLI has no OIDC and leaves S3 and Bedrock to the default chain. */
async function awsAccess(config, ctx, host) {
    if (host.kind === 'cli')
        return { credentials: undefined, unavailable: undefined };
    const { awsCredentials } = await __webpack_require__.e(/* import() */ 780).then(__webpack_require__.bind(__webpack_require__, 8780));
    const { provider, unavailable } = await awsCredentials(config, ctx, host.log);
    // With an S3 bucket the cache's fallback warning says this already; a dry run needs no AWS access.
    if (unavailable && !config.dryRun && !config.s3)
        host.log.warning(`No AWS access in this run: ${unavailable}.`);
    return { credentials: provider, unavailable };
}
/** The S3 store everywhere; the Actions cache only inside a job of GitHub Actions. */
async function openRunCache(config, ctx, host, { credentials, unavailable }) {
    const [{ s3StoreBuilder }, actionsCache] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 6010)),
        host.kind === 'action' ? __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 5222)) : undefined,
    ]);
    const stores = { s3: s3StoreBuilder(config, ctx, credentials, unavailable, host.env) };
    if (actionsCache)
        stores.actionsCache = actionsCache.actionsCacheStoreBuilder(ctx, host.log, host.env);
    return openCache(config, ctx, stores, host.log, host.env);
}
/** The action's summary, outputs, files, comment and check run; the CLI's report files. */
async function hostReporters(config, ctx, host, gh) {
    if (host.kind === 'action') {
        const { actionReporters } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 6207));
        return actionReporters(config, ctx, host.log, gh);
    }
    const { JsonReportReporter, SarifReporter } = await __webpack_require__.e(/* import() */ 127).then(__webpack_require__.bind(__webpack_require__, 8127));
    const roots = (0,safe_write/* writeRoots */.rX)(host.env);
    return [
        ...(config.reportFile && host.files.report ? [new JsonReportReporter(config.reportFile, roots)] : []),
        ...(config.sarifFile && host.files.sarif ? [new SarifReporter(config.sarifFile, roots)] : []),
    ];
}


/***/ }),

/***/ 712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ safeWriteFile),
/* harmony export */   rX: () => (/* binding */ writeRoots)
/* harmony export */ });
/* unused harmony exports UnsafeWriteError, allowWritesUnder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





/**
 * Every file the product writes (the JSON report, SARIF, the local cache and their temporary files) goes through
 * here. The workspace is the code under review: a pull request can commit a symbolic link where a report is
 * written, or a link for one of the folders above it, and a plain write would follow it to any file the job can
 * write (the runner's own scripts, ~/.ssh, another checkout). So a write is refused when the path is not inside
 * one of the allowed folders (the workspace, the runner's temp folder, the system temp folder), or when the file
 * or any folder between that root and the file is a symbolic link. The content goes to a fresh, randomly named
 * temporary file opened with O_EXCL | O_NOFOLLOW in the same folder, then is renamed over the target: a rename
 * replaces a link at the target instead of following it, and an interrupted run never leaves half a file.
 */
class UnsafeWriteError extends Error {
    name = 'UnsafeWriteError';
}
const extraRoots = new Set();
/**
 * Adds a folder the product may write under (the CLI's scanned folder, which need not be the current one).
 * The entry point calls it once with the workspace it was given.
 */
function allowWritesUnder(dir) {
    extraRoots.add(resolve(dir));
}
/** The folders writes may go to: the workspace (GITHUB_WORKSPACE, else the current folder), RUNNER_TEMP, the OS temp folder. */
function writeRoots(env = process.env) {
    const roots = [env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), ...extraRoots];
    return [...new Set(roots.filter((r) => Boolean(r)).map((r) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(r)))];
}
/** Where a path may be written: the deepest allowed root that holds it (lexically), with the part below it. */
function placeUnder(target, roots) {
    let best;
    for (const root of roots) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(root, target);
        if (!rel || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_4__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(rel))
            continue;
        const parts = rel.split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep);
        if (!best || parts.length < best.parts.length)
            best = { root, parts };
    }
    return best;
}
/**
 * Writes `data` to `path` as described above, or throws an UnsafeWriteError naming the path and why. Folders
 * missing between the root and the file are created one at a time (never through a link).
 */
async function safeWriteFile(path, data, roots = writeRoots()) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path);
    const place = placeUnder(target, roots);
    if (!place)
        throw new UnsafeWriteError(`refused to write ${path}: it is outside the workspace and the runner's temp folder (${roots.join(', ')})`);
    const refuse = (what) => new UnsafeWriteError(`refused to write ${path}: ${what} is a symbolic link, and the scanner never writes through one (a link committed to the repository could point anywhere); remove it or choose another path`);
    let dir = place.root;
    for (const part of place.parts.slice(0, -1)) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, part);
        const kind = await kindOf(dir);
        if (kind === 'link')
            throw refuse(dir);
        if (kind === 'missing')
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir).catch(ignoreExists);
        if ((await kindOf(dir)) !== 'dir')
            throw new UnsafeWriteError(`refused to write ${path}: ${dir} is not a folder`);
    }
    const final = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target));
    if ((await kindOf(final)) === 'link')
        throw refuse(final);
    await writeThenRename(final, data, place.root, dir, path);
}
async function writeThenRename(final, data, root, dir, shown) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(final)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY |
        node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT |
        node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL |
        (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, flags, 0o666);
    try {
        await handle.writeFile(data);
        await handle.close();
        // The folders were checked before the write: if one was swapped for a link since, the file is not kept.
        const expected = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(root, dir));
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir)) !== expected)
            throw new UnsafeWriteError(`refused to write ${shown}: ${dir} changed into a link while it was written`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, final);
    }
    catch (e) {
        await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
}
async function kindOf(path) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
        return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : 'other';
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'missing';
        throw e;
    }
}
function ignoreExists(e) {
    if (e.code !== 'EEXIST')
        throw e;
}


/***/ })

};
