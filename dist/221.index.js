export const id = 221;
export const ids = [221];
export const modules = {

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ mergeDocuments),
/* harmony export */   R3: () => (/* binding */ prune),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   Z: () => (/* binding */ addRun),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   lK: () => (/* binding */ serialize),
/* harmony export */   pL: () => (/* binding */ isFresh),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   vM: () => (/* binding */ emptyDocument)
/* harmony export */ });
/* unused harmony exports CACHE_VERSION, MAX_RUNS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var _scanner_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(358);



/** The cache document: one per repository (and per pull request), versioned. */
const CACHE_VERSION = 1;
const MAX_RUNS = 50;
const EntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    scannedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_scanner_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .FindingSchema */ .p_.omit({ path: true })),
    tokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ in: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), out: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), cacheRead: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), cacheWrite: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }),
    usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
});
const RunSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    at: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    hits: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    misses: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    calls: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    savedUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
});
const DocumentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(CACHE_VERSION),
    updatedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    entries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), EntrySchema),
    runs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(RunSchema),
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
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ contentFilter),
/* harmony export */   Y1: () => (/* binding */ pathFilter),
/* harmony export */   p$: () => (/* binding */ SKIP_REASON_TEXT)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

const SKIP_REASON_TEXT = {
    secret: 'looks like a secret (never sent to the model)',
    lockfile: 'lockfile',
    vendored: 'vendored dependency',
    generated: 'generated or build output',
    minified: 'minified',
    binary: 'binary',
    'image or media': 'image or media file',
    'too large': 'larger than max-file-size-kb',
    'excluded by pattern': 'matches an exclude pattern',
    'not included': 'matches no include pattern',
    symlink: 'symbolic link (not followed)',
    unreadable: 'could not be read',
    empty: 'empty file',
};
/** Default exclusions by name, each with its reason. Secret-looking names are never overridden by include. */
const DEFAULT_EXCLUDES = [
    [
        'secret',
        [
            '**/.env',
            '**/.env.*',
            '**/*.pem',
            '**/*.key',
            '**/*.p12',
            '**/*.pfx',
            '**/*.jks',
            '**/*.keystore',
            '**/*.ppk',
            '**/id_rsa*',
            '**/id_dsa*',
            '**/id_ecdsa*',
            '**/id_ed25519*',
            '**/.npmrc',
            '**/.pypirc',
            '**/.netrc',
            '**/.git-credentials',
            '**/.aws/credentials',
            '**/credentials.json',
            '**/*.tfstate',
            '**/*.tfstate.backup',
            '**/.htpasswd',
        ],
    ],
    [
        'lockfile',
        [
            '**/package-lock.json',
            '**/npm-shrinkwrap.json',
            '**/yarn.lock',
            '**/pnpm-lock.yaml',
            '**/bun.lockb',
            '**/Cargo.lock',
            '**/poetry.lock',
            '**/Pipfile.lock',
            '**/uv.lock',
            '**/composer.lock',
            '**/Gemfile.lock',
            '**/go.sum',
            '**/*.lock',
        ],
    ],
    [
        'vendored',
        ['**/node_modules/**', '**/vendor/**', '**/third_party/**', '**/bower_components/**', '**/.git/**'],
    ],
    [
        'generated',
        [
            '**/dist/**',
            '**/build/**',
            '**/out/**',
            '**/coverage/**',
            '**/.next/**',
            '**/__generated__/**',
            '**/*.generated.*',
            '**/*.pb.go',
            '**/*_pb2.py',
            '**/*.map',
            '**/.file_hash_cache.json',
            '**/ai-scanner.sarif',
            '**/ai-scanner-report.json',
        ],
    ],
    ['minified', ['**/*.min.js', '**/*.min.css', '**/*.min.mjs']],
    [
        'image or media',
        [
            '**/*.{png,jpg,jpeg,gif,bmp,ico,webp,svg,tif,tiff,pdf,mp3,mp4,mov,avi,wav,ogg,webm,woff,woff2,ttf,otf,eot}',
        ],
    ],
    [
        'binary',
        ['**/*.{zip,gz,tgz,bz2,xz,7z,rar,tar,jar,war,class,exe,dll,so,dylib,a,o,obj,pyc,wasm,bin,dat,db,sqlite}'],
    ],
];
/** The .env.example style files carry no secrets by convention and are worth scanning. */
const SAFE_ENV = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(['**/.env.example', '**/.env.sample', '**/.env.template', '**/.env.dist'], {
    dot: true,
    nocase: true,
});
/** Secret names, and file extensions (LOGO.PNG, APP.DLL, A.MIN.JS), match in any case. */
const ANY_CASE = ['secret', 'image or media', 'binary', 'minified'];
const defaultMatchers = DEFAULT_EXCLUDES.map(([reason, globs]) => [reason, picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { dot: true, nocase: ANY_CASE.includes(reason) })]);
/** Decides from the path alone whether a file is out of scope, and why. */
function pathFilter(include, exclude) {
    const opts = { dot: true, basename: false };
    const normalize = (patterns) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
    const included = include.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(normalize(include), opts) : undefined;
    const excluded = exclude.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(normalize(exclude), opts) : undefined;
    // Only a pattern anchored at a folder (dist/**, vendor/acme/**) brings back generated or vendored files;
    // a pattern that starts with ** (such as **/*.js) must not sweep in node_modules or bundles.
    const anchored = include.filter((p) => p.includes('/') && !p.startsWith('**'));
    const explicitlyIncluded = anchored.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anchored, opts) : undefined;
    return (path) => {
        for (const [reason, matches] of defaultMatchers) {
            if (!matches(path))
                continue;
            if (reason === 'secret' && SAFE_ENV(path))
                continue;
            // An explicit include may bring back generated or vendored code, never secrets or binaries.
            if (reason === 'secret' ||
                reason === 'binary' ||
                reason === 'image or media' ||
                !explicitlyIncluded?.(path))
                return reason;
        }
        if (excluded?.(path))
            return 'excluded by pattern';
        if (included && !included(path))
            return 'not included';
        return undefined;
    };
}
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/;
/** Decides from the content: binaries, and files that hold a private key, are not sent. */
function contentFilter(content) {
    if (content.length === 0)
        return 'empty';
    if (content.subarray(0, 8000).includes(0))
        return 'binary';
    if (PRIVATE_KEY.test(content.toString('latin1')))
        return 'secret';
    return undefined;
}


/***/ }),

/***/ 3221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInclude: () => (/* binding */ checkInclude),
  IK: () => (/* binding */ inspectFiles),
  jP: () => (/* binding */ planFiles)
});

// UNUSED EXPORTS: countLines

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/cache/scan-cache.ts
var scan_cache = __webpack_require__(3490);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/git/git.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The few git questions file selection asks, run with execFile (no shell, arguments never interpolated). */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async git(args) {
        const { stdout } = await run('git', args, {
            cwd: this.cwd,
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        });
        return stdout;
    }
    async isRepository() {
        return this.git(['rev-parse', '--is-inside-work-tree']).then((out) => out.trim() === 'true', () => false);
    }
    /** Tracked files plus untracked ones that are not ignored: what a developer expects scanned. */
    async listFiles() {
        const out = await this.git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        return [...new Set(out.split('\0').filter(Boolean))];
    }
    async hasCommit(ref) {
        return this.git(['cat-file', '-e', `${ref}^{commit}`]).then(() => true, () => false);
    }
    async isShallow() {
        return this.git(['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true', () => false);
    }
    /** Fetches a commit (or deepens history) from origin so a diff base becomes available. */
    async fetch(args) {
        return this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--quiet', ...args]).then(() => true, () => false);
    }
    async mergeBase(a, b) {
        return this.git(['merge-base', a, b]).then((out) => out.trim() || undefined, () => undefined);
    }
    /** Files changed from `base` to HEAD, renames detected, NUL-separated so any file name survives. */
    async diff(base) {
        const out = await this.git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, 'HEAD', '--']);
        return parseNameStatus(out);
    }
}
function parseNameStatus(out) {
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length; i++) {
        const code = parts[i];
        if (!code)
            continue;
        const letter = code[0];
        if (letter === 'R' || letter === 'C') {
            const previousPath = parts[++i];
            const path = parts[++i];
            files.push({ path, previousPath, status: letter === 'R' ? 'renamed' : 'copied' });
            continue;
        }
        const path = parts[++i];
        const status = { A: 'added', M: 'modified', D: 'deleted', T: 'type-changed' }[letter] ?? 'modified';
        files.push({ path, status });
    }
    return files;
}

// EXTERNAL MODULE: ./src/git/filters.ts
var filters = __webpack_require__(8735);
;// CONCATENATED MODULE: ./src/git/select-files.ts








/** Which files this run considers: all of them, or those changed against a base (DESIGN §2 scan-mode). */
async function planFiles(opts, ctx, log, prFiles) {
    const git = new Git(opts.workspace);
    const isRepo = await git.isRepository();
    const mode = opts.scanMode === 'auto' ? autoMode(ctx) : opts.scanMode;
    if (!isRepo)
        return {
            mode: 'full',
            base: undefined,
            how: 'not a git repository: every file',
            paths: await walk(opts.workspace),
            deleted: 0,
        };
    const full = async (why) => ({
        mode: 'full',
        base: undefined,
        how: why,
        paths: await git.listFiles(),
        deleted: 0,
    });
    if (mode === 'full')
        return full(opts.scanMode === 'full' ? 'full scan' : `full scan (${ctx.event})`);
    const base = opts.baseRef ?? ctx.pullRequest?.baseSha ?? ctx.before;
    if (!base)
        return full('full scan: no base to compare with');
    if (!(await ensureCommit(git, base, log))) {
        if (ctx.pullRequest && prFiles) {
            try {
                const files = await prFiles(ctx.pullRequest.number);
                return changed(files, base, 'changed files from the pull request API (base not in the clone)');
            }
            catch (e) {
                log(`Could not list the pull request's files: ${e.message}`);
            }
        }
        return full(`full scan: base ${select_files_short(base)} is not in the clone and could not be fetched`);
    }
    // Compare with the merge base, as a pull request's diff does; fall back to the base itself in a shallow clone.
    const from = (await git.mergeBase(base, 'HEAD')) ?? base;
    return changed(await git.diff(from), base, `changed since ${select_files_short(base)}`);
}
function changed(files, base, how) {
    const live = files.filter((f) => f.status !== 'deleted');
    return { mode: 'changed', base, how, paths: live.map((f) => f.path), deleted: files.length - live.length };
}
function autoMode(ctx) {
    if (ctx.pullRequest)
        return 'changed';
    if (ctx.event === 'push' && ctx.before)
        return 'changed';
    return 'full';
}
/** A shallow clone (actions/checkout's default) lacks the base: fetch that commit, then deepen history. */
async function ensureCommit(git, ref, log) {
    if (await git.hasCommit(ref))
        return true;
    log(`The diff base ${select_files_short(ref)} is not in the clone; fetching it.`);
    if (/^[0-9a-f]{40}$/.test(ref))
        await git.fetch(['--depth=1', 'origin', ref]);
    else
        await git.fetch(['--depth=50', 'origin', ref.replace(/^origin\//, '')]);
    if (await git.hasCommit(ref))
        return true;
    if (await git.isShallow())
        await git.fetch(['--deepen=500', 'origin']);
    return git.hasCommit(ref);
}
/** Reads, filters and hashes the planned files; reads run a few at a time to bound memory. */
async function inspectFiles(plan, opts) {
    const filter = (0,filters/* pathFilter */.Y1)(opts.include, opts.exclude);
    const maxBytes = opts.maxFileSizeKb * 1024;
    const limit = pLimit(16);
    const files = [];
    const skipped = [];
    const results = await Promise.all([...new Set(plan.paths)].sort().map((path) => limit(async () => {
        const reason = filter(path);
        if (reason)
            return { path, reason };
        return inspect((0,external_node_path_.join)(opts.workspace, path), path, maxBytes);
    })));
    for (const r of results)
        ('reason' in r ? skipped : files).push(r);
    return { ...plan, files, skipped };
}
async function inspect(abs, path, maxBytes) {
    try {
        const stat = await (0,promises_.lstat)(abs);
        if (stat.isSymbolicLink())
            return { path, reason: 'symlink' };
        if (!stat.isFile())
            return { path, reason: 'unreadable' };
        if (stat.size > maxBytes)
            return { path, reason: 'too large' };
        const content = await (0,promises_.readFile)(abs);
        const reason = (0,filters/* contentFilter */.A$)(content);
        if (reason)
            return { path, reason };
        return { path, sha256: (0,scan_cache/* sha256 */.sc)(content), size: content.length, lines: countLines(content), content };
    }
    catch {
        return { path, reason: 'unreadable' };
    }
}
function countLines(content) {
    let lines = 1;
    for (let i = content.indexOf(10); i !== -1 && i < content.length - 1; i = content.indexOf(10, i + 1))
        lines++;
    return lines;
}
async function walk(root) {
    const entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => (0,external_node_path_.relative)(root, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/'))
        .filter((p) => !p.startsWith('.git/') && !p.includes('node_modules/'));
}
/**
 * The include patterns checked against every file of the workspace, whatever the scan mode (a pattern that matches
 * nothing in a diff is normal; one that matches nothing at all is a typo, or another repository's): a
 * ConfigurationError when together they match no file, and a warning for each one that alone matches none.
 * Runs before any network call; patterns are matched as the path filter matches them.
 */
async function checkInclude(workspace, include) {
    if (include.length === 0)
        return [];
    const git = new Git(workspace);
    const paths = (await git.isRepository()) ? await git.listFiles() : await walk(workspace);
    const opts = { dot: true };
    const matcher = (patterns) => picomatch_default()(patterns.map((p) => (p.includes('/') ? p : `**/${p}`)), opts);
    const matchesSome = (patterns) => {
        const matches = matcher(patterns);
        return paths.some((p) => matches(p));
    };
    const hint = 'patterns are relative to the repository root, such as src/**/*.ts; an empty include scans every text file';
    if (!matchesSome(include)) {
        const value = include.join('\n');
        throw new errors/* ConfigurationError */.j(`Input 'include' has an invalid value ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}: it matches no file in the repository (${hint}).`);
    }
    return include
        .filter((p) => !p.startsWith('!') && !matchesSome([p]))
        .map((p) => `Input 'include' pattern ${JSON.stringify(p)} matches no file in the repository (the other patterns do): is it a typo? (${hint})`);
}
function select_files_short(ref) {
    return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
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
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1362);


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
