import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { RunContext } from '../context.js';
import { cacheKey, entryFor, type CacheDocument } from '../cache/cache-document.js';
import { addUsage, costUsd, formatUsd, round6 } from '../cost/cost.js';
import { BATCH_DISCOUNT, batchPrice, type Price } from '../cost/pricing.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logging.js';
import { addDrops } from '../findings/evidence.js';
import { logSafe } from '../report/escape.js';
import { capabilitiesFor } from '../scanner/capabilities.js';
import { numberedChars } from '../scanner/chunks.js';
import {
  chunkCharsFor,
  estimateUsage,
  pack,
  type MissFile,
  type ScanOutcome,
} from '../scanner/scan-files.js';
import type { BatchBackend } from './batch-backend.js';
import type { BatchJob } from './batch-job-record.js';
import type { BatchJobReport, BatchReport } from './batch-report.js';
import type { SaveOutcome } from '../cache/cache-session.js';
import {
  anthropicBody,
  BATCH_MIN_RECORDS,
  buildRecords,
  collectOutput,
  type FileResult,
} from './batch-records.js';

/** What the pipeline tells the batch step about this run. */
export interface BatchRun {
  config: Config;
  ctx: RunContext;
  /** This run's cache fingerprint. */
  fp: string;
  /** A full scan (every eligible file), as only a full scan is worth a batch job. */
  full: boolean;
  doc: CacheDocument;
  /** Whether this run writes the repository's cache object on S3: only such a run submits or collects jobs. */
  writesRepository: boolean;
  log: Logger;
  now: Date;
  backend: () => Promise<BatchBackend>;
}

/** What the live path needs for one request, to build the same request as a record. */
export interface LiveRequest {
  system: string;
  overheadTokens: number;
  price: Price | undefined;
  packChars: number;
  packFiles: number;
}

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
export class BatchPhase {
  /** Jobs to drop from the document (over, or unusable). */
  private readonly finished = new Set<string>();
  private submitted: BatchJob | undefined;
  /** Answers collected for contents this run did not select: cached under the fingerprint they were made with. */
  private readonly extra: { key: string; model: string; result: FileResult }[] = [];
  /** What the report says of each job this run submitted, checked or collected. */
  private readonly jobs: BatchJobReport[] = [];
  /** Contents held back for a job (submitted now, or still running on a scheduled run): not scanned, queued. */
  private readonly queued = new Set<string>();

  constructor(private readonly run: BatchRun) {}

  /** Whether the step has anything to do: jobs to collect, or a scheduled full scan that may submit one. */
  private active(misses: number): boolean {
    const { config, ctx, doc } = this.run;
    if (config.batch === 'off' || config.dryRun || !this.run.writesRepository) return false;
    return (
      (doc.batchJobs?.length ?? 0) > 0 ||
      (BATCH_EVENTS.includes(ctx.event) && this.run.full && misses >= BATCH_MIN_RECORDS)
    );
  }

  /**
   * Applies the batch step to the files to send: answers collected from finished jobs go into the outcome,
   * files held back or handed to a new job are marked not scanned (with why), and the rest is returned to be
   * sent live.
   */
  async take(files: MissFile[], outcome: ScanOutcome, live: LiveRequest): Promise<MissFile[]> {
    if (!this.active(files.length)) return files;
    const why = refusal(this.run.config);
    if (!this.run.doc.batchJobs?.length && why) {
      this.run.log.info(`Bedrock batch not used for ${files.length} file(s): ${why}. Scanning live.`);
      return files;
    }
    let backend: BatchBackend;
    try {
      backend = await this.run.backend();
    } catch (e) {
      this.run.log.warning(`Bedrock batch is unavailable (${logSafe(errorMessage(e))}); scanning live.`);
      return files;
    }
    const pending = await this.collect(backend, files, outcome, live.price);
    const left = files.filter((f) => !outcome.results.has(f.sha256));
    const waiting = BATCH_EVENTS.includes(this.run.ctx.event)
      ? left.filter((f) => pending.has(f.sha256))
      : [];
    for (const f of waiting) {
      outcome.failed.set(f.sha256, pending.get(f.sha256)!);
      this.queued.add(f.sha256);
    }
    for (const j of this.jobs)
      if (j.state === 'running') j.queued = BATCH_EVENTS.includes(this.run.ctx.event);
    if (waiting.length)
      this.run.log.info(
        `${waiting.length} file(s) wait for Bedrock batch jobs still running; the next run collects them.`,
      );
    const rest = left.filter((f) => !waiting.includes(f));
    return this.submit(backend, rest, outcome, live);
  }

  /** The cache document as saved: finished jobs dropped, the new job recorded, collected answers cached. */
  apply(doc: CacheDocument): CacheDocument {
    if (!this.finished.size && !this.submitted && !this.extra.length) return doc;
    const jobs = (doc.batchJobs ?? []).filter((j) => !this.finished.has(j.name));
    if (this.submitted && !jobs.some((j) => j.name === this.submitted!.name)) jobs.push(this.submitted);
    const entries = this.extra.length ? { ...doc.entries } : doc.entries;
    for (const { key, model, result } of this.extra) {
      if (Object.hasOwn(entries, key)) continue;
      const u = result.usage;
      const tokens = {
        in: u.inputTokens,
        out: u.outputTokens,
        cacheRead: u.cacheReadTokens,
        cacheWrite: u.cacheWriteTokens,
      };
      entries[key] = entryFor(
        result.findings,
        model,
        tokens,
        result.usd === undefined ? undefined : round6(result.usd),
        this.run.now,
        undefined,
        result.dropped,
      );
    }
    const next: CacheDocument = { ...doc, entries, batchJobs: jobs };
    if (!jobs.length) delete next.batchJobs;
    return next;
  }

  /** Whether the content is held back for a batch job: not scanned by this run, and not to be priced live. */
  isQueued(sha256: string): boolean {
    return this.queued.has(sha256);
  }

  /** Whether this run created a job: the cache object is the only place a later run learns of it. */
  get submittedJob(): boolean {
    return this.submitted !== undefined;
  }

  /** The report's `batch` object: undefined when the run had nothing to do with batch jobs. */
  report(): BatchReport | undefined {
    return this.jobs.length ? { jobs: this.jobs } : undefined;
  }

  /**
   * After the cache save: a job this run created is known to later runs only through the cache object, so a save
   * that did not happen is tried once more; when that fails too, the job is reported as not recorded and the
   * warning says how to stop it (it would run and be billed, and no run would collect it).
   */
  async afterSave(save: SaveOutcome, retry: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
    const job = this.submitted;
    if (!job || save.state === 'saved') return save;
    this.run.log.info(`Saving the cache again to record Bedrock batch job ${job.name}.`);
    const again = await retry();
    if (again.state === 'saved') return again;
    const mine = this.jobs.find((j) => j.job === job.name);
    if (mine) mine.recorded = false;
    const cost = job.expectedUsd == null ? '' : ` (about ${formatUsd(job.expectedUsd)})`;
    this.run.log.warning(
      `Bedrock batch job ${job.name} was created but could not be recorded in the cache (${logSafe(again.detail ?? again.state)}): it runs and is billed${cost}, and no later run will collect it. Stop it with: aws bedrock stop-model-invocation-job --job-identifier ${job.jobArn} ; the next run scans its files again.`,
    );
    return again;
  }

  /** Checks every recorded job; returns why each file of a job still running is not answered yet. */
  private async collect(
    backend: BatchBackend,
    files: MissFile[],
    outcome: ScanOutcome,
    price: Price | undefined,
  ): Promise<Map<string, string>> {
    const pending = new Map<string, string>();
    const contents = new Map(files.map((f) => [f.sha256, f.content]));
    for (const job of this.run.doc.batchJobs ?? []) {
      let status: { status: string; message?: string };
      try {
        status = await backend.getJob(job.jobArn);
      } catch (e) {
        this.note(job, 'unchecked', 'unknown');
        this.run.log.warning(
          `Bedrock batch job ${job.name} could not be checked (${logSafe(errorMessage(e))}); its files are scanned live.`,
        );
        continue;
      }
      if (!OVER.includes(status.status)) {
        const why = queuedReason(job.name, status.status);
        for (const rec of Object.values(job.records)) for (const f of rec) pending.set(f.sha256, why);
        this.note(job, 'running', status.status);
        this.run.log.info(`Bedrock batch job ${job.name} is ${status.status}.`);
        continue;
      }
      this.finished.add(job.name);
      if (!ANSWERED.includes(status.status)) {
        this.note(job, 'ended', status.status);
        this.run.log.warning(
          `Bedrock batch job ${job.name} ended ${status.status}${status.message ? ` (${logSafe(status.message)})` : ''}: its files go back to live calls.`,
        );
        continue;
      }
      await this.read(backend, job, contents, outcome, { price, status: status.status });
    }
    return pending;
  }

  /** Adds what the report says of a job this run found recorded. */
  private note(
    job: BatchJob,
    state: BatchJobReport['state'],
    status: string,
    more?: Partial<BatchJobReport>,
  ) {
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
  private async read(
    backend: BatchBackend,
    job: BatchJob,
    contents: ReadonlyMap<string, string>,
    outcome: ScanOutcome,
    { price, status }: { price: Price | undefined; status: string },
  ): Promise<void> {
    let texts: string[];
    try {
      texts = await backend.readOutputs(job.name);
    } catch (e) {
      this.finished.delete(job.name); // kept: a later run reads it again
      this.note(job, 'unchecked', status);
      this.run.log.warning(
        `The output of Bedrock batch job ${job.name} could not be read (${logSafe(errorMessage(e))}); its files are scanned live.`,
      );
      return;
    }
    if (job.fingerprint !== this.run.fp) {
      this.note(job, 'unusable', status);
      this.run.log.info(
        `Bedrock batch job ${job.name} was made with another model, prompt or scanner version: its answers are not used.`,
      );
      return;
    }
    const got = collectOutput(
      texts.flatMap((t) => t.split('\n')),
      job.records,
      batchPrice(price),
      contents,
    );
    outcome.dropped = addDrops(outcome.dropped, got.dropped);
    for (const [sha, result] of got.results) {
      if (contents.has(sha)) {
        outcome.results.set(sha, result);
        outcome.usage = addUsage(outcome.usage, result.usage);
        if (outcome.usd !== undefined) outcome.usd = round6(outcome.usd + (result.usd ?? 0));
      } else this.extra.push({ key: cacheKey(sha, job.fingerprint), model: job.modelId, result });
    }
    const failed = [...got.failed.entries()];
    // What the answers taken cost (as the run's cost counts them), not the records that went unused.
    const taken = [...got.results.values()];
    const usd = got.usd === undefined ? null : round6(taken.reduce((n, r) => n + (r.usd ?? 0), 0));
    const live = failed.filter(([sha]) => contents.has(sha)).length;
    this.note(job, 'collected', status, { results: got.results.size, usd, live });
    this.run.log.info(
      `Collected Bedrock batch job ${job.name}: ${got.results.size} file(s) answered at the batch price (${formatUsd(usd ?? undefined)}), ${failed.length} to scan live.`,
    );
    for (const [, why] of failed.slice(0, 5)) this.run.log.info(`  ${logSafe(why)}`);
  }

  /** Hands the files to a new job when this run may and there are enough; returns the files left to send live. */
  private async submit(
    backend: BatchBackend,
    files: MissFile[],
    outcome: ScanOutcome,
    live: LiveRequest,
  ): Promise<MissFile[]> {
    const { config, ctx, log } = this.run;
    if (!BATCH_EVENTS.includes(ctx.event) || !this.run.full || files.length < BATCH_MIN_RECORDS) return files;
    const why = refusal(config);
    if (why) {
      log.info(`Bedrock batch not used for ${files.length} file(s): ${why}. Scanning live.`);
      return files;
    }
    const job = plan(files, config.modelId, live);
    if (!job) return files;
    const { fits, records, index, liveUsd, batchUsd, priced } = job;
    // A record repeats the system prompt: small files spread over Bedrock's 100 records may cost more than live
    // calls packing them.
    if (batchUsd >= liveUsd) {
      log.info(
        `Bedrock batch not used for ${fits.length} file(s): at least ${BATCH_MIN_RECORDS} records would cost more than live calls (about ${formatUsd(batchUsd)} against ${formatUsd(liveUsd)}${priced ? '' : ' at Claude Sonnet rates'}). Scanning live.`,
      );
      return files;
    }
    const name = jobName(this.run.now);
    try {
      const jobArn = await backend.createJob(
        name,
        JOB_TIMEOUT_HOURS,
        records.map((r) => JSON.stringify(r)).join('\n') + '\n',
      );
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
    } catch (e) {
      log.warning(`The Bedrock batch job could not be created (${logSafe(errorMessage(e))}); scanning live.`);
      return files;
    }
    const saving = priced ? `: about ${formatUsd(batchUsd)} instead of ${formatUsd(liveUsd)} live` : '';
    log.info(
      `Submitted Bedrock batch job ${name} (${records.length} records for ${fits.length} file(s))${saving}; the next run collects it (Bedrock finishes jobs within ${JOB_TIMEOUT_HOURS} hours).`,
    );
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
function plan(files: MissFile[], modelId: string, live: LiveRequest) {
  const caps = capabilitiesFor(modelId);
  const limit = chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, live.overheadTokens);
  const fits = files.filter((f) => numberedChars(f.content) <= limit);
  const packFiles = Math.min(live.packFiles, Math.floor(fits.length / BATCH_MIN_RECORDS));
  if (packFiles < 1) return undefined;
  const body = (group: MissFile[]) => anthropicBody(live.system, group, caps);
  const { records, index, groups } = buildRecords(fits, body, { packChars: live.packChars, packFiles });
  // Compared at a known model's rates when this one's are unknown: only the ratio matters.
  const price = live.price ?? COMPARISON_PRICE;
  const cost = (packs: MissFile[][]) =>
    round6(packs.reduce((n, g) => n + (costUsd(estimateUsage(g, live.overheadTokens), price) ?? 0), 0));
  const liveUsd = cost(pack(fits, live.packChars, live.packFiles));
  const batchUsd = round6(cost(groups) * BATCH_DISCOUNT);
  return { fits, records, index, liveUsd, batchUsd, priced: live.price !== undefined };
}

/** Why a file held back for a job is not scanned yet: the summary's and the outputs' reason. */
function queuedReason(job: string, status: string): string {
  return `queued in Bedrock batch job ${job} (${status}); a later run collects it`;
}

/** The report of a job this run created. */
function submittedReport(job: BatchJob, files: number): BatchJobReport {
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
const COMPARISON_PRICE: Price = { input: 3, output: 15 };

/** Why this configuration cannot submit a job, or undefined when it can. */
function refusal(config: Config): string | undefined {
  if (!config.batchRoleArn)
    return "batch-role-arn is empty (the service role Bedrock reads and writes the job's files with; scripts/setup-s3-cache.sh creates it)";
  if (!config.s3) return 'it needs the S3 cache (s3-bucket)';
  if (!/anthropic\.claude/.test(config.modelId))
    return `it is built for Anthropic Claude models, not ${config.modelId}`;
  if (typeof config.maxCostUsd === 'number')
    return 'max-cost-usd is set, and a job cannot be stopped at a budget';
  return undefined;
}

/** A unique job name that sorts by time: Bedrock's names are per account and region. */
function jobName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `ai-scanner-${stamp}-${randomBytes(4).toString('hex')}`;
}

/** The outcome of the live calls with what the batch step put in before them (collected, held back, submitted). */
export function withLive(batch: ScanOutcome, live: ScanOutcome): ScanOutcome {
  if (
    batch.results.size === 0 &&
    batch.failed.size === 0 &&
    !batch.dropped.absent &&
    !batch.dropped.wrongFile
  )
    return live;
  const usd = live.usd === undefined || batch.usd === undefined ? live.usd : round6(live.usd + batch.usd);
  return {
    ...live,
    results: new Map([...batch.results, ...live.results]),
    failed: new Map([...batch.failed, ...live.failed]),
    usage: addUsage(batch.usage, live.usage),
    usd,
    dropped: addDrops(batch.dropped, live.dropped),
  };
}
