import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../config/errors.js';
import { DEFAULTS } from '../config/inputs.js';
import { errorMessage } from '../errors.js';
import { compareResults, parseResult } from './compare.js';
import { loadCorpus, type EvalCase } from './corpus.js';
import { renderComparison, renderResult } from './format.js';
import { buildResult, type FullDepthRuns } from './result.js';
import { NO_SPEND, runCase, type CaseRun, type ScanWorkspace } from './run-case.js';

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
  --model-id ID             Bedrock model or inference profile (default: ${DEFAULTS['model-id']})
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
] as const;

export interface EvalIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** Scans a workspace; `log` says whether the scan's own log is wanted (--verbose). */
export type ScannerFactory = (verbose: boolean) => ScanWorkspace;

interface EvalOptions {
  dir: string;
  out: string;
  compare: string | undefined;
  jobs: number;
  verbose: boolean;
  values: Record<string, string>;
}

/** `ai-scanner eval …`: the argument list after the command's name. */
export async function evalMain(argv: string[], io: EvalIo, scanner: ScannerFactory): Promise<number> {
  const usage = (message: string) => (io.stderr.write(`ai-scanner eval: ${message}\n\n${EVAL_HELP}`), 2);
  const opts = readOptions(argv);
  if (typeof opts === 'string') return usage(opts);
  if ('help' in opts) return (io.stdout.write(EVAL_HELP), 0);
  try {
    const other = opts.compare ? await readOther(opts.compare) : undefined;
    const cases = await loadCorpus(opts.dir);
    const startedAt = new Date().toISOString();
    const both = opts.values['review-depth'] === 'both';
    const values = both ? { ...opts.values, 'review-depth': 'auto' } : opts.values;
    const scan = scanner(opts.verbose);
    const runs = await runAll(cases, { ...opts, values }, scan, io);
    const result = buildResult(
      {
        corpus: opts.dir,
        modelId: opts.values['model-id'] ?? DEFAULTS['model-id']!,
        reviewDepth: values['review-depth'] ?? 'auto',
        startedAt,
      },
      cases,
      runs,
      both ? await fullDepth(cases, { ...opts, values }, scan, io) : undefined,
    );
    io.stdout.write(renderResult(result));
    if (other) io.stdout.write('\n' + renderComparison(compareResults(result, other), result));
    await writeFile(opts.out, `${JSON.stringify(result, null, 2)}\n`);
    io.stderr.write(`Wrote ${opts.out}\n`);
    if (result.incomplete > 0) {
      io.stderr.write(
        `ai-scanner eval: ${result.incomplete} case(s) were not scanned whole: their figures count what was not reviewed as missed.\n`,
      );
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof ConfigurationError) return (io.stderr.write(`ai-scanner eval: ${e.message}\n`), 2);
    io.stderr.write(`ai-scanner eval: ${errorMessage(e)}\n`);
    return 1;
  }
}

function readOptions(argv: string[]): EvalOptions | { help: true } | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        compare: { type: 'string' },
        jobs: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(SCAN_OPTIONS.map((o) => [o, { type: 'string' as const }])),
      },
    });
  } catch (e) {
    return errorMessage(e);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return { help: true };
  if (parsed.positionals.length !== 1) return 'expected one corpus folder: ai-scanner eval DIR';
  const jobs = Number(v.jobs ?? '4');
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 32)
    return `--jobs has an invalid value ${JSON.stringify(v.jobs)}: expected a whole number from 1 to 32.`;
  const depth = v['review-depth'];
  if (depth !== undefined && depth !== 'auto' && depth !== 'full' && depth !== 'both')
    return `--review-depth has an invalid value ${JSON.stringify(depth)}: expected auto, full or both.`;
  const values: Record<string, string> = {};
  for (const o of SCAN_OPTIONS) if (typeof v[o] === 'string') values[o] = v[o];
  return {
    dir: resolve(parsed.positionals[0]!),
    out: resolve(typeof v.out === 'string' && v.out ? v.out : 'ai-scanner-eval.json'),
    compare: typeof v.compare === 'string' ? resolve(v.compare) : undefined,
    jobs,
    verbose: v.verbose === true,
    values,
  };
}

async function readOther(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigurationError(
      `--compare: ${JSON.stringify(path)} could not be read (${errorMessage(e)}).`,
    );
  }
  const other = parseResult(text);
  if (typeof other === 'string')
    throw new ConfigurationError(
      `--compare: ${JSON.stringify(path)} cannot be compared: ${other}. Give a file an earlier ai-scanner eval wrote with --out.`,
    );
  return other;
}

/** --review-depth both: the modified-file cases again, at review-depth full, each in a scratch folder of its own. */
async function fullDepth(
  cases: EvalCase[],
  opts: EvalOptions,
  scan: ScanWorkspace,
  io: EvalIo,
): Promise<FullDepthRuns> {
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
async function runAll(
  cases: EvalCase[],
  opts: EvalOptions,
  scan: ScanWorkspace,
  io: EvalIo,
  label = '',
): Promise<CaseRun[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'ai-scanner-eval-'));
  const values = { ...opts.values, 'min-confidence': 'low' };
  const runs: CaseRun[] = new Array<CaseRun>(cases.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < cases.length; i = next++) {
      const c = cases[i]!;
      const r: CaseRun = await runCase(c, scratch, values, scan).catch((e: unknown) => {
        // A bad option is the same for every case: stop. Anything else leaves this case unscored.
        if (e instanceof ConfigurationError) throw e;
        return { findings: [], spend: NO_SPEND, incomplete: [`the scan failed: ${errorMessage(e)}`] };
      });
      runs[i] = r;
      io.stderr.write(
        `${c.name}${label}: ${r.findings.length} finding(s), ${r.spend.calls + (r.setup?.calls ?? 0)} call(s)${r.incomplete.length ? ' (incomplete)' : ''}\n`,
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.jobs, cases.length) }, worker));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return runs;
}
