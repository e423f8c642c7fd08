/**
 * The pull-request gate under attack, end to end: the bundled action on pull_request events against the Bedrock
 * and GitHub API stand-ins. Each test is a pull request whose author tries to get a changed file past the review
 * (filler that spends the budget first, an answer cut off or steered away, a file too large, a model outage, a
 * change too costly to review) and asserts that the step exits non-zero, the check concludes `failure`, and the
 * failure names the file left unreviewed and why; or, for the budget, that no call was made at all.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  DIST,
  NODE,
  makeRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
  type Repo,
} from './harness.js';
import {
  startBedrock,
  type BedrockOptions,
  type BedrockStandIn,
  type ConverseCall,
} from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

const TIMEOUT = 180_000;
const BACKDOOR_PATH = 'src/auth/session.py';
const BACKDOOR =
  'import os\n\ndef check(token):\n    if token == os.getenv("MAINT_KEY", "letmein"):  # VULN:critical:Hard-coded backdoor\n        return True\n    return verify(token)\n';

interface Stands {
  bedrock: BedrockStandIn;
  github: GitHubStandIn;
  repo: Repo;
  base: string;
}

/** A repository with one commit on main, stand-ins for Bedrock and GitHub; the body adds the pull request. */
function attack(bedrockOptions: BedrockOptions, body: (s: Stands) => Promise<void>): () => Promise<void> {
  return async () => {
    const bedrock = await startBedrock(bedrockOptions);
    const github = await startGitHubApi();
    const repo = makeRepo({ 'README.md': '# demo\n', 'src/app.py': 'def main():\n    return 0\n' });
    try {
      await body({ bedrock, github, repo, base: repo.git('rev-parse', 'HEAD') });
    } finally {
      repo.cleanup();
      await Promise.all([bedrock.close(), github.close()]);
    }
  };
}

/** Commits the pull request's files and runs the action on its pull_request event, with the check run on. */
async function pullRequest(
  s: Stands,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  s.repo.write(files);
  s.repo.commit('the pull request');
  return runAction({
    workspace: s.repo.dir,
    timeoutMs: TIMEOUT - 20_000,
    event: {
      name: 'pull_request',
      payload: pullRequestPayload(s.repo.dir, { number: 7, baseSha: s.base }),
    },
    inputs: {
      'cache-backend': 'local',
      'fail-on-severity': 'critical',
      'check-run': 'true',
      'max-concurrency': '1',
      ...inputs,
    },
    env: {
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: s.bedrock.url,
      GITHUB_API_URL: s.github.url,
      GITHUB_REF: 'refs/pull/7/merge',
    },
  });
}

/** The gate held: exit 1, the check and the output say failure, and an error names the file and why. */
function gateFailed(run: ActionRun, s: Stands, path: string, why: RegExp): void {
  assert.equal(run.code, 1, `the step fails:\n${run.stdout.slice(-3000)}`);
  assert.equal(run.outputs.conclusion, 'failure');
  const check = s.github.checkRuns.at(-1);
  assert.equal(check?.status, 'completed');
  assert.equal(check?.conclusion, 'failure', 'the check run concludes failure');
  const errors = errorsOf(run);
  const named = errors.find((e) => e.includes(`- ${path}: `));
  assert.ok(named, `an error names ${path}:\n${errors.join('\n')}`);
  const line = named.split('\n').find((l) => l.startsWith(`- ${path}: `))!;
  assert.match(line, why);
}

/** The `::error::` messages as written: the runner's escapes of newlines and % undone. */
function errorsOf(run: ActionRun): string[] {
  return run.errors.map((e) => e.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

const involves = (path: string) => (c: ConverseCall) => c.files.some((f) => f.path === path);

/** Filler the attacker controls: each file just under a request's size, so none shares a request. */
function filler(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const line = `PADDING_${i} = "${'x'.repeat(52)}"\n`;
    files[`src/filler/f${i}.py`] = line.repeat(Math.floor(11_990 / line.length));
  }
  return files;
}

/** An answer that costs far more than its estimate: the most findings the schema allows, each at full length. */
function costlyAnswer(call: ConverseCall): unknown {
  const file = call.files[0]!;
  return {
    findings: Array.from({ length: 200 }, (_, i) => ({
      path: file.path,
      severity: 'low',
      category: 'security',
      title: `Padding finding ${i}`,
      explanation: 'e'.repeat(4000),
      fix: 'f'.repeat(4000),
      startLine: 1,
      endLine: 1,
      confidence: 'low',
    })),
  };
}

describe('the pull-request gate: every changed file is reviewed, or the check fails', () => {
  it(
    'filler that spends max-cost-usd before the backdoor is sent fails the pull request, naming the backdoor',
    attack(
      { answer: (c) => (c.files.some((f) => f.path.includes('filler')) ? costlyAnswer(c) : undefined) },
      async (s) => {
        const run = await pullRequest(
          s,
          { ...filler(4), [BACKDOOR_PATH]: BACKDOOR },
          { 'max-cost-usd': '1' },
        );
        assert.ok(s.bedrock.calls.length >= 1, 'the filler was sent: the estimate was within the budget');
        assert.ok(!s.bedrock.calls.some(involves(BACKDOOR_PATH)), 'the budget ran out before the backdoor');
        gateFailed(run, s, BACKDOOR_PATH, /budget \(max-cost-usd\) reached/);
        assert.match(errorsOf(run).join('\n'), /Reviewing them would cost about \$/);
      },
    ),
    TIMEOUT,
  );

  it(
    'a pull request estimated over max-cost-usd fails before any call, with the estimate, the budget and how to raise it',
    attack({}, async (s) => {
      const run = await pullRequest(
        s,
        { ...filler(40), [BACKDOOR_PATH]: BACKDOOR },
        { 'max-cost-usd': '0.25' },
      );
      assert.equal(s.bedrock.calls.length, 0, 'no model call is made');
      gateFailed(
        run,
        s,
        BACKDOOR_PATH,
        /budget \(max-cost-usd\) too small: .*about \$\d+\.\d+, over \$0\.250; no call was made/,
      );
      const all = errorsOf(run).join('\n');
      assert.match(all, /max-cost-usd: \$0\.250/);
      assert.match(all, /Raise the budget with max-cost-usd/);
      assert.equal(run.outputs['ai-calls'], '0');
    }),
    TIMEOUT,
  );

  it(
    'with no max-cost-usd given, a pull request of thousands of tiny files is over the default budget and makes no call',
    attack({}, async (s) => {
      const tiny = Object.fromEntries(
        Array.from({ length: 2000 }, (_, i) => [`src/gen/m${i}.py`, `V${i} = ${i}\n`]),
      );
      const run = await pullRequest(s, { ...tiny, [BACKDOOR_PATH]: BACKDOOR });
      assert.equal(s.bedrock.calls.length, 0, 'no model call is made');
      assert.equal(run.code, 1, run.stdout.slice(-2000));
      assert.equal(s.github.checkRuns.at(-1)?.conclusion, 'failure');
      const all = errorsOf(run).join('\n');
      assert.match(
        all,
        /Reviewing them would cost about \$\d+\.\d\d; max-cost-usd: \$5\.00 \(the pull-request default of auto\)/,
      );
      assert.match(all, /2001 file\(s\) were not reviewed/);
      assert.match(all, /and 1981 more/, 'the list is bounded, with a count past it');
    }),
    TIMEOUT,
  );

  it(
    'an answer cut off at max_tokens for a file that alone overflows fails the pull request, naming it',
    attack({ fault: (c) => (involves(BACKDOOR_PATH)(c) ? { kind: 'max-tokens' } : undefined) }, async (s) => {
      const run = await pullRequest(s, { [BACKDOOR_PATH]: BACKDOOR, 'src/ok.py': 'OK = 1\n' });
      gateFailed(run, s, BACKDOOR_PATH, /cut off at the output token limit/);
      assert.ok(!/- src\/ok\.py: /.test(errorsOf(run).join('\n')), 'the file reviewed is not named');
    }),
    TIMEOUT,
  );

  it(
    'an answer naming a file that was not sent fails the pull request, naming the file that steered it',
    attack(
      { fault: (c) => (involves(BACKDOOR_PATH)(c) ? { kind: 'foreign-path' } : undefined) },
      async (s) => {
        const run = await pullRequest(s, { [BACKDOOR_PATH]: BACKDOOR, 'src/ok.py': 'OK = 1\n' });
        gateFailed(run, s, BACKDOOR_PATH, /names a file that was not sent/);
        assert.equal(run.outputs.findings, '0', 'the foreign finding is filed nowhere');
      },
    ),
    TIMEOUT,
  );

  it(
    'a changed file over max-file-size-kb fails the pull request instead of being skipped',
    attack({}, async (s) => {
      const padded = `${BACKDOOR}${'\n'.repeat(300 * 1024)}`;
      const run = await pullRequest(s, { [BACKDOOR_PATH]: padded });
      gateFailed(run, s, BACKDOOR_PATH, /larger than max-file-size-kb/);
    }),
    TIMEOUT,
  );

  it(
    'the model unavailable (Bedrock answering 503) fails a pull request; on a push the run ends neutral',
    attack(
      {
        fault: () => ({
          kind: 'error',
          status: 503,
          type: 'ServiceUnavailableException',
          message: 'Bedrock is unavailable',
        }),
      },
      async (s) => {
        const run = await pullRequest(s, { [BACKDOOR_PATH]: BACKDOOR });
        gateFailed(run, s, BACKDOOR_PATH, /the model kept failing: ServiceUnavailableException/);
        assert.match(errorsOf(run).join('\n'), /once the model can be reached/);

        const push = await runAction({
          workspace: s.repo.dir,
          timeoutMs: TIMEOUT - 20_000,
          event: { name: 'push', payload: pushPayload(s.repo.dir, s.base) },
          inputs: { 'cache-backend': 'local', 'fail-on-severity': 'critical' },
          env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: s.bedrock.url },
        });
        assert.equal(push.code, 0, push.stdout.slice(-2000));
        assert.equal(push.outputs.conclusion, 'neutral');
        assert.ok(
          push.warnings.some((w) => w.includes('not scanned')),
          push.warnings.join('\n'),
        );
      },
    ),
    TIMEOUT,
  );

  it(
    'a dry run on a pull request with unreviewed changed files fails; fail-on-incomplete: false ends it neutral',
    attack({}, async (s) => {
      const run = await pullRequest(s, { [BACKDOOR_PATH]: BACKDOOR }, { 'dry-run': 'true' });
      assert.equal(s.bedrock.calls.length, 0);
      gateFailed(run, s, BACKDOOR_PATH, /dry run: not sent to the model/);

      const optedOut = await pullRequest(s, {}, { 'dry-run': 'true', 'fail-on-incomplete': 'false' });
      assert.equal(optedOut.code, 0, optedOut.stdout.slice(-2000));
      assert.equal(optedOut.outputs.conclusion, 'neutral');
    }),
    TIMEOUT,
  );

  it(
    'the CLI on a Jenkins change build exits 1 naming the file left unreviewed; a branch build, or --no-fail-on-incomplete, exits 0',
    attack({ fault: (c) => (involves(BACKDOOR_PATH)(c) ? { kind: 'max-tokens' } : undefined) }, async (s) => {
      s.repo.write({ [BACKDOOR_PATH]: BACKDOOR });
      s.repo.commit('the change');
      const jenkins = (extra: Record<string, string>) => ({
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CI: 'true',
        JENKINS_URL: 'https://jenkins.example.com/',
        GIT_URL: 'https://git.example.com/octo/demo.git',
        GIT_COMMIT: s.repo.git('rev-parse', 'HEAD'),
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
        AWS_SECRET_ACCESS_KEY: 'standin-secret-key-0000000000000000000000',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(s.repo.dir, '.no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(s.repo.dir, '.no-aws-credentials'),
        AWS_ENDPOINT_URL_BEDROCK_RUNTIME: s.bedrock.url,
        ...extra,
      });
      const args = ['scan', s.repo.dir, '--scan-mode', 'full', '--cache-backend', 'none'];
      const change = await cli(
        [...args],
        jenkins({ CHANGE_ID: '3', CHANGE_TARGET: 'main', BRANCH_NAME: 'PR-3' }),
      );
      assert.equal(change.code, 1, change.stderr.slice(-2000));
      assert.match(change.stderr, /file\(s\) were not reviewed, so the pull request fails/);
      assert.match(change.stderr, new RegExp(`- ${BACKDOOR_PATH}: .*cut off at the output token limit`));

      const branch = await cli(args, jenkins({ BRANCH_NAME: 'feature' }));
      assert.equal(branch.code, 0, branch.stderr.slice(-2000));
      const optedOut = await cli(
        [...args, '--no-fail-on-incomplete'],
        jenkins({ CHANGE_ID: '3', CHANGE_TARGET: 'main', BRANCH_NAME: 'PR-3' }),
      );
      assert.equal(optedOut.code, 0, optedOut.stderr.slice(-2000));
    }),
    TIMEOUT,
  );
});

/** Runs the bundled CLI (dist/cli.js) in the given environment. */
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const child = spawn(NODE, [join(DIST, 'cli.js'), ...args], { env });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  clearTimeout(timer);
  return { code, stderr };
}
