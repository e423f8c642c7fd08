/**
 * The pipeline's verification step (verify-findings): the run's findings by content (cache hits and this run's
 * results), the calls, and the run's totals with the verification's calls and cost added.
 */
import type { Config } from '../config/config.js';
import type { Gate } from '../config/gate.js';
import type { CacheEntry } from '../cache/cache-document.js';
import type { Price } from '../cost/pricing.js';
import { countLines, type ScanFile } from '../git/select-files.js';
import type { Logger } from '../logging.js';
import { logSafe } from '../report/escape.js';
import { capabilitiesFor } from '../scanner/capabilities.js';
import type { ModelClient } from '../scanner/model-client.js';
import { estimateTokens } from '../scanner/prompt.js';
import { chunkCharsFor, type MissFile, type ScanOutcome } from '../scanner/scan-files.js';
import { prepareMisses } from '../scanner/secret-findings.js';
import { VERIFY_SYSTEM } from './verify-findings.js';
import {
  addSpend,
  NOT_VERIFYING,
  verifyPhase,
  type VerifiedRun,
  type VerifyCandidate,
} from './verify-phase.js';
import { secrets as processSecrets, type SecretRegistry } from '../secret-registry.js';

interface StepDeps {
  log: Logger;
  model: ModelClient | undefined;
  modelUnavailable?: string;
  signal?: AbortSignal;
  secrets?: SecretRegistry;
}

export async function verifyStep(
  deps: StepDeps,
  config: Config,
  looked: { hits: readonly { file: ScanFile; entry: CacheEntry }[]; misses: readonly ScanFile[] },
  scanned: { outcome: ScanOutcome; missFiles: readonly MissFile[]; price: Price | undefined; gate: Gate },
  extra: { files: readonly ScanFile[]; bytes: () => Promise<Buffer[]> },
): Promise<VerifiedRun> {
  if (!config.verifyFindings) return NOT_VERIFYING;
  const { outcome } = scanned;
  // A hit's content, read with the misses', is redacted as the review redacts what it sends.
  const read = extra.files.length
    ? (await prepareMisses(extra.files, await extra.bytes(), countLines)).files
    : [];
  const contents = new Map([...scanned.missFiles, ...read].map((f) => [f.sha256, f]));
  const candidates: VerifyCandidate[] = [
    ...looked.hits.map((h) => ({
      path: h.file.path,
      sha256: h.file.sha256,
      findings: h.entry.findings,
      entry: h.entry,
      content: contents.get(h.file.sha256),
    })),
    ...looked.misses.flatMap((f) => {
      const result = outcome.results.get(f.sha256);
      if (!result) return [];
      return [{ path: f.path, sha256: f.sha256, findings: result.findings, content: contents.get(f.sha256) }];
    }),
  ];
  const caps = capabilitiesFor(config.modelId);
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
    chunkChars: chunkCharsFor(caps.contextTokens, caps.maxOutputTokens, estimateTokens(VERIFY_SYSTEM) + 500),
    candidates,
    scrub: (v) => (deps.secrets ?? processSecrets).scrubDeep(v),
    log: (m) => deps.log.info(logSafe(m)),
    warn: (m) => deps.log.warning(logSafe(m)),
    signal: deps.signal,
  });
  addSpend(outcome, run.spend);
  return run;
}
