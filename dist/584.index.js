export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   pullRequestFiles: () => (/* binding */ pullRequestFiles)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _lazy_undici_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5182);



// Octokit's fetch and, behind a proxy, its ProxyAgent come from undici, which @actions/github already uses while
// it loads (with http_proxy set, its defaults build the proxy agent): undici is loaded first, here rather than at
// every start.
await (0,_lazy_undici_js__WEBPACK_IMPORTED_MODULE_1__.loadUndici)();
const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
/**
 * The GitHub client for the comment and the check run. Idempotent requests (GET, PATCH) that fail with a server
 * error or a network error are retried twice; creations (POST) are not, so a retry never duplicates a comment.
 */
function createGitHubClient(token, opts = {}) {
    const octokit = getOctokit(token, opts.baseUrl ? { baseUrl: opts.baseUrl } : {});
    const delays = opts.retryDelaysMs ?? [500, 1500];
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(options);
            }
            catch (e) {
                const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(e);
                const transient = status === undefined || status >= 500;
                const idempotent = ['GET', 'HEAD', 'PATCH', 'PUT'].includes(String(options.method).toUpperCase());
                if (!transient || !idempotent || attempt >= delays.length)
                    throw e;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delays[attempt]);
            }
        }
    });
    return octokit;
}
/** The pull request's changed files from the API: git's diff when the base is not in a shallow clone. */
function pullRequestFiles(gh, owner, repo) {
    return async (pull_number) => {
        const files = await gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
        const status = {
            added: 'added',
            removed: 'deleted',
            renamed: 'renamed',
            copied: 'copied',
            changed: 'type-changed',
        };
        return files.map((f) => ({
            path: f.filename,
            status: status[f.status] ?? 'modified',
            ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        }));
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ isDenied),
/* harmony export */   UI: () => (/* binding */ apiProblem),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/**
 * What a failed GitHub call means for the user, apart from the client itself: the reporters use these without
 * loading Octokit, which only a run that talks to GitHub needs.
 */


function statusOf(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * One sentence for a failed GitHub call that says what to do: the permission to grant on 403 and 404 (GitHub
 * answers 404 for what a token may not see), a wait on rate limits, a retry later on server errors.
 */
function apiProblem(e, what, permission) {
    const status = statusOf(e);
    const detail = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e)), 300);
    const grant = `Add \`${permission}\` to the job's \`permissions:\` (a pull request from a fork gets a read-only token; its results stay in the job summary)`;
    if (status === 403 && /rate limit/i.test(detail))
        return `could not ${what}: GitHub's API rate limit was hit (403: ${detail}).`;
    if (status === 403 || status === 401)
        return `could not ${what}: GitHub refused (${status}: ${detail}). ${grant}.`;
    if (status === 404)
        return `could not ${what}: GitHub answered 404 (${detail}); the token cannot see it. ${grant}.`;
    if (status === 422)
        return `could not ${what}: GitHub rejected the request (422: ${detail}).`;
    if (status !== undefined && status >= 500)
        return `could not ${what}: GitHub failed (${status}: ${detail}) after retries. If it keeps failing, check that the job has \`${permission}\`.`;
    return `could not ${what}: ${detail}${status ? ` (HTTP ${status})` : ''}.`;
}
/** Denied for good (no point in trying other calls of the same kind in this run). */
function isDenied(e) {
    const status = statusOf(e);
    return status === 401 || status === 403 || status === 404;
}


/***/ })

};
