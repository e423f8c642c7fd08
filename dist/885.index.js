export const id = 885;
export const ids = [885];
export const modules = {

/***/ 160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ costUsd),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   X_: () => (/* binding */ round6),
/* harmony export */   vk: () => (/* binding */ addUsage),
/* harmony export */   yJ: () => (/* binding */ NO_USAGE)
/* harmony export */ });
const NO_USAGE = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
function addUsage(a, b) {
    return {
        inputTokens: a.inputTokens + b.inputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
        cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
    };
}
/** USD for a usage; undefined when the price is unknown (we never guess). */
function costUsd(usage, price) {
    if (!price)
        return undefined;
    const usd = usage.inputTokens * price.input +
        usage.outputTokens * price.output +
        usage.cacheReadTokens * (price.cacheRead ?? price.input) +
        usage.cacheWriteTokens * (price.cacheWrite ?? price.input);
    return round6(usd / 1e6);
}
function round6(n) {
    return Math.round(n * 1e6) / 1e6;
}
/** $0.0123 for small amounts, $1.23 above a dollar; "unknown" when the price is not known. */
function formatUsd(usd) {
    if (usd === undefined)
        return 'unknown';
    if (usd === 0)
        return '$0.00';
    if (usd >= 1)
        return `$${usd.toFixed(2)}`;
    if (usd >= 0.01)
        return `$${usd.toFixed(3)}`;
    return `$${usd.toPrecision(2)}`;
}


/***/ }),

/***/ 3437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ SKIP_REASON_TEXT)
/* harmony export */ });
const SKIP_REASON_TEXT = {
    secret: 'credential file (never sent to the model; reported as a finding)',
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


/***/ }),

/***/ 6885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ CheckRunReporter),
  r: () => (/* binding */ WorkflowAnnotationsReporter),
  failStartedCheckRuns: () => (/* binding */ failStartedCheckRuns)
});

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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

// EXTERNAL MODULE: ./src/report/render/markdown.ts
var markdown = __webpack_require__(8298);
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


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   IM: () => (/* binding */ renderCheckOutput),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
/* unused harmony export renderText */
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1122);
/* harmony import */ var _cost_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(160);
/* harmony import */ var _git_skip_reasons_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3437);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _cache_cache_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5364);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8992);






/** GitHub's limits for each surface (characters): job summary 1 MiB, comment body, check-run output summary and text. */
const LIMITS = { summary: 1024 * 1024, comment: 65_536, check: 65_535 };
const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
const VERDICT = { success: '✅', failure: '❌', neutral: '⚠️' };
const NOT_SCANNED_SHOWN = 50;
const NOT_SCANNED_SHOWN_TIGHT = 10;
const SKIPPED_SHOWN = 100;
const VENDORED_SHOWN = 5;
const DEFAULT_FULL_REPORT = 'every finding is in the SARIF and JSON reports';
/**
 * The report as markdown: the verdict, then cost, AI calls, hit rate and savings, then findings by severity,
 * files not scanned, and the details. When it does not fit `limit`, it is trimmed gracefully and says what was
 * cut: first the list of skipped files, then medium and low findings, then as many critical and high findings as
 * fit, then every finding (counts only), then the list of files not scanned is shortened; a last-resort cut at a
 * line boundary guards tiny limits.
 */
function renderMarkdown(r, opts) {
    return fit(r, opts, 'whole');
}
/** The job summary: the whole report with the cost trend, within the step summary's 1 MiB (bytes). */
function renderSummary(r) {
    return renderMarkdown(r, { limit: LIMITS.summary - 1024, links: true, trend: true, bytes: true });
}
/** The check run's output: the head (verdict, cost, counts, what was not scanned) as summary, the rest as text. */
function renderCheckOutput(r, opts) {
    const o = { ...opts, limit: opts.limit ?? LIMITS.check, trend: false };
    return { title: r.title, summary: fit(r, o, 'head'), text: fit(r, o, 'body') };
}
function fit(r, opts, part) {
    const trend = opts.trend;
    const highs = r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high').length;
    const render = (shape) => compose(r, opts, shape, part);
    const fits = (text) => size(text, opts) <= opts.limit;
    const tries = [
        { findings: 'all', skippedList: true, notScanned: NOT_SCANNED_SHOWN, trend },
        { findings: 'all', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend },
    ];
    if (highs < r.findings.length)
        tries.push({ findings: 'high', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend });
    for (const shape of tries) {
        const text = render(shape);
        if (fits(text))
            return text;
    }
    // As many critical and high findings as fit (most severe first): a binary search on their number.
    let best;
    for (let lo = 1, hi = highs - 1; lo <= hi;) {
        const mid = (lo + hi) >> 1;
        const text = render({ findings: mid, skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend });
        if (fits(text))
            [best, lo] = [text, mid + 1];
        else
            hi = mid - 1;
    }
    if (best)
        return best;
    for (const shape of [
        { findings: 'none', skippedList: false, notScanned: NOT_SCANNED_SHOWN, trend },
        { findings: 'none', skippedList: false, notScanned: NOT_SCANNED_SHOWN_TIGHT, trend: false },
    ]) {
        const text = render(shape);
        if (fits(text))
            return text;
    }
    return cut(render({ findings: 'none', skippedList: false, notScanned: 0, trend: false }), opts);
}
function size(text, opts) {
    return opts.bytes ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The last resort: whole lines up to the limit, and a note that the rest was cut. */
function cut(text, opts) {
    const note = "\n\n_… the rest is cut to fit GitHub's size limit._\n";
    let lines = text.split('\n');
    while (lines.length > 1 && size(`${lines.join('\n')}${note}`, opts) > opts.limit)
        lines = lines.slice(0, -1);
    const out = `${lines.join('\n')}${note}`;
    return size(out, opts) <= opts.limit ? out : (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .clip */ .$)(note.trim(), Math.max(0, opts.limit));
}
function compose(r, opts, shape, part) {
    const out = [];
    if (part !== 'body') {
        if (opts.marker)
            out.push(opts.marker);
        out.push(`## ${VERDICT[r.conclusion]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.name, 100)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.title, 300)}`, '');
        out.push(...headline(r), '');
        if (r.fatal)
            out.push(`> [!CAUTION]`, `> The scan could not run: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.fatal, 600)}`, '');
        if (opts.changes)
            out.push(changesLine(opts.changes), '');
        out.push(countsLine(r), '');
        if (r.notScanned.length)
            out.push(...notScannedSection(r, shape.notScanned), '');
        out.push(...vendoredNote(r));
    }
    if (part !== 'head') {
        out.push(...findingsSection(r, opts, shape));
        out.push(...detailsSection(r, shape, opts.limit));
        if (shape.trend)
            out.push(...trendSection(r));
        out.push('', footer(r));
    }
    return out.join('\n') + '\n';
}
function headline(r) {
    const m = r.model;
    const cost = r.dryRun ? `${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(m.estimateUsd)} (estimated, dry run)` : (0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(m.usd);
    const u = m.usage;
    const n = (x) => x.toLocaleString('en-US');
    const promptCache = u.cacheReadTokens || u.cacheWriteTokens
        ? ` · prompt cache ${n(u.cacheReadTokens)} read / ${n(u.cacheWriteTokens)} written`
        : '';
    return [
        '| Cost | AI calls | Cache hit rate | Saved by the cache | Tokens |',
        '| --- | --- | --- | --- | --- |',
        `| ${cost} | ${m.calls} | ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} of ${r.cache.hits + r.cache.misses}) | ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(m.savedUsd)} | ${n(u.inputTokens)} in / ${n(u.outputTokens)} out${promptCache} |`,
    ];
}
function changesLine(c) {
    if (!c.tracked)
        return '_Changes since the last run are not shown: that run had more findings than this comment tracks._';
    if (!c.added.size && !c.fixed)
        return '**Since the last run:** no new or fixed findings.';
    return `**Since the last run:** 🆕 ${c.added.size} new · ✔️ ${c.fixed} fixed`;
}
function countsLine(r) {
    return `**Findings:** ${_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => `${ICON[s]} ${r.counts[s]} ${s}`).join(' · ')}`;
}
function findingsSection(r, opts, shape) {
    const out = [];
    const total = r.findings.length;
    const where = `${opts.fullReport ?? DEFAULT_FULL_REPORT}`;
    const limit = `GitHub's size limit (${opts.limit.toLocaleString('en-US')} characters)`;
    if (shape.findings === 'none') {
        if (total)
            out.push(`_The list of ${total} finding(s) is left out to fit ${limit}; ${where}._`, '');
        return out;
    }
    const severe = r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high');
    const shown = shape.findings === 'all'
        ? r.findings
        : shape.findings === 'high'
            ? severe
            : severe.slice(0, shape.findings);
    for (const s of _config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC) {
        const group = shown.filter((f) => f.severity === s);
        if (!group.length)
            continue;
        const of = r.counts[s] > group.length ? ` — ${group.length} of ${r.counts[s]} shown` : '';
        out.push(`### ${ICON[s]} ${capitalize(s)} (${r.counts[s]}${of})`, '');
        for (const f of group)
            out.push(...findingLines(r, f, opts));
        out.push('');
    }
    if (shown.length < total) {
        const cutSevere = severe.length - shown.length;
        const cutOther = total - severe.length;
        const parts = [
            ...(cutSevere ? [`${cutSevere} critical and high`] : []),
            ...(cutOther ? [`${cutOther} medium and low`] : []),
        ];
        out.push(`_Showing ${shown.length} of ${total} findings, the most severe first: ${parts.join(' and ')} finding(s) are left out to fit ${limit}; ${where}._`, '');
    }
    return out;
}
function findingLines(r, f, opts) {
    const where = `${f.path}:${f.startLine}`;
    const range = `#L${f.startLine}${f.endLine > f.startLine ? `-L${f.endLine}` : ''}`;
    // The link text is a code span (nothing in it is markdown, not even `]`); the target is percent-encoded.
    const url = blobUrl(r, f.path);
    const link = opts.links && url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(where)}](${url}${range})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(where);
    const tags = [f.cwe, f.category === 'compliance' ? f.framework : undefined, `${f.confidence} confidence`]
        .filter(Boolean)
        .join(' · ');
    const isNew = opts.changes?.tracked && opts.changes.added.has(f.id) ? ' · 🆕 **new**' : '';
    return [
        `- ${link}: **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.title, 200)}** · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(tags, 100)}${isNew}`,
        ...(f.explanation.trim() ? [`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.explanation, 600)}`] : []),
        ...(f.fix.trim() ? [`  _Fix:_ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.fix, 600)}`] : []),
    ];
}
/** The file at the scanned commit on GitHub, or undefined when the run's server, repository or commit is unknown or odd. */
function blobUrl(r, path) {
    if (!r.repository || !r.sha || !(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .isLinkSafeUrl */ .rf)(r.serverUrl))
        return undefined;
    return `${r.serverUrl.replace(/\/+$/, '')}/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .pathUrl */ .zQ)(r.repository)}/blob/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .pathUrl */ .zQ)(r.sha)}/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .pathUrl */ .zQ)(path)}`;
}
function notScannedSection(r, max) {
    const shown = r.notScanned.slice(0, max);
    const estimate = r.model.estimateUsd !== undefined && !r.dryRun
        ? ` Scanning them would cost about ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(r.model.estimateUsd)}.`
        : '';
    return [
        `> [!WARNING]`,
        `> ${r.notScanned.length} file(s) were **not scanned**; this result is incomplete.${estimate}`,
        '',
        ...shown.map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(f.path)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.reason, 300)}`),
        ...(r.notScanned.length > shown.length ? [`- … and ${r.notScanned.length - shown.length} more`] : []),
    ];
}
/**
 * Vendored folders stay unreviewed (third-party code), so a change that touches them says so where it is seen,
 * not only in the skipped list.
 */
function vendoredNote(r) {
    if (r.selection.mode !== 'changed')
        return [];
    const vendored = r.skipped.filter((s) => s.reason === 'vendored');
    if (!vendored.length)
        return [];
    const shown = vendored.slice(0, VENDORED_SHOWN).map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(s.path));
    const more = vendored.length > shown.length ? ` and ${vendored.length - shown.length} more` : '';
    return [
        '> [!NOTE]',
        `> This change touches ${vendored.length} file(s) in vendored folders, which are not reviewed: ${shown.join(', ')}${more}.`,
        '',
    ];
}
function detailsSection(r, shape, limit) {
    const reasons = new Map();
    for (const s of r.skipped)
        reasons.set(_git_skip_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIP_REASON_TEXT */ .p[s.reason], (reasons.get(_git_skip_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIP_REASON_TEXT */ .p[s.reason]) ?? 0) + 1);
    const skipped = [...reasons].map(([why, n]) => `${n} ${why}`).join('; ');
    const notes = r.cache.notes.map((n) => {
        const state = n.state === 'loaded'
            ? `loaded (${n.entries} entries)`
            : n.state === 'cold'
                ? 'cold start'
                : `unreadable, ${n.newer ? 'left as is (a newer scanner wrote it)' : 'replaced'} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n.detail ?? '', 200)})`;
        return `- Read ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(n.location)}: ${state}`;
    });
    const save = r.cache.save;
    const write = !save
        ? 'none (dry run)'
        : save.state === 'saved'
            ? `saved to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(save.location ?? '')}${save.attempts > 1 ? ` after ${save.attempts} attempts (merged with concurrent runs)` : ''}`
            : `${save.state}${save.detail ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(save.detail, 300)})` : ''}`;
    const list = !r.skipped.length
        ? []
        : shape.skippedList
            ? [
                '- Skipped files:',
                ...r.skipped
                    .slice(0, SKIPPED_SHOWN)
                    .map((s) => `  - ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(s.path)}: ${_git_skip_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIP_REASON_TEXT */ .p[s.reason]}`),
                ...(r.skipped.length > SKIPPED_SHOWN ? [`  - … and ${r.skipped.length - SKIPPED_SHOWN} more`] : []),
            ]
            : [
                '- Skipped files:',
                `  - _The list of skipped files is left out to fit GitHub's size limit (${limit.toLocaleString('en-US')} characters)._`,
            ];
    return [
        '<details><summary>Files and cache</summary>',
        '',
        `- Considered: ${r.selection.considered} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.selection.how, 200)}) · Eligible: ${r.selection.eligible} · Skipped: ${r.skipped.length}${skipped ? ` (${skipped})` : ''}${r.selection.deleted ? ` · Deleted: ${r.selection.deleted}` : ''}`,
        `- Backend: **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.cache.backend, 40)}** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.cache.why, 400)})`,
        `- Scope: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.cache.scope, 300)}`,
        ...notes,
        `- Write: ${write}`,
        ...(r.cache.forceRescan ? ['- force-rescan: cached results were ignored and replaced'] : []),
        ...(r.model.throttled
            ? [`- The model throttled or failed ${r.model.throttled} call(s); they were retried.`]
            : []),
        ...list,
        '',
        '</details>',
    ];
}
/** Cost and hit rate over recent runs (Mermaid renders in job summaries), and this month's totals. */
function trendSection(r) {
    const runs = r.history.slice(-20);
    if (runs.length < 2)
        return [];
    const month = r.startedAt.slice(0, 7);
    const mtd = r.history.filter((h) => h.at.startsWith(month));
    const sum = (f) => mtd.reduce((n, h) => n + f(h), 0);
    const costs = runs.map((h) => (h.usd ?? 0).toFixed(4));
    const rates = runs.map((h) => h.hits + h.misses ? ((100 * h.hits) / (h.hits + h.misses)).toFixed(1) : '100');
    return [
        '',
        '<details><summary>Cost trend</summary>',
        '',
        '```mermaid',
        'xychart-beta',
        `  title "Cost per run (USD), last ${runs.length} runs"`,
        `  x-axis [${runs.map((_, i) => i + 1).join(', ')}]`,
        `  y-axis "USD"`,
        `  bar [${costs.join(', ')}]`,
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        `  title "Cache hit rate (%)"`,
        `  x-axis [${runs.map((_, i) => i + 1).join(', ')}]`,
        `  y-axis "hit rate" 0 --> 100`,
        `  line [${rates.join(', ')}]`,
        '```',
        '',
        // The document keeps the last MAX_RUNS runs: when the oldest kept is of this month, earlier ones are gone.
        `| ${month} so far${mtd.length >= _cache_cache_document_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RUNS */ ._k && r.history[0]?.at.startsWith(month) ? ` (the last ${_cache_cache_document_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RUNS */ ._k} runs kept)` : ''} | runs | AI calls | cost | saved by the cache |`,
        '| --- | --- | --- | --- | --- |',
        `| this cache | ${mtd.length} | ${sum((h) => h.calls)} | ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(sum((h) => h.usd ?? 0))} | ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(sum((h) => h.savedUsd))} |`,
        '',
        '</details>',
    ];
}
function footer(r) {
    const model = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codePath */ .Xe)(r.model.id, 200);
    const run = r.runUrl && (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .isLinkSafeUrl */ .rf)(r.runUrl) ? ` · [run](${r.runUrl})` : '';
    return `<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.tool.name, 60)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(r.tool.version, 40)} · model ${model}${run}</sub>`;
}
/** Plain text for the CLI (a terminal: control characters, such as ANSI escapes, are dropped). */
function renderText(r) {
    const m = r.model;
    const lines = [
        `${r.conclusion.toUpperCase()}: ${oneLine(r.title)}`,
        `Cost: ${r.dryRun ? `dry run, scanning the misses would cost about ${formatUsd(m.estimateUsd)}` : formatUsd(m.usd)} · AI calls: ${m.calls} · cache hit rate: ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} hits, ${r.cache.misses} misses) · saved: ${formatUsd(m.savedUsd)}`,
        `Files: ${r.selection.considered} considered (${oneLine(r.selection.how)}), ${r.selection.eligible} eligible, ${r.skipped.length} skipped · cache: ${r.cache.backend} (${oneLine(r.cache.why)})`,
    ];
    for (const f of r.findings)
        lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${oneLine(f.path)}:${f.startLine}  ${oneLine(f.title)}${f.cwe ? ` (${f.cwe})` : ''}`);
    for (const f of r.notScanned)
        lines.push(`  NOT SCANNED ${oneLine(f.path)}: ${oneLine(f.reason)}`);
    if (r.fatal)
        lines.push(`The scan could not run: ${oneLine(r.fatal)}`);
    return lines.join('\n') + '\n';
}
function oneLine(text) {
    return stripInvisible(text)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/\p{Cc}/gu, '')
        .slice(0, 300);
}
function capitalize(s) {
    return s[0].toUpperCase() + s.slice(1);
}


/***/ })

};
