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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(712);
/* harmony import */ var _cache_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(920);
/* harmony import */ var _cache_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5125);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8992);








/** @actions/cache, and the Azure SDK under it, is loaded only by a run that uses this store. */
const sdk = () => Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(830), __webpack_require__.e(691), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 1691));
/** The Actions cache builder for openCache (which offers it only inside GitHub Actions). */
function actionsCacheStoreBuilder(ctx, log, env = process.env) {
    return () => {
        if (!ctx.repository)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .StoreUnavailableError */ .o2('GITHUB_REPOSITORY is not set, so no Actions cache key can be formed');
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
 * The GitHub Actions cache as a fallback store (the cache-backend input). Its entries are immutable, so every
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
        return `ai-scanner-${owner}-${repo}-${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(key).replace('/', '-')}-`;
    }
    describe(key) {
        return `GitHub Actions cache ${this.prefix(key)}*`;
    }
    file(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${(0,_cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(key).replace('/', '-')}.json`);
    }
    async read(key) {
        await this.checkAvailable();
        const path = this.file(key);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { force: true });
        const prefix = this.prefix(key);
        const { value: matched, failures } = await capturing(/Failed to restore|Cache service responded|cache read denied/i, async () => (await sdk()).restoreCache([path], prefix, [prefix])).catch((e) => {
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .StoreUnavailableError */ .o2(`the Actions cache could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(e)})`, {
                cause: e,
            });
        });
        // restoreCache reports a failure as a log line and "no entry"; we surface it so the next backend serves.
        if (failures.length > 0)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .StoreUnavailableError */ .o2(`the Actions cache could not be read (${(0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(failures.join(' ').replace(/%0A/g, ' ')), 300)})`);
        if (!matched)
            return { status: 'missing' };
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch (e) {
            return {
                status: 'corrupt',
                reason: `entry ${matched} did not restore the document (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(e)})`,
                version: matched,
            };
        }
        const parsed = (0,_cache_document_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text);
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
        // In the runner's temp folder, but written as every other file is: never through a link.
        await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .safeWriteFile */ .FI)(path, `${(0,_cache_document_js__WEBPACK_IMPORTED_MODULE_4__/* .serialize */ .lK)(doc)}\n`, (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRoots */ .rX)(this.env));
        const { runId = 'local', runAttempt = '1' } = this.opts;
        const unique = `${this.prefix(key)}${runId}-${runAttempt}-${Date.now()}`;
        let id;
        let failures;
        try {
            ({ value: id, failures } = await capturing(/Failed to save|Cache reservation failed|Unable to (reserve|finalize)/i, async () => (await sdk()).saveCache([path], unique)));
        }
        catch (e) {
            throw new Error(`the Actions cache did not save ${unique} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(e)})`, { cause: e });
        }
        if (id === -1)
            throw new Error(`the Actions cache did not save ${unique} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(failures.join(' ').replace(/%0A/g, ' ')), 300) || 'no reason given'})`);
        this.opts.log.debug(`Saved the Actions cache entry ${unique} (id ${id}).`);
        return { status: 'written' };
    }
    async checkAvailable() {
        if (!(await sdk()).isFeatureAvailable())
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .StoreUnavailableError */ .o2('the GitHub Actions cache service is not available to this run (ACTIONS_RESULTS_URL is not set)');
        if (!this.env.ACTIONS_RUNTIME_TOKEN)
            throw new _cache_store_js__WEBPACK_IMPORTED_MODULE_5__/* .StoreUnavailableError */ .o2('the GitHub Actions cache service is not available to this run (ACTIONS_RUNTIME_TOKEN is not set)');
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


/***/ })

};
