export const id = 127;
export const ids = [127,850];
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
