export const id = 850;
export const ids = [850];
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




const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
/**
 * A rule per weakness, stable whatever words the model chose: the CWE id (CWE-89), else the compliance framework
 * (compliance-pci-dss), else the category (security-other).
 */
function ruleIdFor(f) {
    if (f.cwe)
        return f.cwe;
    if (f.category === 'compliance' && f.framework)
        return `compliance-${slug(f.framework)}`;
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
function toReportFindings(findings) {
    const sorted = findings
        .map((f) => ({ ...f, id: findingId(f), ruleId: ruleIdFor(f) }))
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
