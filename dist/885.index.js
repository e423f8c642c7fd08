export const id = 885;
export const ids = [885];
export const modules = {

/***/ 1083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ tagId),
/* harmony export */   VE: () => (/* binding */ complianceText),
/* harmony export */   fP: () => (/* binding */ complianceFor)
/* harmony export */ });
/* unused harmony exports CWE_TABLE_VERSION, mappedCwes, tagLabel */
const CWE_TABLE_VERSION = '2026-12.1';
/** OWASP Top 10 2021: https://owasp.org/Top10/2021/, each category's "List of Mapped CWEs". */
const OWASP_2021 = [
    {
        id: 'A01:2021',
        name: 'Broken Access Control',
        cwes: [
            22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441, 497, 538, 540,
            548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
        ],
    },
    {
        id: 'A02:2021',
        name: 'Cryptographic Failures',
        cwes: [
            259, 261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336, 337, 338, 340,
            347, 523, 720, 757, 759, 760, 780, 818, 916,
        ],
    },
    {
        id: 'A03:2021',
        name: 'Injection',
        cwes: [
            20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 113, 116, 138, 184,
            470, 471, 564, 610, 643, 644, 652, 917,
        ],
    },
    {
        id: 'A04:2021',
        name: 'Insecure Design',
        cwes: [
            73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434, 444, 451, 472, 501,
            522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799, 807, 840, 841, 927, 1021, 1173,
        ],
    },
    {
        id: 'A05:2021',
        name: 'Security Misconfiguration',
        cwes: [2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004, 1032, 1174],
    },
    { id: 'A06:2021', name: 'Vulnerable and Outdated Components', cwes: [937, 1035, 1104] },
    {
        id: 'A07:2021',
        name: 'Identification and Authentication Failures',
        cwes: [
            255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613, 620, 640, 798, 940,
            1216,
        ],
    },
    {
        id: 'A08:2021',
        name: 'Software and Data Integrity Failures',
        cwes: [345, 353, 426, 494, 502, 565, 784, 829, 830, 915],
    },
    { id: 'A09:2021', name: 'Security Logging and Monitoring Failures', cwes: [117, 223, 532, 778] },
    { id: 'A10:2021', name: 'Server-Side Request Forgery', cwes: [918] },
];
/**
 * OWASP Top 10 2025: https://owasp.org/Top10/2025/, each category's "List of Mapped CWEs". SSRF joined Broken
 * Access Control (with CWE-732, incorrect permissions); Security Misconfiguration moved up to A02; Software
 * Supply Chain Failures replaced Vulnerable Components; the new A10 takes error handling and failing open.
 */
const OWASP_2025 = [
    {
        id: 'A01:2025',
        name: 'Broken Access Control',
        cwes: [
            22, 23, 36, 59, 61, 65, 200, 201, 219, 276, 281, 282, 283, 284, 285, 352, 359, 377, 379, 402, 424, 425,
            441, 497, 538, 540, 548, 552, 566, 601, 615, 639, 668, 732, 749, 862, 863, 918, 922, 1275,
        ],
    },
    {
        id: 'A02:2025',
        name: 'Security Misconfiguration',
        cwes: [5, 11, 13, 15, 16, 260, 315, 489, 526, 547, 611, 614, 776, 942, 1004, 1174],
    },
    { id: 'A03:2025', name: 'Software Supply Chain Failures', cwes: [447, 1035, 1104, 1329, 1357, 1395] },
    {
        id: 'A04:2025',
        name: 'Cryptographic Failures',
        cwes: [
            261, 296, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 334, 335, 336, 337, 338,
            340, 342, 347, 523, 757, 759, 760, 780, 916, 1240, 1241,
        ],
    },
    {
        id: 'A05:2025',
        name: 'Injection',
        cwes: [
            20, 74, 76, 77, 78, 79, 80, 83, 86, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 103, 104, 112, 113, 114,
            115, 116, 129, 159, 470, 493, 500, 564, 610, 643, 644, 917,
        ],
    },
    {
        id: 'A06:2025',
        name: 'Insecure Design',
        cwes: [
            73, 183, 256, 266, 269, 286, 311, 312, 313, 316, 362, 382, 419, 434, 436, 444, 451, 454, 472, 501, 522,
            525, 539, 598, 602, 628, 642, 646, 653, 656, 657, 676, 693, 799, 807, 841, 1021, 1022, 1125,
        ],
    },
    {
        id: 'A07:2025',
        name: 'Authentication Failures',
        cwes: [
            258, 259, 287, 288, 289, 290, 291, 293, 294, 295, 297, 298, 299, 300, 302, 303, 304, 305, 306, 307, 308,
            309, 346, 350, 384, 521, 613, 620, 640, 798, 940, 941, 1390, 1391, 1392, 1393,
        ],
    },
    {
        id: 'A08:2025',
        name: 'Software or Data Integrity Failures',
        cwes: [345, 353, 426, 427, 494, 502, 506, 509, 565, 784, 829, 830, 915, 926],
    },
    { id: 'A09:2025', name: 'Security Logging and Alerting Failures', cwes: [117, 221, 223, 532, 778] },
    {
        id: 'A10:2025',
        name: 'Mishandling of Exceptional Conditions',
        cwes: [
            209, 215, 234, 235, 248, 252, 274, 280, 369, 390, 391, 394, 396, 397, 460, 476, 478, 484, 550, 636, 703,
            754, 755, 756,
        ],
    },
];
/**
 * Weaknesses the published lists leave out that the checklist asks for, placed in the category whose kind
 * they are: prototype pollution and template injection are injection; a too-broad permission (CWE-732) is
 * broken access control, as the 2025 list itself has it. Marked here so the published lists above stay as
 * published; a year a CWE is published in is never overridden.
 */
const ADDED = {
    1321: { 2021: 'A03:2021', 2025: 'A05:2025' },
    1336: { 2021: 'A03:2021', 2025: 'A05:2025' },
    732: { 2021: 'A01:2021' },
};
/** The controls each OWASP 2021 category's weaknesses break, per framework. */
const BY_CATEGORY = {
    'A01:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
    'A02:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(a)(2)(iv)'], gdpr: ['Art. 32'] },
    'A03:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.6'], hipaa: ['164.312(c)(1)'], gdpr: ['Art. 32'] },
    'A04:2021': {
        'pci-dss': ['6.2.4'],
        soc2: ['CC8.1'],
        hipaa: ['164.312(c)(1)'],
        gdpr: ['Art. 25', 'Art. 32'],
    },
    'A05:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC7.1'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
    'A06:2021': { 'pci-dss': ['6.3.3'], soc2: ['CC7.1'], gdpr: ['Art. 32'] },
    'A07:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(d)'], gdpr: ['Art. 32'] },
    'A08:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC8.1'], hipaa: ['164.312(c)(1)'], gdpr: ['Art. 32'] },
    'A09:2021': { 'pci-dss': ['10.2.1'], soc2: ['CC7.2'], hipaa: ['164.312(b)'], gdpr: ['Art. 32'] },
    'A10:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.6'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
};
/** Controls a weakness breaks beyond its category's. */
const EXTRA = {
    798: { 'pci-dss': ['8.6.2'], hipaa: ['164.312(a)(1)'] },
    259: { 'pci-dss': ['8.6.2'] },
    321: { 'pci-dss': ['8.6.2', '3.5.1'] },
    319: { 'pci-dss': ['4.2.1'], soc2: ['CC6.7'], hipaa: ['164.312(e)(1)'] },
    295: { 'pci-dss': ['4.2.1'], soc2: ['CC6.7'], hipaa: ['164.312(e)(1)'] },
    311: { 'pci-dss': ['3.5.1'], hipaa: ['164.312(a)(2)(iv)'] },
    312: { 'pci-dss': ['3.5.1'], hipaa: ['164.312(a)(2)(iv)'] },
    916: { 'pci-dss': ['8.3.2'] },
    200: { gdpr: ['Art. 25'] },
    359: { gdpr: ['Art. 25'] },
    532: { gdpr: ['Art. 25'], hipaa: ['164.312(b)'] },
    209: { 'pci-dss': ['6.2.4'], soc2: ['CC7.1'], gdpr: ['Art. 32'] },
    1427: { 'pci-dss': ['6.2.4'], soc2: ['CC8.1'], gdpr: ['Art. 32'] },
};
const FRAMEWORK_ORDER = ['owasp-top-10', 'pci-dss', 'soc2', 'hipaa', 'gdpr'];
/** The controls the CWE falls under, in every framework, OWASP 2021 then 2025 first; none for an unknown CWE. */
function complianceFor(cwe) {
    const n = Number(/^CWE-(\d+)$/.exec(cwe ?? '')?.[1] ?? NaN);
    if (!Number.isInteger(n))
        return [];
    const tags = [];
    const controls = new Map();
    const add = (framework, list) => {
        for (const control of list ?? []) {
            const set = controls.get(framework) ?? new Set();
            set.add(control);
            controls.set(framework, set);
        }
    };
    const in2021 = categoriesOf(OWASP_2021, n, ADDED[n]?.[2021]);
    const in2025 = categoriesOf(OWASP_2025, n, ADDED[n]?.[2025]);
    for (const c of [...in2021, ...in2025])
        tags.push({ framework: 'owasp-top-10', control: c.id, name: c.name });
    const rows = [...in2021.map((c) => BY_CATEGORY[c.id]), EXTRA[n]];
    // A weakness in OWASP 2025 only (such as error handling) still breaks the general software controls.
    if (!in2021.length && in2025.length)
        rows.push(BY_CATEGORY['A05:2021']);
    for (const row of rows)
        for (const f of FRAMEWORK_ORDER)
            if (f !== 'owasp-top-10')
                add(f, row?.[f]);
    for (const f of FRAMEWORK_ORDER)
        for (const control of controls.get(f) ?? [])
            tags.push({ framework: f, control });
    return tags;
}
/** The categories that list the CWE (one, but CWE-259 is in two of 2021's), or the one it was added to. */
function categoriesOf(table, cwe, added) {
    const listed = table.filter((c) => c.cwes.includes(cwe));
    return listed.length || !added ? listed : table.filter((c) => c.id === added);
}
/** The CWEs the table maps (for the tests and the docs). */
function mappedCwes() {
    const all = new Set([...OWASP_2021, ...OWASP_2025].flatMap((c) => c.cwes));
    for (const n of [...Object.keys(EXTRA), ...Object.keys(ADDED)])
        all.add(Number(n));
    return [...all].sort((a, b) => a - b);
}
/** How a tag reads: "OWASP A03:2021 Injection", "PCI DSS 6.2.4", "SOC 2 CC6.1", "HIPAA 164.312(b)", "GDPR Art. 32". */
function tagLabel(t) {
    const prefix = {
        'owasp-top-10': 'OWASP',
        'pci-dss': 'PCI DSS',
        soc2: 'SOC 2',
        hipaa: 'HIPAA',
        gdpr: 'GDPR',
    }[t.framework];
    return `${prefix} ${t.control}${t.name ? ` ${t.name}` : ''}`;
}
/** The tags in one short line, grouped by framework: "OWASP A03:2021, A05:2025 · PCI DSS 6.2.4". */
function complianceText(tags) {
    const groups = new Map();
    for (const t of tags) {
        const prefix = tagLabel({ framework: t.framework, control: '' }).trim();
        groups.set(prefix, [...(groups.get(prefix) ?? []), t.control]);
    }
    return [...groups].map(([prefix, controls]) => `${prefix} ${controls.join(', ')}`).join(' · ');
}
/** The tag as SARIF and machines read it: "owasp-top-10/A03:2021", "pci-dss/6.2.4". */
function tagId(t) {
    return `${t.framework}/${t.control}`;
}


/***/ }),

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

// EXTERNAL MODULE: ./src/report/render/markdown.ts + 3 modules
var markdown = __webpack_require__(7941);
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

/***/ 7941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b1: () => (/* binding */ LIMITS),
  IM: () => (/* binding */ renderCheckOutput),
  Gc: () => (/* binding */ renderMarkdown),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: renderText

// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/cost/cost.ts
var cost_cost = __webpack_require__(160);
// EXTERNAL MODULE: ./src/git/skip-reasons.ts
var skip_reasons = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/cache/cache-document.ts + 2 modules
var cache_document = __webpack_require__(5125);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/compliance/cwe-table.ts
var cwe_table = __webpack_require__(1083);
;// CONCATENATED MODULE: ./src/report/render/filtered.ts
/**
 * One line on the findings a report leaves out, and why: those whose evidence was not in their file (this run's
 * answers), those below min-confidence, and each exclusion's; undefined when none was left out.
 */
function filtered_filteredText(f) {
    if (!f)
        return undefined;
    const parts = [];
    const dropped = f.evidence.absent + f.evidence.wrongFile;
    if (dropped) {
        const why = [
            ...(f.evidence.absent ? [`${f.evidence.absent} not found in the file`] : []),
            ...(f.evidence.wrongFile ? [`${f.evidence.wrongFile} found in another file of the request`] : []),
        ];
        parts.push(`${dropped} dropped, their evidence not verified (${why.join(', ')})`);
    }
    if (f.verification?.rejected)
        parts.push(`${f.verification.rejected} rejected by verification (verify-findings)`);
    if (f.belowConfidence)
        parts.push(`${f.belowConfidence} below min-confidence ${f.minConfidence}`);
    const excluded = Object.entries(f.excluded);
    if (excluded.length)
        parts.push(`${excluded.reduce((n, [, k]) => n + k, 0)} excluded as noise (${excluded.map(([id, k]) => `${id}: ${k}`).join(', ')})`);
    return parts.length ? `Findings not shown: ${parts.join(' · ')}.` : undefined;
}

;// CONCATENATED MODULE: ./src/report/render/batch.ts


/** Jobs listed by name; a document holds at most 100, and a run rarely meets more than one or two. */
const JOBS_SHOWN = 10;
/**
 * The job summary's batch section: one line a job (its id, status, records, files, expected cost against live
 * calls, or what its collection gave). Empty when the run had nothing to do with batch jobs.
 */
function batchSection(r) {
    const jobs = r.batch?.jobs ?? [];
    if (!jobs.length)
        return [];
    const shown = jobs.slice(0, JOBS_SHOWN);
    return [
        '**Bedrock batch** (billed at half the on-demand price):',
        '',
        ...shown.map((j) => `- ${(0,report_escape/* codePath */.Xe)(j.job, 100)}: ${(0,report_escape/* escapeMarkdown */.FV)(jobText(j), 600)}`),
        ...(jobs.length > shown.length ? [`- … and ${jobs.length - shown.length} more`] : []),
        '',
    ];
}
/** The same lines for the CLI's plain text. */
function batch_batchLines(r) {
    return (r.batch?.jobs ?? []).map((j) => `  BATCH ${j.job}: ${jobText(j)}`);
}
/** One job in words: what happened to it and to its files, with the figures that go with it. */
function jobText(j) {
    const size = `${j.records} record(s) for ${j.files} file(s)`;
    switch (j.state) {
        case 'submitted':
            return `submitted, ${size}${expected(j)}; ${j.recorded === false ? 'NOT recorded (the cache could not be saved): no run will collect it; stop it (see the log)' : 'its files are queued, a later run collects them'}.`;
        case 'running':
            return `${j.status}, ${size}${expected(j)}; ${j.queued ? 'its files are queued, a later run collects them' : 'its files were scanned live by this run'}.`;
        case 'collected':
            return `collected (${j.status}): ${j.results ?? 0} file(s) answered at the batch price (${(0,cost_cost/* formatUsd */.UK)(j.usd ?? undefined)})${j.live ? `, ${j.live} sent to live calls (their records failed or did not check out)` : ''}.`;
        case 'ended':
            return `ended ${j.status}, ${size}; its files went back to live calls.`;
        case 'unchecked':
            return `could not be checked or read (${j.status}); its files were scanned live, a later run tries the job again.`;
        case 'unusable':
            return 'made with another model, prompt or scanner version: its answers are not used, its files were scanned live.';
    }
}
function expected(j) {
    if (j.expectedUsd == null)
        return '';
    const live = j.liveEstimateUsd == null ? '' : ` against ${(0,cost_cost/* formatUsd */.UK)(j.liveEstimateUsd)} live`;
    return `, about ${(0,cost_cost/* formatUsd */.UK)(j.expectedUsd)}${live}`;
}

;// CONCATENATED MODULE: ./src/report/render/verification.ts

/**
 * The verify-findings line under the cost: its calls and cost apart from the review's (the total above includes
 * them), and what it decided; undefined with verify-findings off.
 */
function verification_verificationText(r) {
    const v = r.model.verification;
    if (!v)
        return undefined;
    const f = r.filtered?.verification;
    const cost = r.dryRun ? 'none in a dry run' : `${(0,cost_cost/* formatUsd */.UK)(v.usd)}, included in the cost`;
    const parts = [
        `${v.calls} call(s) for ${v.files} file(s) (${cost})`,
        ...(v.cached ? [`${v.cached} file(s) verified from the cache`] : []),
        ...(f ? [`${f.rejected} finding(s) rejected`] : []),
        ...(f?.unverified ? [`${f.unverified} kept unverified`] : []),
    ];
    return `Verification (verify-findings): ${parts.join(' · ')}.`;
}

;// CONCATENATED MODULE: ./src/report/render/markdown.ts










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
    return size(out, opts) <= opts.limit ? out : (0,src_text/* clip */.$)(note.trim(), Math.max(0, opts.limit));
}
function compose(r, opts, shape, part) {
    const out = [];
    if (part !== 'body') {
        if (opts.marker)
            out.push(opts.marker);
        out.push(`## ${VERDICT[r.conclusion]} ${(0,report_escape/* escapeMarkdown */.FV)(r.name, 100)}: ${(0,report_escape/* escapeMarkdown */.FV)(r.title, 300)}`, '');
        out.push(...headline(r), '');
        const verification = verification_verificationText(r);
        if (verification)
            out.push(`_${(0,report_escape/* escapeMarkdown */.FV)(verification, 400)}_`, '');
        if (r.fatal)
            out.push(`> [!CAUTION]`, `> The scan could not run: ${(0,report_escape/* escapeMarkdown */.FV)(r.fatal, 600)}`, '');
        if (opts.changes)
            out.push(changesLine(opts.changes), '');
        out.push(countsLine(r), '');
        const left = filtered_filteredText(r.filtered);
        if (left)
            out.push(`_${(0,report_escape/* escapeMarkdown */.FV)(left, 600)}_`, '');
        if (r.notScanned.length)
            out.push(...notScannedSection(r, shape.notScanned), '');
        out.push(...batchSection(r));
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
    const cost = r.dryRun ? `${(0,cost_cost/* formatUsd */.UK)(m.estimateUsd)} (estimated, dry run)` : (0,cost_cost/* formatUsd */.UK)(m.usd);
    const u = m.usage;
    const n = (x) => x.toLocaleString('en-US');
    const promptCache = u.cacheReadTokens || u.cacheWriteTokens
        ? ` · prompt cache ${n(u.cacheReadTokens)} read / ${n(u.cacheWriteTokens)} written`
        : '';
    return [
        '| Cost | AI calls | Cache hit rate | Saved by the cache | Tokens |',
        '| --- | --- | --- | --- | --- |',
        `| ${cost} | ${m.calls} | ${r.cache.hitRate.toFixed(1)}% (${r.cache.hits} of ${r.cache.hits + r.cache.misses}) | ${(0,cost_cost/* formatUsd */.UK)(m.savedUsd)} | ${n(u.inputTokens)} in / ${n(u.outputTokens)} out${promptCache} |`,
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
    return `**Findings:** ${config/* SEVERITIES */.oC.map((s) => `${ICON[s]} ${r.counts[s]} ${s}`).join(' · ')}`;
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
    for (const s of config/* SEVERITIES */.oC) {
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
    const link = opts.links && url ? `[${(0,report_escape/* codePath */.Xe)(where)}](${url}${range})` : (0,report_escape/* codePath */.Xe)(where);
    const tags = [f.cwe, (0,cwe_table/* complianceText */.VE)(f.compliance), `${f.confidence} confidence`]
        .filter(Boolean)
        .join(' · ');
    const isNew = opts.changes?.tracked && opts.changes.added.has(f.id) ? ' · 🆕 **new**' : '';
    return [
        `- ${link}: **${(0,report_escape/* escapeMarkdown */.FV)(f.title, 200)}** · ${(0,report_escape/* escapeMarkdown */.FV)(tags, 400)}${isNew}`,
        ...(f.explanation.trim() ? [`  ${(0,report_escape/* escapeMarkdown */.FV)(f.explanation, 600)}`] : []),
        ...(f.fix.trim() ? [`  _Fix:_ ${(0,report_escape/* escapeMarkdown */.FV)(f.fix, 600)}`] : []),
    ];
}
/** The file at the scanned commit on GitHub, or undefined when the run's server, repository or commit is unknown or odd. */
function blobUrl(r, path) {
    if (!r.repository || !r.sha || !(0,report_escape/* isLinkSafeUrl */.rf)(r.serverUrl))
        return undefined;
    return `${r.serverUrl.replace(/\/+$/, '')}/${(0,report_escape/* pathUrl */.zQ)(r.repository)}/blob/${(0,report_escape/* pathUrl */.zQ)(r.sha)}/${(0,report_escape/* pathUrl */.zQ)(path)}`;
}
function notScannedSection(r, max) {
    const shown = r.notScanned.slice(0, max);
    const estimate = r.model.estimateUsd !== undefined && !r.dryRun
        ? ` Scanning them would cost about ${(0,cost_cost/* formatUsd */.UK)(r.model.estimateUsd)}.`
        : '';
    return [
        `> [!WARNING]`,
        `> ${r.notScanned.length} file(s) were **not scanned**; this result is incomplete.${estimate}`,
        '',
        ...shown.map((f) => `- ${(0,report_escape/* codePath */.Xe)(f.path)}: ${(0,report_escape/* escapeMarkdown */.FV)(f.reason, 300)}`),
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
    const shown = vendored.slice(0, VENDORED_SHOWN).map((s) => (0,report_escape/* codePath */.Xe)(s.path));
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
        reasons.set(skip_reasons/* SKIP_REASON_TEXT */.p[s.reason], (reasons.get(skip_reasons/* SKIP_REASON_TEXT */.p[s.reason]) ?? 0) + 1);
    const skipped = [...reasons].map(([why, n]) => `${n} ${why}`).join('; ');
    const notes = r.cache.notes.map((n) => {
        const state = n.state === 'loaded'
            ? `loaded (${n.entries} entries)`
            : n.state === 'cold'
                ? 'cold start'
                : `unreadable, ${n.newer ? 'left as is (a newer scanner wrote it)' : 'replaced'} (${(0,report_escape/* escapeMarkdown */.FV)(n.detail ?? '', 200)})`;
        return `- Read ${(0,report_escape/* codePath */.Xe)(n.location)}: ${state}`;
    });
    const save = r.cache.save;
    const write = !save
        ? 'none (dry run)'
        : save.state === 'saved'
            ? `saved to ${(0,report_escape/* codePath */.Xe)(save.location ?? '')}${save.attempts > 1 ? ` after ${save.attempts} attempts (merged with concurrent runs)` : ''}`
            : `${save.state}${save.detail ? ` (${(0,report_escape/* escapeMarkdown */.FV)(save.detail, 300)})` : ''}`;
    const list = !r.skipped.length
        ? []
        : shape.skippedList
            ? [
                '- Skipped files:',
                ...r.skipped
                    .slice(0, SKIPPED_SHOWN)
                    .map((s) => `  - ${(0,report_escape/* codePath */.Xe)(s.path)}: ${skip_reasons/* SKIP_REASON_TEXT */.p[s.reason]}`),
                ...(r.skipped.length > SKIPPED_SHOWN ? [`  - … and ${r.skipped.length - SKIPPED_SHOWN} more`] : []),
            ]
            : [
                '- Skipped files:',
                `  - _The list of skipped files is left out to fit GitHub's size limit (${limit.toLocaleString('en-US')} characters)._`,
            ];
    return [
        '<details><summary>Files and cache</summary>',
        '',
        `- Considered: ${r.selection.considered} (${(0,report_escape/* escapeMarkdown */.FV)(r.selection.how, 200)}) · Eligible: ${r.selection.eligible} · Skipped: ${r.skipped.length}${skipped ? ` (${skipped})` : ''}${r.selection.deleted ? ` · Deleted: ${r.selection.deleted}` : ''}`,
        `- Backend: **${(0,report_escape/* escapeMarkdown */.FV)(r.cache.backend, 40)}** (${(0,report_escape/* escapeMarkdown */.FV)(r.cache.why, 400)})`,
        `- Scope: ${(0,report_escape/* escapeMarkdown */.FV)(r.cache.scope, 300)}`,
        ...notes,
        `- Write: ${write}`,
        ...(r.cache.forceRescan ? ['- force-rescan: cached results were ignored and replaced'] : []),
        ...changeReviewLine(r),
        ...(r.model.throttled
            ? [`- The model throttled or failed ${r.model.throttled} call(s); they were retried.`]
            : []),
        ...list,
        '',
        '</details>',
    ];
}
/** Which results a change review (review-depth auto) produced rather than a whole-file review. */
function changeReviewLine(r) {
    const reviews = r.changeReviews ?? [];
    if (!reviews.length)
        return [];
    const shown = reviews
        .slice(0, CHANGE_REVIEWS_SHOWN)
        .map((c) => c.cached
        ? `${(0,report_escape/* codePath */.Xe)(c.path)} (cached)`
        : `${(0,report_escape/* codePath */.Xe)(c.path)} (${c.linesShown} of ${c.lines} lines shown)`);
    const more = reviews.length > CHANGE_REVIEWS_SHOWN ? `, … and ${reviews.length - CHANGE_REVIEWS_SHOWN} more` : '';
    return [`- Reviewed by their changes (review-depth auto), the rest whole: ${shown.join(', ')}${more}`];
}
const CHANGE_REVIEWS_SHOWN = 10;
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
        `| ${month} so far${mtd.length >= cache_document/* MAX_RUNS */._k && r.history[0]?.at.startsWith(month) ? ` (the last ${cache_document/* MAX_RUNS */._k} runs kept)` : ''} | runs | AI calls | cost | saved by the cache |`,
        '| --- | --- | --- | --- | --- |',
        `| this cache | ${mtd.length} | ${sum((h) => h.calls)} | ${(0,cost_cost/* formatUsd */.UK)(sum((h) => h.usd ?? 0))} | ${(0,cost_cost/* formatUsd */.UK)(sum((h) => h.savedUsd))} |`,
        '',
        '</details>',
    ];
}
function footer(r) {
    const model = (0,report_escape/* codePath */.Xe)(r.model.id, 200);
    const run = r.runUrl && (0,report_escape/* isLinkSafeUrl */.rf)(r.runUrl) ? ` · [run](${r.runUrl})` : '';
    return `<sub>${(0,report_escape/* escapeMarkdown */.FV)(r.tool.name, 60)} ${(0,report_escape/* escapeMarkdown */.FV)(r.tool.version, 40)} · model ${model}${run}</sub>`;
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
    const left = filteredText(r.filtered);
    if (left)
        lines.push(`  ${left}`);
    const verification = verificationText(r);
    if (verification)
        lines.push(`  ${verification}`);
    for (const f of r.notScanned)
        lines.push(`  NOT SCANNED ${oneLine(f.path)}: ${oneLine(f.reason)}`);
    lines.push(...batchLines(r));
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
