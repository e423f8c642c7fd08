/**
 * The verification step of a run (`verify-findings: true`), between the review and the save: which files need
 * a verification call (a model finding, and no verdicts for this prompt version and model cached with the
 * entry), the calls, the verdicts each finding gets, and the verdicts cached with their entries. Rejected
 * findings are left out when reporting (applyVerification), never when caching: with verify-findings off, every
 * finding is reported again from the cache.
 */
import { addUsage, NO_USAGE, round6, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { cacheKey, type CacheDocument, type CacheEntry } from '../cache/cache-document.js';
import type { Finding, LocatedFinding } from '../scanner/findings.js';
import type { ModelClient } from '../scanner/model-client.js';
import type { MissFile } from '../scanner/scan-files.js';
import { steeringHits } from './steering.js';
import { askable, isCurrent, verifyRequest, type Verification } from './verify-findings.js';
import { runVerification, type VerifyCall } from './verify-run.js';

/** What the report says of a finding with verify-findings on. */
export interface FindingVerification {
  /** exempt: the scanner's own finding, or one of a file that tries to steer the reviewer (never asked). */
  verdict: 'confirmed' | 'rejected' | 'unverified' | 'exempt';
  reason?: string;
}

export type MarkedFinding = LocatedFinding & { verification?: FindingVerification };

/** One content with findings: a cache hit (with its entry as read) or this run's result. */
export interface VerifyCandidate {
  path: string;
  sha256: string;
  findings: Finding[];
  entry?: CacheEntry;
  /** The content as the review sent it (redacted); a hit's is read only when it needs a call (verify-hits.ts). */
  content?: MissFile;
}

export interface VerifyPhaseInput {
  enabled: boolean;
  dryRun: boolean;
  model: ModelClient | undefined;
  /** Why there is no model, when that is known (a fork's pull request). */
  modelUnavailable?: string;
  modelId: string;
  price: Price | undefined;
  maxConcurrency: number;
  budgetUsd: number | undefined;
  chunkChars: number;
  candidates: VerifyCandidate[];
  scrub: <T>(value: T) => T;
  log: (message: string) => void;
  warn: (message: string) => void;
  signal?: AbortSignal;
}

/** What the step did and found; `fresh` is cached with its entries when the run saves. */
export interface VerifiedRun {
  enabled: boolean;
  verdicts: Map<string, Verification>;
  fresh: Map<string, { verification: Verification; findings: Finding[]; entry?: CacheEntry }>;
  failed: Map<string, string>;
  exempt: Set<string>;
  spend: VerificationSpend;
}

/** The verification's share of the run's calls and cost (the run's totals include it). */
export interface VerificationSpend {
  calls: number;
  usage: Usage;
  usd: number | undefined;
  /** Files whose findings were verified by a call in this run, and files whose verdicts came from the cache. */
  files: number;
  cached: number;
  /** Files whose verification failed or could not run: their findings are reported unverified. */
  failed: number;
}

export const NOT_VERIFYING: VerifiedRun = {
  enabled: false,
  verdicts: new Map(),
  fresh: new Map(),
  failed: new Map(),
  exempt: new Set(),
  spend: { calls: 0, usage: NO_USAGE, usd: 0, files: 0, cached: 0, failed: 0 },
};

/** Verifies what needs it; with verify-findings off, nothing (and no verdict is applied). */
export async function verifyPhase(input: VerifyPhaseInput): Promise<VerifiedRun> {
  if (!input.enabled) return NOT_VERIFYING;
  const run: VerifiedRun = {
    ...NOT_VERIFYING,
    enabled: true,
    verdicts: new Map(),
    fresh: new Map(),
    failed: new Map(),
    exempt: new Set(),
  };
  const unique = [...new Map(input.candidates.map((c) => [c.sha256, c])).values()];
  const todo: VerifyCandidate[] = [];
  for (const c of unique) {
    if (c.findings.some(isSteering) || (c.content && steeringHits(c.content).length))
      run.exempt.add(c.sha256);
    else if (askable(c.findings).length === 0) continue;
    else if (isCurrent(c.entry?.verification, input.modelId))
      run.verdicts.set(c.sha256, c.entry.verification);
    else todo.push(c);
  }
  run.spend = { ...run.spend, cached: run.verdicts.size };
  if (todo.length === 0) return run;
  const why = cannotCall(input);
  if (why) return failAll(run, todo, why, input);
  const calls = prepare(todo, input, run);
  input.log(`Verifying the findings of ${calls.length} file(s) (verify-findings).`);
  const out = await runVerification(calls, {
    client: input.model!,
    price: input.price,
    maxConcurrency: input.maxConcurrency,
    budgetUsd: input.budgetUsd,
    signal: input.signal,
    log: input.log,
  });
  for (const call of calls) {
    const v = out.results.get(call.sha256);
    if (!v) continue;
    const verification = input.scrub(v);
    const c = todo.find((t) => t.sha256 === call.sha256)!;
    run.verdicts.set(call.sha256, verification);
    run.fresh.set(call.sha256, { verification, findings: c.findings, entry: c.entry });
  }
  for (const [sha, reason] of out.failed) run.failed.set(sha, reason);
  run.spend = { ...run.spend, calls: out.calls, usage: out.usage, usd: out.usd, files: out.results.size };
  return report(run, input);
}

const isSteering = (f: Finding) => f.by === 'scanner' && f.cwe === 'CWE-1427';

function cannotCall(input: VerifyPhaseInput): string | undefined {
  if (input.dryRun) return 'dry run: not verified';
  if (!input.model?.ask) return `not verified: ${input.modelUnavailable ?? 'no model can be called'}`;
  return undefined;
}

function failAll(
  run: VerifiedRun,
  todo: VerifyCandidate[],
  why: string,
  input: VerifyPhaseInput,
): VerifiedRun {
  for (const c of todo) run.failed.set(c.sha256, why);
  return report(run, input);
}

/** The requests; a file that proves to steer (its content says so) is exempt. */
function prepare(todo: VerifyCandidate[], input: VerifyPhaseInput, run: VerifiedRun): VerifyCall[] {
  const calls: VerifyCall[] = [];
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
    const job = { path: c.path, content: file.content, findings: c.findings, asked: askable(c.findings) };
    const request = verifyRequest(job, input.chunkChars);
    if (request) calls.push({ sha256: c.sha256, job, request });
    else run.failed.set(c.sha256, 'not verified: the file is too large for one verification request');
  }
  return calls;
}

/** Says what failed (a warning: the findings are kept) and counts it. */
function report(run: VerifiedRun, input: VerifyPhaseInput): VerifiedRun {
  run.spend = { ...run.spend, failed: run.failed.size };
  if (run.failed.size === 0) return run;
  const reasons = [...new Set(run.failed.values())].slice(0, 3).join('; ');
  const line = `verify-findings: the findings of ${run.failed.size} file(s) could not be verified (${reasons}); they are reported unverified, and verified on a later run.`;
  if (input.dryRun) input.log(line);
  else input.warn(line);
  return run;
}

/** The findings of one content, each with its verdict (unchanged with verify-findings off). */
export function markFindings(
  run: VerifiedRun,
  sha256: string,
  findings: readonly Finding[],
): readonly Finding[] {
  if (!run.enabled) return findings;
  const v = run.verdicts.get(sha256);
  return findings.map((f, i): Finding & { verification: FindingVerification } => {
    if (f.by === 'scanner' || run.exempt.has(sha256)) return { ...f, verification: { verdict: 'exempt' } };
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

/** What the report says of the verification: what it rejected (with the model's reasons) and kept unverified. */
export interface VerificationFiltered {
  rejected: number;
  unverified: number;
  rejections: { path: string; startLine: number; title: string; cwe?: string; reason: string }[];
}

/** Leaves the rejected findings out of a report, and counts them; the others keep their verdict. */
export function applyVerification(findings: readonly MarkedFinding[]): {
  shown: MarkedFinding[];
  filtered: VerificationFiltered;
} {
  const filtered: VerificationFiltered = { rejected: 0, unverified: 0, rejections: [] };
  const shown: MarkedFinding[] = [];
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
    if (v?.verdict === 'unverified') filtered.unverified++;
    shown.push(f);
  }
  return { shown, filtered };
}

/** The run's totals include the verification calls: they are added to the review's. */
export function addSpend(
  outcome: { calls: number; usage: Usage; usd: number | undefined },
  spend: VerificationSpend,
): void {
  outcome.calls += spend.calls;
  outcome.usage = addUsage(outcome.usage, spend.usage);
  if (outcome.usd !== undefined) outcome.usd = round6(outcome.usd + (spend.usd ?? 0));
}

/**
 * The document to save with this run's verdicts on their entries. An entry another run replaced meanwhile
 * (other findings) is left alone; a hit's entry from another cache object is copied with its verdicts.
 */
export function attachVerifications(doc: CacheDocument, fp: string, run: VerifiedRun): CacheDocument {
  if (run.fresh.size === 0) return doc;
  const entries = { ...doc.entries };
  for (const [sha256, fresh] of run.fresh) {
    const key = cacheKey(sha256, fp);
    const current = entries[key] ?? fresh.entry;
    if (!current || JSON.stringify(current.findings) !== JSON.stringify(fresh.findings)) continue;
    entries[key] = { ...current, verification: fresh.verification };
  }
  return { ...doc, entries };
}
