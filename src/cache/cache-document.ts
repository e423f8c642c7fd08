import { sha256 } from './sha256.js';
import { z } from 'zod';
import { FindingSchema, type Finding } from '../scanner/findings.js';
import { BatchJobSchema } from '../batch/batch-job-record.js';
import { VerificationSchema } from '../findings/verify-findings.js';

/** The cache document: one per repository (and per pull request), versioned. */
export const CACHE_VERSION = 1;
export const MAX_RUNS = 50;

export const EntrySchema = z.object({
  scannedAt: z.iso.datetime(),
  model: z.string(),
  findings: z.array(FindingSchema.omit({ path: true })),
  tokens: z.object({ in: z.number(), out: z.number(), cacheRead: z.number(), cacheWrite: z.number() }),
  usd: z.number().nullable(),
  /** Set when a change review (review-depth auto) produced the result; absent for a whole-file review. */
  depth: z.literal('change').optional(),
  /**
   * Findings of the answer dropped because their evidence was not in the file (by why), kept so that a run
   * reading the result reports the same counts as the run that made it; absent when none was.
   */
  dropped: z
    .object({ absent: z.number().int().nonnegative(), wrongFile: z.number().int().nonnegative() })
    .optional(),
  /** The verify-findings verdicts on these findings (src/findings/verify-findings.ts); absent until verified. */
  verification: VerificationSchema.optional(),
});
export type CacheEntry = z.infer<typeof EntrySchema>;

const RunSchema = z.object({
  at: z.iso.datetime(),
  event: z.string(),
  hits: z.number(),
  misses: z.number(),
  calls: z.number(),
  usd: z.number().nullable(),
  savedUsd: z.number(),
  /** The tokens the run's model calls were billed for (absent in runs recorded before it was kept). */
  tokens: z.object({ in: z.number(), out: z.number() }).optional(),
});
export type RunRecord = z.infer<typeof RunSchema>;

/**
 * The last commit of the default branch whose run reviewed everything it selected: the next push compares with
 * it, so a push whose run was cancelled is still reviewed. Optional: documents without it read as before.
 */
const LastCompleteScanSchema = z.object({
  commit: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
  branch: z.string().max(255).optional(),
  at: z.iso.datetime(),
});

/** The document around its entries; the entries are checked one by one (see isCleanEntry). */
const EnvelopeSchema = z.object({
  version: z.literal(CACHE_VERSION),
  updatedAt: z.iso.datetime(),
  // Keys are strings in any JSON object; copying five thousand entries to check that would cost as much again.
  entries: z.custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    'entries must be an object',
  ),
  runs: z.array(RunSchema),
  lastCompleteScan: LastCompleteScanSchema.optional(),
  /** Bedrock batch jobs submitted and not yet collected (src/batch/); absent in documents without any. */
  batchJobs: z.array(BatchJobSchema).max(100).optional(),
});
export type CacheDocument = Omit<z.infer<typeof EnvelopeSchema>, 'entries'> & {
  entries: Record<string, CacheEntry>;
};

export function emptyDocument(now = new Date()): CacheDocument {
  return { version: CACHE_VERSION, updatedAt: now.toISOString(), entries: {}, runs: [] };
}

export type ParseResult =
  | { ok: true; doc: CacheDocument }
  /** `newer`: a document of a later version, written by a newer scanner: not ours to replace. */
  | { ok: false; reason: string; newer?: boolean };

/** Validates a loaded document; anything else is reported, never trusted. */
export function parseDocument(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== CACHE_VERSION)
    return {
      ok: false,
      reason: `unknown document version ${JSON.stringify(version) ?? 'none'} (expected ${CACHE_VERSION})`,
      ...(typeof version === 'number' && version > CACHE_VERSION ? { newer: true } : {}),
    };
  const parsed = EnvelopeSchema.safeParse(json);
  if (!parsed.success) return notCacheSchema(parsed.error);
  const entries = parsed.data.entries;
  for (const key in entries) {
    if (isCleanEntry(entries[key])) continue;
    const entry = EntrySchema.safeParse(entries[key]);
    if (!entry.success) return notCacheSchema(entry.error);
    // Defined, never assigned: a key can be any string, "__proto__" included.
    Object.defineProperty(entries, key, {
      value: entry.data,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ok: true, doc: parsed.data as CacheDocument };
}

function notCacheSchema(error: z.ZodError): ParseResult {
  return { ok: false, reason: `does not match the cache schema (${error.issues[0]?.message})` };
}

/** The pattern z.iso.datetime() checks (UTC, seconds required, any fraction), for the entries checked by hand. */
const INSTANT = z.regexes.datetime({});
const ENTRY_KEYS = 5;
const TOKEN_KEYS = 4;

/**
 * Most entries are a clean file's: no findings, written by this scanner. Run through the schema, five thousand of
 * them cost a warm run about as much as its S3 round trip, so an entry of exactly that shape (no other key) is
 * accepted here as parsed; anything else goes through EntrySchema. Never more lenient than the schema: a unit
 * test holds the two to the same verdict on generated entries.
 */
export function isCleanEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  const tokens = e.tokens as Record<string, unknown> | null;
  return (
    Object.keys(e).length === ENTRY_KEYS &&
    Array.isArray(e.findings) &&
    e.findings.length === 0 &&
    typeof e.model === 'string' &&
    (e.usd === null || isFiniteNumber(e.usd)) &&
    isInstant(e.scannedAt) &&
    typeof tokens === 'object' &&
    tokens !== null &&
    !Array.isArray(tokens) &&
    Object.keys(tokens).length === TOKEN_KEYS &&
    isFiniteNumber(tokens.in) &&
    isFiniteNumber(tokens.out) &&
    isFiniteNumber(tokens.cacheRead) &&
    isFiniteNumber(tokens.cacheWrite)
  );
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value);
}

export function serialize(doc: CacheDocument): string {
  return JSON.stringify(doc);
}

/** What makes a cached result valid: the same scanner, prompt, model, frameworks and instructions. */
export interface FingerprintParts {
  scannerVersion: string;
  promptVersion: string;
  modelId: string;
  frameworks: readonly string[];
  instructions: string;
}

export function fingerprint(parts: FingerprintParts): string {
  const canonical = JSON.stringify([
    parts.scannerVersion,
    parts.promptVersion,
    parts.modelId,
    [...parts.frameworks].sort(),
    parts.instructions.trim(),
  ]);
  return sha256(canonical).slice(0, 16);
}

export { sha256 } from './sha256.js';

export function cacheKey(contentSha256: string, fp: string): string {
  return `${contentSha256}:${fp}`;
}

const DAY_MS = 86_400_000;
/** A clock skew allowance: entries dated further ahead than this are not trusted. */
const FUTURE_SKEW_MS = 5 * 60_000;

export function isFresh(entry: CacheEntry, now: Date, ttlDays: number): boolean {
  const age = now.getTime() - Date.parse(entry.scannedAt);
  return age < ttlDays * DAY_MS && age > -FUTURE_SKEW_MS;
}

/** Drops entries scanned longer ago than the TTL (and ones dated in the future); the same document if none is. */
export function prune(
  doc: CacheDocument,
  now: Date,
  ttlDays: number,
): { doc: CacheDocument; dropped: number } {
  const stale = Object.keys(doc.entries).filter((key) => !isFresh(doc.entries[key]!, now, ttlDays));
  if (stale.length === 0) return { doc, dropped: 0 };
  const entries = { ...doc.entries };
  for (const key of stale) delete entries[key];
  return { doc: { ...doc, entries }, dropped: stale.length };
}

/** Union of two documents; for the same key the newer scan wins. Runs are merged by time, newest 50 kept. */
export function mergeDocuments(a: CacheDocument, b: CacheDocument): CacheDocument {
  const entries = { ...a.entries };
  for (const [key, entry] of Object.entries(b.entries)) {
    const mine = entries[key];
    if (!mine || Date.parse(entry.scannedAt) > Date.parse(mine.scannedAt) || verifiedCopy(mine, entry))
      entries[key] = entry;
  }
  const seen = new Set<string>();
  const runs = [...a.runs, ...b.runs]
    .filter((r) => {
      const id = JSON.stringify(r);
      return seen.has(id) ? false : (seen.add(id), true);
    })
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at))
    .slice(-MAX_RUNS);
  const updatedAt = a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt;
  // The first document is the repository object when several are read: its record wins.
  const lastCompleteScan = a.lastCompleteScan ?? b.lastCompleteScan;
  const batchJobs = a.batchJobs ?? b.batchJobs;
  return {
    version: CACHE_VERSION,
    updatedAt,
    entries,
    runs,
    ...(lastCompleteScan ? { lastCompleteScan } : {}),
    ...(batchJobs ? { batchJobs } : {}),
  };
}

/** The same scan, verified in the other document only (a pull request's run verified a hit it read). */
function verifiedCopy(mine: CacheEntry, other: CacheEntry): boolean {
  return !mine.verification && other.verification !== undefined && mine.scannedAt === other.scannedAt;
}

export function addRun(doc: CacheDocument, run: RunRecord): CacheDocument {
  return { ...doc, runs: [...doc.runs, run].slice(-MAX_RUNS), updatedAt: run.at };
}

export function entryFor(
  findings: Finding[],
  model: string,
  tokens: CacheEntry['tokens'],
  usd: number | undefined,
  now: Date,
  depth?: 'change',
  dropped?: CacheEntry['dropped'],
): CacheEntry {
  return {
    scannedAt: now.toISOString(),
    model,
    findings,
    tokens,
    usd: usd ?? null,
    ...(depth ? { depth } : {}),
    ...(dropped ? { dropped } : {}),
  };
}
