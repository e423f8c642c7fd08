/**
 * The bad input catalogue end to end (BAD_INPUTS in fault-catalogue.ts): for every invalid value, the bundled
 * action runs as the runner runs it, in a real repository holding a local cache file of known bytes, with every
 * endpoint variable pointed at recording stand-ins (Bedrock, S3, STS, the OIDC token endpoint, the Actions cache,
 * the GitHub API). Each must fail the step (exit 1) with an `::error::` that names the input and says what is
 * allowed, before any request reaches any stand-in, leaving the cache file byte for byte as it was and writing
 * nothing else. The CLI (dist/cli.js) is given the same value as `--<input>=<value>` and must print the same
 * message and exit 2; inputs that exist only in the action are refused by its parser as unknown options.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BAD_INPUTS, type BadInput } from './fault-catalogue.js';
import { DIST, NODE, makeRepo, runAction, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { ConditionalS3 } from '../stand-ins/s3-conditional.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { ActionsCacheStandIn } from '../stand-ins/actions-cache.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

const ROLE = 'arn:aws:iam::123456789012:role/Scanner';
const BUCKET = 'scanner-cache';
const CACHE_FILE = '.file_hash_cache.json';
/** A valid cache document (so a run that got going would read and rewrite it), in bytes a rewrite never gives. */
const CACHE_BYTES =
  JSON.stringify(
    {
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
      entries: {},
      runs: [
        { at: '2026-01-01T00:00:00.000Z', event: 'push', hits: 0, misses: 0, calls: 0, usd: 0, savedUsd: 0 },
      ],
    },
    null,
    2,
  ) + '\n';

/** A configuration that reaches every stand-in it can: OIDC and STS (the role), Bedrock, the GitHub checks API. */
const ACTION_BASE: Record<string, string> = {
  'cache-backend': 'local',
  'aws-region': 'us-east-1',
  'role-to-assume': ROLE,
  'scan-mode': 'full',
  'fail-on-severity': 'none',
  'pr-comment': 'true',
  'check-run': 'true',
};
/** The same for the CLI (which has no role, comment or check run). */
const CLI_BASE: Record<string, string> = {
  'cache-backend': 'local',
  'aws-region': 'us-east-1',
  'scan-mode': 'full',
  'fail-on-severity': 'none',
};

interface StandIns {
  bedrock: BedrockStandIn;
  s3: ConditionalS3;
  sts: StsStandIn;
  oidc: OidcStandIn;
  actionsCache: ActionsCacheStandIn;
  github: GitHubStandIn;
  /** The runner's environment for a job with `id-token: write`, every endpoint pointed at a stand-in. */
  env: Record<string, string>;
  /** Requests each stand-in received. */
  requests(): Record<string, number>;
  close(): Promise<void>;
}

async function startStandIns(): Promise<StandIns> {
  const [bedrock, s3, sts, oidc, actionsCache, github] = await Promise.all([
    startBedrock(),
    new ConditionalS3({ buckets: [BUCKET] }).start(),
    new StsStandIn({ trust: { [ROLE]: ['*'] } }).start(),
    new OidcStandIn().start(),
    new ActionsCacheStandIn().start(),
    startGitHubApi(),
  ]);
  return {
    bedrock,
    s3,
    sts,
    oidc,
    actionsCache,
    github,
    env: {
      ...oidc.env(),
      ...actionsCache.env(),
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
      GITHUB_API_URL: github.url,
    },
    requests: () => ({
      bedrock: bedrock.calls.length,
      s3: s3.requests.length,
      sts: sts.requests.length,
      oidc: oidc.requests.length,
      actionsCache: actionsCache.requests.length,
      github: github.requests.length,
    }),
    close: async () => {
      await Promise.all([
        bedrock.close(),
        s3.close(),
        sts.close(),
        oidc.close(),
        actionsCache.close(),
        github.close(),
      ]);
    },
  };
}

const NO_REQUESTS = { bedrock: 0, s3: 0, sts: 0, oidc: 0, actionsCache: 0, github: 0 };

/** A repository with a few files and the local cache file (untracked, as it usually is). */
function cacheRepo(): Repo {
  const repo = makeRepo({
    'README.md': '# demo\n',
    'src/app.py': 'import os\n\ndef handler(x):\n    return os.getenv("N") + str(x)\n',
    'src/util.py': 'def add(a, b):\n    return a + b\n',
  });
  writeFileSync(join(repo.dir, CACHE_FILE), CACHE_BYTES);
  return repo;
}

/** Every file of the workspace outside .git with its bytes: nothing may be written, moved or removed. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path);
    if (rel === '.git' || rel.startsWith(`.git/`)) continue;
    files.set(rel, readFileSync(path, 'latin1'));
  }
  return files;
}

/** Files outside the workspace a case names (a cache file or report path that leaves it; the base-ref payload). */
function outsidePaths(dir: string, bad: BadInput): string[] {
  const paths = ['/tmp/x'];
  if (bad.input.endsWith('-file')) paths.push(resolve(dir, bad.value));
  return paths;
}
// A folder at the path (another program's /tmp/x) is compared as such: what matters is that the run changed nothing.
const readIfAny = (path: string) =>
  !existsSync(path)
    ? null
    : statSync(path).isFile()
      ? readFileSync(path, 'latin1')
      : `a folder (${readdirSync(path).length} entries)`;

/** `::error::` texts as the runner shows them (the workflow command escapes %, CR and LF). */
function decode(command: string): string {
  return command.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** dist/cli.js as a user runs it, outside any CI, with the AWS endpoints pointed at the stand-ins. */
function runCli(dir: string, args: string[], standIns: StandIns): Promise<CliRun> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
    AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, '.git', 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, '.git', 'no-aws-credentials'),
    AWS_ENDPOINT_URL_S3: standIns.env.AWS_ENDPOINT_URL_S3,
    AWS_ENDPOINT_URL_STS: standIns.env.AWS_ENDPOINT_URL_STS,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: standIns.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME,
  };
  return new Promise((done) => {
    execFile(
      NODE,
      [join(DIST, 'cli.js'), 'scan', dir, ...args],
      { cwd: dir, env, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const flags = (inputs: Record<string, string>) => Object.entries(inputs).map(([k, v]) => `--${k}=${v}`);

/** The error line that names the input and says what the catalogue says. */
function errorFor(errors: string[], bad: BadInput): string | undefined {
  return errors.find((e) => e.includes(`'${bad.input}'`) && bad.says.test(e));
}

/** The value as the error quotes it (JSON, clipped; a list input quotes the bad item). */
function quotesValue(error: string, value: string): boolean {
  return [value, ...value.split(/[,\n]/)].some((part) =>
    error.includes(JSON.stringify(part.trim().slice(0, 20)).slice(1, -1)),
  );
}

const label = (b: BadInput) =>
  `${b.input}: ${JSON.stringify(b.value.length > 40 ? `${b.value.slice(0, 12)}… (${b.value.length} chars)` : b.value)} (${b.why})`;

/** How the CLI took each case: the same message, or an option it does not have / a switch that takes no value. */
const cliOutcomes = new Map<string, 'same message' | 'not a CLI option' | 'a switch'>();

describe('bad inputs: each fails before any network call, names the input and changes no cache', () => {
  it('the catalogue has at least 25 bad values', () => {
    assert.ok(BAD_INPUTS.length >= 25, `${BAD_INPUTS.length} bad inputs`);
  });

  it('control: the same configuration with good values reaches the stand-ins and writes the cache', async () => {
    const standIns = await startStandIns();
    const repo = cacheRepo();
    try {
      const action = await runAction({
        workspace: repo.dir,
        inputs: ACTION_BASE,
        env: standIns.env,
        timeoutMs: 30_000,
      });
      assert.equal(action.code, 0, action.stdout);
      const reached = standIns.requests();
      for (const name of ['bedrock', 'sts', 'oidc', 'github'])
        assert.ok(reached[name]! > 0, `${name} was reached: ${JSON.stringify(reached)}`);
      assert.notEqual(
        readFileSync(join(repo.dir, CACHE_FILE), 'utf8'),
        CACHE_BYTES,
        'the cache was rewritten',
      );

      writeFileSync(join(repo.dir, CACHE_FILE), CACHE_BYTES);
      const calls = standIns.bedrock.calls.length;
      const cli = await runCli(repo.dir, flags(CLI_BASE), standIns);
      assert.equal(cli.code, 0, cli.stderr);
      assert.ok(standIns.bedrock.calls.length > calls, 'the CLI reached Bedrock');
      assert.notEqual(
        readFileSync(join(repo.dir, CACHE_FILE), 'utf8'),
        CACHE_BYTES,
        'the CLI wrote the cache',
      );
    } finally {
      repo.cleanup();
      await standIns.close();
    }
  });

  describe('every value of the catalogue, action and CLI', () => {
    for (const bad of BAD_INPUTS) {
      it.concurrent(label(bad), async () => {
        const standIns = await startStandIns();
        const repo = cacheRepo();
        try {
          const before = snapshot(repo.dir);
          const outside = outsidePaths(repo.dir, bad).map((p) => [p, readIfAny(p)] as const);
          const unchanged = (who: string) => {
            assert.deepEqual(standIns.requests(), NO_REQUESTS, `${who}: no request reached any stand-in`);
            assert.equal(readFileSync(join(repo.dir, CACHE_FILE), 'utf8'), CACHE_BYTES, `${who}: cache file`);
            assert.deepEqual(snapshot(repo.dir), before, `${who}: the workspace is as it was`);
            for (const [path, bytes] of outside) assert.equal(readIfAny(path), bytes, `${who}: ${path}`);
          };

          const action: ActionRun = await runAction({
            workspace: repo.dir,
            inputs: { ...ACTION_BASE, ...bad.with, [bad.input]: bad.value },
            env: standIns.env,
            timeoutMs: 30_000,
          });
          const errors = action.errors.map(decode);
          assert.equal(action.code, 1, action.stdout + action.stderr);
          const error = errorFor(errors, bad);
          assert.ok(
            error,
            `an ::error:: naming '${bad.input}' that matches ${bad.says}:\n${errors.join('\n')}`,
          );
          assert.ok(quotesValue(error, bad.value), `the error quotes the value: ${error}`);
          unchanged('action');

          const cliInputs = { ...CLI_BASE, ...bad.with, [bad.input]: bad.value };
          const cli = await runCli(repo.dir, flags(cliInputs), standIns);
          assert.equal(cli.code, 2, cli.stderr);
          assert.equal(cli.stdout, '');
          unchanged('CLI');
          if (cli.stderr.startsWith(`ai-scanner: Unknown option '--${bad.input}'`)) {
            cliOutcomes.set(bad.input, 'not a CLI option');
          } else if (cli.stderr.startsWith(`ai-scanner: Option '--${bad.input}' does not take an argument`)) {
            cliOutcomes.set(bad.input, 'a switch');
          } else {
            // The same message: every problem the action reported, word for word.
            for (const e of errors)
              assert.ok(cli.stderr.includes(e), `the CLI says ${e}\n---\n${cli.stderr}`);
            assert.doesNotMatch(cli.stderr, /Usage: ai-scanner/, 'a bad value is not a usage error');
            cliOutcomes.set(`${bad.input}=${bad.value}`, 'same message');
          }
        } finally {
          repo.cleanup();
          await standIns.close();
        }
      });
    }
  });

  it('the CLI took most values as flags and gave the same message', () => {
    const same = [...cliOutcomes.values()].filter((o) => o === 'same message').length;
    const other = [...cliOutcomes.entries()].filter(([, o]) => o !== 'same message');
    console.log(`CLI: ${same} with the same message; ${other.map(([k, o]) => `${k}: ${o}`).join('; ')}`);
    assert.ok(same >= 25, `${same} with the same message; otherwise: ${JSON.stringify(other)}`);
  });

  it('several bad inputs at once are all reported in the same run (the CLI: in one message)', async () => {
    const standIns = await startStandIns();
    const repo = cacheRepo();
    try {
      const many: BadInput[] = [
        BAD_INPUTS.find((b) => b.input === 'max-concurrency')!,
        BAD_INPUTS.find((b) => b.input === 'scan-mode')!,
        BAD_INPUTS.find((b) => b.input === 'pricing')!,
        BAD_INPUTS.find((b) => b.input === 'cache-file')!,
        BAD_INPUTS.find((b) => b.input === 'aws-region')!,
      ];
      const roleBad = BAD_INPUTS.find((b) => b.input === 'role-to-assume')!;
      const values = Object.fromEntries(many.map((b) => [b.input, b.value]));
      const action = await runAction({
        workspace: repo.dir,
        inputs: { ...ACTION_BASE, ...values, [roleBad.input]: roleBad.value },
        env: standIns.env,
        timeoutMs: 30_000,
      });
      assert.equal(action.code, 1, action.stdout);
      const errors = action.errors.map(decode);
      for (const b of [...many, roleBad])
        assert.ok(errorFor(errors, b), `${b.input} reported:\n${errors.join('\n')}`);
      assert.equal(errors.length, many.length + 1, 'one error each');

      const cli = await runCli(repo.dir, flags({ ...CLI_BASE, ...values }), standIns);
      assert.equal(cli.code, 2, cli.stderr);
      assert.match(cli.stderr, new RegExp(`^ai-scanner: ${many.length} inputs are invalid:\n`));
      for (const b of many) assert.ok(errorFor(cli.stderr.split('\n'), b), `the CLI reports ${b.input}`);
      assert.deepEqual(standIns.requests(), NO_REQUESTS);
      assert.equal(readFileSync(join(repo.dir, CACHE_FILE), 'utf8'), CACHE_BYTES);
    } finally {
      repo.cleanup();
      await standIns.close();
    }
  });

  it('an include that matches nothing is reported together with the other bad inputs', async () => {
    const standIns = await startStandIns();
    const repo = cacheRepo();
    try {
      const include = BAD_INPUTS.find((b) => b.input === 'include' && /no file/.test(b.says.source))!;
      const other = BAD_INPUTS.find((b) => b.input === 'max-concurrency')!;
      const inputs = { [include.input]: include.value, [other.input]: other.value };
      const action = await runAction({
        workspace: repo.dir,
        inputs: { ...ACTION_BASE, ...inputs },
        env: standIns.env,
        timeoutMs: 30_000,
      });
      assert.equal(action.code, 1, action.stdout);
      const errors = action.errors.map(decode);
      assert.deepEqual(standIns.requests(), NO_REQUESTS);
      assert.equal(readFileSync(join(repo.dir, CACHE_FILE), 'utf8'), CACHE_BYTES);
      for (const b of [other, include])
        assert.ok(errorFor(errors, b), `${b.input} reported:\n${errors.join('\n')}`);
      const cli = await runCli(repo.dir, flags({ ...CLI_BASE, ...inputs }), standIns);
      assert.equal(cli.code, 2, cli.stderr);
      assert.match(cli.stderr, /2 inputs are invalid/);
    } finally {
      repo.cleanup();
      await standIns.close();
    }
  });
});
