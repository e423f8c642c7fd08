import { ConfigurationError } from './config/errors.js';
import { writeTrust, type RunContext } from './context.js';

/**
 * One part of a full scan split over a job matrix (the shard input, `i/n`): the files whose content hash
 * modulo n is i - 1. By content, so identical files fall in the same part (sent once), the parts stay even as
 * files move, and a file keeps its part until its content changes.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const MAX_SHARDS = 256;

/** The shard an input value names, or a sentence saying what is wrong with it. */
export function parseShard(value: string): Shard | string {
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value);
  if (!m) return 'expected i/n, such as 2/3 (the second of three shards)';
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return `expected n from 1 to ${MAX_SHARDS} shards`;
  if (index < 1 || index > count) return `expected i from 1 to n (${count})`;
  return { index, count };
}

function shardLabel(shard: Shard): string {
  return `shard ${shard.index}/${shard.count}`;
}

/** Whether a content (its SHA-256, hex) belongs to the shard: the hash as a number, modulo the count. */
export function inShard(sha256: string, shard: Shard): boolean {
  return Number(BigInt(`0x${sha256}`) % BigInt(shard.count)) === shard.index - 1;
}

/**
 * A shard only makes sense where its results are kept: the runs that write the repository cache (a push to
 * the default branch, schedule, workflow_dispatch, or a local run). Elsewhere, above all on a pull request,
 * whose gate must review every changed file, it is an error rather than a quiet partial scan.
 */
export function checkShardRun(shard: Shard | undefined, ctx: RunContext): void {
  if (!shard) return;
  const trust = writeTrust(ctx);
  if (trust.trusted) return;
  throw new ConfigurationError(
    `Input 'shard' is set (${shard.index}/${shard.count}) on ${trust.why}: shards split a full scan between jobs that write the repository cache (a push to the default branch, schedule or workflow_dispatch). Remove 'shard' from this job, or run it only on those events.`,
  );
}

/**
 * The part of a selection a shard reviews: its share of the eligible files (the skipped ones are the same for
 * every shard, so each reports them). The whole selection when the run is not sharded.
 */
export function shardSelection<F extends { sha256: string }, S extends { files: F[]; how: string }>(
  selection: S,
  shard: Shard | undefined,
  log: (msg: string) => void,
): S {
  if (!shard) return selection;
  const files = selection.files.filter((f) => inShard(f.sha256, shard));
  const part = `${shardLabel(shard)}: ${files.length} of ${selection.files.length} eligible file(s)`;
  log(`This run is ${part}; the other shards review the rest.`);
  return { ...selection, files, how: `${selection.how}; ${part}` };
}
