import { parseArgs } from 'node:util';
import { DEFAULTS } from '../config/inputs.js';
import { aggregate } from './aggregate.js';
import { collectRuns, type CacheObjectReader } from './collect.js';
import { COSTS_FORMATS, renderCosts, type CostsFormat } from './format.js';
import type { S3ReaderOptions } from './s3-reader.js';

const COSTS_HELP = `Usage: ai-scanner costs --bucket NAME [options]

Reads every repository's scan cache in the bucket (its own object and its pull requests') and prints, per
repository and in total, the runs, what they cost, what the cache saved, the hit rate, model calls and tokens,
month by month. It only reads: s3:ListBucket on the bucket and s3:GetObject on the prefix are enough.

Options:
  --bucket NAME      the S3 cache bucket (default: $S3_CACHE_BUCKET)
  --prefix P         the key prefix the scans use (default: ${DEFAULTS['s3-prefix']})
  --since DATE       count only runs from DATE on: 2026-01, 2026-01-15 or an ISO instant (UTC)
  --format FORMAT    table | json | csv (default: table) on standard output
  --region REGION    the bucket's region (default: $AWS_REGION)
  --endpoint URL     an S3-compatible endpoint (path-style addressing)
  -h, --help         this help

Exit codes: 0 printed, 1 the bucket could not be listed, 2 usage error.
`;

export interface CostsIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

export type ReaderFactory = (opts: S3ReaderOptions) => Promise<CacheObjectReader>;

/** The S3 SDK loads only when a listing is about to start. */
const s3Reader: ReaderFactory = async (opts) =>
  new (await import('./s3-reader.js')).S3CacheObjectReader(opts);

interface CostsOptions {
  reader: S3ReaderOptions;
  since: Date | undefined;
  format: CostsFormat;
}

/** `ai-scanner costs …`: the argument list after the command's name. */
export async function costsMain(
  argv: string[],
  io: CostsIo,
  readerFor: ReaderFactory = s3Reader,
): Promise<number> {
  const usage = (message: string) => (io.stderr.write(`ai-scanner costs: ${message}\n\n${COSTS_HELP}`), 2);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
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
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  if (values.help) return (io.stdout.write(COSTS_HELP), 0);
  const parsed = readOptions(values as Record<string, string | undefined>, io.env);
  if (typeof parsed === 'string') return usage(parsed);

  const warn = (m: string) => io.stderr.write(`warning: ${m}\n`);
  try {
    const reader = await readerFor(parsed.reader);
    const { objects, unreadable } = await collectRuns(reader, parsed.reader.prefix, warn);
    const report = aggregate(objects, parsed.since);
    const location = `s3://${parsed.reader.bucket}/${parsed.reader.prefix}`;
    io.stdout.write(renderCosts(report, parsed.format, { location, unreadable }));
    return 0;
  } catch (e) {
    io.stderr.write(`ai-scanner costs: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/** The options, checked; a string is the usage error, naming the option. */
function readOptions(
  values: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv,
): CostsOptions | string {
  const bucket = values.bucket?.trim() || env.S3_CACHE_BUCKET?.trim();
  if (!bucket) return '--bucket is required: the S3 bucket the scans cache in (or set S3_CACHE_BUCKET).';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    return `--bucket has an invalid value ${JSON.stringify(bucket)}: expected an S3 bucket name.`;
  let prefix = values.prefix ?? DEFAULTS['s3-prefix']!;
  if (!/^[\w!.*'()/-]{0,512}$/.test(prefix) || prefix.startsWith('/'))
    return `--prefix has an invalid value ${JSON.stringify(prefix)}: expected a key prefix such as cache/.`;
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  const format = values.format ?? 'table';
  if (!(COSTS_FORMATS as readonly string[]).includes(format))
    return `--format has an invalid value ${JSON.stringify(format)}: expected table, json or csv.`;
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = parseSince(values.since);
    if (!since)
      return `--since has an invalid value ${JSON.stringify(values.since)}: expected a date such as 2026-01, 2026-01-15 or 2026-01-15T00:00:00Z.`;
  }
  const endpoint = values.endpoint;
  if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint))
    return `--endpoint has an invalid value ${JSON.stringify(endpoint)}: expected an http(s) URL.`;
  const region = values.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
  return { reader: { bucket, prefix, region, endpoint }, since, format: format as CostsFormat };
}

/** A month, a day or an instant; dates without a time are UTC midnight, as the runs' instants are UTC. */
export function parseSince(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?$/.exec(
    value.trim(),
  );
  if (!m) return undefined;
  const [, year, month, day, time] = m;
  const text = time ? value.trim() : `${year}-${month}-${day ?? '01'}T00:00:00Z`;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 2026-02-31 over into March: a day that does not exist is an error.
  if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day ?? '01'}` && !time) return undefined;
  return date;
}
