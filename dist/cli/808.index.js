export const id = 808;
export const ids = [808];
export const modules = {

/***/ 2808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalMain: () => (/* binding */ evalMain)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/cost/cost.ts
var cost = __webpack_require__(160);
;// CONCATENATED MODULE: ./src/eval/run-case.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The cache file of each case's scratch workspace: a cache of its own, never the user's. */
const CACHE_FILE = '.ai-scanner-eval-cache.json';
/**
 * Copies the case into a scratch folder and scans it there; a modified-file case is a git repository whose
 * first commit is the before tree, scanned whole so that its results are cached, and whose second commit is
 * the after tree, scanned for what changed since the first: the run changed-region review applies to.
 */
async function runCase(c, scratch, values, scan) {
    const workspace = (0,external_node_path_.join)(scratch, c.name);
    await (0,promises_.mkdir)(workspace, { recursive: true });
    const common = {
        ...values,
        'cache-backend': 'local',
        'cache-file': CACHE_FILE,
        'fail-on-severity': 'none',
        'fail-on-incomplete': 'false',
        'sarif-file': '',
        'report-file': '',
        'dry-run': 'false',
        'force-rescan': 'false',
    };
    if (!c.before) {
        await copyTree(c.root, c.files, workspace);
        const report = await scan(workspace, { ...common, 'scan-mode': 'full' });
        return { findings: reported(report), spend: spendOf(report), incomplete: incompleteOf(report) };
    }
    const git = gitIn(workspace);
    await git('init', '-q');
    await (0,promises_.writeFile)((0,external_node_path_.join)(workspace, '.git', 'info', 'exclude'), `/${CACHE_FILE}\n`);
    await copyTree(c.before.root, c.before.files, workspace);
    await git('add', '-A');
    await git('commit', '-q', '-m', 'before');
    const base = (await git('rev-parse', 'HEAD')).trim();
    const first = await scan(workspace, { ...common, 'scan-mode': 'full' });
    await clearTree(workspace);
    await copyTree(c.root, c.files, workspace);
    await git('add', '-A');
    await git('commit', '-q', '--allow-empty', '-m', 'after');
    const second = await scan(workspace, { ...common, 'scan-mode': 'changed', 'base-ref': base });
    return {
        findings: reported(second),
        spend: spendOf(second),
        setup: spendOf(first),
        incomplete: [...incompleteOf(first).map((p) => `before: ${p}`), ...incompleteOf(second)],
        changeReviews: (second.changeReviews ?? []).map((r) => ({
            path: r.path,
            ...(r.linesShown !== undefined ? { linesShown: r.linesShown } : {}),
            ...(r.lines !== undefined ? { lines: r.lines } : {}),
        })),
    };
}
function reported(report) {
    return report.findings.map((f) => ({
        path: f.path,
        cwe: f.cwe,
        startLine: f.startLine,
        endLine: f.endLine,
        confidence: f.confidence,
        severity: f.severity,
        title: f.title,
    }));
}
function spendOf(report) {
    return { calls: report.model.calls, usage: report.model.usage, usd: report.model.usd };
}
function incompleteOf(report) {
    return [
        ...(report.fatal ? [`the scan could not run: ${report.fatal}`] : []),
        ...report.notScanned.map((n) => `${n.path} not scanned: ${n.reason}`),
    ];
}
/** The sum of spends; unknown USD (no price for the model) stays unknown. */
function addSpend(a, b) {
    return {
        calls: a.calls + b.calls,
        usage: (0,cost/* addUsage */.vk)(a.usage, b.usage),
        usd: a.usd === undefined || b.usd === undefined ? undefined : (0,cost/* round6 */.X_)(a.usd + b.usd),
    };
}
const NO_SPEND = { calls: 0, usage: cost/* NO_USAGE */.yJ, usd: 0 };
async function copyTree(from, files, to) {
    for (const f of files) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(to, f)), { recursive: true });
        await (0,promises_.copyFile)((0,external_node_path_.join)(from, f), (0,external_node_path_.join)(to, f));
    }
}
/** Everything but the repository and the cache, so that the after tree replaces the before tree. */
async function clearTree(workspace) {
    for (const name of await (0,promises_.readdir)(workspace))
        if (name !== '.git' && name !== CACHE_FILE)
            await (0,promises_.rm)((0,external_node_path_.join)(workspace, name), { recursive: true, force: true });
}
/** git in the scratch repository, with a fixed identity and none of the user's configuration. */
function gitIn(workspace) {
    const env = {
        PATH: process.env.PATH ?? '',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'ai-scanner eval',
        GIT_AUTHOR_EMAIL: 'eval@localhost',
        GIT_COMMITTER_NAME: 'ai-scanner eval',
        GIT_COMMITTER_EMAIL: 'eval@localhost',
    };
    return async (...args) => (await run('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: workspace, env })).stdout;
}

;// CONCATENATED MODULE: ./src/eval/score.ts
/**
 * Scoring of an eval: which reported findings match which expected ones, and precision, recall and F1 overall,
 * per CWE and per kind of case. Pure arithmetic, no I/O.
 */
/** How far apart (in lines) two ranges may be and still point at the same code. */
const LINE_TOLERANCE = 3;
/**
 * CWEs that name the same weakness at different levels of detail: a finding of one matches an expected
 * finding of another in its group. The first of each group names the group in the per-CWE figures.
 */
const EQUIVALENT_CWES = [
    ['CWE-89', 'CWE-564', 'CWE-943'],
    ['CWE-78', 'CWE-77', 'CWE-88'],
    ['CWE-79', 'CWE-80', 'CWE-83'],
    ['CWE-22', 'CWE-23', 'CWE-36', 'CWE-73'],
    ['CWE-94', 'CWE-95'],
    ['CWE-327', 'CWE-326', 'CWE-328', 'CWE-916', 'CWE-759'],
    ['CWE-330', 'CWE-338'],
    ['CWE-798', 'CWE-259', 'CWE-321'],
    ['CWE-611', 'CWE-827'],
    ['CWE-862', 'CWE-863', 'CWE-285', 'CWE-639'],
];
const GROUP_OF = new Map(EQUIVALENT_CWES.flatMap((g) => g.map((cwe) => [cwe, g[0]])));
/** The CWE that names a CWE's equivalence group (itself when it has none); `none` for a finding without one. */
function cweGroup(cwe) {
    if (!cwe)
        return 'none';
    return GROUP_OF.get(cwe) ?? cwe;
}
/** Whether a reported finding points at the expected weakness: same file, same CWE group, lines within tolerance. */
function matches(expected, reported) {
    return (expected.path === reported.path &&
        reported.cwe !== undefined &&
        cweGroup(expected.cwe) === cweGroup(reported.cwe) &&
        reported.startLine <= expected.endLine + LINE_TOLERANCE &&
        reported.endLine >= expected.startLine - LINE_TOLERANCE);
}
/**
 * Pairs reported with expected findings one to one, as many pairs as there can be (a maximum bipartite
 * matching: one broad finding cannot hide that a second expected finding was missed, and the order of the
 * model's answer does not change the score). A second report of a matched weakness is a false positive: a
 * reader reads it twice.
 */
function scoreCase(expected, reported) {
    const candidates = expected.map((e) => reported.flatMap((r, j) => (matches(e, r) ? [j] : [])));
    const owner = new Array(reported.length).fill(-1);
    const claim = (i, seen) => {
        for (const j of candidates[i]) {
            if (seen.has(j))
                continue;
            seen.add(j);
            if (owner[j] === -1 || claim(owner[j], seen)) {
                owner[j] = i;
                return true;
            }
        }
        return false;
    };
    expected.forEach((_, i) => claim(i, new Set()));
    const pairOf = new Map();
    owner.forEach((i, j) => i !== -1 && pairOf.set(i, j));
    return {
        found: [...pairOf].map(([i, j]) => ({ expected: expected[i], reported: reported[j] })),
        missed: expected.filter((_, i) => !pairOf.has(i)),
        falsePositives: reported.filter((_, j) => owner[j] === -1),
    };
}
function metrics(tp, fp, fn) {
    const precision = tp + fp === 0 ? null : tp / (tp + fp);
    const recall = tp + fn === 0 ? null : tp / (tp + fn);
    const f1 = precision === null || recall === null
        ? null
        : precision + recall === 0
            ? 0
            : (2 * precision * recall) / (precision + recall);
    return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
/** Counts per key, turned into metrics at the end. */
class Tally {
    counts = new Map();
    add(key, tp, fp, fn) {
        const c = this.counts.get(key) ?? [0, 0, 0];
        this.counts.set(key, [c[0] + tp, c[1] + fp, c[2] + fn]);
    }
    result() {
        const keys = [...this.counts.keys()].sort(byCwe);
        return Object.fromEntries(keys.map((k) => [k, metrics(...this.counts.get(k))]));
    }
}
/** CWE-22 before CWE-100; `none` last. */
function byCwe(a, b) {
    const n = (s) => (s.startsWith('CWE-') ? Number(s.slice(4)) : Number.MAX_SAFE_INTEGER);
    return n(a) - n(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function totals(cases) {
    const all = new Tally();
    const perCwe = new Tally();
    const perKind = new Tally();
    for (const { kind, score } of cases) {
        const [tp, fp, fn] = [score.found.length, score.falsePositives.length, score.missed.length];
        all.add('all', tp, fp, fn);
        perKind.add(kind, tp, fp, fn);
        for (const f of score.found)
            perCwe.add(cweGroup(f.expected.cwe), 1, 0, 0);
        for (const m of score.missed)
            perCwe.add(cweGroup(m.cwe), 0, 0, 1);
        for (const r of score.falsePositives)
            perCwe.add(cweGroup(r.cwe), 0, 1, 0);
    }
    return {
        overall: all.result().all ?? metrics(0, 0, 0),
        perCwe: perCwe.result(),
        perKind: perKind.result(),
        casesPassed: cases.filter((c) => passed(c.score)).length,
    };
}
function passed(score) {
    return score.missed.length === 0 && score.falsePositives.length === 0;
}
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
const CONFIDENCES = ['high', 'medium', 'low'];
/** Whether a finding would be reported at a min-confidence threshold. */
function atLeast(confidence, threshold) {
    return CONFIDENCE_RANK[confidence] <= CONFIDENCE_RANK[threshold];
}

;// CONCATENATED MODULE: ./src/eval/depths.ts


/**
 * Side by side, from the after scans only (the before scans are the same at both depths): what each depth
 * found and what it sent. `auto` and `full` hold one run per case of `cases`, in the same order.
 */
function compareDepths(cases, auto, full) {
    const side = (runs) => {
        const each = cases.map((c, i) => caseRun(c, runs[i]));
        const sum = (k) => each.reduce((n, r) => n + r[k], 0);
        return {
            each,
            totals: {
                modified: metrics(sum('found'), sum('falsePositives'), sum('missed')),
                scored: runs.reduce((s, r) => addSpend(s, r.spend), NO_SPEND),
            },
        };
    };
    const a = side(auto);
    const f = side(full);
    return {
        auto: a.totals,
        full: f.totals,
        cases: cases.map((c, i) => ({
            name: c.name,
            expected: c.expected.length,
            auto: a.each[i],
            full: f.each[i],
        })),
    };
}
function caseRun(c, run) {
    const score = scoreCase(c.expected, run.findings);
    return {
        found: score.found.length,
        falsePositives: score.falsePositives.length,
        missed: score.missed.length,
        inputTokens: run.spend.usage.inputTokens,
        calls: run.spend.calls,
        changeReviews: run.changeReviews ?? [],
        incomplete: run.incomplete.length > 0,
    };
}

;// CONCATENATED MODULE: ./src/eval/sweep.ts

/**
 * The level whose F1 is best, from the figures of every level (the same answers filtered when reporting, so
 * no extra model call); null when no level has an F1. On a tie the stricter level wins: the same F1 with
 * fewer findings for a reader to read.
 */
function bestMinConfidence(byLevel) {
    let best = null;
    // CONFIDENCES runs from the strictest (high) to the loosest (low): only a strictly better F1 replaces it.
    for (const level of CONFIDENCES) {
        const m = byLevel[level];
        if (m.f1 === null || (best && m.f1 <= best.f1))
            continue;
        best = { level, f1: m.f1, precision: m.precision, recall: m.recall };
    }
    return best;
}

;// CONCATENATED MODULE: ./src/eval/result.ts




/** Bump when the JSON's shape changes incompatibly: --compare refuses another version. */
const EVAL_RESULT_VERSION = 1;
function buildResult(meta, cases, runs, full) {
    const scored = cases.map((c, i) => ({
        name: c.name,
        kind: c.kind,
        score: scoreCase(c.expected, runs[i].findings),
    }));
    const t = totals(scored);
    const byMinConfidence = Object.fromEntries(CONFIDENCES.map((level) => [level, filteredTotals(cases, runs, level).overall]));
    const scoredSpend = runs.reduce((s, r) => addSpend(s, r.spend), NO_SPEND);
    const extra = [...runs.map((r) => r.setup), ...(full?.runs ?? []).flatMap((r) => [r.spend, r.setup])];
    const totalSpend = extra.reduce((s, x) => (x ? addSpend(s, x) : s), scoredSpend);
    const byKind = {};
    for (const c of cases)
        byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
    return {
        version: EVAL_RESULT_VERSION,
        ...meta,
        cases: { total: cases.length, passed: t.casesPassed, byKind },
        overall: t.overall,
        perKind: t.perKind,
        perCwe: t.perCwe,
        byMinConfidence,
        bestMinConfidence: bestMinConfidence(byMinConfidence),
        ...(full ? { depths: depthsOf(cases, runs, full) } : {}),
        spend: { total: totalSpend, scored: scoredSpend },
        incomplete: [...runs, ...(full?.runs ?? [])].filter((r) => r.incomplete.length > 0).length,
        caseResults: scored.map((s, i) => ({
            name: s.name,
            kind: s.kind,
            passed: passed(s.score),
            expected: cases[i].expected.length,
            ...s.score,
            spend: runs[i].spend,
            ...(runs[i].setup ? { setup: runs[i].setup } : {}),
            incomplete: runs[i].incomplete,
        })),
    };
}
function filteredTotals(cases, runs, level) {
    return totals(cases.map((c, i) => ({
        name: c.name,
        kind: c.kind,
        score: scoreCase(c.expected, runs[i].findings.filter((f) => atLeast(f.confidence, level))),
    })));
}
/** The auto runs of the cases scanned again at full, paired with those. */
function depthsOf(cases, runs, full) {
    const auto = full.cases.map((c) => runs[cases.indexOf(c)]);
    return compareDepths(full.cases, auto, full.runs);
}

;// CONCATENATED MODULE: ./src/eval/compare.ts


/** What moved between an earlier result (OTHER.json) and this one, case by case. */
function compareResults(now, other) {
    const byName = new Map(other.caseResults.map((c) => [c.name, c]));
    const nowNames = new Set(now.caseResults.map((c) => c.name));
    const c = {
        other: {
            modelId: other.modelId,
            reviewDepth: other.reviewDepth,
            startedAt: other.startedAt,
            corpus: other.corpus,
        },
        overall: { other: other.overall, now: now.overall },
        perKind: pairs(other.perKind, now.perKind, () => true),
        perCwe: pairs(other.perCwe, now.perCwe, countsMoved),
        spend: { other: other.spend, now: now.spend },
        bestMinConfidence: { other: other.bestMinConfidence, now: now.bestMinConfidence },
        nowPassing: [],
        nowFailing: [],
        newlyFound: [],
        newlyMissed: [],
        newFalsePositives: [],
        goneFalsePositives: [],
        onlyNow: now.caseResults.filter((x) => !byName.has(x.name)).map((x) => x.name),
        onlyOther: other.caseResults.filter((x) => !nowNames.has(x.name)).map((x) => x.name),
    };
    for (const cur of now.caseResults) {
        const old = byName.get(cur.name);
        if (old)
            caseMoves(c, old, cur);
    }
    return c;
}
function caseMoves(c, old, cur) {
    if (cur.passed && !old.passed)
        c.nowPassing.push(cur.name);
    if (!cur.passed && old.passed)
        c.nowFailing.push(cur.name);
    const foundBefore = new Set(old.found.map((f) => expectedKey(f.expected)));
    const foundNow = new Set(cur.found.map((f) => expectedKey(f.expected)));
    for (const f of cur.found)
        if (!foundBefore.has(expectedKey(f.expected)))
            c.newlyFound.push({ case: cur.name, finding: f.expected });
    for (const m of cur.missed)
        if (foundBefore.has(expectedKey(m)) && !foundNow.has(expectedKey(m)))
            c.newlyMissed.push({ case: cur.name, finding: m });
    const fpBefore = multiset(old.falsePositives.map(reportedKey));
    const fpNow = multiset(cur.falsePositives.map(reportedKey));
    for (const f of cur.falsePositives)
        if (take(fpBefore, reportedKey(f)) === false)
            c.newFalsePositives.push({ case: cur.name, finding: f });
    for (const f of old.falsePositives)
        if (take(fpNow, reportedKey(f)) === false)
            c.goneFalsePositives.push({ case: cur.name, finding: f });
}
function pairs(other, now, keep) {
    const keys = [...new Set([...Object.keys(other), ...Object.keys(now)])];
    const out = {};
    for (const k of keys) {
        const m = { other: other[k], now: now[k] };
        if (keep(m))
            out[k] = m;
    }
    return out;
}
function countsMoved(m) {
    const counts = (x) => x ? `${x.truePositives}/${x.falsePositives}/${x.falseNegatives}` : 'none';
    return counts(m.other) !== counts(m.now);
}
function expectedKey(e) {
    return `${e.path}\0${e.cwe}\0${e.startLine}\0${e.endLine}`;
}
/** A false positive is the same one in both runs when it is the same weakness in the same file, about the same lines. */
function reportedKey(r) {
    return `${r.path}\0${r.cwe ?? 'none'}\0${Math.floor(r.startLine / 5)}`;
}
function multiset(keys) {
    const m = new Map();
    for (const k of keys)
        m.set(k, (m.get(k) ?? 0) + 1);
    return m;
}
/** Takes one of key out of the multiset: false when there was none left. */
function take(m, key) {
    const n = m.get(key) ?? 0;
    if (n === 0)
        return false;
    m.set(key, n - 1);
    return true;
}
const MetricsSchema = schemas/* object */.Ikc({
    truePositives: schemas/* number */.aig(),
    falsePositives: schemas/* number */.aig(),
    falseNegatives: schemas/* number */.aig(),
    precision: schemas/* number */.aig().nullable(),
    recall: schemas/* number */.aig().nullable(),
    f1: schemas/* number */.aig().nullable(),
});
const Finding = schemas/* looseObject */._H3({ path: schemas/* string */.YjP(), startLine: schemas/* number */.aig(), endLine: schemas/* number */.aig() });
const OtherSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(EVAL_RESULT_VERSION),
    overall: MetricsSchema,
    perKind: schemas/* record */.g1P(schemas/* string */.YjP(), MetricsSchema),
    perCwe: schemas/* record */.g1P(schemas/* string */.YjP(), MetricsSchema),
    bestMinConfidence: schemas/* object */.Ikc({
        level: schemas/* enum */.k5n(['high', 'medium', 'low']),
        f1: schemas/* number */.aig(),
        precision: schemas/* number */.aig().nullable(),
        recall: schemas/* number */.aig().nullable(),
    })
        .nullable()
        .optional(),
    caseResults: schemas/* array */.YOg(schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        passed: schemas/* boolean */.zMY(),
        found: schemas/* array */.YOg(schemas/* looseObject */._H3({ expected: Finding, reported: Finding })),
        missed: schemas/* array */.YOg(Finding),
        falsePositives: schemas/* array */.YOg(Finding),
    })),
});
/** An earlier result, checked: a file of another shape or version is an error naming what is wrong. */
function parseResult(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return 'it is not JSON';
    }
    const parsed = OtherSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return `it is not the JSON of ai-scanner eval version ${EVAL_RESULT_VERSION} (${issue.path.join('.') || '(root)'}: ${issue.message})`;
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/eval/corpus.ts





/** The file of a case that says what it should find; never scanned. */
const EXPECTED_FILE = 'expected.json';
const ExpectedSchema = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().max(2000),
    findings: schemas/* array */.YOg(schemas/* strictObject */.rej({
        path: schemas/* string */.YjP().min(1).max(1024),
        cwe: schemas/* string */.YjP().regex(/^CWE-\d{1,5}$/),
        startLine: schemas/* number */.aig().int().min(1),
        endLine: schemas/* number */.aig().int().min(1),
        note: schemas/* string */.YjP().max(2000).optional(),
    }))
        .max(200),
});
const CASE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
/** Reads DIR/cases/<case>/: every problem found is named with its file and how to fix it. */
async function loadCorpus(dir) {
    const casesDir = (0,external_node_path_.join)(dir, 'cases');
    let names;
    try {
        const entries = await (0,promises_.readdir)(casesDir, { withFileTypes: true });
        names = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j(`the corpus ${JSON.stringify(dir)} has no readable cases/ folder (${(0,src_errors/* errorMessage */.g)(e)}): expected DIR/cases/<case>/ with an ${EXPECTED_FILE} in each (see docs/eval.md).`);
    }
    if (names.length === 0)
        throw new errors/* ConfigurationError */.j(`the corpus ${JSON.stringify(dir)} has no case in cases/.`);
    const problems = [];
    const cases = [];
    for (const name of names.sort()) {
        try {
            cases.push(await loadCase((0,external_node_path_.join)(casesDir, name), name));
        }
        catch (e) {
            problems.push(`cases/${name}: ${(0,src_errors/* errorMessage */.g)(e)}`);
        }
    }
    if (problems.length)
        throw new errors/* ConfigurationError */.j(`the corpus ${JSON.stringify(dir)} is invalid:\n- ${problems.join('\n- ')}`, problems);
    return cases;
}
async function loadCase(caseDir, name) {
    if (!CASE_NAME.test(name))
        throw new Error('a case name is lower-case letters, digits, ".", "_" and "-"');
    const expected = await readExpected((0,external_node_path_.join)(caseDir, EXPECTED_FILE));
    const top = (await listFiles(caseDir)).filter((f) => f !== EXPECTED_FILE);
    const modified = top.some((f) => f.startsWith('before/')) || top.some((f) => f.startsWith('after/'));
    if (!modified) {
        await checkFindings(caseDir, top, expected.findings);
        return {
            name,
            kind: expected.findings.length ? 'vulnerable' : 'clean',
            description: expected.description,
            root: caseDir,
            files: top,
            expected: expected.findings.map(stripNote),
        };
    }
    const stray = top.filter((f) => !f.startsWith('before/') && !f.startsWith('after/'));
    if (stray.length)
        throw new Error(`a modified-file case holds only before/ and after/ (found ${stray[0]})`);
    const before = top.filter((f) => f.startsWith('before/')).map((f) => f.slice('before/'.length));
    const after = top.filter((f) => f.startsWith('after/')).map((f) => f.slice('after/'.length));
    if (!before.length || !after.length)
        throw new Error('a modified-file case needs both before/ and after/ files');
    const root = (0,external_node_path_.join)(caseDir, 'after');
    await checkFindings(root, after, expected.findings);
    await checkChanged((0,external_node_path_.join)(caseDir, 'before'), root, before, expected.findings);
    return {
        name,
        kind: 'modified',
        description: expected.description,
        root,
        files: after,
        before: { root: (0,external_node_path_.join)(caseDir, 'before'), files: before },
        expected: expected.findings.map(stripNote),
    };
}
function stripNote(f) {
    return { path: f.path, cwe: f.cwe, startLine: f.startLine, endLine: f.endLine };
}
async function readExpected(path) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`${EXPECTED_FILE} is missing or not JSON (${(0,src_errors/* errorMessage */.g)(e)})`, { cause: e });
    }
    const parsed = ExpectedSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${EXPECTED_FILE}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return parsed.data;
}
/** Every expected finding names a file of the tree and lines it has. */
async function checkFindings(root, files, findings) {
    for (const f of findings) {
        if (!files.includes(f.path))
            throw new Error(`${EXPECTED_FILE} names ${f.path}, which is not a file of the case`);
        const lines = (await (0,promises_.readFile)((0,external_node_path_.join)(root, f.path), 'utf8')).split('\n').length;
        if (f.startLine > f.endLine || f.endLine > lines)
            throw new Error(`${EXPECTED_FILE}: ${f.path} lines ${f.startLine}-${f.endLine} are not a range of its lines`);
    }
}
/**
 * An expected finding of a modified-file case is in a file the change touches: the after run reviews only
 * those, and an unchanged file's findings were the before run's.
 */
async function checkChanged(before, after, beforeFiles, findings) {
    for (const f of findings) {
        if (!beforeFiles.includes(f.path))
            continue;
        const [a, b] = await Promise.all([(0,promises_.readFile)((0,external_node_path_.join)(before, f.path)), (0,promises_.readFile)((0,external_node_path_.join)(after, f.path))]);
        if (a.equals(b))
            throw new Error(`${EXPECTED_FILE} names ${f.path}, which the change leaves as it was: only changed files are scored`);
    }
}
/** The regular files under a folder, as sorted /-separated relative paths; a link is refused. */
async function listFiles(root) {
    const entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    const files = [];
    for (const e of entries) {
        const path = (0,external_node_path_.relative)(root, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/');
        if (e.isSymbolicLink())
            throw new Error(`${path} is a symbolic link: a corpus holds regular files only`);
        // Eval runs git in the scratch copy of a modified case: a .git of the corpus's (hooks, config) could run code.
        if (path.split('/').some((part) => part.toLowerCase() === '.git'))
            throw new Error(`${path} is inside a .git folder: a case may not hold one`);
        if (e.isFile())
            files.push(path);
        else if (!e.isDirectory())
            throw new Error(`${path} is not a regular file`);
    }
    if (!(await (0,promises_.stat)(root)).isDirectory())
        throw new Error('not a folder');
    return files.sort();
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/eval/format.ts




/** A ratio as a percentage with one decimal; n/a when there is none (nothing reported, nothing expected). */
function percent(x) {
    return x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}
/** The difference in percentage points; n/a when either side has no figure. */
function points(now, other) {
    if (now === null || now === undefined || other === null || other === undefined)
        return 'n/a';
    const d = (now - other) * 100;
    return `${d >= 0 ? '+' : ''}${d.toFixed(1)} pts`;
}
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
const METRIC_HEADER = ['', 'found', 'false+', 'missed', 'precision', 'recall', 'F1'];
function metricRow(label, m) {
    return [
        label,
        String(m.truePositives),
        String(m.falsePositives),
        String(m.falseNegatives),
        percent(m.precision),
        percent(m.recall),
        percent(m.f1),
    ];
}
/** Model text and corpus paths on a terminal: one line, no control characters (an escape sequence stays text). */
function terminal(text, max) {
    return (0,src_text/* clip */.$)((0,src_text/* oneLine */.T)((0,report_escape/* stripInvisible */._0)(text)), max);
}
function expectedText(e) {
    return `${terminal(e.cwe, 20)} ${terminal(e.path, 300)}:${e.startLine}${e.endLine !== e.startLine ? `-${e.endLine}` : ''}`;
}
function reportedText(r) {
    const lines = `${r.startLine}${r.endLine !== r.startLine ? `-${r.endLine}` : ''}`;
    return `${terminal(r.cwe ?? 'no CWE', 20)} ${terminal(r.path, 300)}:${lines} ${JSON.stringify(terminal(r.title, 80))} (${r.confidence})`;
}
/** The figures as a person reads them: totals, per kind of case, per CWE, per min-confidence, spend, failures. */
function renderResult(r) {
    const kinds = Object.entries(r.cases.byKind)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
    const out = [
        `ai-scanner eval: ${r.cases.total} cases (${kinds}) · model ${r.modelId} · review-depth ${r.reviewDepth}${r.depths ? ' (and full for the modified-file cases, below)' : ''}`,
        '',
        ...table(METRIC_HEADER, [
            metricRow('overall', r.overall),
            ...Object.entries(r.perKind).map(([k, m]) => metricRow(`  ${k}`, m)),
        ]),
        '',
        ...table(['per CWE', ...METRIC_HEADER.slice(1)], Object.entries(r.perCwe).map(([k, m]) => metricRow(k, m))),
        '',
        ...table(['min-confidence', ...METRIC_HEADER.slice(1)], Object.entries(r.byMinConfidence).map(([k, m]) => metricRow(k, m))),
        bestLine(r.bestMinConfidence),
        '',
        ...(r.depths ? [...renderDepths(r.depths), ''] : []),
        `Cases passed: ${r.cases.passed} of ${r.cases.total} (every expected finding found, no false positive)`,
        spendLine('Spend', r.spend.total),
    ];
    if (r.spend.scored.calls !== r.spend.total.calls)
        out.push(spendLine('  scored scans', r.spend.scored));
    const failed = r.caseResults.filter((c) => !c.passed || c.incomplete.length);
    if (failed.length)
        out.push('', 'Cases not passed:');
    for (const c of failed) {
        out.push(`  ${c.name} (${c.kind})`);
        for (const m of c.missed)
            out.push(`    missed          ${expectedText(m)}`);
        for (const f of c.falsePositives)
            out.push(`    false positive  ${reportedText(f)}`);
        for (const i of c.incomplete)
            out.push(`    incomplete      ${terminal(i, 200)}`);
    }
    return out.join('\n') + '\n';
}
/** The level to choose by F1, from this run's figures; the default is named so that a difference shows. */
function bestLine(best) {
    if (!best)
        return 'Best F1: none (no level has an F1)';
    return `Best F1 at min-confidence ${best.level}: ${percent(best.f1)} (precision ${percent(best.precision)}, recall ${percent(best.recall)}); the default is ${inputs/* DEFAULTS */.z['min-confidence']}`;
}
/** review-depth auto and full on the modified-file cases: what each found, and what each sent. */
function renderDepths(d) {
    const n = (x) => x.toLocaleString('en-US');
    const side = (label, s) => [
        label,
        String(s.modified.truePositives),
        String(s.modified.falsePositives),
        String(s.modified.falseNegatives),
        percent(s.modified.recall),
        n(s.scored.usage.inputTokens),
        String(s.scored.calls),
    ];
    const ratio = d.full.scored.usage.inputTokens
        ? percent(d.auto.scored.usage.inputTokens / d.full.scored.usage.inputTokens)
        : 'n/a';
    const shown = (c) => c.auto.changeReviews
        .map((r) => `${terminal(r.path, 200)} ${r.linesShown ?? '?'} of ${r.lines ?? '?'} lines`)
        .join(', ') || 'reviewed whole';
    return [
        `review-depth auto vs full, the ${d.cases.length} modified-file case(s), after scans only:`,
        ...table(['', 'found', 'false+', 'missed', 'recall', 'input tokens', 'calls'], [side('auto', d.auto), side('full', d.full)]),
        `auto sent ${ratio} of full's input tokens`,
        ...table(['per case', 'found auto', 'found full', 'tokens auto', 'tokens full', 'auto reviewed by change'], d.cases.map((c) => [
            terminal(c.name, 100),
            `${c.auto.found} of ${c.expected}${c.auto.incomplete ? '*' : ''}`,
            `${c.full.found} of ${c.expected}${c.full.incomplete ? '*' : ''}`,
            n(c.auto.inputTokens),
            n(c.full.inputTokens),
            shown(c),
        ])),
        ...(d.cases.some((c) => c.auto.incomplete || c.full.incomplete)
            ? ['* not scanned whole: what was not reviewed counts as missed']
            : []),
    ];
}
function spendLine(label, s) {
    const u = s.usage;
    const n = (x) => x.toLocaleString('en-US');
    return `${label}: ${s.usd === undefined ? 'cost unknown (no price for the model)' : (0,cost/* formatUsd */.UK)(s.usd)} · ${s.calls} model call(s) · tokens ${n(u.inputTokens)} in, ${n(u.outputTokens)} out, ${n(u.cacheReadTokens)} cache read, ${n(u.cacheWriteTokens)} cache write`;
}
function movedRow(label, m, pick) {
    const a = m.other ? pick(m.other) : undefined;
    const b = m.now ? pick(m.now) : undefined;
    return [label, percent(a), percent(b), points(b, a)];
}
/** Side by side with an earlier result: what moved, overall, per kind and per CWE, and which cases flipped. */
function renderComparison(c, now) {
    const o = c.other;
    const out = [
        `Compared with ${terminal(o.modelId, 200)} · review-depth ${terminal(o.reviewDepth, 20)} (${terminal(o.startedAt, 40)}) → ${now.modelId} · review-depth ${now.reviewDepth}`,
        '',
    ];
    const rows = [];
    for (const [label, m] of [
        ['overall', c.overall],
        ...Object.entries(c.perKind).map(([k, m]) => [`  ${k}`, m]),
    ])
        for (const [name, pick] of PICKS)
            rows.push(movedRow(`${label} ${name}`, m, pick));
    out.push(...table(['', 'other', 'now', 'moved'], rows), '');
    const cwes = Object.entries(c.perCwe);
    if (cwes.length) {
        out.push(...table(['per CWE (moved)', 'other found/false+/missed', 'now found/false+/missed'], cwes.map(([k, m]) => [terminal(k, 20), counts(m.other), counts(m.now)])), '');
    }
    else
        out.push('Per CWE: nothing moved.', '');
    out.push(`Best F1 at min-confidence: ${bestText(c.bestMinConfidence.other)} → ${bestText(c.bestMinConfidence.now)}`);
    out.push(spendCompare('Spend', c.spend.other.total, c.spend.now.total));
    out.push(spendCompare('Scored scans', c.spend.other.scored, c.spend.now.scored));
    out.push(`Now passing: ${list(c.nowPassing)}`, `Now failing: ${list(c.nowFailing)}`);
    for (const f of c.newlyFound)
        out.push(`  newly found      ${f.case}: ${expectedText(f.finding)}`);
    for (const f of c.newlyMissed)
        out.push(`  newly missed     ${f.case}: ${expectedText(f.finding)}`);
    for (const f of c.newFalsePositives)
        out.push(`  new false+       ${f.case}: ${reportedText(f.finding)}`);
    for (const f of c.goneFalsePositives)
        out.push(`  gone false+      ${f.case}: ${reportedText(f.finding)}`);
    if (c.onlyNow.length)
        out.push(`Cases only in this run: ${list(c.onlyNow)}`);
    if (c.onlyOther.length)
        out.push(`Cases only in the other run: ${list(c.onlyOther)}`);
    return out.join('\n') + '\n';
}
function bestText(b) {
    return b ? `${b.level} (${percent(b.f1)})` : 'none';
}
const PICKS = [
    ['precision', (m) => m.precision],
    ['recall', (m) => m.recall],
    ['F1', (m) => m.f1],
];
function counts(m) {
    return m ? `${m.truePositives}/${m.falsePositives}/${m.falseNegatives}` : '-';
}
function list(names) {
    return names.length ? names.map((n) => terminal(n, 100)).join(', ') : 'none';
}
function spendCompare(label, a, b) {
    const usd = (x) => (x === undefined ? 'unknown' : (0,cost/* formatUsd */.UK)(x));
    return `${label}: ${usd(a.usd)} → ${usd(b.usd)} · calls ${a.calls} → ${b.calls} · input tokens ${a.usage.inputTokens} → ${b.usage.inputTokens}`;
}

;// CONCATENATED MODULE: ./src/eval/command.ts












const EVAL_HELP = `Usage: ai-scanner eval DIR [options]

Scans every case of a labeled corpus (DIR/cases/<case>/ with an expected.json; see docs/eval.md) with the
same pipeline as ai-scanner scan, each in a scratch folder with a cache of its own (never yours), and prints
precision, recall and F1 overall, per kind of case, per CWE and per min-confidence level (naming the level
with the best F1), with the model calls, tokens and cost. A modified-file case (before/ and after/) is
scanned before, then after: only the after scan is scored.

Options:
  --out FILE                write the result as JSON (default: ai-scanner-eval.json)
  --compare FILE            an earlier result: print what moved and which cases flipped
  --review-depth auto|full|both
                            how modified files are reviewed; both: the figures at auto, and the
                            modified-file cases again at full, recall and input tokens side by side
  --jobs N                  cases scanned at once (default: 4)
  --model-id ID             Bedrock model or inference profile (default: ${inputs/* DEFAULTS */.z['model-id']})
  --aws-region REGION --bedrock-endpoint URL --pricing JSON --instructions TEXT
  --compliance-frameworks LIST --max-concurrency N --max-file-size-kb N --verify-findings true|false
  -v, --verbose             every scan's log on standard error
  -h, --help                this help

Exit codes: 0 scored, 1 a case could not be scanned whole (its figures are printed, marked incomplete) or
the model could not be reached, 2 usage error or an invalid corpus.
`;
/** Scan options eval passes on as ai-scanner scan takes them; one not known to this version is ignored. */
const SCAN_OPTIONS = [
    'model-id',
    'aws-region',
    'bedrock-endpoint',
    'pricing',
    'instructions',
    'compliance-frameworks',
    'max-concurrency',
    'max-file-size-kb',
    'review-depth',
    'verify-findings',
];
/** `ai-scanner eval …`: the argument list after the command's name. */
async function evalMain(argv, io, scanner) {
    const usage = (message) => (io.stderr.write(`ai-scanner eval: ${message}\n\n${EVAL_HELP}`), 2);
    const opts = readOptions(argv);
    if (typeof opts === 'string')
        return usage(opts);
    if ('help' in opts)
        return (io.stdout.write(EVAL_HELP), 0);
    try {
        const other = opts.compare ? await readOther(opts.compare) : undefined;
        const cases = await loadCorpus(opts.dir);
        const startedAt = new Date().toISOString();
        const both = opts.values['review-depth'] === 'both';
        const values = both ? { ...opts.values, 'review-depth': 'auto' } : opts.values;
        const scan = scanner(opts.verbose);
        const runs = await runAll(cases, { ...opts, values }, scan, io);
        const result = buildResult({
            corpus: opts.dir,
            modelId: opts.values['model-id'] ?? inputs/* DEFAULTS */.z['model-id'],
            reviewDepth: values['review-depth'] ?? 'auto',
            startedAt,
        }, cases, runs, both ? await fullDepth(cases, { ...opts, values }, scan, io) : undefined);
        io.stdout.write(renderResult(result));
        if (other)
            io.stdout.write('\n' + renderComparison(compareResults(result, other), result));
        await (0,promises_.writeFile)(opts.out, `${JSON.stringify(result, null, 2)}\n`);
        io.stderr.write(`Wrote ${opts.out}\n`);
        if (result.incomplete > 0) {
            io.stderr.write(`ai-scanner eval: ${result.incomplete} case(s) were not scanned whole: their figures count what was not reviewed as missed.\n`);
            return 1;
        }
        return 0;
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j)
            return (io.stderr.write(`ai-scanner eval: ${e.message}\n`), 2);
        io.stderr.write(`ai-scanner eval: ${(0,src_errors/* errorMessage */.g)(e)}\n`);
        return 1;
    }
}
function readOptions(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                out: { type: 'string' },
                compare: { type: 'string' },
                jobs: { type: 'string' },
                verbose: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' },
                ...Object.fromEntries(SCAN_OPTIONS.map((o) => [o, { type: 'string' }])),
            },
        });
    }
    catch (e) {
        return (0,src_errors/* errorMessage */.g)(e);
    }
    const v = parsed.values;
    if (v.help)
        return { help: true };
    if (parsed.positionals.length !== 1)
        return 'expected one corpus folder: ai-scanner eval DIR';
    const jobs = Number(v.jobs ?? '4');
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 32)
        return `--jobs has an invalid value ${JSON.stringify(v.jobs)}: expected a whole number from 1 to 32.`;
    const depth = v['review-depth'];
    if (depth !== undefined && depth !== 'auto' && depth !== 'full' && depth !== 'both')
        return `--review-depth has an invalid value ${JSON.stringify(depth)}: expected auto, full or both.`;
    const values = {};
    for (const o of SCAN_OPTIONS)
        if (typeof v[o] === 'string')
            values[o] = v[o];
    return {
        dir: (0,external_node_path_.resolve)(parsed.positionals[0]),
        out: (0,external_node_path_.resolve)(typeof v.out === 'string' && v.out ? v.out : 'ai-scanner-eval.json'),
        compare: typeof v.compare === 'string' ? (0,external_node_path_.resolve)(v.compare) : undefined,
        jobs,
        verbose: v.verbose === true,
        values,
    };
}
async function readOther(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j(`--compare: ${JSON.stringify(path)} could not be read (${(0,src_errors/* errorMessage */.g)(e)}).`);
    }
    const other = parseResult(text);
    if (typeof other === 'string')
        throw new errors/* ConfigurationError */.j(`--compare: ${JSON.stringify(path)} cannot be compared: ${other}. Give a file an earlier ai-scanner eval wrote with --out.`);
    return other;
}
/** --review-depth both: the modified-file cases again, at review-depth full, each in a scratch folder of its own. */
async function fullDepth(cases, opts, scan, io) {
    const modified = cases.filter((c) => c.kind === 'modified');
    const values = { ...opts.values, 'review-depth': 'full' };
    return {
        cases: modified,
        runs: await runAll(modified, { ...opts, values }, scan, io, ' (review-depth full)'),
    };
}
/**
 * Every case, up to `jobs` at once, each in its own scratch folder (removed after). The scan sees every
 * finding (min-confidence low): eval applies each threshold itself, from the same answers.
 */
async function runAll(cases, opts, scan, io, label = '') {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ai-scanner-eval-'));
    const values = { ...opts.values, 'min-confidence': 'low' };
    const runs = new Array(cases.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < cases.length; i = next++) {
            const c = cases[i];
            const r = await runCase(c, scratch, values, scan).catch((e) => {
                // A bad option is the same for every case: stop. Anything else leaves this case unscored.
                if (e instanceof errors/* ConfigurationError */.j)
                    throw e;
                return { findings: [], spend: NO_SPEND, incomplete: [`the scan failed: ${(0,src_errors/* errorMessage */.g)(e)}`] };
            });
            runs[i] = r;
            io.stderr.write(`${c.name}${label}: ${r.findings.length} finding(s), ${r.spend.calls + (r.setup?.calls ?? 0)} call(s)${r.incomplete.length ? ' (incomplete)' : ''}\n`);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(opts.jobs, cases.length) }, worker));
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    return runs;
}


/***/ })

};
