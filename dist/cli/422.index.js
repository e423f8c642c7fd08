export const id = 422;
export const ids = [422,573,182];
export const modules = {

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


/***/ }),

/***/ 5182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let undici;
/** Loads undici (once); a path the alias does not match reaches the real module. */
async function loadUndici() {
    undici ??= await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    return undici;
}
function loaded() {
    if (!undici)
        throw new Error('undici was used before loadUndici() had loaded it');
    return undici;
}
/** @public Imported as undici's by @actions/http-client and @actions/github, through tsconfig.json's paths. */
class ProxyAgent {
    constructor(options) {
        return new (loaded().ProxyAgent)(options);
    }
}
/** @public As ProxyAgent: undici's fetch for the modules that import it. */
const fetch = async (...args) => (await loadUndici()).fetch(...args);


/***/ }),

/***/ 6573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JsonReportReporter: () => (/* binding */ JsonReportReporter),
/* harmony export */   SarifReporter: () => (/* binding */ SarifReporter)
/* harmony export */ });
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(712);
/* harmony import */ var _render_sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8342);


/**
 * The whole report as JSON (the report-file output), for other steps and tools. Written only inside the
 * workspace or the runner's temp folder and never through a symbolic link (see safe-write): a refused write
 * throws, and the pipeline turns it into a warning that names the path.
 */
class JsonReportReporter {
    path;
    roots;
    name = 'JSON report';
    /** Whether this run wrote the file (the report-file output names it only then). */
    written = false;
    constructor(path, roots = (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeRoots */ .rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWriteFile */ .FI)(this.path, `${JSON.stringify(report, null, 2)}\n`, this.roots);
        this.written = true;
    }
}
/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other viewers; written as the JSON report is. */
class SarifReporter {
    path;
    roots;
    name = 'SARIF';
    /** Whether this run wrote the file (the sarif-file output names it only then). */
    written = false;
    constructor(path, roots = (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeRoots */ .rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWriteFile */ .FI)(this.path, `${JSON.stringify((0,_render_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSarif */ .W)(report), null, 2)}\n`, this.roots);
        this.written = true;
    }
}


/***/ }),

/***/ 5077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionReporters: () => (/* binding */ actionReporters)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/report/render/markdown.ts + 3 modules
var markdown = __webpack_require__(7941);
;// CONCATENATED MODULE: ./src/report/publish/actions-reporters.ts


/** The job summary: the whole report, with the cost trend. */
class JobSummaryReporter {
    name = 'Job summary';
    async publish(report) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core.summary.addRaw((0,markdown/* renderSummary */.Br)(report)).write();
    }
}
/** The step outputs, as action.yml declares them. */
class OutputsReporter {
    files;
    name = 'Outputs';
    constructor(files) {
        this.files = files;
    }
    publish(r) {
        for (const [name, value] of Object.entries(outputs(r, this.files)))
            core.setOutput(name, value);
        return Promise.resolve();
    }
}
function outputs(r, files) {
    const u = r.model.usage;
    return {
        'cache-backend': r.cache.backend,
        'files-total': String(r.selection.eligible),
        'cache-hits': String(r.cache.hits),
        'cache-misses': String(r.cache.misses),
        'cache-hit-rate': r.cache.hitRate.toFixed(1),
        'ai-calls': String(r.model.calls),
        'input-tokens': String(u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens),
        'output-tokens': String(u.outputTokens),
        'cost-usd': r.model.usd === undefined ? '' : r.model.usd.toFixed(6),
        'saved-usd': r.model.savedUsd.toFixed(6),
        findings: String(r.findings.length),
        critical: String(r.counts.critical),
        high: String(r.counts.high),
        medium: String(r.counts.medium),
        low: String(r.counts.low),
        'not-scanned': String(r.notScanned.length),
        'sarif-file': files.sarif ?? '',
        'report-file': files.report ?? '',
        conclusion: r.conclusion,
        shard: r.shard ?? '',
        'verification-calls': String(r.model.verification?.calls ?? 0),
        'verification-cost-usd': verificationUsd(r),
    };
}
/** The verify-findings share of cost-usd: 0 with it off, empty when the price is unknown. */
function verificationUsd(r) {
    const v = r.model.verification;
    if (!v)
        return (0).toFixed(6);
    return v.usd === undefined ? '' : v.usd.toFixed(6);
}

// EXTERNAL MODULE: ./src/report/publish/file-reporters.ts
var file_reporters = __webpack_require__(6573);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/compliance/cwe-table.ts
var cwe_table = __webpack_require__(1083);
;// CONCATENATED MODULE: ./src/report/render/annotations.ts


/** GitHub takes at most 50 annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** A bound on the requests one report makes (GitHub keeps annotations per check run, not without limit). */
const MAX_CHECK_ANNOTATIONS = 1000;
/** Workflow-command annotations: the runner shows a few per step, so only the most severe are sent. */
const MAX_WORKFLOW_ANNOTATIONS = 50;
const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;
const CHECK_LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
};
/** One annotation per finding, most severe first (the report's order), bounded in number and length. */
function checkAnnotations(r, max = MAX_CHECK_ANNOTATIONS) {
    return r.findings.slice(0, max).map(toAnnotation);
}
function toAnnotation(f) {
    return {
        path: f.path,
        start_line: Math.max(1, f.startLine),
        end_line: Math.max(1, f.startLine, f.endLine),
        annotation_level: CHECK_LEVEL[f.severity],
        title: annotationTitle(f),
        message: annotationMessage(f),
    };
}
/** Splits a list into requests of at most `size`. */
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function annotationTitle(f) {
    return (0,report_escape/* plainText */.wh)(`[${f.severity.toUpperCase()}] ${f.title}${f.cwe ? ` (${f.cwe})` : ''}`, TITLE_MAX);
}
function annotationMessage(f) {
    const text = [
        f.explanation.trim(),
        f.fix.trim() ? `Fix: ${f.fix.trim()}` : '',
        f.compliance.length ? `Compliance: ${(0,cwe_table/* complianceText */.VE)(f.compliance)}.` : '',
        `Confidence: ${f.confidence}.`,
    ]
        .filter(Boolean)
        .join('\n\n');
    return (0,report_escape/* plainText */.wh)(text, MESSAGE_MAX, true);
}
const WORKFLOW_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
};
/**
 * When no check run can be written (a fork's read-only token, a missing `checks: write`), findings become workflow
 * annotations, which need no permission: at most `max`, most severe first. Returns how many were emitted.
 */
function emitWorkflowAnnotations(r, sink, max = MAX_WORKFLOW_ANNOTATIONS) {
    const shown = r.findings.slice(0, max);
    for (const f of shown) {
        const a = toAnnotation(f);
        sink[WORKFLOW_LEVEL[f.severity]](a.message, {
            title: a.title,
            file: a.path,
            startLine: a.start_line,
            endLine: a.end_line,
        });
    }
    return shown.length;
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/report/publish/check-reporter.ts





const PERMISSION = 'checks: write';
const FULL_REPORT = "every finding is in the run's job summary and in its SARIF and JSON reports";
/** Check runs started by this process and not completed yet (see failStartedCheckRuns). */
const check_reporter_open = new Set();
/**
 * The check run: `in_progress` on the head commit when the scan starts, completed with the report's conclusion,
 * title, markdown and line annotations (50 per request). If the check cannot be written (403, 404, 5xx), one
 * warning names the permission, and the findings become workflow annotations instead.
 */
class CheckRunReporter {
    gh;
    target;
    log;
    annotate;
    now;
    name = 'Check run';
    id;
    denied = false;
    warned = false;
    constructor(gh, target, log, annotate, now = () => new Date()) {
        this.gh = gh;
        this.target = target;
        this.log = log;
        this.annotate = annotate;
        this.now = now;
    }
    async start() {
        const { owner, repo, headSha, name, detailsUrl } = this.target;
        try {
            const { data } = await this.gh.rest.checks.create({
                owner,
                repo,
                name,
                head_sha: headSha,
                status: 'in_progress',
                started_at: this.now().toISOString(),
                ...(detailsUrl ? { details_url: detailsUrl } : {}),
                output: { title: 'Scanning…', summary: 'The AI security scan is running.' },
            });
            this.id = data.id;
            check_reporter_open.add(this);
        }
        catch (e) {
            this.problem(e, 'create the check run', false);
        }
    }
    async publish(report) {
        if (this.denied) {
            this.fallback(report);
            return;
        }
        const { owner, repo, headSha, name, detailsUrl } = this.target;
        const out = (0,markdown/* renderCheckOutput */.IM)(report, { links: true, fullReport: FULL_REPORT });
        const output = { title: (0,report_escape/* plainText */.wh)(out.title, 255), summary: out.summary, text: out.text };
        const [first = [], ...rest] = batches(checkAnnotations(report));
        const done = {
            status: 'completed',
            conclusion: report.conclusion,
            completed_at: this.now().toISOString(),
            output: { ...output, annotations: first },
        };
        let id = this.id;
        try {
            if (id !== undefined) {
                await this.gh.rest.checks.update({ owner, repo, check_run_id: id, ...done });
            }
            else {
                const started = { started_at: report.startedAt, ...(detailsUrl ? { details_url: detailsUrl } : {}) };
                const { data } = await this.gh.rest.checks.create({
                    owner,
                    repo,
                    name,
                    head_sha: headSha,
                    ...started,
                    ...done,
                });
                id = data.id;
            }
            check_reporter_open.delete(this);
        }
        catch (e) {
            this.problem(e, id === undefined ? 'create the check run' : 'complete the check run');
            // Never leave it "in progress": a bare completion may pass where the full output did not.
            if (id !== undefined && !this.denied)
                await this.complete(id, report.conclusion, output.title, check_reporter_short(report));
            this.fallback(report);
            return;
        }
        try {
            for (const annotations of rest)
                await this.gh.rest.checks.update({
                    owner,
                    repo,
                    check_run_id: id,
                    output: { ...output, annotations },
                });
        }
        catch (e) {
            this.problem(e, 'add every annotation to the check run');
        }
    }
    /** Completes a started check as failed (the scan crashed before publishing). */
    async fail(reason) {
        if (this.id === undefined || !check_reporter_open.has(this))
            return;
        check_reporter_open.delete(this); // one attempt: a crash path must not hang on retries
        const summary = `The scan failed before it could report: ${(0,report_escape/* escapeMarkdown */.FV)(reason, 2000)}`;
        await this.complete(this.id, 'failure', (0,report_escape/* plainText */.wh)(`The scan failed: ${reason}`, 255), summary);
    }
    async complete(id, conclusion, title, summary) {
        const { owner, repo } = this.target;
        try {
            await this.gh.rest.checks.update({
                owner,
                repo,
                check_run_id: id,
                status: 'completed',
                conclusion,
                completed_at: this.now().toISOString(),
                output: { title, summary },
            });
            check_reporter_open.delete(this);
        }
        catch (e) {
            this.problem(e, 'complete the check run');
        }
    }
    /** Findings as workflow annotations: they need no permission and show on the pull request's diff. */
    fallback(report) {
        const n = emitWorkflowAnnotations(report, this.annotate);
        if (n)
            this.log.info(`${n} finding(s) shown as workflow annotations instead of check-run annotations.`);
    }
    /** One warning per run, naming the permission; a denial stops further check calls. */
    problem(e, what, final = true) {
        if ((0,errors/* isDenied */.GZ)(e))
            this.denied = true;
        if (this.warned) {
            this.log.debug(`${this.name}: ${(0,errors/* apiProblem */.UI)(e, what, PERMISSION)}`);
            return;
        }
        if (!final && !this.denied) {
            this.log.info(`${this.name}: ${(0,errors/* apiProblem */.UI)(e, what, PERMISSION)} It is tried again when the scan ends.`);
            return;
        }
        this.warned = true;
        this.log.warning(`${this.name}: ${(0,src_text/* clip */.$)((0,errors/* apiProblem */.UI)(e, what, PERMISSION), 1000)}`);
    }
}
/** The bare summary a check falls back to when its full output is refused. */
function check_reporter_short(r) {
    return `${(0,report_escape/* escapeMarkdown */.FV)(r.title, 300)}\n\nThe full report is in the run's job summary.`;
}
/**
 * Completes every check run this process started and did not complete, as failed: main's catch calls it when
 * the scan crashed, so no check stays "in progress" forever.
 */
async function failStartedCheckRuns(reason) {
    await Promise.all([...check_reporter_open].map((r) => r.fail(reason)));
}
/** Findings as workflow annotations only: for runs whose token cannot write checks (a fork's pull request). */
class WorkflowAnnotationsReporter {
    annotate;
    name = 'Workflow annotations';
    constructor(annotate) {
        this.annotate = annotate;
    }
    publish(report) {
        emitWorkflowAnnotations(report, this.annotate);
        return Promise.resolve();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/publish/comment-reporter.ts




/** Findings the comment remembers for the next run's "new / fixed" (about 14 KB of the 65,536 characters). */
const MAX_TRACKED_FINDINGS = 1000;
/** The hidden first line that finds this report's comment again: one comment per pull request and report name. */
function commentMarker(reportName) {
    return `<!-- ai-scanner-action:comment:${(0,report_escape/* commentSafe */.XO)(reportName)} -->`;
}
const STATE_PREFIX = '<!-- ai-scanner-action:findings:v1 ';
const STATE = /^<!-- ai-scanner-action:findings:v1 (partial )?([0-9a-f,-]*) -->$/m;
/**
 * A finding's short id: 4 hex of its path's hash (so findings of files that could not be scanned this time are
 * recognised and carried over) and 8 of its id, with the occurrence suffix.
 */
function shortId(f) {
    const [hash = '', suffix] = f.id.split('-');
    const path = (0,external_node_crypto_.createHash)('sha256').update(f.path).digest('hex').slice(0, 4);
    return `${path}${hash.slice(0, 8)}${suffix ? `-${suffix}` : ''}`;
}
function parseCommentState(body) {
    const m = STATE.exec(body);
    if (!m)
        return undefined;
    return { partial: Boolean(m[1]), ids: m[2] ? m[2].split(',').filter(Boolean) : [] };
}
function stateLine(state) {
    return `${STATE_PREFIX}${state.partial ? 'partial ' : ''}${state.ids.join(',')} -->`;
}
/**
 * What this run's comment remembers and how it differs from the previous one. Findings of files not scanned this
 * time are unknown, not fixed: their previous ids are carried over. A scan that could not run, or a dry run,
 * compares nothing and keeps the previous state.
 */
function compareWithPrevious(r, previous) {
    const ids = r.findings.map(shortId);
    if (r.fatal || r.dryRun)
        return {
            state: previous ?? { ids: [], partial: false },
            changes: previous ? { tracked: false, added: new Set(), fixed: 0 } : undefined,
        };
    const unknownPaths = new Set(r.notScanned.map((n) => shortId({ id: '', path: n.path })));
    const current = new Set(ids);
    const carried = previous?.ids.filter((id) => unknownPaths.has(id.slice(0, 4)) && !current.has(id)) ?? [];
    const all = [...ids, ...carried];
    const state = { ids: all.slice(0, MAX_TRACKED_FINDINGS), partial: all.length > MAX_TRACKED_FINDINGS };
    if (!previous)
        return { state, changes: undefined };
    if (previous.partial)
        return { state, changes: { tracked: false, added: new Set(), fixed: 0 } };
    const before = new Set(previous.ids);
    const carriedSet = new Set(carried);
    return {
        state,
        changes: {
            tracked: true,
            added: new Set(r.findings.filter((f) => !before.has(shortId(f))).map((f) => f.id)),
            fixed: previous.ids.filter((id) => !current.has(id) && !carriedSet.has(id)).length,
        },
    };
}
const comment_reporter_FULL_REPORT = "every finding is in the run's job summary and in its SARIF and JSON reports";
/** The sticky comment's body: the marker, the remembered findings, then the report within the comment limit. */
function renderComment(r, previous, reportName = r.name) {
    const { state, changes } = compareWithPrevious(r, previous);
    return (0,markdown/* renderMarkdown */.Gc)(r, {
        limit: markdown/* LIMITS */.b1.comment,
        links: true,
        trend: false,
        marker: `${commentMarker(reportName)}\n${stateLine(state)}`,
        changes,
        fullReport: comment_reporter_FULL_REPORT,
    });
}
/** Comments this action may adopt are written by a bot (the workflow's GITHUB_TOKEN is github-actions[bot]). */
function isBotAuthor(user) {
    return user?.type === 'Bot' || user?.login === 'github-actions[bot]';
}
/**
 * The sticky pull-request comment: found by its hidden marker across every page of comments, adopted only when a
 * bot wrote it (a person quoting the marker is not adopted), updated in place, created once.
 */
class PullRequestCommentReporter {
    gh;
    target;
    log;
    name = 'PR comment';
    constructor(gh, target, log) {
        this.gh = gh;
        this.target = target;
        this.log = log;
    }
    async publish(report) {
        const { owner, repo, issueNumber } = this.target;
        let step = "read the pull request's comments";
        try {
            const existing = await this.find();
            const previous = existing ? parseCommentState(existing.body ?? '') : undefined;
            const body = renderComment(report, previous, this.target.reportName);
            step = existing ? 'update the PR comment' : 'create the PR comment';
            if (existing) {
                await this.gh.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
                this.log.info(`PR comment updated: ${existing.html_url}`);
            }
            else {
                const { data } = await this.gh.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    body,
                });
                this.log.info(`PR comment created: ${data.html_url}`);
            }
        }
        catch (e) {
            this.log.warning(`${this.name}: ${(0,errors/* apiProblem */.UI)(e, step, 'pull-requests: write')}`);
        }
    }
    async find() {
        const { owner, repo, issueNumber, reportName } = this.target;
        const marker = commentMarker(reportName);
        const pages = this.gh.paginate.iterator(this.gh.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        for await (const page of pages) {
            const found = page.data.find((c) => isBotAuthor(c.user) && firstLine(c.body ?? '') === marker);
            if (found)
                return found;
        }
        return undefined;
    }
}
function firstLine(text) {
    const end = text.indexOf('\n');
    return (end < 0 ? text : text.slice(0, end)).trim();
}

;// CONCATENATED MODULE: ./src/report/publish/github-reporters.ts


/**
 * The reporters that write to GitHub: the sticky comment (pull requests, `pr-comment`) and the check run
 * (`check-run`). A pull request from a fork runs with a read-only token: it gets workflow annotations instead
 * (the job summary is written in any case), and no call that is bound to be refused.
 */
function githubReporters(config, ctx, log, annotate, client) {
    const pr = ctx.pullRequest;
    const comment = config.prComment && pr !== undefined && ctx.event.startsWith('pull_request');
    const check = config.checkRun && ctx.sha !== undefined;
    if ((!comment && !check) || !ctx.repository || ctx.ci !== 'github-actions')
        return [];
    if (ctx.event === 'pull_request' && pr?.fork) {
        log.info('This pull request comes from a fork, whose token is read-only: results go to the job summary and workflow annotations, not to a PR comment or a check run. The check run comes from the run a maintainer starts with the ai-scan label (docs/fork-pull-requests.md).');
        return [new WorkflowAnnotationsReporter(annotate)];
    }
    if (!config.githubToken) {
        log.warning("Input 'github-token' is empty: no PR comment or check run (the default is ${{ github.token }}); findings go to workflow annotations.");
        return [new WorkflowAnnotationsReporter(annotate)];
    }
    // Built by the caller, which loads Octokit only when it has a token and a repository to talk to.
    const gh = client?.(config.githubToken);
    if (!gh)
        return [new WorkflowAnnotationsReporter(annotate)];
    const { owner, repo } = ctx.repository;
    const reporters = [];
    if (comment)
        reporters.push(new PullRequestCommentReporter(gh, { owner, repo, issueNumber: pr.number, reportName: config.reportName }, log));
    if (check)
        reporters.push(new CheckRunReporter(gh, {
            owner,
            repo,
            headSha: ctx.sha,
            name: config.reportName,
            ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
        }, log, annotate));
    return reporters;
}

// EXTERNAL MODULE: ./src/safe-write.ts
var safe_write = __webpack_require__(712);
;// CONCATENATED MODULE: ./src/report/publish/reporters.ts





/** Every place an action run reports to: summary, outputs, JSON and SARIF files, PR comment and check run. */
function actionReporters(config, ctx, log, gh) {
    const json = config.reportFile ? new file_reporters.JsonReportReporter(config.reportFile, (0,safe_write/* writeRoots */.rX)()) : undefined;
    const sarif = config.sarifFile ? new file_reporters.SarifReporter(config.sarifFile, (0,safe_write/* writeRoots */.rX)()) : undefined;
    return [
        new JobSummaryReporter(),
        ...(json ? [json] : []),
        ...(sarif ? [sarif] : []),
        // After the files: an output names a file only if this run wrote it (a refused write leaves a link there).
        new OutputsReporter({
            get sarif() {
                return sarif?.written ? config.sarifFile : undefined;
            },
            get report() {
                return json?.written ? config.reportFile : undefined;
            },
        }),
        // A shard reports to its own job only: the ordinary run after the matrix posts the comment and the check.
        ...(config.shard ? [] : githubReporters(config, ctx, log, core, gh ? () => gh : undefined)),
    ];
}


/***/ })

};
