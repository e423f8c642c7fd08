export const id = 207;
export const ids = [207];
export const modules = {

/***/ 8127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JsonReportReporter: () => (/* binding */ JsonReportReporter),
  SarifReporter: () => (/* binding */ SarifReporter)
});

// EXTERNAL MODULE: ./src/safe-write.ts
var safe_write = __webpack_require__(712);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/compliance/cwe-table.ts
var cwe_table = __webpack_require__(1083);
;// CONCATENATED MODULE: ./src/report/render/sarif.ts



const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/**
 * GitHub code scanning reads security-severity as a CVSS-like score (>= 9.0 critical, 7.0-8.9 high, 4.0-6.9
 * medium, 0.1-3.9 low): each severity maps to a score inside its CVSS v3 band, so code scanning sorts and
 * labels the alerts as the report does.
 */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' };
/** Names of the weaknesses the scanner reports most, for stable rule names and descriptions. */
const CWE_NAMES = {
    20: 'Improper Input Validation',
    22: 'Path Traversal',
    73: 'External Control of File Name or Path',
    77: 'Command Injection',
    78: 'OS Command Injection',
    79: 'Cross-site Scripting',
    89: 'SQL Injection',
    90: 'LDAP Injection',
    91: 'XML Injection',
    94: 'Code Injection',
    95: 'Eval Injection',
    113: 'HTTP Response Splitting',
    117: 'Log Injection',
    119: 'Memory Buffer Bounds Violation',
    125: 'Out-of-bounds Read',
    190: 'Integer Overflow',
    200: 'Exposure of Sensitive Information',
    209: 'Sensitive Information in Error Messages',
    256: 'Plaintext Storage of a Password',
    259: 'Hard-coded Password',
    269: 'Improper Privilege Management',
    284: 'Improper Access Control',
    287: 'Improper Authentication',
    295: 'Improper Certificate Validation',
    306: 'Missing Authentication for Critical Function',
    311: 'Missing Encryption of Sensitive Data',
    312: 'Cleartext Storage of Sensitive Information',
    319: 'Cleartext Transmission of Sensitive Information',
    321: 'Hard-coded Cryptographic Key',
    326: 'Inadequate Encryption Strength',
    327: 'Broken or Risky Cryptographic Algorithm',
    328: 'Weak Hash',
    330: 'Insufficiently Random Values',
    338: 'Weak Pseudo-Random Number Generator',
    347: 'Improper Verification of Cryptographic Signature',
    352: 'Cross-Site Request Forgery',
    362: 'Race Condition',
    367: 'Time-of-check Time-of-use Race Condition',
    384: 'Session Fixation',
    400: 'Uncontrolled Resource Consumption',
    416: 'Use After Free',
    434: 'Unrestricted File Upload',
    476: 'NULL Pointer Dereference',
    502: 'Deserialization of Untrusted Data',
    521: 'Weak Password Requirements',
    522: 'Insufficiently Protected Credentials',
    532: 'Sensitive Information in Log File',
    601: 'Open Redirect',
    611: 'XML External Entity Reference',
    613: 'Insufficient Session Expiration',
    614: 'Sensitive Cookie Without Secure Attribute',
    639: 'Authorization Bypass Through User-Controlled Key',
    643: 'XPath Injection',
    770: 'Allocation of Resources Without Limits',
    776: 'XML Entity Expansion',
    787: 'Out-of-bounds Write',
    798: 'Hard-coded Credentials',
    829: 'Inclusion of Functionality from Untrusted Control Sphere',
    862: 'Missing Authorization',
    863: 'Incorrect Authorization',
    915: 'Mass Assignment',
    917: 'Expression Language Injection',
    918: 'Server-Side Request Forgery',
    942: 'Permissive Cross-domain Policy',
    1004: 'Sensitive Cookie Without HttpOnly',
    1321: 'Prototype Pollution',
    1333: 'Regular Expression Denial of Service',
};
/**
 * SARIF 2.1.0 for code scanning: one rule per CWE (or per compliance framework) with stable metadata, the
 * rule's security-severity from its most severe result, results whose partialFingerprints survive line moves,
 * the tool's version, and the commit scanned. Model text is plain text with SARIF's embedded links escaped.
 */
function renderSarif(r) {
    const byRule = groupByRule(r.findings);
    const ruleIds = [...byRule.keys()].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: r.tool.name,
                        version: r.tool.version,
                        semanticVersion: r.tool.version,
                        informationUri: 'https://github.com/org/ai-scanner-action',
                        rules: ruleIds.map((id) => rule(id, byRule.get(id))),
                    },
                },
                automationDetails: { id: `${r.name}/` },
                ...provenance(r),
                results: r.findings.map((f) => result(f, ruleIndex.get(f.ruleId))),
                invocations: [
                    {
                        executionSuccessful: !r.fatal,
                        ...(r.fatal || r.notScanned.length ? { toolExecutionNotifications: notifications(r) } : {}),
                    },
                ],
            },
        ],
    };
}
/** Grouped in one pass, each finding pushed onto its rule's list (copying the list per finding was quadratic). */
function groupByRule(findings) {
    const byRule = new Map();
    for (const f of findings) {
        const group = byRule.get(f.ruleId);
        if (group)
            group.push(f);
        else
            byRule.set(f.ruleId, [f]);
    }
    return byRule;
}
/** The repository and commit scanned, when known. */
function provenance(r) {
    if (!r.repository || !r.sha)
        return {};
    return {
        versionControlProvenance: [
            {
                repositoryUri: `${r.serverUrl}/${r.repository}`,
                revisionId: r.sha,
                mappedTo: { uriBaseId: '%SRCROOT%' },
            },
        ],
    };
}
function result(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: (0,report_escape/* sarifText */.BC)(`${f.title}. ${f.explanation}${f.fix ? ` Fix: ${f.fix}` : ''}`, 2000) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uri(f.path), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.startLine, endLine: Math.max(f.endLine, f.startLine) },
                },
            },
        ],
        partialFingerprints: { 'aiScannerFinding/v1': f.id },
        properties: {
            severity: f.severity,
            confidence: f.confidence,
            category: f.category,
            tags: f.compliance.map(cwe_table/* tagId */.Mw),
        },
    };
}
function rule(id, findings) {
    const worst = findings.reduce((a, b) => (report.SEVERITY_RANK[b.severity] < report.SEVERITY_RANK[a.severity] ? b : a));
    const best = findings.some((f) => f.confidence === 'high')
        ? 'high'
        : findings.some((f) => f.confidence === 'medium')
            ? 'medium'
            : 'low';
    const cwe = /^CWE-(\d+)$/.exec(id)?.[1];
    const about = cwe
        ? `CWE-${cwe}${CWE_NAMES[Number(cwe)] ? `: ${CWE_NAMES[Number(cwe)]}` : ''}`
        : id === 'compliance-other'
            ? 'Compliance issue without a CWE'
            : `Security issue without a CWE (${id})`;
    const name = cwe ? (CWE_NAMES[Number(cwe)] ?? `Cwe${cwe}`) : about;
    // The compliance controls of the rule's CWE (every result of a rule has the same CWE, so the same tags).
    const tags = [
        ...new Set([
            'security',
            worst.category,
            ...(cwe ? [`external/cwe/cwe-${cwe}`] : []),
            ...findings.flatMap((f) => f.compliance.map(cwe_table/* tagId */.Mw)),
        ]),
    ];
    return {
        id,
        name: pascal(name),
        shortDescription: { text: about },
        fullDescription: {
            text: `${about}, reported by the AI security scanner; each result explains the finding.`,
        },
        help: {
            text: `${about}. Each result says why the code is affected and how to fix it.${cwe ? ` See https://cwe.mitre.org/data/definitions/${cwe}.html.` : ''}`,
        },
        ...(cwe ? { helpUri: `https://cwe.mitre.org/data/definitions/${cwe}.html` } : {}),
        defaultConfiguration: { level: LEVEL[worst.severity] },
        properties: {
            tags,
            'security-severity': SECURITY_SEVERITY[worst.severity],
            precision: PRECISION[best],
            'problem.severity': LEVEL[worst.severity] === 'note' ? 'recommendation' : LEVEL[worst.severity],
        },
    };
}
function notifications(r) {
    return [
        ...(r.fatal
            ? [{ level: 'error', message: { text: (0,report_escape/* sarifText */.BC)(`The scan could not run: ${r.fatal}`, 1000) } }]
            : []),
        ...r.notScanned.slice(0, 100).map((n) => ({
            level: 'warning',
            message: { text: (0,report_escape/* sarifText */.BC)(`Not scanned: ${n.reason}`, 500) },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(n.path), uriBaseId: '%SRCROOT%' } } }],
        })),
    ];
}
/** A relative URI reference: each path segment percent-encoded (spaces, unicode, `#`, `?`, parentheses). */
function uri(path) {
    return (0,report_escape/* pathUrl */.zQ)(path);
}
/** "SQL Injection" -> "SqlInjection": the single Pascal-case identifier SARIF viewers expect. */
function pascal(text) {
    const words = text
        .replace(/[^A-Za-z0-9]+/g, ' ')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
    const name = words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
    return /^[A-Z]/.test(name) ? name : `Rule${name}`;
}

;// CONCATENATED MODULE: ./src/report/publish/file-reporters.ts


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
    constructor(path, roots = (0,safe_write/* writeRoots */.rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,safe_write/* safeWriteFile */.FI)(this.path, `${JSON.stringify(report, null, 2)}\n`, this.roots);
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
    constructor(path, roots = (0,safe_write/* writeRoots */.rX)()) {
        this.path = path;
        this.roots = roots;
    }
    async publish(report) {
        await (0,safe_write/* safeWriteFile */.FI)(this.path, `${JSON.stringify(renderSarif(report), null, 2)}\n`, this.roots);
        this.written = true;
    }
}


/***/ }),

/***/ 6207:
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

// EXTERNAL MODULE: ./src/report/publish/file-reporters.ts + 1 modules
var file_reporters = __webpack_require__(8127);
// EXTERNAL MODULE: ./src/report/publish/check-reporter.ts + 1 modules
var check_reporter = __webpack_require__(6885);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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
const FULL_REPORT = "every finding is in the run's job summary and in its SARIF and JSON reports";
/** The sticky comment's body: the marker, the remembered findings, then the report within the comment limit. */
function renderComment(r, previous, reportName = r.name) {
    const { state, changes } = compareWithPrevious(r, previous);
    return (0,markdown/* renderMarkdown */.Gc)(r, {
        limit: markdown/* LIMITS */.b1.comment,
        links: true,
        trend: false,
        marker: `${commentMarker(reportName)}\n${stateLine(state)}`,
        changes,
        fullReport: FULL_REPORT,
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
        return [new check_reporter/* WorkflowAnnotationsReporter */.r(annotate)];
    }
    if (!config.githubToken) {
        log.warning("Input 'github-token' is empty: no PR comment or check run (the default is ${{ github.token }}); findings go to workflow annotations.");
        return [new check_reporter/* WorkflowAnnotationsReporter */.r(annotate)];
    }
    // Built by the caller, which loads Octokit only when it has a token and a repository to talk to.
    const gh = client?.(config.githubToken);
    if (!gh)
        return [new check_reporter/* WorkflowAnnotationsReporter */.r(annotate)];
    const { owner, repo } = ctx.repository;
    const reporters = [];
    if (comment)
        reporters.push(new PullRequestCommentReporter(gh, { owner, repo, issueNumber: pr.number, reportName: config.reportName }, log));
    if (check)
        reporters.push(new check_reporter/* CheckRunReporter */.z(gh, {
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


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_LIST_MAX: () => (/* binding */ GATE_LIST_MAX),
/* harmony export */   SEVERITY_RANK: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   conclude: () => (/* binding */ conclude),
/* harmony export */   countBySeverity: () => (/* binding */ countBySeverity),
/* harmony export */   gateFailure: () => (/* binding */ gateFailure),
/* harmony export */   toReportFindings: () => (/* binding */ toReportFindings)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1122);
/* harmony import */ var _cost_cost_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(160);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _compliance_cwe_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1083);





const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
/**
 * A rule per weakness, stable whatever words the model chose: the CWE id (CWE-89), else the category
 * (security-other, compliance-other). A framework the model names is not used: the CWE table decides those.
 */
function ruleIdFor(f) {
    if (f.cwe)
        return f.cwe;
    return `${slug(f.category)}-other`;
}
function findingId(f) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify([f.path, ruleIdFor(f), f.title.trim().toLowerCase()]));
    return h.digest('hex').slice(0, 16);
}
/**
 * Report findings in severity, path and line order. Two findings of one rule and title in one file (the same
 * flaw twice) get distinct ids by their order in the file (`<id>`, `<id>-2`, ...), which a line move keeps.
 */
function toReportFindings(findings, frameworks = ['owasp-top-10']) {
    const sorted = findings
        .map(({ framework: _modelFramework, ...f }) => ({
        ...f,
        id: findingId(f),
        ruleId: ruleIdFor(f),
        compliance: (0,_compliance_cwe_table_js__WEBPACK_IMPORTED_MODULE_4__/* .complianceFor */ .fP)(f.cwe).filter((t) => frameworks.includes(t.framework)),
    }))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compare(a.path, b.path) ||
        a.startLine - b.startLine ||
        a.endLine - b.endLine ||
        compare(a.title, b.title));
    const seen = new Map();
    for (const f of sorted) {
        const n = (seen.get(f.id) ?? 0) + 1;
        seen.set(f.id, n);
        if (n > 1)
            f.id = `${f.id}-${n}`;
    }
    return sorted;
}
/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function countBySeverity(findings) {
    const counts = Object.fromEntries(_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function atOrAbove(findings, threshold) {
    if (threshold === 'none')
        return 0;
    return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold]).length;
}
/**
 * The conclusion, and the one-line title every surface shows. A partial scan is never green; a scan that
 * could not run is a failure, not "0 findings".
 */
function conclude(r, failOnIncomplete) {
    const tail = `${Math.round(r.cache.hitRate)}% cache hits · ${r.model.usd === undefined ? 'cost unknown' : (0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(r.model.usd)}`;
    if (r.fatal)
        return { conclusion: 'failure', title: `Scan could not run: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(r.fatal, 120)}` };
    const blocking = atOrAbove(r.findings, r.failOnSeverity);
    const summary = findingsPhrase(r.counts);
    if (blocking > 0)
        return { conclusion: 'failure', title: `${summary} · ${tail}` };
    if (r.notScanned.length > 0) {
        // When every file was left for the same reason (a fork without AWS access, the budget), the title says it.
        const reasons = new Set(r.notScanned.map((n) => n.reason));
        const why = reasons.size === 1 ? ` (${[...reasons][0].slice(0, 100)})` : '';
        const title = `${summary} · ${r.notScanned.length} file(s) not scanned${why} · ${tail}`;
        return { conclusion: failOnIncomplete ? 'failure' : 'neutral', title };
    }
    if (r.dryRun) {
        const estimate = r.model.estimateUsd === undefined ? 'cost unknown' : `about ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(r.model.estimateUsd)}`;
        const title = `Dry run: ${r.cache.misses} file(s) would be sent (${estimate}) · ${Math.round(r.cache.hitRate)}% cache hits`;
        return { conclusion: 'neutral', title };
    }
    return { conclusion: 'success', title: `${summary} · ${tail}` };
}
/** How many unreviewed files the failure message names; the job summary lists the rest. */
const GATE_LIST_MAX = 20;
/**
 * Why the gate failed, line by line: each file left unreviewed and why (the first GATE_LIST_MAX, then a
 * count), what reviewing them would cost against the budget, and how to get past it. Undefined when the
 * run is not failed by the gate (no gate, nothing left unreviewed, or a scan that could not run at all).
 */
function gateFailure(r) {
    const gate = r.gate;
    if (r.fatal || !gate?.failOnIncomplete || r.notScanned.length === 0)
        return undefined;
    const n = r.notScanned.length;
    const setting = gate.failOnIncompleteFrom === 'auto'
        ? 'fail-on-incomplete: auto fails a pull request that leaves a changed file unreviewed'
        : 'fail-on-incomplete: true';
    const lines = [
        `${n} file(s) were not reviewed, so the ${gate.pullRequest ? 'pull request' : 'run'} fails (${setting}):`,
        ...r.notScanned
            .slice(0, GATE_LIST_MAX)
            .map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(f.path, 300)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(f.reason, 300)}`),
    ];
    if (n > GATE_LIST_MAX)
        lines.push(`- … and ${n - GATE_LIST_MAX} more (the job summary lists them)`);
    lines.push(budgetLine(r.model.estimateUsd, gate));
    if (r.notScanned.some((f) => /budget|max-cost-usd/.test(f.reason)))
        lines.push(`Raise the budget with max-cost-usd: <USD> (or max-cost-usd: none for no cap) and run the job again; what was reviewed is cached and not paid for twice.`);
    else if (r.dryRun)
        lines.push('A dry run reviews nothing: run the scan with model access (not dry-run) to pass.');
    else
        lines.push("Run the job again once the model can be reached (a fork's pull request needs a maintainer-approved run); files already reviewed are cached. fail-on-incomplete: false lets such a run end neutral instead.");
    return lines;
}
function budgetLine(estimateUsd, gate) {
    const estimate = estimateUsd === undefined
        ? 'Their cost could not be estimated (no price for the model)'
        : `Reviewing them would cost about ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(estimateUsd)}`;
    const cap = gate.maxCostUsd === undefined
        ? 'max-cost-usd: none (no cap)'
        : `max-cost-usd: ${(0,_cost_cost_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(gate.maxCostUsd)}${gate.budgetFrom === 'pull-request default' ? ' (the pull-request default of auto)' : ''}`;
    return `${estimate}; ${cap}.`;
}
function findingsPhrase(counts) {
    const total = _config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.reduce((n, s) => n + counts[s], 0);
    if (total === 0)
        return 'No findings';
    const parts = _config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    return `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')})`;
}
function slug(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'finding');
}


/***/ })

};
