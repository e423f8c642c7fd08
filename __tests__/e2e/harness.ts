/**
 * Runs the bundled action the way the GitHub runner does: a node process on `<dist>/index.js` with the inputs
 * as INPUT_* variables, the event payload in a file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read
 * back. Nothing of ours is mocked: the action reaches local stand-ins through the standard endpoint variables.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

export const DIST = resolve(process.env.AI_SCANNER_DIST ?? 'dist');
/** The runner runs node24 actions on Node 24; E2E_NODE may name another binary. */
export const NODE = process.env.E2E_NODE ?? process.execPath;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error::` / `::warning::` lines the runner would turn into annotations. */
  errors: string[];
  warnings: string[];
}

export interface RunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: object };
  env?: Record<string, string | undefined>;
  /** Defaults for a push to main of octo/demo. */
  repository?: string;
  timeoutMs?: number;
  entry?: string;
  signal?: { afterMs: number; signal: NodeJS.Signals };
}

/** The runner sets every input that has a default in action.yml (expressions such as github.token aside). */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(resolve('action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
      .map(([name, spec]) => [name, String(spec.default)]),
  );
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'ai-scanner-run-'));
  const eventPath = join(tmp, 'event.json');
  const outputPath = join(tmp, 'output.txt');
  const summaryPath = join(tmp, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const event = opts.event ?? { name: 'push', payload: pushPayload(opts.workspace) };
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const repository = opts.repository ?? 'octo/demo';
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: headSha(opts.workspace),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
    AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(tmp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-aws-credentials'),
    'INPUT_GITHUB-TOKEN': 'ghs_standintoken000000000000000000000000',
    // The comment and the check need the GitHub API stand-in: tests that have one turn them on.
    ...inputEnv({ ...actionDefaults(), 'pr-comment': 'false', 'check-run': 'false', ...opts.inputs }),
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(NODE, [join(DIST, opts.entry ?? 'index.js')], {
    cwd: opts.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  if (opts.signal) setTimeout(() => child.kill(opts.signal!.signal), opts.signal.afterMs);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  clearTimeout(timer);
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    errors: commands(stdout, 'error'),
    warnings: commands(stdout, 'warning'),
  };
  rmSync(tmp, { recursive: true, force: true });
  return run;
}

/** The runner's file command format: name<<DELIM, value lines, DELIM. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function commands(stdout: string, kind: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.slice(l.indexOf('::', 2) + 2));
}

export interface Repo {
  dir: string;
  write(files: Record<string, string>): void;
  remove(path: string): void;
  move(from: string, to: string): void;
  commit(message?: string): string;
  git(...args: string[]): string;
  cleanup(): void;
}

/** A real git repository in a temporary folder. */
export function makeRepo(files: Record<string, string>): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'ai-scanner-repo-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'commit.gpgsign=false', ...args],
      // The env is passed explicitly: under Jest, process.env is the test's own copy, not what a child inherits.
      { cwd: dir, encoding: 'utf8', env: process.env },
    ).trim();
  git('init', '-q', '-b', 'main');
  const repo: Repo = {
    dir,
    git,
    write(more) {
      for (const [path, content] of Object.entries(more)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    },
    remove(path) {
      rmSync(join(dir, path));
    },
    move(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      renameSync(join(dir, from), join(dir, to));
    },
    commit(message = 'change') {
      git('add', '-A');
      // As a user's .gitignore would: a committed cache file is never read (a test that commits one says so).
      git('rm', '-q', '--cached', '--ignore-unmatch', '--', '.file_hash_cache.json');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  repo.write(files);
  repo.commit('initial');
  return repo;
}

export function headSha(dir: string): string {
  if (!existsSync(join(dir, '.git'))) return '0'.repeat(40);
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

export function pushPayload(dir: string, before?: string, ref = 'refs/heads/main'): object {
  return {
    ref,
    before: before ?? '0'.repeat(40),
    after: headSha(dir),
    repository: { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' },
    head_commit: { id: headSha(dir) },
  };
}

export function pullRequestPayload(
  dir: string,
  opts: { number: number; baseSha: string; fork?: boolean },
): object {
  const head = headSha(dir);
  return {
    action: 'synchronize',
    number: opts.number,
    pull_request: {
      number: opts.number,
      head: {
        sha: head,
        ref: 'feature',
        repo: { full_name: opts.fork ? 'someone/demo' : 'octo/demo', fork: Boolean(opts.fork) },
      },
      base: { sha: opts.baseSha, ref: 'main', repo: { full_name: 'octo/demo' } },
    },
    repository: { full_name: 'octo/demo', name: 'demo', owner: { login: 'octo' }, default_branch: 'main' },
  };
}

/** Files with VULN markers the Bedrock stand-in reports as findings. */
export function sampleFiles(count: number, prefix = 'src/mod'): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`${prefix}${i}.py`] = `import os\n\ndef handler_${i}(x):\n    return os.getenv("N${i}") + str(x)\n`;
  }
  return files;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** dist/cli.js as a user runs it: the given environment only; killed after `timeoutMs` so a hang fails the test. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 60_000,
): Promise<CliRun> {
  const child = spawn(NODE, [join(DIST, 'cli.js'), ...args], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** A CLI run as an assertion message shows it. */
export const showCli = (r: CliRun) => `exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
