import { parseArgs, type ParseArgsConfig } from 'node:util';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runScan } from './app.js';
import { buildDeps } from './build-deps.js';
import type { Logger } from './logging.js';
import { loadConfig } from './config/load-config.js';
import { ConfigurationError } from './config/errors.js';
import { INPUTS, DEFAULTS, type InputName } from './config/inputs.js';
import { PULL_REQUEST_BUDGET_USD } from './config/gate.js';
import { readCliContext } from './context.js';
import { renderText } from './report/render/markdown.js';
import { renderSarif } from './report/render/sarif.js';
import { gateFailure, type ScanReport } from './report/report.js';
import { allowWritesUnder } from './safe-write.js';
import { secrets } from './secret-registry.js';
import { VERSION } from './version.js';
import { errorMessage } from './errors.js';

const BOOLEAN_INPUTS: InputName[] = ['force-rescan', 'dry-run', 'fail-on-incomplete', 'verify-findings'];
/** Inputs that only make sense inside GitHub Actions. */
const ACTION_ONLY: InputName[] = [
  'github-token',
  'pr-comment',
  'check-run',
  'role-to-assume',
  'role-session-name',
  // The CLI names its folder as its argument.
  'path',
];

const options: ParseArgsConfig['options'] = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  format: { type: 'string' },
};
for (const name of Object.values(INPUTS)) {
  if (ACTION_ONLY.includes(name)) continue;
  options[name] = { type: BOOLEAN_INPUTS.includes(name) ? 'boolean' : 'string' };
}

const HELP = `Usage: ai-scanner scan [dir] [options]
       ai-scanner costs --bucket NAME [--prefix P] [--since DATE] [--format table|json|csv]
       ai-scanner eval DIR [--compare OTHER.json] [--out FILE.json] [model options]

Scans a repository for security issues and compliance violations with a model on Amazon Bedrock, sending
only files whose content was not scanned before (content-hash cache).

Options (the same names as the action's inputs):
  --dry-run                 no model call: the plan, cache hits and the estimated cost
  --scan-mode MODE          auto | changed | full (default: auto)
  --base-ref REF            diff base for --scan-mode changed (default: the CI's base, else full)
  --review-depth DEPTH      auto (default: large modified files by their changed regions) | full
  --cache-backend NAME      auto | s3 | actions-cache | local | none (default: auto: S3 in CI when
                            S3_CACHE_BUCKET or --s3-bucket is set, else the local cache file)
  --cache-file PATH         local cache file (default: .file_hash_cache.json)
  --s3-bucket NAME          S3 cache bucket (default: $S3_CACHE_BUCKET)
  --aws-region REGION       region for S3 and Bedrock (default: $AWS_REGION)
  --model-id ID             Bedrock model or inference profile (default: ${DEFAULTS['model-id']})
  --include GLOBS --exclude GLOBS   newline-separated globs
  --max-cost-usd USD        stop starting model calls past this budget; auto (default: ${PULL_REQUEST_BUDGET_USD} on a merge
                            request or change build, no cap elsewhere) or none
  --fail-on-severity LEVEL  critical | high | medium | low | none (default: high)
  --fail-on-incomplete      fail when a file is left unreviewed (default: on merge requests and change
                            builds only); --no-fail-on-incomplete never fails for that
  --verify-findings         a second model call per file with findings, to confirm or reject each one;
                            the verdicts are cached with the results (docs/findings.md)
  --format FORMAT           text | json | sarif (default: text) on standard output
  --force-rescan --max-concurrency N --max-file-size-kb N --compliance-frameworks LIST
  --instructions TEXT --pricing JSON --cache-ttl-days N --cache-scope auto|shared --s3-prefix P --s3-endpoint URL
  --s3-sse AES256|aws:kms --s3-kms-key-id ID --bedrock-endpoint URL --sarif-file PATH --report-file PATH
  --cloudwatch-namespace NS publish the run's cost, saved cost, hit rate, calls and files not scanned as
                            CloudWatch metrics in this namespace (dimension Repository)
  --shard i/n               review only part i of n of a full scan (the files whose content hash mod n is
                            i-1) and merge it into the cache; a later run without --shard reports it all
  -h, --help                this help;  --version  the version

Exit codes: 0 passed, 1 findings at or above --fail-on-severity, or a file left unreviewed where
--fail-on-incomplete applies (merge requests and change builds by default), 2 usage or configuration error.

ai-scanner costs --help: what every repository's scans cost, from the S3 cache bucket.
ai-scanner eval --help: precision, recall and F1 of the findings on a labeled corpus.
`;

/** Where the CLI reads and writes: the process's own streams and environment unless a test passes others. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

type Values = Record<string, string | boolean | undefined>;

export async function main(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  if (argv[0] === 'costs') return costs(argv.slice(1), io);
  if (argv[0] === 'eval') return evaluate(argv.slice(1), io);
  const args = parseCommandLine(argv, io);
  if (typeof args === 'number') return args;
  const { values, dir, format } = args;
  const workspace = resolve(dir);
  const notAFolder = folderProblem(dir, workspace);
  if (notAFolder) return (io.stderr.write(`ai-scanner: ${notAFolder}\n`), 2);
  // The scanned folder is where the cache file and the reports go, wherever the CLI was started from.
  allowWritesUnder(workspace);
  secrets.addFromEnv(io.env);
  // An option not given reads as undefined (its default); `--sarif-file ''` reads as empty (none).
  const read = (name: InputName): string | undefined => {
    const v = values[name];
    return v === undefined ? undefined : String(v);
  };
  const log = cliLog(io);
  try {
    const config = await loadConfig(read, io.env, workspace, (w) => log.warning(w));
    const ctx = readCliContext(io.env);
    const files = { report: Boolean(values['report-file']), sarif: Boolean(values['sarif-file']) };
    const deps = await buildDeps(config, ctx, { kind: 'cli', env: io.env, log, files });
    const report = await runScan(deps, { ...config, prComment: false, checkRun: false }, ctx);
    io.stdout.write(render(report, format));
    const unreviewed = gateFailure(report);
    if (unreviewed) io.stderr.write(`ai-scanner: ${unreviewed.join('\n')}\n`);
    return report.conclusion === 'failure' ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.stderr.write(`ai-scanner: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`ai-scanner: the scan failed: ${secrets.scrub(errorMessage(e))}\n`);
    return 1;
  }
}

/** The options, the folder and the output format; or the exit code when the command line says to stop here. */
function parseCommandLine(
  argv: string[],
  io: CliIo,
): number | { values: Values; dir: string; format: string } {
  let parsed;
  try {
    // --no-fail-on-incomplete (and --no-<switch> for the others) says false where the default is auto.
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, allowNegative: true });
  } catch (e) {
    io.stderr.write(`ai-scanner: ${errorMessage(e)}\n\n${HELP}`);
    return 2;
  }
  const values = parsed.values as Values;
  const positionals = parsed.positionals;
  if (values.help) return (io.stdout.write(HELP), 0);
  if (values.version) return (io.stdout.write(`${VERSION}\n`), 0);
  const [command = 'scan', dir = '.'] = positionals;
  if (command !== 'scan' || positionals.length > 2) {
    io.stderr.write(`ai-scanner: unknown command ${JSON.stringify(positionals.join(' '))}\n\n${HELP}`);
    return 2;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) {
    io.stderr.write(
      `ai-scanner: --format has an invalid value ${JSON.stringify(format)}: expected text, json or sarif.\n`,
    );
    return 2;
  }
  return { values, dir, format };
}

/** Why the folder to scan cannot be scanned (it does not exist, or it is a file), or undefined. */
function folderProblem(dir: string, workspace: string): string | undefined {
  const named = dir === workspace ? dir : `${dir} (${workspace})`;
  try {
    if (statSync(workspace).isDirectory()) return undefined;
    return `${named} is a file, not a folder: give the folder to scan (ai-scanner scan <dir>), and --include to pick files in it.`;
  } catch {
    return `${named} does not exist or cannot be read: give the folder to scan (ai-scanner scan <dir>).`;
  }
}

/** Progress on standard error (standard output is the report), scrubbed of every known secret. */
function cliLog(io: CliIo): Logger {
  return {
    info: (m) => io.stderr.write(`${secrets.scrub(m)}\n`),
    warning: (m) => io.stderr.write(`warning: ${secrets.scrub(m)}\n`),
    debug: (m) => (io.env.RUNNER_DEBUG === '1' ? io.stderr.write(`debug: ${secrets.scrub(m)}\n`) : undefined),
  };
}

function render(report: ScanReport, format: string): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'sarif') return JSON.stringify(renderSarif(report), null, 2) + '\n';
  return renderText(report);
}

/** `ai-scanner costs`: options of its own, loaded only when asked for. */
async function costs(argv: string[], io: CliIo): Promise<number> {
  const { costsMain } = await import('./costs/command.js');
  return costsMain(argv, io);
}

/** `ai-scanner eval`: loaded only when asked for; it runs this pipeline over every case of the corpus. */
async function evaluate(argv: string[], io: CliIo): Promise<number> {
  const { evalMain } = await import('./eval/command.js');
  secrets.addFromEnv(io.env);
  return evalMain(argv, io, (verbose) => async (workspace, values) => {
    allowWritesUnder(workspace);
    const full = cliLog(io);
    const log = verbose ? full : { ...full, info: () => undefined };
    const config = await loadConfig(
      (name) => values[name],
      io.env,
      workspace,
      (w) => log.warning(w),
    );
    // A local run whatever CI the eval runs in: no pull-request gate, no event of the CI's to trust.
    const ctx = readCliContext({});
    const deps = await buildDeps(config, ctx, {
      kind: 'cli',
      env: io.env,
      log,
      files: { report: false, sarif: false },
    });
    return runScan(deps, { ...config, prComment: false, checkRun: false }, ctx);
  });
}
