export const id = 240;
export const ids = [240];
export const modules = {

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  costsMain: () => (/* binding */ costsMain)
});

// UNUSED EXPORTS: parseSince

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/cost/cost.ts
var cost = __webpack_require__(160);
// EXTERNAL MODULE: ./src/cache/cache-document.ts + 2 modules
var cache_document = __webpack_require__(5125);
;// CONCATENATED MODULE: ./src/costs/aggregate.ts


/**
 * Sums every object's runs per repository, per month and in total. A repository's pull-request objects count:
 * each run records its spend in exactly one object (the one it writes), so nothing is counted twice; a run
 * found twice all the same (the same record in two objects) is counted once.
 */
function aggregate(objects, since) {
    const byRepo = new Map();
    const notes = [];
    for (const object of objects) {
        const repo = byRepo.get(object.repository) ?? { objects: 0, runs: new Map() };
        byRepo.set(object.repository, repo);
        repo.objects++;
        const counted = object.runs.filter((r) => !since || Date.parse(r.at) >= since.getTime());
        for (const run of counted)
            repo.runs.set(JSON.stringify(run), run);
        const note = truncationNote(object, since);
        if (note)
            notes.push(note);
    }
    const repos = [...byRepo.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([repository, repo]) => {
        const runs = [...repo.runs.values()];
        return { repository, objects: repo.objects, ...totals(runs), months: byMonth(runs) };
    });
    const all = repos.flatMap((r) => [...byRepo.get(r.repository).runs.values()]);
    return {
        since: since?.toISOString(),
        repos,
        total: { repositories: repos.length, ...totals(all), months: byMonth(all) },
        notes,
    };
}
/** An object holding MAX_RUNS runs has dropped older ones: say so when they would have counted. */
function truncationNote(object, since) {
    if (object.runs.length < cache_document/* MAX_RUNS */._k)
        return undefined;
    const oldest = object.runs.reduce((min, r) => (r.at < min ? r.at : min), object.runs[0].at);
    if (since && Date.parse(oldest) <= since.getTime())
        return undefined;
    return `${object.location} keeps only its newest ${cache_document/* MAX_RUNS */._k} runs: runs of ${object.repository} before ${oldest} are not counted.`;
}
function totals(runs) {
    let costUsd = 0;
    let savedUsd = 0;
    let hits = 0;
    let misses = 0;
    let modelCalls = 0;
    let inputTokens = 0;
    let outputTokens = 0;
    let runsWithoutCost = 0;
    let runsWithoutTokens = 0;
    for (const r of runs) {
        if (r.usd === null)
            runsWithoutCost++;
        else
            costUsd += r.usd;
        savedUsd += r.savedUsd;
        hits += r.hits;
        misses += r.misses;
        modelCalls += r.calls;
        if (r.tokens) {
            inputTokens += r.tokens.in;
            outputTokens += r.tokens.out;
        }
        else
            runsWithoutTokens++;
    }
    const instants = runs.map((r) => r.at).sort();
    return {
        runs: runs.length,
        costUsd: (0,cost/* round6 */.X_)(costUsd),
        savedUsd: (0,cost/* round6 */.X_)(savedUsd),
        hitRate: hits + misses ? Math.round((hits / (hits + misses)) * 1000) / 10 : null,
        hits,
        misses,
        modelCalls,
        inputTokens,
        outputTokens,
        runsWithoutCost,
        runsWithoutTokens,
        firstRun: instants[0],
        lastRun: instants.at(-1),
    };
}
/** One entry per calendar month (UTC) that has runs, oldest first. */
function byMonth(runs) {
    const months = new Map();
    for (const run of runs) {
        const month = new Date(run.at).toISOString().slice(0, 7);
        const list = months.get(month);
        if (list)
            list.push(run);
        else
            months.set(month, [run]);
    }
    return [...months.keys()].sort().map((month) => ({ month, ...totals(months.get(month)) }));
}

;// CONCATENATED MODULE: ./src/costs/collect.ts
/**
 * Parses a key under the prefix; undefined for anything else in the bucket. The repository is the path before
 * the object's name, with at least an owner and a name (GitLab's subgroups make it longer: group/sub/project).
 */
function parseObjectKey(key, prefix) {
    if (!key.startsWith(prefix))
        return undefined;
    const m = /^([^/]+\/.+?)\/(?:scan-cache|pr\/(\d{1,10}))\.json\.gz$/.exec(key.slice(prefix.length));
    if (!m)
        return undefined;
    return { repository: m[1], pullRequest: m[2] === undefined ? undefined : Number(m[2]) };
}
/** Lists the prefix and reads every cache object, a few at a time; an unreadable object is a warning. */
async function collectRuns(reader, prefix, warn, concurrency = 8) {
    const keys = [];
    for await (const key of reader.list()) {
        const parsed = parseObjectKey(key, prefix);
        if (parsed)
            keys.push({ key, parsed });
    }
    const objects = [];
    let unreadable = 0;
    let next = 0;
    const worker = async () => {
        while (next < keys.length) {
            const { key, parsed } = keys[next++];
            const location = reader.describe(key);
            const result = await reader.read(key);
            if (result.ok)
                objects.push({ repository: parsed.repository, location, runs: result.doc.runs });
            else {
                unreadable++;
                warn(`${location} could not be read (${result.reason}): its runs are not counted.`);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, keys.length) }, worker));
    // Read in parallel; reported in key order, so the notes come out the same every time.
    objects.sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : 0));
    return { objects, unreadable };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/costs/format.ts



const COSTS_FORMATS = ['table', 'json', 'csv'];
function renderCosts(report, format, source) {
    if (format === 'json')
        return `${JSON.stringify({ location: source.location, ...report }, null, 2)}\n`;
    if (format === 'csv')
        return renderCsv(report);
    return renderTable(report, source);
}
/** The months shown in the table's trend (all of them are in the JSON). */
const TABLE_MONTHS = 12;
function renderTable(report, source) {
    const t = report.total;
    const since = report.since ? ` since ${report.since}` : '';
    const lines = [
        `Scan costs of ${t.repositories} repositories in ${source.location}${since}: ${t.runs} runs, ${(0,cost/* formatUsd */.UK)(t.costUsd)} spent, ${(0,cost/* formatUsd */.UK)(t.savedUsd)} saved by the cache.`,
        '',
        ...table(['repository', 'runs', 'cost', 'saved', 'hit rate', 'AI calls', 'input tokens', 'output tokens'], [...report.repos.map((r) => [terminalSafe(r.repository), ...figures(r)]), ['total', ...figures(t)]]),
    ];
    if (t.months.length > 0) {
        const months = t.months.slice(-TABLE_MONTHS);
        lines.push('', 'Month by month (UTC):', '');
        lines.push(...table(['month', 'runs', 'cost', 'saved', 'hit rate', 'AI calls', 'input tokens', 'output tokens'], months.map((m) => [m.month, ...figures(m)])));
        lines.push('', 'Cost by repository and month:', '');
        lines.push(...table(['repository', ...months.map((m) => m.month)], costMatrix(report, months)));
    }
    const caveats = [
        ...(t.runsWithoutCost
            ? [`${t.runsWithoutCost} run(s) had no price for their model: not in the cost.`]
            : []),
        ...(t.runsWithoutTokens
            ? [`${t.runsWithoutTokens} run(s) were recorded without token counts (an earlier scanner version).`]
            : []),
        ...(source.unreadable ? [`${source.unreadable} cache object(s) could not be read: not counted.`] : []),
        ...report.notes.map(terminalSafe),
    ];
    if (caveats.length)
        lines.push('', ...caveats.map((c) => `Note: ${c}`));
    return `${lines.join('\n')}\n`;
}
function figures(t) {
    return [
        String(t.runs),
        (0,cost/* formatUsd */.UK)(t.costUsd),
        (0,cost/* formatUsd */.UK)(t.savedUsd),
        t.hitRate === null ? '-' : `${t.hitRate.toFixed(1)}%`,
        String(t.modelCalls),
        t.inputTokens.toLocaleString('en-US'),
        t.outputTokens.toLocaleString('en-US'),
    ];
}
function costMatrix(report, months) {
    const row = (name, own) => [
        name,
        ...months.map((m) => {
            const found = own.find((x) => x.month === m.month);
            return found ? (0,cost/* formatUsd */.UK)(found.costUsd) : '-';
        }),
    ];
    return [...report.repos.map((r) => row(terminalSafe(r.repository), r.months)), row('total', months)];
}
/** Left-aligned first column, right-aligned figures. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
/** Names come from object keys, which anyone with write access to the bucket chose: no terminal controls. */
function terminalSafe(text) {
    return (0,src_text/* clip */.$)((0,report_escape/* stripInvisible */._0)(text).replace(/\s+/g, ' '), 200);
}
const CSV_HEADER = [
    'repository',
    'runs',
    'cost_usd',
    'saved_usd',
    'hit_rate',
    'hits',
    'misses',
    'model_calls',
    'input_tokens',
    'output_tokens',
    'runs_without_cost',
    'runs_without_tokens',
    'first_run',
    'last_run',
];
/** One row per repository and one for the total (repository "total" is never a repository: it has no slash). */
function renderCsv(report) {
    const row = (name, t) => [
        name,
        t.runs,
        t.costUsd,
        t.savedUsd,
        t.hitRate ?? '',
        t.hits,
        t.misses,
        t.modelCalls,
        t.inputTokens,
        t.outputTokens,
        t.runsWithoutCost,
        t.runsWithoutTokens,
        t.firstRun ?? '',
        t.lastRun ?? '',
    ]
        .map((v) => csvCell(String(v)))
        .join(',');
    const rows = [
        CSV_HEADER.join(','),
        ...report.repos.map((r) => row(r.repository, r)),
        row('total', report.total),
    ];
    return `${rows.join('\r\n')}\r\n`;
}
/**
 * RFC 4180 quoting; a text cell a spreadsheet would read as a formula (= + - @ at its start) is prefixed with
 * an apostrophe, since repository names come from keys that anyone who can write to the bucket chose.
 */
function csvCell(value) {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

;// CONCATENATED MODULE: ./src/costs/command.ts





const COSTS_HELP = `Usage: ai-scanner costs --bucket NAME [options]

Reads every repository's scan cache in the bucket (its own object and its pull requests') and prints, per
repository and in total, the runs, what they cost, what the cache saved, the hit rate, model calls and tokens,
month by month. It only reads: s3:ListBucket on the bucket and s3:GetObject on the prefix are enough.

Options:
  --bucket NAME      the S3 cache bucket (default: $S3_CACHE_BUCKET)
  --prefix P         the key prefix the scans use (default: ${inputs/* DEFAULTS */.z['s3-prefix']})
  --since DATE       count only runs from DATE on: 2026-01, 2026-01-15 or an ISO instant (UTC)
  --format FORMAT    table | json | csv (default: table) on standard output
  --region REGION    the bucket's region (default: $AWS_REGION)
  --endpoint URL     an S3-compatible endpoint (path-style addressing)
  -h, --help         this help

Exit codes: 0 printed, 1 the bucket could not be listed, 2 usage error.
`;
/** The S3 SDK loads only when a listing is about to start. */
const s3Reader = async (opts) => new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 3764))).S3CacheObjectReader(opts);
/** `ai-scanner costs …`: the argument list after the command's name. */
async function costsMain(argv, io, readerFor = s3Reader) {
    const usage = (message) => (io.stderr.write(`ai-scanner costs: ${message}\n\n${COSTS_HELP}`), 2);
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                bucket: { type: 'string' },
                prefix: { type: 'string' },
                since: { type: 'string' },
                format: { type: 'string' },
                region: { type: 'string' },
                endpoint: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
        }).values;
    }
    catch (e) {
        return usage(e instanceof Error ? e.message : String(e));
    }
    if (values.help)
        return (io.stdout.write(COSTS_HELP), 0);
    const parsed = readOptions(values, io.env);
    if (typeof parsed === 'string')
        return usage(parsed);
    const warn = (m) => io.stderr.write(`warning: ${m}\n`);
    try {
        const reader = await readerFor(parsed.reader);
        const { objects, unreadable } = await collectRuns(reader, parsed.reader.prefix, warn);
        const report = aggregate(objects, parsed.since);
        const location = `s3://${parsed.reader.bucket}/${parsed.reader.prefix}`;
        io.stdout.write(renderCosts(report, parsed.format, { location, unreadable }));
        return 0;
    }
    catch (e) {
        io.stderr.write(`ai-scanner costs: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    }
}
/** The options, checked; a string is the usage error, naming the option. */
function readOptions(values, env) {
    const bucket = values.bucket?.trim() || env.S3_CACHE_BUCKET?.trim();
    if (!bucket)
        return '--bucket is required: the S3 bucket the scans cache in (or set S3_CACHE_BUCKET).';
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        return `--bucket has an invalid value ${JSON.stringify(bucket)}: expected an S3 bucket name.`;
    let prefix = values.prefix ?? inputs/* DEFAULTS */.z['s3-prefix'];
    if (!/^[\w!.*'()/-]{0,512}$/.test(prefix) || prefix.startsWith('/'))
        return `--prefix has an invalid value ${JSON.stringify(prefix)}: expected a key prefix such as cache/.`;
    if (prefix && !prefix.endsWith('/'))
        prefix += '/';
    const format = values.format ?? 'table';
    if (!COSTS_FORMATS.includes(format))
        return `--format has an invalid value ${JSON.stringify(format)}: expected table, json or csv.`;
    let since;
    if (values.since !== undefined) {
        since = parseSince(values.since);
        if (!since)
            return `--since has an invalid value ${JSON.stringify(values.since)}: expected a date such as 2026-01, 2026-01-15 or 2026-01-15T00:00:00Z.`;
    }
    const endpoint = values.endpoint;
    if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint))
        return `--endpoint has an invalid value ${JSON.stringify(endpoint)}: expected an http(s) URL.`;
    const region = values.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
    return { reader: { bucket, prefix, region, endpoint }, since, format: format };
}
/** A month, a day or an instant; dates without a time are UTC midnight, as the runs' instants are UTC. */
function parseSince(value) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?$/.exec(value.trim());
    if (!m)
        return undefined;
    const [, year, month, day, time] = m;
    const text = time ? value.trim() : `${year}-${month}-${day ?? '01'}T00:00:00Z`;
    const date = new Date(text);
    if (Number.isNaN(date.getTime()))
        return undefined;
    // Date rolls 2026-02-31 over into March: a day that does not exist is an error.
    if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day ?? '01'}` && !time)
        return undefined;
    return date;
}


/***/ })

};
