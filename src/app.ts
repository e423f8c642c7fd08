import type { Config } from './config/config.js';
import { followsDefaultBranch, type RunContext } from './context.js';
import type { CacheSession, SaveOutcome } from './cache/cache-session.js';
import type { OpenedCache } from './cache/opened-cache.js';
import {
  addRun,
  cacheKey,
  entryFor,
  fingerprint,
  isFresh,
  prune,
  type CacheDocument,
  type CacheEntry,
} from './cache/cache-document.js';
import { FileReader } from './git/file-reader/file-reader.js';
import {
  countLines,
  headCommit,
  planFiles,
  type Plan,
  type PullRequestFiles,
  type ScanFile,
  type Selection,
} from './git/select-files.js';
import { SKIP_REASON_TEXT } from './git/skip-reasons.js';
import { NOT_A_REPOSITORY } from './git/list-files.js';
import { sayNotARepository } from './git/base-errors.js';
import type { ModelClient } from './scanner/model-client.js';
import { estimateTokens, PROMPT_VERSION, systemPrompt } from './scanner/prompt.js';
import { answerJsonSchema, type Finding, type LocatedFinding } from './scanner/findings.js';
import {
  chunkCharsFor,
  estimateUsage,
  pack,
  scanFiles,
  type MissFile,
  type ScanOutcome,
} from './scanner/scan-files.js';
import { capabilitiesFor } from './scanner/capabilities.js';
import { chooseDepths, finishChangeReviews } from './scanner/change-review/depth.js';
import { START_CONCURRENCY } from './scanner/adaptive-limit.js';
import { addSecretFindings, credentialFileFinding, prepareMisses } from './scanner/secret-findings.js';
import { costUsd, formatUsd, NO_USAGE, round6 } from './cost/cost.js';
import { resolveGate, type Gate } from './config/gate.js';
import type { SkipReason } from './git/skip-reasons.js';
import { priceFor } from './cost/pricing.js';
import type { ScanReport } from './report/report.js';
import { buildReport, runTokens } from './report/build-report.js';
import type { Reporter } from './report/reporter.js';
import type { Logger } from './logging.js';
import { logSafe } from './report/escape.js';
import { secrets as processSecrets, type SecretRegistry } from './secret-registry.js';
import { errorMessage } from './errors.js';
import { BatchPhase, withLive } from './batch/batch-phase.js';
import type { BatchBackend } from './batch/batch-backend.js';
import { NO_DROPS, withCachedDrops } from './findings/evidence.js';
import { attachVerifications, markFindings, type VerifiedRun } from './findings/verify-phase.js';
import { hitsToVerify, shareRead } from './findings/verify-hits.js';
import { verifyStep } from './findings/verify-step.js';
import { checkShardRun, shardSelection } from './shard.js';

export interface Deps {
  log: Logger;
  version: string;
  now: () => Date;
  openCache: () => Promise<OpenedCache>;
  /** Undefined when no model can be called; `modelUnavailable` then says why. */
  model: ModelClient | undefined;
  modelUnavailable?: string;
  reporters: Reporter[];
  prFiles?: PullRequestFiles;
  /** Reads and hashes the files; started early by the caller so its thread is up when the pipeline needs it. */
  fileReader?: FileReader;
  /** Aborted when the job is cancelled: scanning stops, and what was scanned is still saved and reported. */
  signal?: AbortSignal;
  /** Values that must not appear in anything written (default: the process's registry). */
  secrets?: SecretRegistry;
  /** Bedrock batch inference (batch: auto with the S3 cache and AWS access); loads its SDKs on first use. */
  batchBackend?: () => Promise<BatchBackend>;
}

/**
 * The pipeline: choose files, hash them, look them up in the cache, send only the misses to the model,
 * save what was scanned, report cost, hit rate and findings everywhere the user looks.
 */
export async function runScan(deps: Deps, config: Config, ctx: RunContext): Promise<ScanReport> {
  // The reporters start (the check run's creation is a GitHub round trip) while the files are hashed; they
  // have started before anything is published, or before a failure is passed on to be reported.
  const starting = each(deps.reporters, 'start', (r) => r.start?.(), deps.log);
  // One scrub before anything is rendered or written: a secret the model or an endpoint echoed becomes `***`.
  const report = (deps.secrets ?? processSecrets).scrubDeep(
    await scan(deps, config, ctx).catch(async (e: unknown) => {
      await starting;
      throw e;
    }),
  );
  await starting;
  await each(deps.reporters, 'publish', (r) => r.publish(report), deps.log);
  return report;
}

async function scan(deps: Deps, config: Config, ctx: RunContext): Promise<ScanReport> {
  const started = deps.now();
  checkShardRun(config.shard, ctx);
  const { plan, selection, cache, head } = await selectAndOpen(deps, config, ctx);
  const looked = lookUp(deps, config, selection.files, cache, started);
  const batch = batchPhase(deps, config, ctx, plan, cache, looked.fp, started);
  const previous = (sha: string) => previousEntry(cache, looked.fp, sha, started, config);
  const { scanned, verified } = await reviewAndVerify(deps, config, ctx, selection, looked, previous, batch);
  const findings = collectFindings(looked, scanned, selection.skipped, verified);
  const { notScanned, skipped, unscannedUsd } = unreviewed(
    looked.misses,
    scanned.missFiles,
    scanned.outcome,
    selection.skipped,
    scanned.gate,
    config.dryRun,
    // Files queued in a batch job are priced there (the report's batch section), not as live calls to come.
    (files) =>
      estimateLive(
        files.filter((f) => !batch?.isQueued(f.sha256)),
        scanned,
      ),
  );
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
function changeReviews(looked: LookedUp, scanned: Scanned): ScanReport['changeReviews'] {
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
async function selectAndOpen(deps: Deps, config: Config, ctx: RunContext) {
  const { log } = deps;
  const fileReader = deps.fileReader ?? new FileReader();
  const history = followsDefaultBranch(ctx);
  const readsHistory =
    history &&
    ctx.event === 'push' &&
    ctx.before !== undefined &&
    config.scanMode !== 'full' &&
    !config.baseRef;
  let opening = readsHistory ? deps.openCache() : undefined;
  opening?.catch(() => undefined); // awaited below: a failure must not surface before the selection is done
  const lastScanned = opening && (await opening.catch(() => undefined))?.session.doc.lastCompleteScan?.commit;
  const plan = await planFiles(config, ctx, (m) => log.info(logSafe(m)), deps.prFiles, lastScanned);
  const inspecting = fileReader.inspect(plan, config);
  opening ??= deps.openCache();
  opening.catch(() => undefined);
  // The commit whose files are being read, asked now rather than after the scan: a complete run records it.
  const head = history && !config.shard ? headCommit(config.workspace) : Promise.resolve(undefined);
  const selection = await inspecting;
  log.info(
    `Selected ${selection.paths.length} file(s) (${selection.how}): ${selection.files.length} to check, ${selection.skipped.length} skipped.`,
  );
  if (selection.how === NOT_A_REPOSITORY) sayNotARepository(config.scanMode, config.workspace, log);
  const cache = await opening;
  const part = shardSelection(selection, config.shard, (m) => log.info(m));
  // With no backend there is nothing to read or save, and nothing worth a line in the log.
  if (cache.backend !== 'none') for (const note of cache.session.notes) reportLoad(log, note);
  return { plan, selection: part, cache, head };
}

type LookedUp = ReturnType<typeof lookUp>;

/** Splits the selected files into cache hits and misses under this run's fingerprint. */
function lookUp(deps: Deps, config: Config, files: ScanFile[], cache: OpenedCache, started: Date) {
  const fp = fingerprint({
    scannerVersion: deps.version,
    promptVersion: PROMPT_VERSION,
    modelId: config.modelId,
    frameworks: config.complianceFrameworks,
    instructions: config.instructions,
  });
  const { hits, misses, expired } = lookup(files, cache.session.doc, fp, started, config);
  deps.log.info(
    `Cache: ${hits.length} hit(s), ${misses.length} miss(es)${config.forceRescan ? ' (force-rescan: cached results ignored)' : ''}.`,
  );
  const savedUsd = round6(hits.reduce((n, h) => n + (h.entry.usd ?? 0), 0));
  return { fp, hits, misses, expired, savedUsd };
}

type Scanned = Awaited<ReturnType<typeof scanMisses>>;

/** The review of the misses, then verify-findings, whose hits' contents are read with the misses' (one read). */
async function reviewAndVerify(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  selection: Selection,
  looked: LookedUp,
  previous: (sha256: string) => CacheEntry | undefined,
  batch: BatchPhase | undefined,
) {
  const verifying = config.verifyFindings && !config.dryRun && deps.model !== undefined;
  const toVerify = hitsToVerify(looked.hits, config.modelId, verifying);
  const shared = shareRead(selection, toVerify);
  const scanned = await scanMisses(deps, config, ctx, shared.selection, looked.misses, previous, batch);
  const verified = await verifyStep(deps, config, looked, scanned, { files: toVerify, bytes: shared.extra });
  return { scanned, verified };
}

/** Reads the misses, redacts their secrets (each a finding of its own), and has the model review them. */
async function scanMisses(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  selection: Selection,
  misses: ScanFile[],
  previous: (sha256: string) => CacheEntry | undefined,
  batch?: BatchPhase,
) {
  const price = priceFor(config.modelId, config.pricing);
  const system = systemPrompt(config.complianceFrameworks, config.instructions);
  const bytes = await selection.read(misses);
  // Only estimates for files to send need it; building the answer schema is not free on a warm run.
  const overheadTokens =
    misses.length === 0
      ? 0
      : estimateTokens(system) + estimateTokens(JSON.stringify(answerJsonSchema())) + 100;
  const { files: missFiles, secrets } = await prepareMisses(misses, bytes, countLines);
  const changes = await chooseDepths(
    { ...config, ...selection, previous, log: (m) => deps.log.info(logSafe(m)) },
    missFiles,
    bytes,
  );
  const gate = resolveGate(config, ctx);
  if (gate.pullRequest && missFiles.length > 0) deps.log.info(gateLine(gate));
  const live = { system, overheadTokens, price, packChars: PACK_CHARS, packFiles: PACK_FILES };
  const take = batch && ((files: MissFile[], o: ScanOutcome) => batch.take(files, o, live));
  const { outcome, fatal, estimateUsd } = await review(
    deps,
    config,
    gate,
    missFiles,
    overheadTokens,
    price,
    take,
  );
  addSecretFindings(outcome, secrets);
  await finishChangeReviews(outcome, changes);
  // The findings are cached as well as reported: an echoed secret is taken out before either.
  const registry = deps.secrets ?? processSecrets;
  for (const result of outcome.results.values()) result.findings = registry.scrubDeep(result.findings);
  return { price, overheadTokens, missFiles, secrets, gate, outcome, fatal, estimateUsd, changes };
}

/** The findings of the hits, of the misses the model (or the secret check) answered, and of credential files. */
function collectFindings(
  looked: LookedUp,
  scanned: Scanned,
  selectionSkipped: Selection['skipped'],
  verified: VerifiedRun,
): LocatedFinding[] {
  const { outcome, secrets } = scanned;
  // With verify-findings on, each finding carries its verdict (markFindings); the report leaves the rejected out.
  const mark = (sha256: string, findings: readonly Finding[]) => markFindings(verified, sha256, findings);
  return [
    ...looked.hits.flatMap((h) =>
      mark(h.file.sha256, h.entry.findings).map((f) => ({ ...f, path: h.file.path })),
    ),
    ...looked.misses.flatMap((f) =>
      mark(f.sha256, outcome.results.get(f.sha256)?.findings ?? secrets.get(f.sha256) ?? []).map((x) => ({
        ...x,
        path: f.path,
      })),
    ),
    ...selectionSkipped.filter((s) => s.reason === 'secret').map((s) => credentialFileFinding(s.path)),
  ];
}

/**
 * Whether this run reviewed everything it selected: only such a run moves the record a later push compares
 * with. A diff against a chosen base-ref says nothing about the commits before it: only a full scan or a push's
 * own diff (from its before, or from the last record) leaves nothing unreviewed behind HEAD.
 */
function completes(
  config: Config,
  ctx: RunContext,
  plan: Plan,
  selection: Selection,
  scanned: Scanned,
  notScanned: number,
): boolean {
  const covered = plan.mode === 'full' || (ctx.event === 'push' && !config.baseRef);
  // A shard reviews a part: the ordinary run after the shards records the complete scan.
  return (
    !config.shard &&
    followsDefaultBranch(ctx) &&
    covered &&
    !scanned.fatal &&
    !scanned.outcome.stopped &&
    notScanned === 0 &&
    !selection.skipped.some((s) => s.reason === 'unreadable')
  );
}

/** Saves what was scanned (never in a dry run); a failed save is a warning and the next run rescans. */
async function saveRun(
  log: Logger,
  config: Config,
  ctx: RunContext,
  run: {
    cache: OpenedCache;
    looked: LookedUp;
    scanned: Scanned;
    finished: Date;
    complete: boolean;
    batch?: BatchPhase;
    verified: VerifiedRun;
    /** The commit checked out when the files were read (see selectAndOpen). */
    head: Promise<string | undefined>;
  },
): Promise<SaveOutcome | undefined> {
  // A scan that could not run reviewed nothing: there is nothing to add, and no cache file is left behind.
  // A job this run created is still recorded: it is billed, and only the cache object tells a later run of it.
  if (config.dryRun || (run.scanned.fatal && !run.batch?.submittedJob)) return undefined;
  const { looked } = run;
  const head = run.complete ? await run.head : undefined;
  const attempt = () =>
    run.cache.session.save((base) => {
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
  const once = () =>
    attempt().catch((e: unknown) => ({ state: 'failed' as const, attempts: 1, detail: errorMessage(e) }));
  let save: SaveOutcome = await once();
  if (run.batch) save = await run.batch.afterSave(save, once);
  if (save.state === 'failed')
    log.warning(`The scan cache could not be saved (${save.detail}); the next run will rescan these files.`);
  else if (save.state === 'saved' && run.cache.backend !== 'none')
    log.info(`Cache saved to ${save.location}.`);
  return save;
}

/** The model step: a dry run, no model, a pull request over its budget (no call at all), or the scan. */
async function review(
  deps: Deps,
  config: Config,
  gate: Gate,
  missFiles: MissFile[],
  overheadTokens: number,
  price: ReturnType<typeof priceFor>,
  batch?: (files: MissFile[], outcome: ScanOutcome) => Promise<MissFile[]>,
): Promise<{ outcome: ScanOutcome; fatal?: string; estimateUsd?: number }> {
  const { log } = deps;
  const outcome = emptyOutcome(price !== undefined);
  if (config.dryRun) return { outcome, estimateUsd: estimate(missFiles, overheadTokens, price) };
  // Answers of finished batch jobs are taken, and a scheduled full scan may hand its misses to a new job.
  if (batch) missFiles = await batch(missFiles, outcome);
  if (missFiles.length === 0) return { outcome };
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
    const reason = `budget (max-cost-usd) too small: reviewing the changed files would cost about ${formatUsd(whole)}, over ${formatUsd(gate.maxCostUsd)}; no call was made`;
    log.warning(
      `Not sending ${missFiles.length} file(s): ${reason}. Raise max-cost-usd (or set it to none) to review this pull request.`,
    );
    missFiles.forEach((f) => outcome.failed.set(f.sha256, reason));
    return { outcome: { ...outcome, unscannedEstimateUsd: whole } };
  }
  log.info(
    `Sending ${missFiles.length} file(s) to ${config.modelId} (calls in flight: from ${Math.min(START_CONCURRENCY, config.maxConcurrency)}, as Bedrock's quota allows, up to ${config.maxConcurrency}).`,
  );
  const caps = capabilitiesFor(config.modelId);
  const scanned = await scanFiles(missFiles, {
    client: deps.model,
    price,
    maxConcurrency: config.maxConcurrency,
    maxCostUsd: gate.maxCostUsd,
    packChars: PACK_CHARS,
    packFiles: PACK_FILES,
    overheadTokens,
    chunkChars: chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, overheadTokens),
    log: (m) => log.info(logSafe(m)),
    signal: deps.signal,
  });
  const stopped = scanned.stopped;
  const fatal =
    stopped && scanned.results.size === 0 && !stopped.startsWith('the budget') ? stopped : undefined;
  // The reason is said once, as why the scan could not run; each file only says it was not reviewed.
  if (fatal) for (const sha of scanned.failed.keys()) scanned.failed.set(sha, NOT_RUN);
  return { outcome: withLive(outcome, scanned), fatal };
}

/** The batch step of a run that may submit or collect jobs: it writes the repository's cache object on S3. */
function batchPhase(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  plan: Plan,
  cache: OpenedCache,
  fp: string,
  now: Date,
): BatchPhase | undefined {
  if (!deps.batchBackend) return undefined;
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

function overBudget(estimateUsd: number | undefined, maxCostUsd: number | undefined): boolean {
  return estimateUsd !== undefined && maxCostUsd !== undefined && estimateUsd > maxCostUsd;
}

function gateLine(gate: Gate): string {
  const incomplete = gate.failOnIncomplete
    ? 'a changed file left unreviewed fails the run'
    : 'a changed file left unreviewed ends the run neutral (fail-on-incomplete: false)';
  const budget =
    gate.maxCostUsd === undefined
      ? 'no budget cap (max-cost-usd: none)'
      : `max-cost-usd ${formatUsd(gate.maxCostUsd)}${gate.budgetFrom === 'pull-request default' ? ' (the pull-request default)' : ''}`;
  return `Pull request: ${incomplete}; ${budget}.`;
}

/** Skips that the changed content itself causes: on a pull request's gate they are unreviewed files, not policy. */
const GATE_SKIPS: readonly SkipReason[] = ['too large', 'unreadable'];

/**
 * The files this run leaves unreviewed, and why: misses the model did not answer (never in a plain dry run);
 * when the gate is on, also a dry run's misses and, on a pull request, changed files skipped for their size
 * or unreadable (moved out of the skipped list). With what reviewing the misses would cost.
 */
function unreviewed(
  misses: ScanFile[],
  missFiles: MissFile[],
  outcome: ScanOutcome,
  selectionSkipped: ScanReport['skipped'],
  gate: Gate,
  dryRun: boolean,
  estimateOf: (files: MissFile[]) => number | undefined,
): { notScanned: ScanReport['notScanned']; skipped: ScanReport['skipped']; unscannedUsd?: number } {
  const left = misses.map((f, i) => ({ file: f, miss: missFiles[i]! }));
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
  for (const s of byContent) notScanned.push({ path: s.path, reason: SKIP_REASON_TEXT[s.reason] });
  const skipped = byContent.length
    ? selectionSkipped.filter((s) => !byContent.includes(s))
    : selectionSkipped;
  const unscannedUsd =
    outcome.unscannedEstimateUsd ??
    (unanswered.length && !dryRun ? estimateOf(unanswered.map((u) => u.miss)) : undefined);
  return { notScanned, skipped, unscannedUsd };
}

interface Hit {
  file: ScanFile;
  entry: CacheEntry;
}

/** review-depth full reuses only whole-file reviews; auto reuses both. */
const depthAllows = (entry: CacheEntry, config: Config) =>
  config.reviewDepth === 'auto' || entry.depth !== 'change';

/** A content's fresh cached result under this run's fingerprint: an earlier version's, for a change review. */
function previousEntry(cache: OpenedCache, fp: string, sha256: string, now: Date, config: Config) {
  const entry = cache.session.doc.entries[cacheKey(sha256, fp)];
  return entry && isFresh(entry, now, config.cacheTtlDays) ? entry : undefined;
}

function lookup(files: ScanFile[], doc: CacheDocument, fp: string, now: Date, config: Config) {
  const hits: Hit[] = [];
  const misses: ScanFile[] = [];
  /** Misses that had an entry past cache-ttl-days. */
  let expired = 0;
  for (const file of files) {
    const entry = config.forceRescan ? undefined : doc.entries[cacheKey(file.sha256, fp)];
    if (entry && isFresh(entry, now, config.cacheTtlDays) && depthAllows(entry, config))
      hits.push({ file, entry });
    else {
      misses.push(file);
      if (entry && !isFresh(entry, now, config.cacheTtlDays)) expired++;
    }
  }
  return { hits, misses, expired };
}

/** Adds an entry for every content scanned successfully (never for a failed one), prunes, records the run. */
function updateDocument(
  base: CacheDocument,
  misses: ScanFile[],
  outcome: ScanOutcome,
  fp: string,
  config: Config,
  now: Date,
  run: {
    ctx: RunContext;
    hits: number;
    savedUsd: number;
    head: string | undefined;
    changed: ReadonlyMap<string, unknown>;
  },
): CacheDocument {
  const scanned = misses.filter((file) => outcome.results.has(file.sha256));
  // A warm run adds nothing: the entries are kept as read rather than copied.
  const entries = scanned.length ? { ...base.entries } : base.entries;
  for (const file of scanned) {
    const result = outcome.results.get(file.sha256)!;
    const u = result.usage;
    entries[cacheKey(file.sha256, fp)] = entryFor(
      result.findings,
      config.modelId,
      {
        in: u.inputTokens,
        out: u.outputTokens,
        cacheRead: u.cacheReadTokens,
        cacheWrite: u.cacheWriteTokens,
      },
      result.usd,
      now,
      run.changed.has(file.sha256) ? 'change' : undefined,
      result.dropped,
    );
  }
  const lastCompleteScan = run.head
    ? { commit: run.head, branch: run.ctx.branch, at: now.toISOString() }
    : base.lastCompleteScan;
  const pruned = prune(
    { ...base, entries, ...(lastCompleteScan ? { lastCompleteScan } : {}) },
    now,
    config.cacheTtlDays,
  ).doc;
  return addRun(pruned, {
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
function estimateLive(files: MissFile[], scanned: Pick<Scanned, 'overheadTokens' | 'price'>) {
  return files.length ? estimate(files, scanned.overheadTokens, scanned.price) : undefined;
}

/** What sending the files would cost, estimated per request as the scan packs them (identical contents once). */
function estimate(
  files: MissFile[],
  overheadTokens: number,
  price: ReturnType<typeof priceFor>,
): number | undefined {
  if (!price) return undefined;
  const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
  const batches = pack(unique, PACK_CHARS, PACK_FILES);
  return round6(batches.reduce((n, b) => n + (costUsd(estimateUsage(b, overheadTokens), price) ?? 0), 0));
}

function emptyOutcome(priced: boolean): ScanOutcome {
  return {
    results: new Map(),
    failed: new Map(),
    calls: 0,
    usage: NO_USAGE,
    usd: priced ? 0 : undefined,
    stopped: undefined,
    unscannedEstimateUsd: undefined,
    throttled: 0,
    dropped: NO_DROPS,
  };
}

function reportLoad(log: Logger, note: CacheSession['notes'][number]): void {
  if (note.state === 'loaded') log.info(`Cache loaded from ${note.location}: ${note.entries} entries.`);
  else if (note.state === 'cold') log.info(`No cache at ${note.location} yet: cold start.`);
  else
    log.warning(
      `The cache at ${note.location} is unreadable (${note.detail}): starting cold; ${note.newer ? 'it was written by a newer version of the scanner and is left as is' : 'it will be replaced'}.`,
    );
}

/** Reporter failures are warnings: a broken comment never loses the scan. */
async function each(
  reporters: Reporter[],
  what: string,
  fn: (r: Reporter) => Promise<void> | undefined,
  log: Logger,
): Promise<void> {
  for (const r of reporters) {
    try {
      await fn(r);
    } catch (e) {
      log.warning(`${r.name}: could not ${what} (${logSafe(errorMessage(e))}); the scan goes on.`);
    }
  }
}
