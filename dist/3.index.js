export const id = 3;
export const ids = [3,850];
export const modules = {

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/cache/cache-document.ts + 2 modules
var cache_document = __webpack_require__(5125);
// EXTERNAL MODULE: ./src/git/file-reader/file-reader.ts
var file_reader = __webpack_require__(4411);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/list-files.ts
var list_files = __webpack_require__(656);
;// CONCATENATED MODULE: ./src/git/resolve-base.ts
/**
 * The name under which the clone has a diff base, or undefined when it is neither in the clone nor on origin.
 * CI clones rarely hold a local branch of the base: actions/checkout of another branch, a Jenkins change build
 * and a GitLab merge request pipeline know `main` only as `origin/main` (or not at all). So a branch name is
 * tried as it is, then as origin's, then fetched from origin into `origin/<name>`; a commit is fetched by its
 * SHA. A shallow clone is deepened once before giving up.
 */
async function resolveBase(git, ref, log) {
    const local = await found(git, ref);
    if (local)
        return local;
    log(`The diff base ${resolve_base_short(ref)} is not in the clone; fetching it.`);
    const branch = branchName(ref);
    if (SHA.test(ref))
        await git.fetch(['--depth=1'], [ref]);
    // An explicit destination: `git fetch origin main` alone updates FETCH_HEAD, which a later diff never reads.
    else if (branch)
        await git.fetch(['--depth=50'], [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    const fetched = await found(git, ref);
    if (fetched)
        return fetched;
    if (await git.isShallow()) {
        await git.fetch(['--deepen=500']);
        return found(git, ref);
    }
    return undefined;
}
/** The ref itself when the clone has it, else origin's branch of that name (only for a plain branch name). */
async function found(git, ref) {
    if (await git.hasCommit(ref))
        return ref;
    if (ref.startsWith('origin/') || ref.startsWith('refs/') || SHA.test(ref))
        return undefined;
    const branch = branchName(ref);
    const remote = branch && `origin/${branch}`;
    return remote && (await git.hasCommit(remote)) ? remote : undefined;
}
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * The branch a ref names on origin (origin/x, refs/remotes/origin/x, refs/heads/x and plain x are x), or
 * undefined for revision syntax (HEAD~1, v1^) or anything else that cannot stand in a refspec.
 */
function branchName(ref) {
    const name = ref.replace(/^refs\/remotes\/origin\/|^origin\/|^refs\/heads\//, '');
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(name) || name.startsWith('-') || name.includes('..'))
        return undefined;
    return name;
}
/** A SHA as its first seven characters (as git shows it), any other ref as it is. */
function resolve_base_short(ref) {
    return /^[0-9a-f]{40}/.test(ref) ? ref.slice(0, 7) : ref;
}

// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/git/base-errors.ts


/**
 * The selection's configuration errors: each names the input (the CLI's option of the same name) and how to fix
 * it. They stop the run before anything is sent to the model or written to the cache.
 */
function unresolvedBaseRef(ref) {
    return new config_errors/* ConfigurationError */.j(`Input '${inputs/* INPUTS */.m.baseRef}' is ${JSON.stringify(ref)}, which is not a branch, tag or commit of this clone or of origin: ` +
        'check the name (a branch only on the remote can be given as origin/<branch>), and fetch its history ' +
        '(actions/checkout with fetch-depth: 0). Nothing was scanned.');
}
function noBase(ctx) {
    const why = ctx.event === 'push'
        ? 'this push names no earlier commit (a new branch)'
        : `a ${ctx.event} run has no base of its own`;
    return new config_errors/* ConfigurationError */.j(`Input '${inputs/* INPUTS */.m.scanMode}' is changed, but there is nothing to compare with (${why}): set ${inputs/* INPUTS */.m.baseRef} ` +
        `(for example origin/main), or use ${inputs/* INPUTS */.m.scanMode} auto, which scans every file when there is no base, or full. Nothing was scanned.`);
}
function notARepository(workspace) {
    return new config_errors/* ConfigurationError */.j(`Input '${inputs/* INPUTS */.m.scanMode}' is changed, but ${workspace} is not a git repository, so nothing can be compared: ` +
        `scan it whole with ${inputs/* INPUTS */.m.scanMode} full, or run in a clone. Nothing was scanned.`);
}
/**
 * Said once when the workspace turned out not to be a git repository: every file under it was listed (no
 * .gitignore applies, and nothing can be compared). Asked for with scan-mode full, it is only a note.
 */
function sayNotARepository(scanMode, workspace, log) {
    const text = `${workspace} is not a git repository: every file in it is scanned (no .gitignore applies)`;
    if (scanMode === 'full')
        log.info(`${text}.`);
    else
        log.warning(`${text}. Run in a clone to scan only what changed, or set ${inputs/* INPUTS */.m.scanMode} full to scan a plain folder without this warning.`);
}

;// CONCATENATED MODULE: ./src/git/select-files.ts






/**
 * Which files this run considers: all of them, or those changed against a base (the scan-mode input), and
 * whether they are code under review.
 */
async function planFiles(opts, ctx, log, prFiles, 
/** The last commit a complete scan of the default branch recorded: a push's base when usable. */
lastScanned) {
    const plan = await planPaths(opts, ctx, log, prFiles, lastScanned);
    return { ...plan, underReview: !(0,context/* isDefaultBranchRun */.dd)(ctx) };
}
async function planPaths(opts, ctx, log, prFiles, lastScanned) {
    const git = new git_git/* Git */.T(opts.workspace);
    // A base-ref names what to compare with: auto then compares, whatever the event.
    const mode = opts.scanMode === 'auto' ? (opts.baseRef ? 'changed' : autoMode(ctx)) : opts.scanMode;
    const full = (how) => ({ mode: 'full', base: undefined, how, paths: undefined, deleted: 0 });
    if (mode === 'full')
        return full(opts.scanMode === 'full' ? 'full scan' : `full scan (${ctx.event})`);
    if (!(await git.isRepository())) {
        if (opts.scanMode === 'changed')
            throw notARepository(opts.workspace);
        return full(list_files/* NOT_A_REPOSITORY */.H);
    }
    // A base the user named must be the one compared with: a typo never turns into a full, paid scan.
    if (opts.baseRef) {
        const base = await resolveBase(git, opts.baseRef, log);
        if (!base)
            throw unresolvedBaseRef(opts.baseRef);
        if (base !== opts.baseRef)
            log(`The base-ref ${opts.baseRef} is origin's branch here: comparing with ${base}.`);
        return changedSince(git, base, undefined);
    }
    const pr = ctx.pullRequest;
    if (pr)
        return pullRequestPlan(git, pr, log, prFiles, full);
    const base = await pushBase(git, ctx, lastScanned, log);
    if (!base) {
        if (opts.scanMode === 'changed')
            throw noBase(ctx);
        return full('full scan: no base to compare with');
    }
    const resolved = await resolveBase(git, base, log);
    if (!resolved)
        return full(`full scan: base ${resolve_base_short(base)} is not in the clone and could not be fetched`);
    return changedSince(git, resolved, base === lastScanned ? `changed since ${resolve_base_short(base)}, the last commit scanned completely` : undefined);
}
/**
 * A pull request's base: the base commit its CI names, else its target branch (Jenkins names only
 * CHANGE_TARGET; a GitLab merge request pipeline may have no diff base SHA), as the clone knows it or as origin
 * does. When none can be found, the pull request API lists its files; failing that, everything is scanned.
 */
async function pullRequestPlan(git, pr, log, prFiles, full) {
    for (const candidate of [pr.baseSha, pr.baseRef]) {
        const base = candidate && (await resolveBase(git, candidate, log));
        if (base)
            return changedSince(git, base, undefined);
    }
    const named = pr.baseSha ?? pr.baseRef;
    if (prFiles) {
        try {
            const files = await prFiles(pr.number);
            return changed(files, named ?? '', 'changed files from the pull request API (base not in the clone)');
        }
        catch (e) {
            log(`Could not list the pull request's files: ${(0,errors/* errorMessage */.g)(e)}`);
        }
    }
    return full(named
        ? `full scan: base ${resolve_base_short(named)} is not in the clone and could not be fetched`
        : 'full scan: no base to compare with');
}
/** The files changed since the merge base with `base` (as a pull request's diff), or `base` in a shallow clone. */
async function changedSince(git, base, how) {
    const from = (await git.mergeBase(base, 'HEAD')) ?? base;
    return changed(await git.diff(from), base, how ?? `changed since ${resolve_base_short(base)}`);
}
/**
 * A push's base: its `before`, or, when the run of an earlier push never finished (cancelled, failed), the last
 * commit a complete scan recorded, an ancestor of `before`: the next push then reviews what that run did not.
 * Never a later commit than `before` (a re-run still reports what its push changed); a push with no `before`
 * scans everything, as it always has.
 */
async function pushBase(git, ctx, lastScanned, log) {
    const before = ctx.before;
    if (!before || !lastScanned || lastScanned === before || ctx.event !== 'push')
        return before;
    if (await isAncestorInClone(git, lastScanned, before, log)) {
        log(`The last commit the cache records as scanned completely is ${resolve_base_short(lastScanned)}, before this push's before (${resolve_base_short(before)}): comparing with it, so the pushes in between are reviewed too.`);
        return lastScanned;
    }
    log(`The last commit the cache records as scanned completely, ${resolve_base_short(lastScanned)}, is not an ancestor of this push's before in this clone: comparing with before, ${resolve_base_short(before)}.`);
    return before;
}
/** Both commits fetched if missing; in a shallow clone, history is deepened once to find out. */
async function isAncestorInClone(git, commit, of, log) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
        return false;
    const [ofHere, commitHere] = [await resolveBase(git, of, log), await resolveBase(git, commit, log)];
    if (!ofHere || !commitHere)
        return false;
    if (await git.isAncestor(commit, of))
        return true;
    if (!(await git.isShallow()))
        return false;
    await git.fetch(['--deepen=500']);
    return git.isAncestor(commit, of);
}
function changed(files, base, how) {
    const live = files.filter((f) => f.status !== 'deleted');
    return {
        mode: 'changed',
        base,
        how,
        paths: live.map((f) => f.path),
        deleted: files.length - live.length,
    };
}
function autoMode(ctx) {
    if (ctx.pullRequest)
        return 'changed';
    if (ctx.event === 'push' && ctx.before)
        return 'changed';
    return 'full';
}
/** The commit checked out, for the cache to record once everything selected from it was reviewed. */
async function headCommit(workspace) {
    return new git_git/* Git */.T(workspace).head();
}
function countLines(content) {
    let lines = 1;
    for (let i = content.indexOf(10); i !== -1 && i < content.length - 1; i = content.indexOf(10, i + 1))
        lines++;
    return lines;
}

// EXTERNAL MODULE: ./src/git/skip-reasons.ts
var skip_reasons = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/scanner/prompt.ts
var scanner_prompt = __webpack_require__(1298);
// EXTERNAL MODULE: ./src/scanner/findings.ts
var findings = __webpack_require__(358);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/cost/cost.ts
var cost_cost = __webpack_require__(160);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
;// CONCATENATED MODULE: ./src/scanner/chunks.ts


/** Lines shared by neighbouring chunks, so code that spans a cut is seen whole by one of them. */
const OVERLAP_LINES = 20;
/** The characters the numbered lines of a content take in a request (newlines included). */
function numberedChars(content, firstLine = 1) {
    return (0,scanner_prompt/* numberLines */.z8)(content, firstLine).reduce((n, l) => n + l.text.length + 1, 0);
}
/**
 * Cuts a content into chunks whose numbered lines take at most maxChars each, on line boundaries, each one
 * repeating the last lines of the one before (up to OVERLAP_LINES, at most a tenth of maxChars). Runs of blank
 * or repeated lines are never cut (they take one line). A line longer than maxChars on its own is cut into
 * overlapping pieces, each numbered with that line's number.
 */
function chunkContent(content, maxChars, firstLine = 1) {
    const units = (0,scanner_prompt/* numberLines */.z8)(content, firstLine);
    const lines = (0,scanner_prompt/* splitLines */.uz)(content);
    const cost = units.map((u, k) => u.text.length + 1 + shownAgain(units, k));
    const total = units.reduce((n, u) => n + u.text.length + 1, 0);
    if (total <= maxChars)
        return [{ content, firstLine, lastLine: firstLine + lines.length - 1, chars: total }];
    const slice = (from, to) => lines.slice(from.first - firstLine, to.last - firstLine + 1).join('\n');
    const chunks = [];
    for (let i = 0; i < units.length;) {
        if (cost[i] > maxChars) {
            chunks.push(...lineSlices(lines[units[i].first - firstLine], units[i].first, maxChars));
            i++;
            continue;
        }
        // The first unit may be a repeat run whose repeated line is left in the previous chunk: it is shown again.
        let chars = cost[i];
        let j = i + 1;
        while (j < units.length && cost[j] <= maxChars && chars + units[j].text.length + 1 <= maxChars)
            chars += units[j++].text.length + 1;
        chunks.push({
            content: slice(units[i], units[j - 1]),
            firstLine: units[i].first,
            lastLine: units[j - 1].last,
            chars,
        });
        if (j >= units.length)
            break;
        i = overlapStart(units, i, j, maxChars);
    }
    return chunks;
}
/** What a repeat run costs beyond its marker when a chunk starts with it: the repeated line, shown again. */
function shownAgain(units, k) {
    return units[k].kind === 'repeat' && k > 0 ? units[k - 1].text.length + 1 : 0;
}
/** Where the chunk after [i, j) starts: far enough back to overlap, never at or before i. */
function overlapStart(units, i, j, maxChars) {
    let back = j;
    let chars = 0;
    while (back - 1 > i) {
        const unit = units[back - 1];
        const lines = units[j - 1].last - unit.first + 1;
        chars += unit.text.length + 1;
        if (lines > OVERLAP_LINES || chars > maxChars / 10)
            break;
        back--;
    }
    return back;
}
/** A single line too long for a chunk: pieces that overlap by a little, each under that line's number. */
function lineSlices(line, lineNo, maxChars) {
    const room = Math.max(1, maxChars - String(lineNo).length - 3);
    const overlap = Math.min(200, Math.floor(room / 10));
    const pieces = [];
    for (let start = 0;; start += room - overlap) {
        const content = line.slice(start, start + room);
        pieces.push({
            content,
            firstLine: lineNo,
            lastLine: lineNo,
            chars: content.length + String(lineNo).length + 3,
        });
        if (start + room >= line.length)
            break;
    }
    return pieces;
}
/**
 * The findings of a file's chunks as one list: a finding that a neighbouring chunk also reported (its lines
 * meet the other's, and it names the same CWE or the same title) is kept once, at the higher severity.
 * Findings from the same chunk are never merged: the model reported them apart.
 */
function mergeChunkFindings(perChunk) {
    const kept = [];
    perChunk.forEach((findings, chunk) => {
        for (const finding of findings) {
            const twin = kept.find((k) => k.chunk !== chunk && sameIssue(k.finding, finding));
            if (!twin)
                kept.push({ finding, chunk });
            else if (rank(finding) < rank(twin.finding))
                twin.finding = finding;
        }
    });
    return kept.map((k) => k.finding);
}
function sameIssue(a, b) {
    const meet = a.startLine <= b.endLine && b.startLine <= a.endLine;
    const named = (a.cwe !== undefined && a.cwe === b.cwe) || normalize(a.title) === normalize(b.title);
    return meet && named;
}
const normalize = (title) => title.toLowerCase().replace(/\W+/g, ' ').trim();
const rank = (f) => config/* SEVERITIES */.oC.indexOf(f.severity);

;// CONCATENATED MODULE: ./src/scanner/adaptive-limit.ts
function quotaOf(message) {
    if (/too many tokens|tokens per minute/i.test(message))
        return 'tokens';
    if (/too many requests|requests per minute/i.test(message))
        return 'requests';
    return 'unknown';
}
/** Where concurrency starts: modest, so a small account is not flooded, and doubled per call's time. */
const START_CONCURRENCY = 8;
/**
 * What the service let in over the last five calls' time, within these bounds, is the rate a cut teaches: long
 * enough that the burst a quota holds (spent just before it throttles) inflates it little.
 */
const RATE_WINDOW_CALLS = 5;
const MIN_WINDOW_MS = 2_000;
const RATE_WINDOW_MS = 10_000;
/** A learned rate is this share of what got in: under the quota even with some burst in it. */
const RATE_CUT = 0.85;
/**
 * A learned rate grows by this share per success: the quota is probed again (a rate learned low is soon
 * left behind), slowly, so that meeting it again is rare, and the next throttles cut it back.
 */
const RATE_PROBE = 0.002;
/** The last calls started, whose throttles show whether the quota is met. */
const RECENT = 10;
/** Fewer throttles than this among the last RECENT calls are strays whatever their share. */
const CROWDED = 3;
/** Calls started after a cut that tell whether the throttles depended on the rate. */
const TRIAL = 20;
/** Throttled after a cut at this share of before it (or more): the throttles did not depend on the rate. */
const UNDO_SHARE = 0.75;
/**
 * Throttles on more than this share of calls are never taken for strays: the quota is met, by this scan or by
 * others sharing it (shards of one scan, other workloads), and only slowing down lets calls through.
 */
const MAX_STRAY = 0.5;
/** A throttled call's place is held until the next answer, at most this share of a call's time... */
const HOLD_SHARE = 0.1;
/** ...a call's time taken as this before one is known. */
const HOLD_MS = 1_000;
/** After a cut, no call starts for this long: the quota was overdrawn, and refills meanwhile. */
const PAUSE_MS = 1_000;
/** Calls remembered (started, in order): the crowd, the trial and the rate are read from them. */
const KEPT = 200;
class AdaptiveLimit {
    max;
    clock;
    limit;
    active = 0;
    /** Places of throttled calls not given back yet (counted in active). */
    held = 0;
    streak = 0;
    /** Bumped at each decrease; a call remembers the round it started in. */
    round = 0;
    slowStart = true;
    waiters = [];
    budget = { rpm: undefined, tpm: undefined };
    /** The paced schedule: the earliest the next call may start. */
    nextStart = Number.NEGATIVE_INFINITY;
    /** The calls started lately, in order. */
    starts = [];
    /** Estimated and actual tokens of the successes, to correct the estimates the pacing uses. */
    estimated = 0;
    used = 0;
    /** Mean call duration (exponential), to keep enough calls in flight for a learned rate. */
    latencyMs = 0;
    /** How long a throttle takes to come back (exponential mean): a call in flight for longer was let in. */
    throttleMs = 0;
    /** The share of calls throttled whatever the rate, learned from a cut undone. */
    stray = 0;
    trial;
    firstStart;
    lastEnd = 0;
    calls = 0;
    throttles = 0;
    constructor(max, clock, start = START_CONCURRENCY) {
        this.max = max;
        this.clock = clock;
        this.limit = Math.max(1, Math.min(max, start));
    }
    get current() {
        return this.limit;
    }
    /** The requests and tokens a minute learned from throttles; undefined for a quota never met. */
    get learned() {
        return { ...this.budget };
    }
    /** Waits for a place, then for the pace; the place is given back if the wait is cancelled. */
    async acquire(estimateTokens, signal) {
        while (this.active >= this.limit)
            await new Promise((r) => this.waiters.push(r));
        this.active++;
        try {
            // Waits for the schedule, then books its start: a cut while it waits moves the schedule on.
            for (let wait = this.wait(); wait > 0; wait = this.wait())
                await this.clock.sleep(wait, signal);
            this.book(estimateTokens);
        }
        catch (e) {
            this.release();
            throw e;
        }
        const startedAt = this.clock.now();
        this.firstStart ??= startedAt;
        const admission = { round: this.round, startedAt, estimate: estimateTokens };
        this.starts.push({ admission });
        if (this.starts.length > KEPT)
            this.starts.shift();
        return admission;
    }
    /**
     * Gives a call's place back. A throttled call's place is held until the next answer (a tenth of a call's
     * time at most): a throttle comes back at once, and a place it gave back at once would start another call
     * that meets the same empty quota, a storm of throttles at the speed of a round trip; held, the calls start
     * at the pace the answers come back.
     */
    release(throttled = false) {
        if (!throttled)
            return this.free();
        this.held++;
        void this.clock.sleep(HOLD_SHARE * (this.latencyMs || HOLD_MS)).then(() => this.unhold(), () => this.unhold());
    }
    unhold() {
        if (this.held === 0)
            return;
        this.held--;
        this.free();
    }
    free() {
        this.active--;
        this.wake();
    }
    /** A call answered: its tokens count toward the rate; a window of successes raises the limits. */
    succeeded(admission, tokens) {
        const now = this.clock.now();
        this.calls++;
        this.lastEnd = now;
        this.estimated += admission.estimate;
        this.used += tokens;
        const took = now - admission.startedAt;
        this.latencyMs = this.latencyMs ? 0.8 * this.latencyMs + 0.2 * took : took;
        this.record(admission, false, tokens);
        this.decide();
        this.unhold();
        if (this.budget.rpm)
            this.budget.rpm *= 1 + RATE_PROBE;
        if (this.budget.tpm)
            this.budget.tpm *= 1 + RATE_PROBE;
        if (++this.streak < (this.slowStart ? 1 : this.limit))
            return;
        this.streak = 0;
        if (this.limit < this.max) {
            this.limit++;
            this.wake();
        }
    }
    /**
     * A call was throttled. When throttles crowd in, once per round: the limit halves (never below what the
     * learned rate needs in flight), and the quota the message names is learned from what got in, or cut if
     * already learned. Returns whether it slowed down (false for a stray throttle).
     */
    throttled(admission, quota = 'unknown') {
        this.throttles++;
        this.streak = 0;
        this.record(admission, true);
        const took = this.clock.now() - admission.startedAt;
        this.throttleMs = this.throttleMs ? 0.8 * this.throttleMs + 0.2 * took : took;
        const crowded = this.crowded() && admission.round >= this.round && !this.trying();
        if (crowded)
            this.cut(quota);
        this.decide();
        return crowded;
    }
    /** What the run averaged, from its first call's start to its last call's end. */
    settled() {
        const minutes = Math.max(this.lastEnd - (this.firstStart ?? this.lastEnd), 1) / 60_000;
        return {
            inFlight: this.limit,
            requestsPerMinute: Math.round(this.calls / minutes),
            tokensPerMinute: Math.round(this.used / minutes),
            throttles: this.throttles,
        };
    }
    /** Slows down: halves the limit and learns (or lowers) the rate; the trial tells later if it was right. */
    cut(quota) {
        const now = this.clock.now();
        this.trial ??= {
            first: this.round + 1,
            limit: this.limit,
            slowStart: this.slowStart,
            budget: { ...this.budget },
            share: this.share(this.starts.slice(-2 * TRIAL)),
        };
        this.round++;
        this.slowStart = false;
        const { rpm, tpm } = this.letIn(now);
        if (quota !== 'tokens')
            this.budget.rpm = learn(this.budget.rpm, rpm);
        if (quota !== 'requests')
            this.budget.tpm = learn(this.budget.tpm, tpm);
        this.limit = Math.max(1, Math.floor(this.limit / 2), Math.min(this.limit, this.needed()));
        // The quota was just overdrawn: the next call waits its turn on the new pace, not a burst ahead of it.
        this.nextStart = Math.max(this.nextStart, now + PAUSE_MS);
    }
    /**
     * Requests and tokens a minute the service let in over the last two calls' time (2 to 10 s): the calls
     * started then and not throttled, those in flight at their estimate, as the quota counts them at the start.
     */
    letIn(now) {
        const window = Math.min(RATE_WINDOW_MS, Math.max(MIN_WINDOW_MS, RATE_WINDOW_CALLS * this.latencyMs), now - (this.firstStart ?? now));
        const lately = this.starts.filter((s) => s.admission.startedAt > now - window && !s.throttled);
        const correction = this.estimated > 0 ? this.used / this.estimated : 1;
        const tokens = lately.reduce((n, s) => n + (s.tokens ?? s.admission.estimate * correction), 0);
        const perMinute = (n) => (window > 0 && lately.length > 0 ? (n * 60_000) / window : 0);
        return { rpm: perMinute(lately.length), tpm: perMinute(tokens) };
    }
    /**
     * Whether the quota is met: more throttles among the last calls started than the share of strays explains,
     * by a margin that keeps strays from crowding in by chance. Throttles come back at once and answers take the
     * model's time, so the calls counted are those whose fate is known: ended, or in flight for longer than a
     * throttle takes (the service let them in); counting the calls just started would hide a storm of throttles
     * behind them, and counting only the calls that ended would find throttles among calls still answering.
     */
    crowded() {
        const last = this.known(this.starts).slice(-RECENT);
        const throttled = last.filter((s) => s.throttled).length;
        const mean = RECENT * this.stray;
        const margin = 2 * Math.sqrt(mean * (1 - this.stray)) + 1;
        return last.length >= RECENT && throttled >= Math.max(CROWDED, Math.ceil(mean + margin));
    }
    /**
     * The calls whose fate is known, in the order they started: up to the first call just started and still in
     * flight, since a throttle started after it is known sooner than its answer would be (counting the throttle
     * without the answer would find more throttles than there are). A call in flight for longer than a throttle
     * takes was let in.
     */
    known(starts) {
        const since = this.clock.now() - (2 * this.throttleMs + 50);
        const young = starts.findIndex((s) => s.throttled === undefined && s.admission.startedAt >= since);
        return young < 0 ? [...starts] : starts.slice(0, young);
    }
    /** Records how a call ended. */
    record(admission, throttled, tokens) {
        const start = this.starts.find((s) => s.admission === admission);
        if (start)
            Object.assign(start, { throttled, tokens });
    }
    /** A trial under way is decided by the calls started after its cut. */
    decide() {
        const trial = this.trial;
        if (!trial)
            return;
        const after = this.trialCalls(trial);
        const share = this.share(after);
        const throttles = after.filter((s) => s.throttled).length;
        // About as often throttled after the cut as before it: not the quota. Much more often may be the quota
        // met harder (cut again on the crowd), so it is decided early only within a bound, and at the end anyway.
        const same = throttles >= 3 && share >= UNDO_SHARE * trial.share && share <= MAX_STRAY;
        if (after.length >= TRIAL / 2 && same && share <= 2 * trial.share + 0.1)
            return this.undo(trial, share);
        if (after.length < TRIAL)
            return;
        if (same)
            return this.undo(trial, share);
        this.trial = undefined;
    }
    /** A trial under way where throttles are no more frequent than before the cut: no cut on top of it. */
    trying() {
        if (!this.trial)
            return false;
        // Too few calls after the cut to tell yet: cutting again on a handful would spiral the rate down.
        const after = this.trialCalls(this.trial);
        if (after.length < RECENT)
            return true;
        return this.share(after) <= Math.max(2 * this.trial.share, this.trial.share + 0.15);
    }
    trialCalls(trial) {
        return this.known(this.starts.filter((s) => s.admission.round >= trial.first));
    }
    /** The cut was not the quota's doing: back to the rate before it, with their share of strays learned. */
    undo(trial, share) {
        this.stray = Math.max(this.stray, Math.min(share, trial.share));
        this.limit = Math.max(this.limit, trial.limit);
        this.slowStart = trial.slowStart;
        this.budget = trial.budget;
        this.nextStart = Number.NEGATIVE_INFINITY;
        this.trial = undefined;
        this.wake();
    }
    /** The share of throttles among the calls whose fate is known. */
    share(starts) {
        const known = this.known(starts);
        return known.length ? known.filter((s) => s.throttled).length / known.length : 0;
    }
    /** How long until the paced schedule lets the next call start; 0 when no quota is learned. */
    wait() {
        if (!this.budget.rpm && !this.budget.tpm)
            return 0;
        // Whole milliseconds: a clock that moves by the wait exactly is not left a rounding error short.
        return Math.max(0, Math.ceil(this.nextStart - this.clock.now()));
    }
    /**
     * Books a call's start on the paced schedule: each call moves it on by its share of a minute of the learned
     * quotas. The schedule never lags behind now (an idle spell earns no flood of calls).
     */
    book(estimateTokens) {
        if (!this.budget.rpm && !this.budget.tpm)
            return;
        this.nextStart = Math.max(this.nextStart, this.clock.now()) + this.step(estimateTokens);
    }
    /** A call's share of a minute of the learned quotas: a request, and its tokens corrected by the estimates'. */
    step(estimateTokens) {
        const { rpm, tpm } = this.budget;
        const tokens = estimateTokens * (this.estimated > 0 ? this.used / this.estimated : 1);
        return Math.max(rpm ? 60_000 / rpm : 0, tpm ? (tokens * 60_000) / tpm : 0);
    }
    /** Calls in flight that a learned rate needs (Little's law: rate times latency), within the ceiling. */
    needed() {
        const perCall = this.calls > 0 ? this.used / this.calls : 0;
        const rpm = Math.min(this.budget.rpm ?? Number.POSITIVE_INFINITY, this.budget.tpm && perCall ? this.budget.tpm / perCall : Number.POSITIVE_INFINITY);
        if (!Number.isFinite(rpm) || !this.latencyMs)
            return 1;
        return Math.min(this.max, Math.ceil((rpm / 60_000) * this.latencyMs));
    }
    /** One waiter re-checks for a place (it waits again if there is none). */
    wake() {
        this.waiters.shift()?.();
    }
}
/** A quota learned from what got through, or cut if it was already learned; nothing got through: halved. */
function learn(budget, measured) {
    if (measured > 0)
        return Math.min(budget ?? measured, measured) * RATE_CUT;
    return budget === undefined ? undefined : budget / 2;
}

// EXTERNAL MODULE: ./src/scanner/model-client.ts
var model_client = __webpack_require__(807);
;// CONCATENATED MODULE: ./src/findings/evidence.ts

/** How far outside its startLine-endLine a finding's evidence may be found. */
const EVIDENCE_SLACK_LINES = 3;
/** A quote shorter than this (after normalising) must be a whole line: a fragment such as `x` proves nothing. */
const MIN_FRAGMENT = 12;
const NO_DROPS = { absent: 0, wrongFile: 0 };
function addDrops(a, b) {
    return { absent: a.absent + b.absent, wrongFile: a.wrongFile + b.wrongFile };
}
/** The drops worth keeping with a result: undefined when there are none (most results, whose entries stay small). */
function someDrops(d) {
    return d && (d.absent || d.wrongFile) ? { absent: d.absent, wrongFile: d.wrongFile } : undefined;
}
/**
 * This run's drops with those kept with the cached results it used, each content once (as a run that sends it
 * counts it once): the same content reports the same drops whether it was reviewed now or read from the cache.
 */
function withCachedDrops(outcome, hits) {
    const byContent = new Map(hits.map((h) => [h.file.sha256, h.entry.dropped]));
    let dropped = outcome.dropped;
    for (const d of byContent.values())
        if (d)
            dropped = addDrops(dropped, d);
    return dropped === outcome.dropped ? outcome : { ...outcome, dropped };
}
/** Whitespace runs as one space, trimmed; a leading `12| ` (the prompt's line number) taken off. */
function normalizeLine(line) {
    return line
        .replace(/^\s*\d+\|\s?/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * Whether the evidence is on a line from startLine - slack to endLine + slack of the text. Every non-blank
 * line of a quote of several lines must be there, on consecutive lines; a quote shorter than MIN_FRAGMENT
 * must be the whole line.
 */
function evidenceAt(evidence, text, range) {
    const quote = evidence
        .split(/\r?\n/)
        .map(normalizeLine)
        .filter((l) => l !== '');
    if (quote.length === 0)
        return false;
    const lines = (0,scanner_prompt/* splitLines */.uz)(text.content).map(normalizeLine);
    const from = range ? Math.max(0, range.startLine - EVIDENCE_SLACK_LINES - text.firstLine) : 0;
    const to = range
        ? Math.min(lines.length - 1, range.endLine + EVIDENCE_SLACK_LINES - text.firstLine)
        : lines.length - 1;
    for (let i = from; i <= to; i++) {
        if (quote.every((q, k) => i + k < lines.length && matches(lines[i + k], q)))
            return true;
    }
    return false;
}
function matches(line, quote) {
    return line === quote || (quote.length >= MIN_FRAGMENT && line.includes(quote));
}
/**
 * Keeps the findings whose evidence is in the file they name, near their lines; counts the others by why, in
 * all and by the path the finding named (kept with that file's result, see someDrops). `sent` holds every file
 * of the request by path (for the wrong-file check).
 */
function verifyEvidence(byPath, sent) {
    const kept = new Map();
    const dropsByPath = new Map();
    let drops = NO_DROPS;
    for (const [path, findings] of byPath) {
        const own = sent.get(path);
        const ok = [];
        let mine = NO_DROPS;
        for (const f of findings) {
            if (f.evidence !== undefined && own && evidenceAt(f.evidence, own, f))
                ok.push(f);
            else
                mine = addDrops(mine, { absent: 0, wrongFile: 0, [dropReason(f, path, sent)]: 1 });
        }
        kept.set(path, ok);
        if (mine !== NO_DROPS)
            dropsByPath.set(path, mine);
        drops = addDrops(drops, mine);
    }
    return { kept, drops, dropsByPath };
}
function dropReason(f, path, sent) {
    if (f.evidence === undefined)
        return 'absent';
    for (const [other, text] of sent)
        if (other !== path && evidenceAt(f.evidence, text))
            return 'wrongFile';
    return 'absent';
}

;// CONCATENATED MODULE: ./src/findings/steering.ts

const STEERING_PATTERNS = [
    {
        id: 'ignore previous instructions',
        pattern: /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|system)\s+(?:instructions?|prompts?|rules|guidelines)/i,
    },
    { id: 'you are now', pattern: /\byou\s+are\s+now\s+(?:a|an|the|in)\b/i },
    {
        id: 'report no findings',
        pattern: /\b(?:report|return|output|respond\s+with)\s+(?:no|zero|0|an\s+empty\s+list\s+of)\s+(?:findings|issues|vulnerabilities|problems)\b/i,
    },
    {
        id: 'addressed to an AI reviewer',
        pattern: /\b(?:ai|llm|gpt|claude|automated)\s+(?:security\s+|code\s+)?(?:reviewer|scanner|auditor|assistant)s?\s*[:,]|\b(?:note|attention|message|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|model|reviewer|scanner)\b/i,
    },
    {
        id: 'system prompt',
        pattern: /\bsystem\s+prompt\s*:|\bnew\s+(?:system\s+)?instructions?\s*:|<\/?\s*system\s*>|\[\/?INST\]/i,
    },
    {
        id: 'do not report',
        pattern: /\b(?:do\s+not|don't|never)\s+(?:report|flag|mention)\s+(?:this|these|any|the)\s+(?:\w+\s+){0,2}(?:issues?|findings?|vulnerabilit(?:y|ies)|files?|code)\b/i,
    },
];
const memo = new WeakMap();
/** The lines of a content that try to steer the reviewer (the first of each pattern), remembered per file. */
function steeringHits(file) {
    let hits = memo.get(file);
    if (hits)
        return hits;
    hits = [];
    const seen = new Set();
    // Cheap first: a pattern that matches nowhere in the content matches on no line.
    if (STEERING_PATTERNS.some(({ pattern }) => pattern.test(file.content)))
        (0,scanner_prompt/* splitLines */.uz)(file.content).forEach((text, i) => {
            for (const { id, pattern } of STEERING_PATTERNS)
                if (!seen.has(id) && pattern.test(text)) {
                    seen.add(id);
                    hits.push({ line: i + 1, pattern: id });
                }
        });
    memo.set(file, hits);
    return hits;
}
/** The finding a steering attempt is: at its first line, naming what it matched. */
function steeringFinding(hits) {
    const first = Math.min(...hits.map((h) => h.line));
    const last = Math.max(...hits.map((h) => h.line));
    return {
        severity: 'medium',
        category: 'security',
        title: 'Text that tries to instruct the AI reviewer',
        cwe: 'CWE-1427',
        explanation: `The file holds text addressed to an AI reviewer (${hits.map((h) => `"${h.pattern}" at line ${h.line}`).join(', ')}). It was reviewed alone, so it could not affect other files; such text in a change is a sign of an attempt to hide something from review.`,
        fix: 'Remove the text, and review the change by hand for what it may have tried to hide.',
        startLine: first,
        endLine: last,
        confidence: 'medium',
        by: 'scanner',
    };
}

;// CONCATENATED MODULE: ./src/scanner/scan-files.ts









/** Tokens are estimated at 2 characters each for chunk sizes: code runs 3 to 4, dense text lower. */
const CHARS_PER_TOKEN_FOR_CHUNKS = 2;
/** A chunk this small that the model still finds too long is not split further. */
const MIN_CHUNK_CHARS = 2_000;
/**
 * The most characters of numbered lines one request may hold for a model's context: what is left after the
 * answer and the system prompt, counted conservatively. A request the model still finds too long is split.
 */
function chunkCharsFor(contextTokens, maxOutputTokens, overheadTokens) {
    const room = contextTokens - maxOutputTokens - overheadTokens - 1_000;
    return Math.max(MIN_CHUNK_CHARS, room * CHARS_PER_TOKEN_FOR_CHUNKS);
}
/**
 * Sends the files the cache does not have to the model: identical contents once, small files packed into
 * shared requests, at most maxConcurrency in flight (less while the service throttles), never past the budget.
 * A packed request that fails as a request (cut off, malformed) is split and retried, so no file is lost to a
 * neighbour; a file that still fails is reported as not scanned. A file too large for one request is sent in
 * overlapping chunks (and a chunk the model finds too long in smaller ones): it is scanned when every chunk
 * was, its findings and costs are the sum of its chunks', and one failed chunk leaves the whole file not scanned.
 */
async function scanFiles(files, opts) {
    return new MissScan(files, opts).run();
}
/** A stray throttle's backoff, as a share of the usual: the gate paces the retry if the quota is met. */
const STRAY_BACKOFF = 0.25;
/** The real timer; it rejects when the signal aborts, so a cancelled job does not wait out a backoff. */
const timerSleep = (ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
/**
 * One scanFiles run: the queue of batches, the files' progress and the outcome it builds. Workers take batches
 * from the queue; a split or a re-chunked file puts new batches on it.
 */
class MissScan {
    opts;
    states = new Map();
    queue;
    out;
    gate;
    total;
    retries;
    throttleRetries;
    retryBaseMs;
    sleep;
    random;
    chunkChars;
    /** What the calls in flight may spend, by their estimates: counted against the budget with what was spent. */
    reserved = 0;
    done = 0;
    /** Set by the first fatal error: no call can succeed, so none starts after it. */
    fatal;
    constructor(files, opts) {
        this.opts = opts;
        const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
        const chunkChars = opts.chunkChars ?? chunkCharsFor(200_000, 8192, opts.overheadTokens);
        this.chunkChars = chunkChars;
        this.queue = plan(unique, chunkChars, opts, this.states);
        this.total = unique.length;
        this.out = {
            results: new Map(),
            failed: new Map(),
            calls: 0,
            usage: cost_cost/* NO_USAGE */.yJ,
            usd: opts.price ? 0 : undefined,
            stopped: undefined,
            unscannedEstimateUsd: undefined,
            throttled: 0,
            dropped: NO_DROPS,
        };
        this.retries = opts.retries ?? 5;
        this.throttleRetries = opts.throttleRetries ?? 30;
        this.retryBaseMs = opts.retryBaseMs ?? 500;
        this.sleep = opts.sleep ?? timerSleep;
        this.gate = new AdaptiveLimit(opts.maxConcurrency, {
            now: opts.now ?? (() => performance.now()),
            sleep: this.sleep,
        });
        this.random = opts.random ?? Math.random;
    }
    async run() {
        // The gate bounds the calls in flight; twice as many workers keep it full while some of them wait out a
        // retry's backoff. Workers exit when the queue is empty; a split may refill it, so run rounds until it
        // stays empty.
        while (this.queue.length > 0) {
            const workers = Math.min(2 * this.opts.maxConcurrency, this.queue.length);
            await Promise.all(Array.from({ length: workers }, () => this.worker()));
        }
        if (this.out.calls > 0)
            this.logRate();
        return this.out;
    }
    /** The rate the scan settled at: what the account's quota let through, or the ceiling if it never throttled. */
    logRate() {
        const r = this.gate.settled();
        const why = r.throttles > 0
            ? `${r.throttles} throttled call(s) retried`
            : `never throttled, within max-concurrency ${this.opts.maxConcurrency}`;
        this.opts.log(`Model calls settled at ${r.inFlight} in flight, ~${r.requestsPerMinute} requests/min, ~${r.tokensPerMinute} tokens/min (${why}).`);
    }
    async worker() {
        for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
            if (this.opts.signal?.aborted) {
                this.fail(batch, CANCELLED);
                continue;
            }
            // A file that already failed is not scanned, whatever its other chunks say: spend nothing on them.
            if (batch.every((p) => this.out.failed.has(p.file.sha256)))
                continue;
            await this.runBatch(batch);
        }
    }
    /** Tries a batch until it is settled; its share of the budget is given back however that ends. */
    async runBatch(batch) {
        const price = this.opts.price;
        const usage = estimateBatch(batch, this.opts.overheadTokens);
        const estimate = price ? ((0,cost_cost/* costUsd */.O4)(usage, price) ?? 0) : 0;
        const reservation = { estimate, holds: false };
        const tries = { errors: 0, throttles: 0, tokens: usage.inputTokens + usage.outputTokens };
        try {
            for (;;) {
                if (this.fatal)
                    return this.fail(batch, this.fatal);
                if ((await this.attempt(batch, reservation, tries)) === 'settled')
                    return;
            }
        }
        finally {
            if (reservation.holds)
                this.reserved -= reservation.estimate;
        }
    }
    /** One call for the batch and what its answer, or its error, decides. */
    async attempt(batch, reservation, tries) {
        let admission;
        try {
            // The gate holds only the call itself: a batch waiting to retry gives its place up, so a lowered
            // limit also holds back the retries of throttled calls.
            admission = await this.gate.acquire(tries.tokens, this.opts.signal);
            const answer = await this.callHoldingGate(batch, reservation);
            if (answer)
                this.accept(batch, answer, admission);
            return 'settled';
        }
        catch (e) {
            return this.onError(batch, e, tries, admission);
        }
    }
    /** Makes the call inside the gate's place; undefined when the batch was failed instead (fatal, cancel, budget). */
    async callHoldingGate(batch, reservation) {
        let throttled = false;
        try {
            if (this.fatal)
                return void this.fail(batch, this.fatal);
            if (this.opts.signal?.aborted)
                return void this.fail(batch, CANCELLED);
            if (!reservation.holds && !this.reserve(batch, reservation))
                return undefined;
            this.out.calls++;
            const prompt = batch.map((p) => promptFile(p, this.states));
            return await this.opts.client.analyze(prompt, this.opts.signal);
        }
        catch (e) {
            throttled = e instanceof model_client/* ModelError */.m && e.throttle;
            throw e;
        }
        finally {
            this.gate.release(throttled);
        }
    }
    /**
     * Takes the batch's share of the budget as its first call starts, checked against what was spent and what
     * the calls in flight may spend; false (and the batch failed) when it would pass the budget.
     */
    reserve(batch, reservation) {
        const max = this.opts.maxCostUsd;
        if (max !== undefined && (this.out.usd ?? 0) + this.reserved + reservation.estimate > max) {
            this.out.stopped ??= `the budget max-cost-usd ${max} would be passed`;
            this.out.unscannedEstimateUsd = (0,cost_cost/* round6 */.X_)((this.out.unscannedEstimateUsd ?? 0) + reservation.estimate);
            this.fail(batch, 'budget (max-cost-usd) reached');
            return false;
        }
        this.reserved += reservation.estimate;
        reservation.holds = true;
        return true;
    }
    /** An answer is accounted even when it is then found invalid (AnswerError): its tokens were spent. */
    accept(batch, answer, admission) {
        this.account(answer.usage);
        // The quota counted the tokens whether or not the answer is usable.
        const u = answer.usage;
        this.gate.succeeded(admission, u.inputTokens + u.outputTokens + u.cacheReadTokens + u.cacheWriteTokens);
        const byPath = (0,findings/* validateAnswer */.Ni)(answer.answer, new Map(batch.map((p) => [p.file.path, linesOf(p)])));
        const sent = new Map(batch.map((p) => [p.file.path, { content: contentOf(p), firstLine: p.chunk?.firstLine ?? 1 }]));
        const { kept, drops, dropsByPath } = verifyEvidence(byPath, sent);
        this.out.dropped = addDrops(this.out.dropped, drops);
        this.share(batch, kept, answer.usage, dropsByPath);
    }
    async onError(batch, e, tries, admission) {
        if (this.opts.signal?.aborted)
            return this.settleFailed(batch, CANCELLED);
        // An answer that does not validate is the request's failure, like a malformed one: split or give up.
        const error = e instanceof findings/* AnswerError */.dV ? new model_client/* ModelError */.m(e.message, 'request') : e;
        if (!(error instanceof model_client/* ModelError */.m))
            throw e;
        if (error.usage)
            this.account(error.usage);
        if (!error.sent)
            this.out.calls--;
        if (error.kind === 'fatal') {
            // It outranks a budget stop: the run could not have gone on either way.
            this.fatal ??= error.message;
            this.out.stopped = this.fatal;
            return this.settleFailed(batch, error.message);
        }
        if (error.kind === 'request') {
            this.onRequestError(batch, error.message);
            return 'settled';
        }
        return this.onTransient(batch, error, tries, admission);
    }
    /** A request that cannot succeed as it is: a pack is split, a file re-chunked, else the file fails. */
    onRequestError(batch, message) {
        if (batch.length > 1)
            return this.split(batch, `A packed request of ${batch.length} files failed (${message}); splitting it.`);
        if (this.resend(batch[0], message))
            return;
        if (TOO_LONG.test(message))
            return this.fail(batch, `too large for the model even in small chunks: ${message}`);
        this.fail(batch, `the model's answer was unusable: ${message}`);
    }
    /**
     * Throttling, timeouts, 5xx: retried with backoff. A throttle tells the gate (which slows down) and is
     * retried up to throttleRetries; other errors up to retries.
     */
    async onTransient(batch, error, tries, admission) {
        this.out.throttled++;
        const slowed = error.throttle && admission ? this.gate.throttled(admission, quotaOf(error.message)) : false;
        const attempt = error.throttle ? tries.throttles++ : tries.errors++;
        // A server error that persists on a packed request may be one file's doing: split it rather than let the
        // neighbours fail with it (throttling says nothing about the content, so it never splits).
        if (error.splittable && batch.length > 1 && attempt >= 1) {
            this.split(batch, `A packed request of ${batch.length} files kept failing (${error.message}); splitting it.`);
            return 'settled';
        }
        if (attempt >= (error.throttle ? this.throttleRetries : this.retries))
            return this.settleFailed(batch, `the model kept failing: ${error.message}`);
        // Exponential with jitter, so throttled calls do not come back together; never sooner than the service
        // asked. A throttle's backoff stays short (the gate paces the retry): at most a few seconds.
        const exponent = error.throttle ? Math.min(attempt, 3) : attempt;
        // A stray throttle (the gate did not slow down: no sign of the quota) is retried sooner.
        const stray = error.throttle && !slowed ? STRAY_BACKOFF : 1;
        const jittered = this.retryBaseMs * 2 ** exponent * (0.5 + this.random()) * stray;
        const backoff = Math.max(error.retryAfterMs ?? 0, jittered);
        this.opts.log(`Model call failed (${error.message}); retrying in ${Math.round(backoff)} ms.`);
        try {
            await this.sleep(backoff, this.opts.signal);
        }
        catch {
            return this.settleFailed(batch, CANCELLED);
        }
        return 'retry';
    }
    /** Splits a packed batch in two halves, each its own request, so no file fails for a neighbour. */
    split(batch, why) {
        const half = Math.ceil(batch.length / 2);
        this.opts.log(why);
        this.queue.push(batch.slice(0, half), batch.slice(half));
    }
    /**
     * A request of one file (or chunk) that was too long for the model, or whose answer was cut off (a long file
     * with many findings), is sent again as smaller chunks, each with its own answer; false when it cannot be.
     */
    resend(part, message) {
        if (!TOO_LONG.test(message) && !CUT_OFF.test(message))
            return false;
        // A change review is already as small as it goes: cut into chunks it would be another kind of review.
        if (part.file.change)
            return this.reviewWhole(part.file, message);
        const smaller = splitPart(part, this.states.get(part.file.sha256));
        if (!smaller)
            return false;
        this.opts.log(`${part.file.path}: ${message}; sending it again in ${smaller.length} smaller chunks.`);
        this.queue.push(...smaller.map((p) => [p]));
        return true;
    }
    /**
     * A change review the model could not take (too long, or its answer cut off) is not a lost file: the file is
     * reviewed whole instead, as any other (in chunks when it is too large for one request), and its result is a
     * whole-file review's.
     */
    reviewWhole(file, message) {
        const whole = { ...file, change: undefined };
        const state = this.states.get(file.sha256);
        const chunks = chunksFor(whole, this.chunkChars);
        state.chunks = chunks ?? [];
        state.pending = chunks?.length ?? 1;
        (this.out.reviewedWhole ??= new Set()).add(file.sha256);
        this.opts.log(`${file.path}: its change review failed (${message}); reviewing the whole file instead${chunks ? ` in ${chunks.length} chunks` : ''}.`);
        this.queue.push(...(chunks ? chunks.map((chunk) => [{ file: whole, chunk }]) : [[{ file: whole }]]));
        return true;
    }
    settleFailed(batch, reason) {
        this.fail(batch, reason);
        return 'settled';
    }
    /** Records why each file of the batch was not scanned; the first reason a file meets is the one it keeps. */
    fail(batch, reason) {
        for (const part of batch) {
            if (this.out.failed.has(part.file.sha256))
                continue;
            const state = this.states.get(part.file.sha256);
            this.out.failed.set(part.file.sha256, part.chunk ? `${partName(state, part.chunk)}: ${reason}` : reason);
        }
    }
    account(usage) {
        this.out.usage = (0,cost_cost/* addUsage */.vk)(this.out.usage, usage);
        if (this.out.usd !== undefined)
            this.out.usd = (0,cost_cost/* round6 */.X_)(this.out.usd + ((0,cost_cost/* costUsd */.O4)(usage, this.opts.price) ?? 0));
    }
    /** Gives each part of the batch its share of the call's tokens and cost (by size) and its findings. */
    share(batch, byPath, usage, drops) {
        const chars = batch.reduce((n, p) => n + contentOf(p).length, 0) || 1;
        const batchUsd = (0,cost_cost/* costUsd */.O4)(usage, this.opts.price);
        for (const p of batch) {
            const part = contentOf(p).length / chars;
            const state = this.states.get(p.file.sha256);
            state.usage = (0,cost_cost/* addUsage */.vk)(state.usage, {
                inputTokens: Math.round(usage.inputTokens * part),
                outputTokens: Math.round(usage.outputTokens * part),
                cacheReadTokens: Math.round(usage.cacheReadTokens * part),
                cacheWriteTokens: Math.round(usage.cacheWriteTokens * part),
            });
            // The file's share of what the call cost, unrounded, so the shares add up to the call's cost.
            if (batchUsd !== undefined)
                state.usd = (state.usd ?? 0) + batchUsd * part;
            state.findings.set(p.chunk, byPath.get(p.file.path) ?? []);
            state.dropped = addDrops(state.dropped, drops.get(p.file.path) ?? NO_DROPS);
            if (--state.pending > 0 || this.out.failed.has(p.file.sha256))
                continue;
            this.finish(p, state, byPath);
        }
    }
    /** The file's last pending part came back: its findings (merged over its chunks) are its result. */
    finish(p, state, byPath) {
        const findings = p.chunk
            ? mergeChunkFindings(state.chunks.map((c) => state.findings.get(c) ?? []))
            : (byPath.get(p.file.path) ?? []);
        const steering = steeringHits(p.file);
        if (steering.length)
            findings.unshift(steeringFinding(steering));
        const dropped = someDrops(state.dropped);
        this.out.results.set(p.file.sha256, {
            findings,
            usage: state.usage,
            usd: state.usd,
            ...(dropped ? { dropped } : {}),
        });
        this.done++;
        this.opts.log(`Scanned ${this.done}/${this.total} file(s) not in the cache.`);
    }
}
const CANCELLED = 'the job was cancelled before this file was scanned';
/** Bedrock's answer to a request past the model's context ("Input is too long for requested model."). */
const TOO_LONG = /input is too long|too many (input )?tokens|context (length|window)|prompt is too long/i;
/** An answer cut off at the output limit (see BedrockModelClient): smaller chunks get an answer each. */
const CUT_OFF = /cut off at the output token limit/;
/**
 * The requests to make: files whose numbered lines fit one request are packed as before; a larger file is cut
 * into chunks, each its own request.
 */
function plan(files, chunkChars, opts, states) {
    const whole = [];
    const chunked = [];
    for (const file of files) {
        const state = {
            pending: 1,
            chunks: [],
            findings: new Map(),
            usage: cost_cost/* NO_USAGE */.yJ,
            usd: undefined,
            dropped: NO_DROPS,
        };
        states.set(file.sha256, state);
        const chunks = file.change ? undefined : chunksFor(file, chunkChars);
        if (!chunks) {
            whole.push(file);
            continue;
        }
        state.chunks = chunks;
        state.pending = state.chunks.length;
        opts.log(`${file.path} is too large for one request: sending it in ${state.chunks.length} overlapping chunks.`);
        chunked.push(...state.chunks.map((chunk) => [{ file, chunk }]));
    }
    return [...chunked, ...pack(whole, opts.packChars, opts.packFiles).map((b) => b.map((file) => ({ file })))];
}
/** The chunks of a file too large for one request; undefined when it fits one. */
function chunksFor(file, chunkChars) {
    // Cheap first: most files are far below the limit even with a number on every line.
    if (file.content.length + 8 * file.lines <= chunkChars || numberedChars(file.content) <= chunkChars)
        return undefined;
    return chunkContent(file.content, chunkChars);
}
/**
 * A part the model found too long, as smaller overlapping chunks that replace it in the file's state; undefined
 * when it is already as small as chunks go.
 */
function splitPart(part, state) {
    const chunk = part.chunk ?? {
        content: part.file.content,
        firstLine: 1,
        lastLine: (0,scanner_prompt/* splitLines */.uz)(part.file.content).length,
        chars: numberedChars(part.file.content),
    };
    if (chunk.chars <= MIN_CHUNK_CHARS)
        return undefined;
    const smaller = chunkContent(chunk.content, Math.max(MIN_CHUNK_CHARS, Math.ceil(chunk.chars / 2)), chunk.firstLine);
    if (smaller.length < 2)
        return undefined;
    const at = part.chunk ? state.chunks.indexOf(part.chunk) : 0;
    state.chunks.splice(at, part.chunk ? 1 : 0, ...smaller);
    state.pending += smaller.length - 1;
    return smaller.map((c) => ({ file: part.file, chunk: c }));
}
const contentOf = (p) => p.chunk?.content ?? p.file.content;
const linesOf = (p) => p.chunk ? { first: p.chunk.firstLine, last: p.chunk.lastLine } : p.file.lines;
function promptFile(p, states) {
    if (!p.chunk)
        return { path: p.file.path, content: p.file.content, change: p.file.change };
    const chunks = states.get(p.file.sha256).chunks;
    return {
        path: p.file.path,
        content: p.chunk.content,
        part: {
            firstLine: p.chunk.firstLine,
            lastLine: p.chunk.lastLine,
            totalLines: chunks.at(-1).lastLine,
            index: chunks.indexOf(p.chunk) + 1,
            count: chunks.length,
        },
    };
}
function partName(state, chunk) {
    return `chunk ${state.chunks.indexOf(chunk) + 1} of ${state.chunks.length} (lines ${chunk.firstLine}-${chunk.lastLine})`;
}
/** A batch's estimate: whole files as estimateUsage does, a chunk by its numbered characters. */
function estimateBatch(batch, overheadTokens) {
    const chunks = batch.filter((p) => p.chunk);
    if (chunks.length === 0)
        return estimateUsage(batch.map((p) => p.file), overheadTokens);
    return {
        inputTokens: overheadTokens + Math.ceil(chunks.reduce((n, p) => n + p.chunk.chars, 0) / 4),
        outputTokens: 150 + 250 * chunks.length,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
    };
}
/**
 * Packs small files together (largest first), each pack within the character and file limits. A file whose
 * text tries to instruct the reviewer is sent alone (see steering.ts): it cannot steer a neighbour's review.
 */
function pack(files, maxChars, maxFiles) {
    const alone = files.filter((f) => steeringHits(f).length > 0);
    const packed = alone.length ? files.filter((f) => !alone.includes(f)) : files;
    return [...alone.map((f) => [f]), ...packFiles(packed, maxChars, maxFiles)];
}
function packFiles(files, maxChars, maxFiles) {
    const sorted = [...files].sort((a, b) => b.content.length - a.content.length || a.path.localeCompare(b.path));
    const batches = [];
    for (const f of sorted) {
        const fit = batches.find((b) => b.files.length < maxFiles && b.chars + f.content.length <= maxChars);
        if (fit) {
            fit.files.push(f);
            fit.chars += f.content.length;
        }
        else
            batches.push({ files: [f], chars: f.content.length });
    }
    return batches.map((b) => b.files);
}
/**
 * About 4 characters a token for code, as numbered for the request (so blank padding does not inflate it and
 * spend the budget on nothing); about 150 output tokens a file plus findings.
 */
function estimateUsage(batch, overheadTokens) {
    const chars = batch.reduce((n, f) => n + (f.change?.chars ?? numberedChars(f.content)), 0);
    return {
        inputTokens: overheadTokens + Math.ceil(chars / 4),
        outputTokens: 150 + 250 * batch.length,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
    };
}

// EXTERNAL MODULE: ./src/scanner/capabilities.ts
var capabilities = __webpack_require__(1254);
;// CONCATENATED MODULE: ./src/scanner/change-review/depth.ts
/**
 * Files at least this large are reviewed by their changed regions when they can be: below it, the prompt's own
 * overhead and the context shown around a change leave little to save (see README, "Review depth").
 */
const CHANGE_REVIEW_MIN_BYTES = 16 * 1024;
/**
 * Chooses the misses reviewed by their changes (review-depth auto): large files of a diff against a base whose
 * earlier version has a cached result. The planner (with the diff library and git reads) is loaded only when a
 * file is large enough to be one, so most runs never load it.
 */
async function chooseDepths(choice, files, bytes) {
    const { base } = choice;
    if (choice.reviewDepth === 'full' || choice.forceRescan || choice.mode !== 'changed' || !base)
        return new Map();
    // A content at two paths has one result but two histories: it is reviewed whole.
    const seen = new Map();
    for (const f of files)
        seen.set(f.sha256, (seen.get(f.sha256) ?? 0) + 1);
    const eligible = (i) => bytes[i].length >= CHANGE_REVIEW_MIN_BYTES && seen.get(files[i].sha256) === 1;
    if (!files.some((_, i) => eligible(i)))
        return new Map();
    const { planChangeReviews } = await __webpack_require__.e(/* import() */ 258).then(__webpack_require__.bind(__webpack_require__, 6258));
    const plans = await planChangeReviews({
        workspace: choice.workspace,
        base,
        files,
        bytes,
        eligible,
        previous: choice.previous,
        log: choice.log,
    });
    for (const p of plans.values())
        choice.log(`${p.path}: reviewed by its change (review-depth auto): ${p.linesShown} of ${p.lines} lines shown, ${p.carried.length} earlier finding(s) carried over.`);
    return plans;
}
/**
 * The change reviews' results: the model's findings with the carried ones it did not report again. The plans of
 * files reviewed whole instead are dropped, so the report and the cache entry say a whole review made them.
 */
async function finishChangeReviews(outcome, plans) {
    // A change review the model could not take was reviewed whole: its result is a whole review's, carrying nothing.
    for (const sha256 of outcome.reviewedWhole ?? [])
        plans.delete(sha256);
    if (plans.size === 0)
        return;
    const { withCarried } = await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 787));
    for (const [sha256, plan] of plans) {
        const result = outcome.results.get(sha256);
        if (result)
            result.findings = withCarried(result.findings, plan.carried);
    }
}

;// CONCATENATED MODULE: ./src/scanner/secret-findings.ts
const RULE_TITLES = {
    'private-key': 'a private key',
    'private-key-base64': 'a base64-encoded private key',
    aws: 'an AWS access key',
    gcp: 'a Google Cloud service-account key',
    github: 'a GitHub token',
    slack: 'a Slack token or webhook',
    npm: 'an npm access token',
    basicauth: 'a password in a URL',
    'database-connection-string': 'a database password in a connection string',
};
/** The finding a committed secret is: where it is and what kind, never its value. */
function secretFinding(hit) {
    const what = RULE_TITLES[hit.rule] ?? `a ${hit.rule} credential`;
    return {
        severity: 'high',
        category: 'security',
        title: `Committed secret: ${what}`,
        cwe: 'CWE-798',
        explanation: `The file holds ${what} (found by the rule "${hit.rule}"). Anyone who can read the repository or its history can use it. It was redacted before the file was sent to the model.`,
        fix: 'Revoke or rotate the secret now (removing it from the file does not remove it from git history), and load it at run time from a secret store or an environment variable.',
        startLine: hit.startLine,
        endLine: hit.endLine,
        confidence: 'high',
        by: 'scanner',
    };
}
/**
 * A file that is wholly credentials (by its name: .env, .pgpass, a key file, ...) is never sent and never
 * reviewed, so it is reported as a finding rather than hidden among the skipped files: committing one is
 * itself the issue, and a change to it is something a reviewer must look at. Medium, since the name alone
 * cannot tell real credentials from a template or a public certificate.
 */
function credentialFileFinding(path) {
    return {
        path,
        severity: 'medium',
        category: 'security',
        title: 'Committed credential file (never sent to the model, not reviewed)',
        cwe: 'CWE-798',
        explanation: 'Files of this kind hold credentials (passwords, tokens, private keys), so the scanner never sends them to the model and did not review this one. If it holds real credentials, anyone who can read the repository or its history can use them.',
        fix: 'Remove the file from the repository and rotate what it held (it stays in git history), keep it out with .gitignore, and commit a template without values instead (such as .env.example).',
        startLine: 1,
        endLine: 1,
        confidence: 'medium',
        by: 'scanner',
    };
}
/**
 * The secrets of the files sent join the model's findings for each content (so the cache keeps them, and a
 * warm run reports them); a content the model could not scan keeps them apart, still reported.
 */
function addSecretFindings(outcome, secrets) {
    for (const [sha256, found] of secrets) {
        const result = outcome.results.get(sha256);
        if (result)
            result.findings = [...found, ...result.findings];
    }
}
/**
 * The files to send, each with its secrets redacted, and the secrets as findings. The rule set is loaded only
 * here, when there are files to send.
 */
async function prepareMisses(misses, bytes, countLines) {
    const secrets = new Map();
    if (misses.length === 0)
        return { files: [], secrets };
    const { redactSecrets } = await __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 161));
    const files = [];
    for (const [i, f] of misses.entries()) {
        const content = bytes[i];
        const redacted = await redactSecrets(f.path, content.toString('utf8'));
        if (redacted.secrets.length)
            secrets.set(f.sha256, redacted.secrets.map(secretFinding));
        files.push({ path: f.path, sha256: f.sha256, lines: countLines(content), content: redacted.content });
    }
    return { files, secrets };
}

;// CONCATENATED MODULE: ./src/config/gate.ts
/**
 * The budget `max-cost-usd: auto` gives a pull request. At Claude Sonnet 4.5's prices ($3 / $15 per million
 * tokens) a typical changed source file costs about one to three cents to review, so $5 covers a pull request
 * of a few hundred changed files: every ordinary pull request fits with room to spare, while a bulk change
 * (a vendored library, a codemod over the whole tree) asks a person to decide the spend before any call is made.
 */
const PULL_REQUEST_BUDGET_USD = 5;
/**
 * Code under review: a pull request on any CI, and GitHub's merge queue, whose required checks gate the merge
 * just as a pull request's do.
 */
function isPullRequestRun(ctx) {
    return Boolean(ctx.pullRequest) || ctx.event.startsWith('pull_request') || ctx.event === 'merge_group';
}
function resolveGate(config, ctx) {
    const pullRequest = isPullRequestRun(ctx);
    const auto = config.failOnIncomplete === 'auto';
    const maxCostUsd = config.maxCostUsd === 'auto' ? (pullRequest ? PULL_REQUEST_BUDGET_USD : undefined) : config.maxCostUsd;
    return {
        pullRequest,
        failOnIncomplete: auto ? pullRequest && !forkPullRequestRun(ctx) : config.failOnIncomplete === true,
        failOnIncompleteFrom: auto ? 'auto' : 'input',
        maxCostUsd,
        budgetFrom: maxCostUsd === undefined ? 'none' : config.maxCostUsd === 'auto' ? 'pull-request default' : 'input',
    };
}
/**
 * A fork's own pull_request run: GitHub gives it a read-only token and no OIDC token, so it can neither review
 * nor post a check run. With fail-on-incomplete auto it ends neutral, saying how to start the run that can (a
 * maintainer's label starts a pull_request_target run, docs/fork-pull-requests.md); that run posts the check
 * run on the pull request's head, which is the check to require.
 */
function forkPullRequestRun(ctx) {
    return ctx.event === 'pull_request' && ctx.pullRequest?.fork === true;
}

// EXTERNAL MODULE: ./src/cost/pricing.ts
var pricing = __webpack_require__(2939);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/findings/policy.ts
var policy = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/findings/verify-findings.ts
var verify_findings = __webpack_require__(3840);
;// CONCATENATED MODULE: ./src/findings/verify-run.ts
/**
 * Makes the verification calls: one per file, at most maxConcurrency in flight through the scan's adaptive
 * limit (which slows down on throttling), transient errors retried with backoff, every answer's tokens counted
 * (an invalid answer's too), within what is left of the budget. A file whose call fails keeps its findings
 * unverified, and nothing is cached for it, so the next run asks again.
 */







const THROTTLE_RETRIES = 30;
const verify_run_timerSleep = (ms, signal) => (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
/** Runs every call; never throws for a model failure (the file is failed instead). */
async function runVerification(calls, opts) {
    const out = {
        results: new Map(),
        failed: new Map(),
        calls: 0,
        usage: cost_cost/* NO_USAGE */.yJ,
        usd: opts.price ? 0 : undefined,
    };
    const wait = opts.sleep ?? verify_run_timerSleep;
    const gate = new AdaptiveLimit(opts.maxConcurrency, { now: () => performance.now(), sleep: wait });
    const state = { reserved: 0, fatal: undefined };
    const queue = [...calls];
    const worker = async () => {
        for (let call = queue.shift(); call; call = queue.shift()) {
            const failure = await verifyOne(call, opts, gate, out, state, wait).catch((e) => (0,errors/* errorMessage */.g)(e));
            if (failure !== undefined)
                out.failed.set(call.sha256, failure);
        }
    };
    await Promise.all(Array.from({ length: Math.min(calls.length, 2 * opts.maxConcurrency) }, worker));
    return out;
}
/** One file's call, retried while the error is transient; the reason it failed, or undefined when answered. */
async function verifyOne(call, opts, gate, out, state, wait) {
    const estimate = estimateOf(call.request, call.job.asked.length);
    const estimateUsd = (0,cost_cost/* costUsd */.O4)(estimate, opts.price) ?? 0;
    const tokens = estimate.inputTokens + estimate.outputTokens;
    if (opts.budgetUsd !== undefined && (out.usd ?? 0) + state.reserved + estimateUsd > opts.budgetUsd)
        return 'the budget (max-cost-usd) would be passed';
    state.reserved += estimateUsd;
    try {
        for (let attempt = 0;; attempt++) {
            if (state.fatal)
                return state.fatal;
            if (opts.signal?.aborted)
                return 'the job was cancelled';
            const admission = await gate.acquire(tokens, opts.signal);
            let error;
            try {
                out.calls++;
                const answer = await opts.client.ask(call.request, opts.signal);
                account(out, answer.usage, opts.price);
                const u = answer.usage;
                gate.succeeded(admission, u.inputTokens + u.outputTokens + u.cacheReadTokens + u.cacheWriteTokens);
                const verdicts = (0,verify_findings/* parseVerdicts */.kU)(answer.answer, call.job.asked);
                out.results.set(call.sha256, verification(verdicts, opts, answer.usage));
                return undefined;
            }
            catch (e) {
                if (e instanceof verify_findings/* VerdictsError */.RJ)
                    return e.message;
                if (!(e instanceof model_client/* ModelError */.m))
                    throw e;
                error = e;
            }
            finally {
                gate.release();
            }
            if (error.usage)
                account(out, error.usage, opts.price);
            if (!error.sent)
                out.calls--;
            if (error.kind === 'fatal')
                return (state.fatal ??= error.message);
            if (error.throttle)
                gate.throttled(admission, quotaOf(error.message));
            // Throttles are the quota being found, not failures: many more of them are waited out.
            const retries = error.throttle ? THROTTLE_RETRIES : (opts.retries ?? 5);
            if (error.kind === 'request' || attempt >= retries)
                return error.message;
            const backoff = Math.max(error.retryAfterMs ?? 0, (opts.retryBaseMs ?? 500) * 2 ** Math.min(attempt, 4) * (0.5 + Math.random()));
            opts.log(`Verification call failed (${error.message}); retrying in ${Math.round(backoff)} ms.`);
            await wait(backoff, opts.signal);
        }
    }
    finally {
        state.reserved -= estimateUsd;
    }
}
function verification(verdicts, opts, usage) {
    return {
        version: verify_findings/* VERIFY_PROMPT_VERSION */.ik,
        model: opts.client.modelId,
        verdicts,
        tokens: {
            in: usage.inputTokens,
            out: usage.outputTokens,
            cacheRead: usage.cacheReadTokens,
            cacheWrite: usage.cacheWriteTokens,
        },
        usd: (0,cost_cost/* costUsd */.O4)(usage, opts.price) ?? null,
    };
}
function account(out, usage, price) {
    out.usage = (0,cost_cost/* addUsage */.vk)(out.usage, usage);
    if (out.usd !== undefined)
        out.usd = (0,cost_cost/* round6 */.X_)(out.usd + ((0,cost_cost/* costUsd */.O4)(usage, price) ?? 0));
}
/** About 4 characters a token in, and 80 output tokens a finding. */
function estimateOf(request, findings) {
    return {
        inputTokens: (0,scanner_prompt/* estimateTokens */.bP)(request.system) + (0,scanner_prompt/* estimateTokens */.bP)(request.prompt) + 300,
        outputTokens: 100 + 80 * findings,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
    };
}

;// CONCATENATED MODULE: ./src/findings/verify-phase.ts
/**
 * The verification step of a run (`verify-findings: true`), between the review and the save: which files need
 * a verification call (a model finding, and no verdicts for this prompt version and model cached with the
 * entry), the calls, the verdicts each finding gets, and the verdicts cached with their entries. Rejected
 * findings are left out when reporting (applyVerification), never when caching: with verify-findings off, every
 * finding is reported again from the cache.
 */





const NOT_VERIFYING = {
    enabled: false,
    verdicts: new Map(),
    fresh: new Map(),
    failed: new Map(),
    exempt: new Set(),
    spend: { calls: 0, usage: cost_cost/* NO_USAGE */.yJ, usd: 0, files: 0, cached: 0, failed: 0 },
};
/** Verifies what needs it; with verify-findings off, nothing (and no verdict is applied). */
async function verifyPhase(input) {
    if (!input.enabled)
        return NOT_VERIFYING;
    const run = {
        ...NOT_VERIFYING,
        enabled: true,
        verdicts: new Map(),
        fresh: new Map(),
        failed: new Map(),
        exempt: new Set(),
    };
    const unique = [...new Map(input.candidates.map((c) => [c.sha256, c])).values()];
    const todo = [];
    for (const c of unique) {
        if (c.findings.some(isSteering) || (c.content && steeringHits(c.content).length))
            run.exempt.add(c.sha256);
        else if ((0,verify_findings/* askable */.gQ)(c.findings).length === 0)
            continue;
        else if ((0,verify_findings/* isCurrent */.Oz)(c.entry?.verification, input.modelId))
            run.verdicts.set(c.sha256, c.entry.verification);
        else
            todo.push(c);
    }
    run.spend = { ...run.spend, cached: run.verdicts.size };
    if (todo.length === 0)
        return run;
    const why = cannotCall(input);
    if (why)
        return failAll(run, todo, why, input);
    const calls = prepare(todo, input, run);
    input.log(`Verifying the findings of ${calls.length} file(s) (verify-findings).`);
    const out = await runVerification(calls, {
        client: input.model,
        price: input.price,
        maxConcurrency: input.maxConcurrency,
        budgetUsd: input.budgetUsd,
        signal: input.signal,
        log: input.log,
    });
    for (const call of calls) {
        const v = out.results.get(call.sha256);
        if (!v)
            continue;
        const verification = input.scrub(v);
        const c = todo.find((t) => t.sha256 === call.sha256);
        run.verdicts.set(call.sha256, verification);
        run.fresh.set(call.sha256, { verification, findings: c.findings, entry: c.entry });
    }
    for (const [sha, reason] of out.failed)
        run.failed.set(sha, reason);
    run.spend = { ...run.spend, calls: out.calls, usage: out.usage, usd: out.usd, files: out.results.size };
    return report(run, input);
}
const isSteering = (f) => f.by === 'scanner' && f.cwe === 'CWE-1427';
function cannotCall(input) {
    if (input.dryRun)
        return 'dry run: not verified';
    if (!input.model?.ask)
        return `not verified: ${input.modelUnavailable ?? 'no model can be called'}`;
    return undefined;
}
function failAll(run, todo, why, input) {
    for (const c of todo)
        run.failed.set(c.sha256, why);
    return report(run, input);
}
/** The requests; a file that proves to steer (its content says so) is exempt. */
function prepare(todo, input, run) {
    const calls = [];
    for (const c of todo) {
        const file = c.content;
        if (!file) {
            run.failed.set(c.sha256, 'not verified: the file could not be read');
            continue;
        }
        if (steeringHits(file).length) {
            run.exempt.add(c.sha256);
            continue;
        }
        const job = { path: c.path, content: file.content, findings: c.findings, asked: (0,verify_findings/* askable */.gQ)(c.findings) };
        const request = (0,verify_findings/* verifyRequest */.zT)(job, input.chunkChars);
        if (request)
            calls.push({ sha256: c.sha256, job, request });
        else
            run.failed.set(c.sha256, 'not verified: the file is too large for one verification request');
    }
    return calls;
}
/** Says what failed (a warning: the findings are kept) and counts it. */
function report(run, input) {
    run.spend = { ...run.spend, failed: run.failed.size };
    if (run.failed.size === 0)
        return run;
    const reasons = [...new Set(run.failed.values())].slice(0, 3).join('; ');
    const line = `verify-findings: the findings of ${run.failed.size} file(s) could not be verified (${reasons}); they are reported unverified, and verified on a later run.`;
    if (input.dryRun)
        input.log(line);
    else
        input.warn(line);
    return run;
}
/** The findings of one content, each with its verdict (unchanged with verify-findings off). */
function markFindings(run, sha256, findings) {
    if (!run.enabled)
        return findings;
    const v = run.verdicts.get(sha256);
    return findings.map((f, i) => {
        if (f.by === 'scanner' || run.exempt.has(sha256))
            return { ...f, verification: { verdict: 'exempt' } };
        const verdict = v?.verdicts.find((x) => x.index === i);
        if (!verdict || verdict.verdict === 'kept')
            return {
                ...f,
                verification: {
                    verdict: 'unverified',
                    reason: verdict?.reason ?? run.failed.get(sha256) ?? 'not verified',
                },
            };
        return { ...f, verification: { verdict: verdict.verdict, reason: verdict.reason } };
    });
}
/** Leaves the rejected findings out of a report, and counts them; the others keep their verdict. */
function applyVerification(findings) {
    const filtered = { rejected: 0, unverified: 0, rejections: [] };
    const shown = [];
    for (const f of findings) {
        const v = f.verification;
        // Never the scanner's own finding, whatever a verdict says.
        if (v?.verdict === 'rejected' && f.by !== 'scanner') {
            filtered.rejected++;
            filtered.rejections.push({
                path: f.path,
                startLine: f.startLine,
                title: f.title,
                ...(f.cwe ? { cwe: f.cwe } : {}),
                reason: v.reason ?? '',
            });
            continue;
        }
        if (v?.verdict === 'unverified')
            filtered.unverified++;
        shown.push(f);
    }
    return { shown, filtered };
}
/** The run's totals include the verification calls: they are added to the review's. */
function addSpend(outcome, spend) {
    outcome.calls += spend.calls;
    outcome.usage = (0,cost_cost/* addUsage */.vk)(outcome.usage, spend.usage);
    if (outcome.usd !== undefined)
        outcome.usd = (0,cost_cost/* round6 */.X_)(outcome.usd + (spend.usd ?? 0));
}
/**
 * The document to save with this run's verdicts on their entries. An entry another run replaced meanwhile
 * (other findings) is left alone; a hit's entry from another cache object is copied with its verdicts.
 */
function attachVerifications(doc, fp, run) {
    if (run.fresh.size === 0)
        return doc;
    const entries = { ...doc.entries };
    for (const [sha256, fresh] of run.fresh) {
        const key = (0,cache_document/* cacheKey */.k$)(sha256, fp);
        const current = entries[key] ?? fresh.entry;
        if (!current || JSON.stringify(current.findings) !== JSON.stringify(fresh.findings))
            continue;
        entries[key] = { ...current, verification: fresh.verification };
    }
    return { ...doc, entries };
}

;// CONCATENATED MODULE: ./src/report/build-report.ts



/** The report of one run: its conclusion and title, and the run appended to the cache's history. */
function buildReport(p) {
    // Thresholds and exclusions apply here, when reporting: the cache keeps every verified finding.
    const { shown, filtered } = (0,policy/* applyPolicy */.VC)(p.findings, p.config.minConfidence);
    // verify-findings: the findings the verifier rejected are left out (and counted) like the policy's.
    const verified = p.verification ? applyVerification(shown) : undefined;
    const findings = (0,report_report.toReportFindings)(verified?.shown ?? shown, p.config.complianceFrameworks);
    const base = {
        fatal: p.fatal,
        findings,
        failOnSeverity: p.config.failOnSeverity,
        notScanned: p.notScanned,
        dryRun: p.config.dryRun,
        counts: (0,report_report.countBySeverity)(findings),
        cache: cacheSection(p),
        model: modelSection(p),
        gate: p.gate,
        filtered: {
            evidence: p.outcome.dropped,
            minConfidence: p.config.minConfidence,
            ...filtered,
            ...(verified ? { verification: verified.filtered } : {}),
        },
    };
    const { conclusion, title } = (0,report_report.conclude)(base, p.gate.failOnIncomplete);
    const { ctx } = p;
    const report = {
        ...base,
        tool: { name: 'ai-scanner-action', version: p.version },
        name: p.config.reportName,
        startedAt: p.started.toISOString(),
        durationMs: p.finished.getTime() - p.started.getTime(),
        event: ctx.event,
        repository: ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : undefined,
        serverUrl: ctx.serverUrl,
        sha: ctx.sha,
        pullRequest: ctx.pullRequest?.number,
        runUrl: ctx.runUrl,
        selection: p.selection,
        skipped: p.skipped,
        conclusion,
        title: p.config.shard ? `Shard ${p.config.shard.index}/${p.config.shard.count}: ${title}` : title,
        ...(p.config.shard ? { shard: `${p.config.shard.index}/${p.config.shard.count}` } : {}),
        history: [],
        ...(p.changeReviews?.length ? { changeReviews: p.changeReviews } : {}),
        ...(p.batch ? { batch: p.batch } : {}),
    };
    report.history = historyAfter(p.cache.session.doc, report);
    return report;
}
function cacheSection(p) {
    const { hits, misses, expired } = p.lookup;
    const eligible = p.selection.eligible;
    return {
        backend: p.cache.backend,
        why: p.cache.why,
        scope: p.cache.session.scope.why,
        notes: p.cache.session.notes,
        save: p.save,
        hits,
        misses,
        hitRate: eligible ? Math.round((hits / eligible) * 1000) / 10 : 100,
        forceRescan: p.config.forceRescan,
        expired,
    };
}
function modelSection(p) {
    return {
        id: p.config.modelId,
        calls: p.outcome.calls,
        usage: p.outcome.usage,
        usd: p.outcome.usd,
        savedUsd: p.lookup.savedUsd,
        throttled: p.outcome.throttled,
        estimateUsd: p.estimateUsd,
        ...(p.verification ? { verification: p.verification } : {}),
    };
}
/** As the input-tokens and output-tokens outputs count them: prompt-cache reads and writes are input. */
function runTokens(u) {
    return { in: u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens, out: u.outputTokens };
}
/** The cache's run history with this run last (the last 50 runs). */
function historyAfter(doc, report) {
    return [
        ...doc.runs,
        {
            at: report.startedAt,
            event: report.event,
            hits: report.cache.hits,
            misses: report.cache.misses,
            calls: report.model.calls,
            usd: report.model.usd ?? null,
            savedUsd: report.model.savedUsd,
            tokens: runTokens(report.model.usage),
        },
    ].slice(-50);
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/secret-registry.ts
var secret_registry = __webpack_require__(8863);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/batch/batch-records.ts








/** Bedrock refuses a batch job of fewer records than this. */
const BATCH_MIN_RECORDS = 100;
/** Record ids are 11 letters and digits, as Bedrock's own are: unique within a job. */
function recordId(index) {
    return `R${String(index).padStart(10, '0')}`;
}
/**
 * The Anthropic Messages body an InvokeModel call of the same request would carry: the live calls' system
 * prompt, user prompt (with its random marker) and forced report_findings tool, so a batch answer is the
 * answer a live call would give.
 */
function anthropicBody(system, files, caps) {
    return {
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: caps.maxOutputTokens,
        ...(caps.temperature ? { temperature: 0 } : {}),
        system,
        messages: [
            {
                role: 'user',
                content: [{ type: 'text', text: (0,scanner_prompt/* userPrompt */.i8)(files.map(({ path, content }) => ({ path, content }))) }],
            },
        ],
        tools: [
            {
                name: scanner_prompt/* TOOL_NAME */.lH,
                description: 'Report the security and compliance findings for the files under review.',
                input_schema: (0,findings/* answerJsonSchema */.Aq)(),
            },
        ],
        tool_choice: { type: 'tool', name: scanner_prompt/* TOOL_NAME */.lH },
    };
}
/**
 * The job's records: identical contents once, small files packed as live calls pack them. Each record id maps
 * to the files it holds (path, line count, content hash), which is all a later run needs to check its answer.
 */
function buildRecords(files, body, limits) {
    const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
    const records = [];
    const index = {};
    const groups = pack(unique, limits.packChars, limits.packFiles);
    for (const group of groups) {
        const id = recordId(records.length + 1);
        records.push({ recordId: id, modelInput: body(group) });
        index[id] = group.map((f) => ({ path: f.path, sha256: f.sha256, lines: f.lines }));
    }
    return { records, index, groups };
}
const OutputLineSchema = schemas/* object */.Ikc({
    recordId: schemas/* string */.YjP().max(64),
    modelOutput: schemas/* unknown */.L5J().optional(),
    error: schemas/* object */.Ikc({ errorCode: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(), errorMessage: schemas/* string */.YjP().optional() })
        .passthrough()
        .optional(),
});
/** The Anthropic Messages response body, as much of it as is read. */
const MessagesOutputSchema = schemas/* object */.Ikc({
    content: schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        name: schemas/* string */.YjP().optional(),
        input: schemas/* unknown */.L5J().optional(),
        text: schemas/* string */.YjP().optional(),
    })
        .passthrough()),
    stop_reason: schemas/* string */.YjP().nullable().optional(),
    usage: schemas/* object */.Ikc({
        input_tokens: schemas/* number */.aig().nonnegative().optional(),
        output_tokens: schemas/* number */.aig().nonnegative().optional(),
        cache_read_input_tokens: schemas/* number */.aig().nonnegative().nullable().optional(),
        cache_creation_input_tokens: schemas/* number */.aig().nonnegative().nullable().optional(),
    })
        .optional(),
});
/** A record's answer and the tokens it was billed for; throws with a reason when the answer is unusable. */
function readModelOutput(output) {
    const parsed = MessagesOutputSchema.safeParse(output);
    if (!parsed.success)
        throw new Error('the record holds no Messages answer');
    const { content, stop_reason: stop, usage: u } = parsed.data;
    const usage = {
        inputTokens: u?.input_tokens ?? 0,
        outputTokens: u?.output_tokens ?? 0,
        cacheReadTokens: u?.cache_read_input_tokens ?? 0,
        cacheWriteTokens: u?.cache_creation_input_tokens ?? 0,
    };
    if (stop === 'max_tokens')
        throw new RecordError('the answer was cut off at the output token limit', usage);
    const tool = content.find((c) => c.type === 'tool_use' && c.name === scanner_prompt/* TOOL_NAME */.lH);
    if (tool)
        return { answer: tool.input, usage };
    try {
        return { answer: (0,findings/* extractJson */.eg)(content.map((c) => c.text ?? '').join('\n')), usage };
    }
    catch {
        throw new RecordError('the model answered without the report_findings tool or JSON findings', usage);
    }
}
class RecordError extends Error {
    usage;
    constructor(message, usage) {
        super(message);
        this.usage = usage;
    }
}
/**
 * Reads a job's output lines (in any order) against the records it was given. Every answer is untrusted and
 * checked as a live one is: the findings schema, only the files the record held, lines within each file. A
 * record that failed, is missing, is repeated, or does not validate leaves its files in `failed`.
 */
function collectOutput(lines, index, price, contents) {
    const out = {
        results: new Map(),
        failed: new Map(),
        usage: cost_cost/* NO_USAGE */.yJ,
        usd: price ? 0 : undefined,
        dropped: NO_DROPS,
    };
    const answered = new Map();
    const repeated = new Set();
    for (const line of lines) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = OutputLineSchema.safeParse(JSON.parse(line));
        }
        catch {
            continue; // a line that is not JSON names no record: its record is reported missing below
        }
        if (!parsed.success || !Object.hasOwn(index, parsed.data.recordId))
            continue;
        const id = parsed.data.recordId;
        if (answered.has(id))
            repeated.add(id);
        answered.set(id, parsed.data.error ? { error: parsed.data.error } : { output: parsed.data.modelOutput });
    }
    for (const [id, files] of Object.entries(index)) {
        const line = answered.get(id);
        const fail = (why) => files.forEach((f) => out.failed.set(f.sha256, `batch record ${id}: ${why}`));
        if (!line)
            fail('no answer in the job output');
        else if (repeated.has(id))
            fail('answered more than once in the job output');
        else if (line.error)
            fail(`failed in the batch job (${(0,src_text/* clip */.$)((0,src_text/* oneLine */.T)(`${String(line.error.errorCode ?? '')} ${line.error.errorMessage ?? ''}`.trim()), 200)})`);
        else
            accept(out, files, line.output, { price, contents }, fail);
    }
    return out;
}
function accept(out, files, output, { price, contents }, fail) {
    let answer;
    try {
        answer = readModelOutput(output);
    }
    catch (e) {
        if (e instanceof RecordError)
            batch_records_account(out, e.usage, price);
        return fail((0,errors/* errorMessage */.g)(e));
    }
    batch_records_account(out, answer.usage, price);
    let byPath;
    try {
        byPath = (0,findings/* validateAnswer */.Ni)(answer.answer, new Map(files.map((f) => [f.path, f.lines])));
    }
    catch (e) {
        return fail(`the model's answer was unusable: ${(0,errors/* errorMessage */.g)(e)}`);
    }
    // The record's text is not kept in the job: a file is checked against this run's content of it, and one this
    // run does not hold cannot have its evidence checked, so its answer is not used (fail closed).
    if (files.some((f) => !contents.has(f.sha256)))
        return fail('its content is not in this run, so the evidence of its findings cannot be checked');
    const sent = new Map(files.map((f) => [f.path, { content: contents.get(f.sha256), firstLine: 1 }]));
    const verified = verifyEvidence(byPath, sent);
    out.dropped = addDrops(out.dropped, verified.drops);
    byPath = verified.kept;
    // Each file's share of the record's tokens and cost, by its number of lines (its content is not kept).
    const total = files.reduce((n, f) => n + Math.max(1, f.lines), 0);
    const usd = (0,cost_cost/* costUsd */.O4)(answer.usage, price);
    for (const f of files) {
        const part = Math.max(1, f.lines) / total;
        const dropped = someDrops(verified.dropsByPath.get(f.path));
        out.results.set(f.sha256, {
            findings: byPath.get(f.path) ?? [],
            usage: scaleUsage(answer.usage, part),
            usd: usd === undefined ? undefined : usd * part,
            ...(dropped ? { dropped } : {}),
        });
    }
}
function batch_records_account(out, usage, price) {
    out.usage = (0,cost_cost/* addUsage */.vk)(out.usage, usage);
    if (out.usd !== undefined)
        out.usd += (0,cost_cost/* costUsd */.O4)(usage, price) ?? 0;
}
function scaleUsage(u, part) {
    return {
        inputTokens: Math.round(u.inputTokens * part),
        outputTokens: Math.round(u.outputTokens * part),
        cacheReadTokens: Math.round(u.cacheReadTokens * part),
        cacheWriteTokens: Math.round(u.cacheWriteTokens * part),
    };
}

;// CONCATENATED MODULE: ./src/batch/batch-phase.ts











/** Job states after which nothing more comes: the job is dropped from the document. */
const OVER = ['Completed', 'PartiallyCompleted', 'Failed', 'Stopped', 'Expired'];
const ANSWERED = ['Completed', 'PartiallyCompleted'];
/** Events that run the big scheduled scans: they submit jobs and wait for the ones in progress. */
const BATCH_EVENTS = ['schedule', 'workflow_dispatch'];
/** Bedrock keeps a job up to this long before it expires. */
const JOB_TIMEOUT_HOURS = 24;
/**
 * Bedrock batch inference for one run: collects the jobs earlier runs recorded (their answers checked as live
 * ones are, cached at the batch price), holds back the files of jobs still running on a scheduled run, and
 * hands a scheduled full scan's misses to a new job when there are enough of them. Everything else is left to
 * live calls: a failed record, job or call never loses a file, it goes back to the live path.
 */
class BatchPhase {
    run;
    /** Jobs to drop from the document (over, or unusable). */
    finished = new Set();
    submitted;
    /** Answers collected for contents this run did not select: cached under the fingerprint they were made with. */
    extra = [];
    /** What the report says of each job this run submitted, checked or collected. */
    jobs = [];
    /** Contents held back for a job (submitted now, or still running on a scheduled run): not scanned, queued. */
    queued = new Set();
    constructor(run) {
        this.run = run;
    }
    /** Whether the step has anything to do: jobs to collect, or a scheduled full scan that may submit one. */
    active(misses) {
        const { config, ctx, doc } = this.run;
        if (config.batch === 'off' || config.dryRun || !this.run.writesRepository)
            return false;
        return ((doc.batchJobs?.length ?? 0) > 0 ||
            (BATCH_EVENTS.includes(ctx.event) && this.run.full && misses >= BATCH_MIN_RECORDS));
    }
    /**
     * Applies the batch step to the files to send: answers collected from finished jobs go into the outcome,
     * files held back or handed to a new job are marked not scanned (with why), and the rest is returned to be
     * sent live.
     */
    async take(files, outcome, live) {
        if (!this.active(files.length))
            return files;
        const why = refusal(this.run.config);
        if (!this.run.doc.batchJobs?.length && why) {
            this.run.log.info(`Bedrock batch not used for ${files.length} file(s): ${why}. Scanning live.`);
            return files;
        }
        let backend;
        try {
            backend = await this.run.backend();
        }
        catch (e) {
            this.run.log.warning(`Bedrock batch is unavailable (${(0,report_escape/* logSafe */.sN)((0,errors/* errorMessage */.g)(e))}); scanning live.`);
            return files;
        }
        const pending = await this.collect(backend, files, outcome, live.price);
        const left = files.filter((f) => !outcome.results.has(f.sha256));
        const waiting = BATCH_EVENTS.includes(this.run.ctx.event)
            ? left.filter((f) => pending.has(f.sha256))
            : [];
        for (const f of waiting) {
            outcome.failed.set(f.sha256, pending.get(f.sha256));
            this.queued.add(f.sha256);
        }
        for (const j of this.jobs)
            if (j.state === 'running')
                j.queued = BATCH_EVENTS.includes(this.run.ctx.event);
        if (waiting.length)
            this.run.log.info(`${waiting.length} file(s) wait for Bedrock batch jobs still running; the next run collects them.`);
        const rest = left.filter((f) => !waiting.includes(f));
        return this.submit(backend, rest, outcome, live);
    }
    /** The cache document as saved: finished jobs dropped, the new job recorded, collected answers cached. */
    apply(doc) {
        if (!this.finished.size && !this.submitted && !this.extra.length)
            return doc;
        const jobs = (doc.batchJobs ?? []).filter((j) => !this.finished.has(j.name));
        if (this.submitted && !jobs.some((j) => j.name === this.submitted.name))
            jobs.push(this.submitted);
        const entries = this.extra.length ? { ...doc.entries } : doc.entries;
        for (const { key, model, result } of this.extra) {
            if (Object.hasOwn(entries, key))
                continue;
            const u = result.usage;
            const tokens = {
                in: u.inputTokens,
                out: u.outputTokens,
                cacheRead: u.cacheReadTokens,
                cacheWrite: u.cacheWriteTokens,
            };
            entries[key] = (0,cache_document/* entryFor */.cy)(result.findings, model, tokens, result.usd === undefined ? undefined : (0,cost_cost/* round6 */.X_)(result.usd), this.run.now, undefined, result.dropped);
        }
        const next = { ...doc, entries, batchJobs: jobs };
        if (!jobs.length)
            delete next.batchJobs;
        return next;
    }
    /** Whether the content is held back for a batch job: not scanned by this run, and not to be priced live. */
    isQueued(sha256) {
        return this.queued.has(sha256);
    }
    /** Whether this run created a job: the cache object is the only place a later run learns of it. */
    get submittedJob() {
        return this.submitted !== undefined;
    }
    /** The report's `batch` object: undefined when the run had nothing to do with batch jobs. */
    report() {
        return this.jobs.length ? { jobs: this.jobs } : undefined;
    }
    /**
     * After the cache save: a job this run created is known to later runs only through the cache object, so a save
     * that did not happen is tried once more; when that fails too, the job is reported as not recorded and the
     * warning says how to stop it (it would run and be billed, and no run would collect it).
     */
    async afterSave(save, retry) {
        const job = this.submitted;
        if (!job || save.state === 'saved')
            return save;
        this.run.log.info(`Saving the cache again to record Bedrock batch job ${job.name}.`);
        const again = await retry();
        if (again.state === 'saved')
            return again;
        const mine = this.jobs.find((j) => j.job === job.name);
        if (mine)
            mine.recorded = false;
        const cost = job.expectedUsd == null ? '' : ` (about ${(0,cost_cost/* formatUsd */.UK)(job.expectedUsd)})`;
        this.run.log.warning(`Bedrock batch job ${job.name} was created but could not be recorded in the cache (${(0,report_escape/* logSafe */.sN)(again.detail ?? again.state)}): it runs and is billed${cost}, and no later run will collect it. Stop it with: aws bedrock stop-model-invocation-job --job-identifier ${job.jobArn} ; the next run scans its files again.`);
        return again;
    }
    /** Checks every recorded job; returns why each file of a job still running is not answered yet. */
    async collect(backend, files, outcome, price) {
        const pending = new Map();
        const contents = new Map(files.map((f) => [f.sha256, f.content]));
        for (const job of this.run.doc.batchJobs ?? []) {
            let status;
            try {
                status = await backend.getJob(job.jobArn);
            }
            catch (e) {
                this.note(job, 'unchecked', 'unknown');
                this.run.log.warning(`Bedrock batch job ${job.name} could not be checked (${(0,report_escape/* logSafe */.sN)((0,errors/* errorMessage */.g)(e))}); its files are scanned live.`);
                continue;
            }
            if (!OVER.includes(status.status)) {
                const why = queuedReason(job.name, status.status);
                for (const rec of Object.values(job.records))
                    for (const f of rec)
                        pending.set(f.sha256, why);
                this.note(job, 'running', status.status);
                this.run.log.info(`Bedrock batch job ${job.name} is ${status.status}.`);
                continue;
            }
            this.finished.add(job.name);
            if (!ANSWERED.includes(status.status)) {
                this.note(job, 'ended', status.status);
                this.run.log.warning(`Bedrock batch job ${job.name} ended ${status.status}${status.message ? ` (${(0,report_escape/* logSafe */.sN)(status.message)})` : ''}: its files go back to live calls.`);
                continue;
            }
            await this.read(backend, job, contents, outcome, { price, status: status.status });
        }
        return pending;
    }
    /** Adds what the report says of a job this run found recorded. */
    note(job, state, status, more) {
        const files = Object.values(job.records).reduce((n, r) => n + r.length, 0);
        this.jobs.push({
            job: job.name,
            jobArn: job.jobArn,
            state,
            status,
            records: Object.keys(job.records).length,
            files,
            queued: false,
            liveEstimateUsd: job.liveEstimateUsd,
            ...(job.expectedUsd === undefined ? {} : { expectedUsd: job.expectedUsd }),
            ...more,
        });
    }
    /** Reads a finished job's output and takes what validates; unusable records are logged and left to live calls. */
    async read(backend, job, contents, outcome, { price, status }) {
        let texts;
        try {
            texts = await backend.readOutputs(job.name);
        }
        catch (e) {
            this.finished.delete(job.name); // kept: a later run reads it again
            this.note(job, 'unchecked', status);
            this.run.log.warning(`The output of Bedrock batch job ${job.name} could not be read (${(0,report_escape/* logSafe */.sN)((0,errors/* errorMessage */.g)(e))}); its files are scanned live.`);
            return;
        }
        if (job.fingerprint !== this.run.fp) {
            this.note(job, 'unusable', status);
            this.run.log.info(`Bedrock batch job ${job.name} was made with another model, prompt or scanner version: its answers are not used.`);
            return;
        }
        const got = collectOutput(texts.flatMap((t) => t.split('\n')), job.records, (0,pricing/* batchPrice */.wj)(price), contents);
        outcome.dropped = addDrops(outcome.dropped, got.dropped);
        for (const [sha, result] of got.results) {
            if (contents.has(sha)) {
                outcome.results.set(sha, result);
                outcome.usage = (0,cost_cost/* addUsage */.vk)(outcome.usage, result.usage);
                if (outcome.usd !== undefined)
                    outcome.usd = (0,cost_cost/* round6 */.X_)(outcome.usd + (result.usd ?? 0));
            }
            else
                this.extra.push({ key: (0,cache_document/* cacheKey */.k$)(sha, job.fingerprint), model: job.modelId, result });
        }
        const failed = [...got.failed.entries()];
        // What the answers taken cost (as the run's cost counts them), not the records that went unused.
        const taken = [...got.results.values()];
        const usd = got.usd === undefined ? null : (0,cost_cost/* round6 */.X_)(taken.reduce((n, r) => n + (r.usd ?? 0), 0));
        const live = failed.filter(([sha]) => contents.has(sha)).length;
        this.note(job, 'collected', status, { results: got.results.size, usd, live });
        this.run.log.info(`Collected Bedrock batch job ${job.name}: ${got.results.size} file(s) answered at the batch price (${(0,cost_cost/* formatUsd */.UK)(usd ?? undefined)}), ${failed.length} to scan live.`);
        for (const [, why] of failed.slice(0, 5))
            this.run.log.info(`  ${(0,report_escape/* logSafe */.sN)(why)}`);
    }
    /** Hands the files to a new job when this run may and there are enough; returns the files left to send live. */
    async submit(backend, files, outcome, live) {
        const { config, ctx, log } = this.run;
        if (!BATCH_EVENTS.includes(ctx.event) || !this.run.full || files.length < BATCH_MIN_RECORDS)
            return files;
        const why = refusal(config);
        if (why) {
            log.info(`Bedrock batch not used for ${files.length} file(s): ${why}. Scanning live.`);
            return files;
        }
        const job = batch_phase_plan(files, config.modelId, live);
        if (!job)
            return files;
        const { fits, records, index, liveUsd, batchUsd, priced } = job;
        // A record repeats the system prompt: small files spread over Bedrock's 100 records may cost more than live
        // calls packing them.
        if (batchUsd >= liveUsd) {
            log.info(`Bedrock batch not used for ${fits.length} file(s): at least ${BATCH_MIN_RECORDS} records would cost more than live calls (about ${(0,cost_cost/* formatUsd */.UK)(batchUsd)} against ${(0,cost_cost/* formatUsd */.UK)(liveUsd)}${priced ? '' : ' at Claude Sonnet rates'}). Scanning live.`);
            return files;
        }
        const name = jobName(this.run.now);
        try {
            const jobArn = await backend.createJob(name, JOB_TIMEOUT_HOURS, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
            this.submitted = {
                name,
                jobArn,
                submittedAt: this.run.now.toISOString(),
                modelId: config.modelId,
                fingerprint: this.run.fp,
                liveEstimateUsd: priced ? liveUsd : null,
                expectedUsd: priced ? batchUsd : null,
                records: index,
            };
        }
        catch (e) {
            log.warning(`The Bedrock batch job could not be created (${(0,report_escape/* logSafe */.sN)((0,errors/* errorMessage */.g)(e))}); scanning live.`);
            return files;
        }
        const saving = priced ? `: about ${(0,cost_cost/* formatUsd */.UK)(batchUsd)} instead of ${(0,cost_cost/* formatUsd */.UK)(liveUsd)} live` : '';
        log.info(`Submitted Bedrock batch job ${name} (${records.length} records for ${fits.length} file(s))${saving}; the next run collects it (Bedrock finishes jobs within ${JOB_TIMEOUT_HOURS} hours).`);
        for (const f of fits) {
            outcome.failed.set(f.sha256, queuedReason(name, 'submitted'));
            this.queued.add(f.sha256);
        }
        this.jobs.push(submittedReport(this.submitted, fits.length));
        const sent = new Set(fits);
        return files.filter((f) => !sent.has(f));
    }
}
/**
 * The job's records: files that fit one request (a larger one is left to live calls, which chunk it), packed as
 * live calls pack them but never into fewer records than Bedrock's minimum; undefined when too few fit.
 */
function batch_phase_plan(files, modelId, live) {
    const caps = (0,capabilities/* capabilitiesFor */.Q)(modelId);
    const limit = chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, live.overheadTokens);
    const fits = files.filter((f) => numberedChars(f.content) <= limit);
    const packFiles = Math.min(live.packFiles, Math.floor(fits.length / BATCH_MIN_RECORDS));
    if (packFiles < 1)
        return undefined;
    const body = (group) => anthropicBody(live.system, group, caps);
    const { records, index, groups } = buildRecords(fits, body, { packChars: live.packChars, packFiles });
    // Compared at a known model's rates when this one's are unknown: only the ratio matters.
    const price = live.price ?? COMPARISON_PRICE;
    const cost = (packs) => (0,cost_cost/* round6 */.X_)(packs.reduce((n, g) => n + ((0,cost_cost/* costUsd */.O4)(estimateUsage(g, live.overheadTokens), price) ?? 0), 0));
    const liveUsd = cost(pack(fits, live.packChars, live.packFiles));
    const batchUsd = (0,cost_cost/* round6 */.X_)(cost(groups) * pricing/* BATCH_DISCOUNT */.FT);
    return { fits, records, index, liveUsd, batchUsd, priced: live.price !== undefined };
}
/** Why a file held back for a job is not scanned yet: the summary's and the outputs' reason. */
function queuedReason(job, status) {
    return `queued in Bedrock batch job ${job} (${status}); a later run collects it`;
}
/** The report of a job this run created. */
function submittedReport(job, files) {
    return {
        job: job.name,
        jobArn: job.jobArn,
        state: 'submitted',
        status: 'Submitted',
        records: Object.keys(job.records).length,
        files,
        queued: true,
        expectedUsd: job.expectedUsd ?? null,
        liveEstimateUsd: job.liveEstimateUsd,
        recorded: true,
    };
}
/** Claude Sonnet's on-demand rates, to compare batch and live costs of a model whose price is unknown. */
const COMPARISON_PRICE = { input: 3, output: 15 };
/** Why this configuration cannot submit a job, or undefined when it can. */
function refusal(config) {
    if (!config.batchRoleArn)
        return "batch-role-arn is empty (the service role Bedrock reads and writes the job's files with; scripts/setup-s3-cache.sh creates it)";
    if (!config.s3)
        return 'it needs the S3 cache (s3-bucket)';
    if (!/anthropic\.claude/.test(config.modelId))
        return `it is built for Anthropic Claude models, not ${config.modelId}`;
    if (typeof config.maxCostUsd === 'number')
        return 'max-cost-usd is set, and a job cannot be stopped at a budget';
    return undefined;
}
/** A unique job name that sorts by time: Bedrock's names are per account and region. */
function jobName(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:TZ.]/g, '')
        .slice(0, 14);
    return `ai-scanner-${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** The outcome of the live calls with what the batch step put in before them (collected, held back, submitted). */
function withLive(batch, live) {
    if (batch.results.size === 0 &&
        batch.failed.size === 0 &&
        !batch.dropped.absent &&
        !batch.dropped.wrongFile)
        return live;
    const usd = live.usd === undefined || batch.usd === undefined ? live.usd : (0,cost_cost/* round6 */.X_)(live.usd + batch.usd);
    return {
        ...live,
        results: new Map([...batch.results, ...live.results]),
        failed: new Map([...batch.failed, ...live.failed]),
        usage: (0,cost_cost/* addUsage */.vk)(batch.usage, live.usage),
        usd,
        dropped: addDrops(batch.dropped, live.dropped),
    };
}

;// CONCATENATED MODULE: ./src/findings/verify-hits.ts

/** The hits whose findings need a verification call (one per content), none with verify-findings off. */
function hitsToVerify(hits, modelId, enabled) {
    if (!enabled)
        return [];
    const need = hits.filter((h) => (0,verify_findings/* askable */.gQ)(h.entry.findings).length > 0 &&
        !h.entry.findings.some(steers) &&
        !(0,verify_findings/* isCurrent */.Oz)(h.entry.verification, modelId));
    return [...new Map(need.map((h) => [h.file.sha256, h.file])).values()];
}
const steers = (f) => f.by === 'scanner' && f.cwe === 'CWE-1427';
/**
 * The selection with a read that also reads `extra` (in the same, single read), and the extra files' bytes.
 * With no extra file it is the selection as it was.
 */
function shareRead(selection, extra) {
    if (extra.length === 0)
        return { selection, extra: () => Promise.resolve([]) };
    let reading;
    const readBoth = (files) => {
        reading ??= { files, bytes: selection.read([...files, ...extra]) };
        if (files.length && files !== reading.files)
            throw new Error('The file contents were already read.');
        return reading.bytes;
    };
    const read = async (files) => (await readBoth(files)).slice(0, files.length);
    const extraBytes = async () => {
        const all = await readBoth([]);
        return all.slice(all.length - extra.length);
    };
    return { selection: { ...selection, read }, extra: extraBytes };
}

;// CONCATENATED MODULE: ./src/findings/verify-step.ts









async function verifyStep(deps, config, looked, scanned, extra) {
    if (!config.verifyFindings)
        return NOT_VERIFYING;
    const { outcome } = scanned;
    // A hit's content, read with the misses', is redacted as the review redacts what it sends.
    const read = extra.files.length
        ? (await prepareMisses(extra.files, await extra.bytes(), countLines)).files
        : [];
    const contents = new Map([...scanned.missFiles, ...read].map((f) => [f.sha256, f]));
    const candidates = [
        ...looked.hits.map((h) => ({
            path: h.file.path,
            sha256: h.file.sha256,
            findings: h.entry.findings,
            entry: h.entry,
            content: contents.get(h.file.sha256),
        })),
        ...looked.misses.flatMap((f) => {
            const result = outcome.results.get(f.sha256);
            if (!result)
                return [];
            return [{ path: f.path, sha256: f.sha256, findings: result.findings, content: contents.get(f.sha256) }];
        }),
    ];
    const caps = (0,capabilities/* capabilitiesFor */.Q)(config.modelId);
    const max = scanned.gate.maxCostUsd;
    const run = await verifyPhase({
        enabled: true,
        dryRun: config.dryRun,
        model: deps.model,
        modelUnavailable: deps.modelUnavailable,
        modelId: config.modelId,
        price: scanned.price,
        maxConcurrency: config.maxConcurrency,
        budgetUsd: max === undefined ? undefined : Math.max(0, max - (outcome.usd ?? 0)),
        chunkChars: chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, (0,scanner_prompt/* estimateTokens */.bP)(verify_findings/* VERIFY_SYSTEM */.sn) + 500),
        candidates,
        scrub: (v) => (deps.secrets ?? secret_registry/* secrets */.O3).scrubDeep(v),
        log: (m) => deps.log.info((0,report_escape/* logSafe */.sN)(m)),
        warn: (m) => deps.log.warning((0,report_escape/* logSafe */.sN)(m)),
        signal: deps.signal,
    });
    addSpend(outcome, run.spend);
    return run;
}

// EXTERNAL MODULE: ./src/shard.ts
var shard = __webpack_require__(7903);
;// CONCATENATED MODULE: ./src/app.ts



























/**
 * The pipeline: choose files, hash them, look them up in the cache, send only the misses to the model,
 * save what was scanned, report cost, hit rate and findings everywhere the user looks.
 */
async function runScan(deps, config, ctx) {
    // The reporters start (the check run's creation is a GitHub round trip) while the files are hashed; they
    // have started before anything is published, or before a failure is passed on to be reported.
    const starting = each(deps.reporters, 'start', (r) => r.start?.(), deps.log);
    // One scrub before anything is rendered or written: a secret the model or an endpoint echoed becomes `***`.
    const report = (deps.secrets ?? secret_registry/* secrets */.O3).scrubDeep(await scan(deps, config, ctx).catch(async (e) => {
        await starting;
        throw e;
    }));
    await starting;
    await each(deps.reporters, 'publish', (r) => r.publish(report), deps.log);
    return report;
}
async function scan(deps, config, ctx) {
    const started = deps.now();
    (0,shard/* checkShardRun */.WN)(config.shard, ctx);
    const { plan, selection, cache, head } = await selectAndOpen(deps, config, ctx);
    const looked = lookUp(deps, config, selection.files, cache, started);
    const batch = batchPhase(deps, config, ctx, plan, cache, looked.fp, started);
    const previous = (sha) => previousEntry(cache, looked.fp, sha, started, config);
    const { scanned, verified } = await reviewAndVerify(deps, config, ctx, selection, looked, previous, batch);
    const findings = collectFindings(looked, scanned, selection.skipped, verified);
    const { notScanned, skipped, unscannedUsd } = unreviewed(looked.misses, scanned.missFiles, scanned.outcome, selection.skipped, scanned.gate, config.dryRun, 
    // Files queued in a batch job are priced there (the report's batch section), not as live calls to come.
    (files) => estimateLive(files.filter((f) => !batch?.isQueued(f.sha256)), scanned));
    const finished = deps.now();
    const complete = completes(config, ctx, plan, selection, scanned, notScanned.length);
    const run = { cache, looked, scanned, finished, complete, batch, verified, head };
    const save = await saveRun(deps.log, config, ctx, run);
    return buildReport({
        version: deps.version,
        config,
        ctx,
        started,
        finished,
        selection: {
            mode: selection.mode,
            how: selection.how,
            considered: selection.paths.length,
            eligible: selection.files.length,
            deleted: plan.deleted,
        },
        skipped,
        notScanned,
        findings,
        cache,
        save,
        lookup: {
            hits: looked.hits.length,
            misses: looked.misses.length,
            expired: looked.expired,
            savedUsd: looked.savedUsd,
        },
        outcome: withCachedDrops(scanned.outcome, looked.hits),
        fatal: scanned.fatal,
        estimateUsd: scanned.estimateUsd ?? unscannedUsd,
        gate: scanned.gate,
        changeReviews: changeReviews(looked, scanned),
        batch: batch?.report(),
        ...(verified.enabled ? { verification: verified.spend } : {}),
    });
}
/** Which results a change review produced: this run's (answered) and the hits one had produced. */
function changeReviews(looked, scanned) {
    const fresh = [...scanned.changes]
        .filter(([sha256]) => scanned.outcome.results.has(sha256))
        .map(([, p]) => ({ path: p.path, cached: false, linesShown: p.linesShown, lines: p.lines }));
    const hits = looked.hits.filter((h) => h.entry.depth === 'change');
    return [...fresh, ...hits.map((h) => ({ path: h.file.path, cached: true }))];
}
/**
 * Selects the files and opens the cache. The files are listed, read and hashed in a worker thread while this
 * one fetches and parses the cache; a default-branch push with a `before` compares with the last commit scanned
 * completely, which the cache records, so there the cache is read first. A push without one (a new branch, a
 * first push) scans everything whatever the record says, so it does not wait for the cache.
 */
async function selectAndOpen(deps, config, ctx) {
    const { log } = deps;
    const fileReader = deps.fileReader ?? new file_reader/* FileReader */.q();
    const history = (0,context/* followsDefaultBranch */.Sx)(ctx);
    const readsHistory = history &&
        ctx.event === 'push' &&
        ctx.before !== undefined &&
        config.scanMode !== 'full' &&
        !config.baseRef;
    let opening = readsHistory ? deps.openCache() : undefined;
    opening?.catch(() => undefined); // awaited below: a failure must not surface before the selection is done
    const lastScanned = opening && (await opening.catch(() => undefined))?.session.doc.lastCompleteScan?.commit;
    const plan = await planFiles(config, ctx, (m) => log.info((0,report_escape/* logSafe */.sN)(m)), deps.prFiles, lastScanned);
    const inspecting = fileReader.inspect(plan, config);
    opening ??= deps.openCache();
    opening.catch(() => undefined);
    // The commit whose files are being read, asked now rather than after the scan: a complete run records it.
    const head = history && !config.shard ? headCommit(config.workspace) : Promise.resolve(undefined);
    const selection = await inspecting;
    log.info(`Selected ${selection.paths.length} file(s) (${selection.how}): ${selection.files.length} to check, ${selection.skipped.length} skipped.`);
    if (selection.how === list_files/* NOT_A_REPOSITORY */.H)
        sayNotARepository(config.scanMode, config.workspace, log);
    const cache = await opening;
    const part = (0,shard/* shardSelection */.PE)(selection, config.shard, (m) => log.info(m));
    // With no backend there is nothing to read or save, and nothing worth a line in the log.
    if (cache.backend !== 'none')
        for (const note of cache.session.notes)
            reportLoad(log, note);
    return { plan, selection: part, cache, head };
}
/** Splits the selected files into cache hits and misses under this run's fingerprint. */
function lookUp(deps, config, files, cache, started) {
    const fp = (0,cache_document/* fingerprint */.Rj)({
        scannerVersion: deps.version,
        promptVersion: scanner_prompt/* PROMPT_VERSION */.y0,
        modelId: config.modelId,
        frameworks: config.complianceFrameworks,
        instructions: config.instructions,
    });
    const { hits, misses, expired } = lookup(files, cache.session.doc, fp, started, config);
    deps.log.info(`Cache: ${hits.length} hit(s), ${misses.length} miss(es)${config.forceRescan ? ' (force-rescan: cached results ignored)' : ''}.`);
    const savedUsd = (0,cost_cost/* round6 */.X_)(hits.reduce((n, h) => n + (h.entry.usd ?? 0), 0));
    return { fp, hits, misses, expired, savedUsd };
}
/** The review of the misses, then verify-findings, whose hits' contents are read with the misses' (one read). */
async function reviewAndVerify(deps, config, ctx, selection, looked, previous, batch) {
    const verifying = config.verifyFindings && !config.dryRun && deps.model !== undefined;
    const toVerify = hitsToVerify(looked.hits, config.modelId, verifying);
    const shared = shareRead(selection, toVerify);
    const scanned = await scanMisses(deps, config, ctx, shared.selection, looked.misses, previous, batch);
    const verified = await verifyStep(deps, config, looked, scanned, { files: toVerify, bytes: shared.extra });
    return { scanned, verified };
}
/** Reads the misses, redacts their secrets (each a finding of its own), and has the model review them. */
async function scanMisses(deps, config, ctx, selection, misses, previous, batch) {
    const price = (0,pricing/* priceFor */.VA)(config.modelId, config.pricing);
    const system = (0,scanner_prompt/* systemPrompt */.Ao)(config.complianceFrameworks, config.instructions);
    const bytes = await selection.read(misses);
    // Only estimates for files to send need it; building the answer schema is not free on a warm run.
    const overheadTokens = misses.length === 0
        ? 0
        : (0,scanner_prompt/* estimateTokens */.bP)(system) + (0,scanner_prompt/* estimateTokens */.bP)(JSON.stringify((0,findings/* answerJsonSchema */.Aq)())) + 100;
    const { files: missFiles, secrets } = await prepareMisses(misses, bytes, countLines);
    const changes = await chooseDepths({ ...config, ...selection, previous, log: (m) => deps.log.info((0,report_escape/* logSafe */.sN)(m)) }, missFiles, bytes);
    const gate = resolveGate(config, ctx);
    if (gate.pullRequest && missFiles.length > 0)
        deps.log.info(gateLine(gate));
    const live = { system, overheadTokens, price, packChars: PACK_CHARS, packFiles: PACK_FILES };
    const take = batch && ((files, o) => batch.take(files, o, live));
    const { outcome, fatal, estimateUsd } = await review(deps, config, gate, missFiles, overheadTokens, price, take);
    addSecretFindings(outcome, secrets);
    await finishChangeReviews(outcome, changes);
    // The findings are cached as well as reported: an echoed secret is taken out before either.
    const registry = deps.secrets ?? secret_registry/* secrets */.O3;
    for (const result of outcome.results.values())
        result.findings = registry.scrubDeep(result.findings);
    return { price, overheadTokens, missFiles, secrets, gate, outcome, fatal, estimateUsd, changes };
}
/** The findings of the hits, of the misses the model (or the secret check) answered, and of credential files. */
function collectFindings(looked, scanned, selectionSkipped, verified) {
    const { outcome, secrets } = scanned;
    // With verify-findings on, each finding carries its verdict (markFindings); the report leaves the rejected out.
    const mark = (sha256, findings) => markFindings(verified, sha256, findings);
    return [
        ...looked.hits.flatMap((h) => mark(h.file.sha256, h.entry.findings).map((f) => ({ ...f, path: h.file.path }))),
        ...looked.misses.flatMap((f) => mark(f.sha256, outcome.results.get(f.sha256)?.findings ?? secrets.get(f.sha256) ?? []).map((x) => ({
            ...x,
            path: f.path,
        }))),
        ...selectionSkipped.filter((s) => s.reason === 'secret').map((s) => credentialFileFinding(s.path)),
    ];
}
/**
 * Whether this run reviewed everything it selected: only such a run moves the record a later push compares
 * with. A diff against a chosen base-ref says nothing about the commits before it: only a full scan or a push's
 * own diff (from its before, or from the last record) leaves nothing unreviewed behind HEAD.
 */
function completes(config, ctx, plan, selection, scanned, notScanned) {
    const covered = plan.mode === 'full' || (ctx.event === 'push' && !config.baseRef);
    // A shard reviews a part: the ordinary run after the shards records the complete scan.
    return (!config.shard &&
        (0,context/* followsDefaultBranch */.Sx)(ctx) &&
        covered &&
        !scanned.fatal &&
        !scanned.outcome.stopped &&
        notScanned === 0 &&
        !selection.skipped.some((s) => s.reason === 'unreadable'));
}
/** Saves what was scanned (never in a dry run); a failed save is a warning and the next run rescans. */
async function saveRun(log, config, ctx, run) {
    // A scan that could not run reviewed nothing: there is nothing to add, and no cache file is left behind.
    // A job this run created is still recorded: it is billed, and only the cache object tells a later run of it.
    if (config.dryRun || (run.scanned.fatal && !run.batch?.submittedJob))
        return undefined;
    const { looked } = run;
    const head = run.complete ? await run.head : undefined;
    const attempt = () => run.cache.session.save((base) => {
        const doc = updateDocument(base, looked.misses, run.scanned.outcome, looked.fp, config, run.finished, {
            ctx,
            hits: looked.hits.length,
            savedUsd: looked.savedUsd,
            head,
            changed: run.scanned.changes,
        });
        // Batch jobs submitted or collected by this run, applied to the document as stored.
        const withBatch = run.batch ? run.batch.apply(doc) : doc;
        return attachVerifications(withBatch, looked.fp, run.verified);
    });
    const once = () => attempt().catch((e) => ({ state: 'failed', attempts: 1, detail: (0,errors/* errorMessage */.g)(e) }));
    let save = await once();
    if (run.batch)
        save = await run.batch.afterSave(save, once);
    if (save.state === 'failed')
        log.warning(`The scan cache could not be saved (${save.detail}); the next run will rescan these files.`);
    else if (save.state === 'saved' && run.cache.backend !== 'none')
        log.info(`Cache saved to ${save.location}.`);
    return save;
}
/** The model step: a dry run, no model, a pull request over its budget (no call at all), or the scan. */
async function review(deps, config, gate, missFiles, overheadTokens, price, batch) {
    const { log } = deps;
    const outcome = emptyOutcome(price !== undefined);
    if (config.dryRun)
        return { outcome, estimateUsd: estimate(missFiles, overheadTokens, price) };
    // Answers of finished batch jobs are taken, and a scheduled full scan may hand its misses to a new job.
    if (batch)
        missFiles = await batch(missFiles, outcome);
    if (missFiles.length === 0)
        return { outcome };
    if (!deps.model) {
        // A known, expected gap (a fork's pull request has no AWS access) is an incomplete scan, never green;
        // no model for an unknown reason means the scan could not run.
        const reason = deps.modelUnavailable ?? 'no model client could be built';
        missFiles.forEach((f) => outcome.failed.set(f.sha256, deps.modelUnavailable ? reason : NOT_RUN));
        return { outcome, fatal: deps.modelUnavailable ? undefined : reason };
    }
    // A pull request that cannot be reviewed whole within its budget fails whatever is spent, so nothing is.
    const whole = estimate(missFiles, overheadTokens, price);
    if (gate.pullRequest && gate.failOnIncomplete && overBudget(whole, gate.maxCostUsd)) {
        const reason = `budget (max-cost-usd) too small: reviewing the changed files would cost about ${(0,cost_cost/* formatUsd */.UK)(whole)}, over ${(0,cost_cost/* formatUsd */.UK)(gate.maxCostUsd)}; no call was made`;
        log.warning(`Not sending ${missFiles.length} file(s): ${reason}. Raise max-cost-usd (or set it to none) to review this pull request.`);
        missFiles.forEach((f) => outcome.failed.set(f.sha256, reason));
        return { outcome: { ...outcome, unscannedEstimateUsd: whole } };
    }
    log.info(`Sending ${missFiles.length} file(s) to ${config.modelId} (calls in flight: from ${Math.min(START_CONCURRENCY, config.maxConcurrency)}, as Bedrock's quota allows, up to ${config.maxConcurrency}).`);
    const caps = (0,capabilities/* capabilitiesFor */.Q)(config.modelId);
    const scanned = await scanFiles(missFiles, {
        client: deps.model,
        price,
        maxConcurrency: config.maxConcurrency,
        maxCostUsd: gate.maxCostUsd,
        packChars: PACK_CHARS,
        packFiles: PACK_FILES,
        overheadTokens,
        chunkChars: chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, overheadTokens),
        log: (m) => log.info((0,report_escape/* logSafe */.sN)(m)),
        signal: deps.signal,
    });
    const stopped = scanned.stopped;
    const fatal = stopped && scanned.results.size === 0 && !stopped.startsWith('the budget') ? stopped : undefined;
    // The reason is said once, as why the scan could not run; each file only says it was not reviewed.
    if (fatal)
        for (const sha of scanned.failed.keys())
            scanned.failed.set(sha, NOT_RUN);
    return { outcome: withLive(outcome, scanned), fatal };
}
/** The batch step of a run that may submit or collect jobs: it writes the repository's cache object on S3. */
function batchPhase(deps, config, ctx, plan, cache, fp, now) {
    if (!deps.batchBackend)
        return undefined;
    const writesRepository = cache.backend === 's3' && cache.session.scope.write?.kind === 'repository';
    const { doc } = cache.session;
    const full = plan.mode === 'full';
    return new BatchPhase({
        config,
        ctx,
        fp,
        full,
        doc,
        writesRepository,
        log: deps.log,
        now,
        backend: deps.batchBackend,
    });
}
function overBudget(estimateUsd, maxCostUsd) {
    return estimateUsd !== undefined && maxCostUsd !== undefined && estimateUsd > maxCostUsd;
}
function gateLine(gate) {
    const incomplete = gate.failOnIncomplete
        ? 'a changed file left unreviewed fails the run'
        : 'a changed file left unreviewed ends the run neutral (fail-on-incomplete: false)';
    const budget = gate.maxCostUsd === undefined
        ? 'no budget cap (max-cost-usd: none)'
        : `max-cost-usd ${(0,cost_cost/* formatUsd */.UK)(gate.maxCostUsd)}${gate.budgetFrom === 'pull-request default' ? ' (the pull-request default)' : ''}`;
    return `Pull request: ${incomplete}; ${budget}.`;
}
/** Skips that the changed content itself causes: on a pull request's gate they are unreviewed files, not policy. */
const GATE_SKIPS = ['too large', 'unreadable'];
/**
 * The files this run leaves unreviewed, and why: misses the model did not answer (never in a plain dry run);
 * when the gate is on, also a dry run's misses and, on a pull request, changed files skipped for their size
 * or unreadable (moved out of the skipped list). With what reviewing the misses would cost.
 */
function unreviewed(misses, missFiles, outcome, selectionSkipped, gate, dryRun, estimateOf) {
    const left = misses.map((f, i) => ({ file: f, miss: missFiles[i] }));
    const unanswered = dryRun
        ? gate.failOnIncomplete
            ? left
            : []
        : left.filter(({ file }) => !outcome.results.has(file.sha256));
    const notScanned = unanswered.map(({ file }) => ({
        path: file.path,
        reason: dryRun ? 'dry run: not sent to the model' : (outcome.failed.get(file.sha256) ?? 'not scanned'),
    }));
    const gated = gate.failOnIncomplete && gate.pullRequest;
    const byContent = gated ? selectionSkipped.filter((s) => GATE_SKIPS.includes(s.reason)) : [];
    for (const s of byContent)
        notScanned.push({ path: s.path, reason: skip_reasons/* SKIP_REASON_TEXT */.p[s.reason] });
    const skipped = byContent.length
        ? selectionSkipped.filter((s) => !byContent.includes(s))
        : selectionSkipped;
    const unscannedUsd = outcome.unscannedEstimateUsd ??
        (unanswered.length && !dryRun ? estimateOf(unanswered.map((u) => u.miss)) : undefined);
    return { notScanned, skipped, unscannedUsd };
}
/** review-depth full reuses only whole-file reviews; auto reuses both. */
const depthAllows = (entry, config) => config.reviewDepth === 'auto' || entry.depth !== 'change';
/** A content's fresh cached result under this run's fingerprint: an earlier version's, for a change review. */
function previousEntry(cache, fp, sha256, now, config) {
    const entry = cache.session.doc.entries[(0,cache_document/* cacheKey */.k$)(sha256, fp)];
    return entry && (0,cache_document/* isFresh */.pL)(entry, now, config.cacheTtlDays) ? entry : undefined;
}
function lookup(files, doc, fp, now, config) {
    const hits = [];
    const misses = [];
    /** Misses that had an entry past cache-ttl-days. */
    let expired = 0;
    for (const file of files) {
        const entry = config.forceRescan ? undefined : doc.entries[(0,cache_document/* cacheKey */.k$)(file.sha256, fp)];
        if (entry && (0,cache_document/* isFresh */.pL)(entry, now, config.cacheTtlDays) && depthAllows(entry, config))
            hits.push({ file, entry });
        else {
            misses.push(file);
            if (entry && !(0,cache_document/* isFresh */.pL)(entry, now, config.cacheTtlDays))
                expired++;
        }
    }
    return { hits, misses, expired };
}
/** Adds an entry for every content scanned successfully (never for a failed one), prunes, records the run. */
function updateDocument(base, misses, outcome, fp, config, now, run) {
    const scanned = misses.filter((file) => outcome.results.has(file.sha256));
    // A warm run adds nothing: the entries are kept as read rather than copied.
    const entries = scanned.length ? { ...base.entries } : base.entries;
    for (const file of scanned) {
        const result = outcome.results.get(file.sha256);
        const u = result.usage;
        entries[(0,cache_document/* cacheKey */.k$)(file.sha256, fp)] = (0,cache_document/* entryFor */.cy)(result.findings, config.modelId, {
            in: u.inputTokens,
            out: u.outputTokens,
            cacheRead: u.cacheReadTokens,
            cacheWrite: u.cacheWriteTokens,
        }, result.usd, now, run.changed.has(file.sha256) ? 'change' : undefined, result.dropped);
    }
    const lastCompleteScan = run.head
        ? { commit: run.head, branch: run.ctx.branch, at: now.toISOString() }
        : base.lastCompleteScan;
    const pruned = (0,cache_document/* prune */.R3)({ ...base, entries, ...(lastCompleteScan ? { lastCompleteScan } : {}) }, now, config.cacheTtlDays).doc;
    return (0,cache_document/* addRun */.Z)(pruned, {
        at: now.toISOString(),
        event: run.ctx.event,
        hits: run.hits,
        misses: misses.length,
        calls: outcome.calls,
        usd: outcome.usd ?? null,
        savedUsd: run.savedUsd,
        tokens: runTokens(outcome.usage),
    });
}
/** Why each file of a scan that could not run was not reviewed: the run's error says why, once. */
const NOT_RUN = 'not reviewed: the scan could not run (see its error)';
/** Small files share a request up to these limits (characters, files). */
const PACK_CHARS = 12_000;
const PACK_FILES = 8;
/** What sending the files live would cost; undefined when there is none to send. */
function estimateLive(files, scanned) {
    return files.length ? estimate(files, scanned.overheadTokens, scanned.price) : undefined;
}
/** What sending the files would cost, estimated per request as the scan packs them (identical contents once). */
function estimate(files, overheadTokens, price) {
    if (!price)
        return undefined;
    const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
    const batches = pack(unique, PACK_CHARS, PACK_FILES);
    return (0,cost_cost/* round6 */.X_)(batches.reduce((n, b) => n + ((0,cost_cost/* costUsd */.O4)(estimateUsage(b, overheadTokens), price) ?? 0), 0));
}
function emptyOutcome(priced) {
    return {
        results: new Map(),
        failed: new Map(),
        calls: 0,
        usage: cost_cost/* NO_USAGE */.yJ,
        usd: priced ? 0 : undefined,
        stopped: undefined,
        unscannedEstimateUsd: undefined,
        throttled: 0,
        dropped: NO_DROPS,
    };
}
function reportLoad(log, note) {
    if (note.state === 'loaded')
        log.info(`Cache loaded from ${note.location}: ${note.entries} entries.`);
    else if (note.state === 'cold')
        log.info(`No cache at ${note.location} yet: cold start.`);
    else
        log.warning(`The cache at ${note.location} is unreadable (${note.detail}): starting cold; ${note.newer ? 'it was written by a newer version of the scanner and is left as is' : 'it will be replaced'}.`);
}
/** Reporter failures are warnings: a broken comment never loses the scan. */
async function each(reporters, what, fn, log) {
    for (const r of reporters) {
        try {
            await fn(r);
        }
        catch (e) {
            log.warning(`${r.name}: could not ${what} (${(0,report_escape/* logSafe */.sN)((0,errors/* errorMessage */.g)(e))}); the scan goes on.`);
        }
    }
}


/***/ }),

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


/***/ }),

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ capabilitiesFor)
/* harmony export */ });
const CLAUDE = {
    forcedToolUse: true,
    temperature: true,
    promptCaching: true,
    cacheMinTokens: 1024,
    maxOutputTokens: 8192,
    contextTokens: 200_000,
};
const NOVA = {
    forcedToolUse: false,
    temperature: true,
    promptCaching: true,
    cacheMinTokens: 1000,
    maxOutputTokens: 5000,
    contextTokens: 300_000,
};
const TABLE = [
    // Opus 4.5 and Haiku 4.5 need longer prefixes before Bedrock caches them.
    [/claude-(opus-4-5|haiku-4-5)/, { ...CLAUDE, cacheMinTokens: 4096 }],
    [/claude-3-5-haiku/, { ...CLAUDE, cacheMinTokens: 2048 }],
    [/claude-3-haiku/, { ...CLAUDE, promptCaching: false, maxOutputTokens: 4096 }],
    [/anthropic\.claude/, CLAUDE],
    [/amazon\.nova-micro/, { ...NOVA, contextTokens: 128_000 }],
    [/amazon\.nova-(lite|pro)/, NOVA],
    [
        /amazon\.nova/,
        {
            forcedToolUse: false,
            temperature: true,
            promptCaching: false,
            cacheMinTokens: 1000,
            maxOutputTokens: 5000,
            contextTokens: 300_000,
        },
    ],
];
/**
 * Unknown models get the safe defaults: ask for JSON in text (the client falls back anyway), no caching, and a
 * small context (large files go in more chunks; a request still too long is split further).
 */
const UNKNOWN = {
    forcedToolUse: true,
    temperature: true,
    promptCaching: false,
    cacheMinTokens: 1024,
    maxOutputTokens: 4096,
    contextTokens: 32_000,
};
function capabilitiesFor(modelId) {
    return TABLE.find(([re]) => re.test(modelId))?.[1] ?? UNKNOWN;
}


/***/ }),

/***/ 807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ModelError),
/* harmony export */   n: () => (/* binding */ lazyModelClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A client built on first use, once: the SDK behind it is loaded only by a run that calls the model. */
function lazyModelClient(modelId, build) {
    let client;
    // A client that cannot be built (its SDK failed to load) can make no call: fatal, so the scan stops cleanly.
    const built = () => build().catch((e) => {
        throw new ModelError(`the model client could not be built: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(e)}`, 'fatal', undefined, undefined, false, false, false);
    });
    return {
        modelId,
        analyze: async (files, signal) => (await (client ??= built())).analyze(files, signal),
        ask: async (request, signal) => {
            const c = await (client ??= built());
            if (!c.ask)
                throw new ModelError('this model client cannot verify findings', 'fatal');
            return c.ask(request, signal);
        },
    };
}
class ModelError extends Error {
    kind;
    usage;
    retryAfterMs;
    throttle;
    splittable;
    sent;
    name = 'ModelError';
    constructor(message, kind, usage, retryAfterMs, 
    /** A transient error that is the service shedding load (429, 503): lower the concurrency. */
    throttle = false, 
    /**
     * A server error or model timeout that may be the request's content's doing: a packed request that keeps
     * meeting it is split. Connection errors and load shedding say nothing about the content and never split.
     */
    splittable = false, 
    /** False when the request never left this machine (no credentials to sign it): no model call was made. */
    sent = true) {
        super(message);
        this.kind = kind;
        this.usage = usage;
        this.retryAfterMs = retryAfterMs;
        this.throttle = throttle;
        this.splittable = splittable;
        this.sent = sent;
    }
}


/***/ })

};
