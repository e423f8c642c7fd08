/**
 * awsCredentials against the OIDC token endpoint and STS stand-ins, through the real @actions/core OIDC client
 * and the real STS client (which finds the stand-in through AWS_ENDPOINT_URL_STS, as the SDK documents).
 */
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  awsCredentials,
  sharedProvider,
  subjectForms,
  tokenSubject,
  OIDC_AUDIENCE,
} from '../../src/auth/aws-credentials.js';
import { readConfig, type Config } from '../../src/config/config.js';
import { ConfigurationError } from '../../src/config/errors.js';
import type { RunContext } from '../../src/context.js';
import type { InputName } from '../../src/config/inputs.js';
import { decodeJwt, makeJwt, OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';
import { MASK, SecretRegistry } from '../../src/secret-registry.js';

const WRITER = 'arn:aws:iam::123456789012:role/ScannerWriter';
const PR_ROLE = 'arn:aws:iam::123456789012:role/ScannerPullRequests';

function config(inputs: Partial<Record<InputName, string>>): Config {
  return readConfig((name) => inputs[name] ?? '', { GITHUB_RUN_ID: '777' }, process.cwd());
}

function context(extra: Partial<RunContext> = {}): RunContext {
  return {
    ci: 'github-actions',
    event: 'push',
    repository: { owner: 'octo', repo: 'demo' },
    serverUrl: 'https://github.com',
    defaultBranch: 'main',
    branch: 'main',
    sha: undefined,
    before: undefined,
    pullRequest: undefined,
    runId: '777',
    runUrl: undefined,
    ...extra,
  };
}

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

/** Runs fn and returns what it printed on stdout (workflow commands such as ::add-mask::). */
async function stdoutOf<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  let out = '';
  // Records and passes everything on: the test runner itself reports through stdout.
  stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string') out += chunk;
    return write(chunk, ...rest);
  };
  try {
    return { value: await fn(), out };
  } finally {
    // The stream's own write (from its prototype) serves again.
    delete (stdout as { write?: unknown }).write;
  }
}

describe('awsCredentials', () => {
  let oidc: OidcStandIn;
  let sts: StsStandIn;
  const saved = { ...process.env };
  beforeAll(async () => {
    oidc = await new OidcStandIn().start();
    sts = await new StsStandIn({
      trust: { [WRITER]: ['repo:octo/demo:ref:refs/heads/main'], [PR_ROLE]: ['repo:octo/demo:pull_request'] },
    }).start();
    Object.assign(process.env, oidc.env(), {
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await oidc.close();
    await sts.close();
  });
  beforeEach(() => {
    sts.requests.length = 0;
    oidc.requests.length = 0;
    oidc.failWith = undefined;
    oidc.claims = { sub: 'repo:octo/demo:ref:refs/heads/main' };
  });

  it('without role-to-assume leaves the SDK default chain in charge and calls nothing', async () => {
    const result = await awsCredentials(config({ 'aws-region': 'us-east-1' }), context(), quiet);
    assert.deepEqual(result, { provider: undefined });
    assert.equal(sts.requests.length + oidc.requests.length, 0);
  });

  it('exchanges the OIDC token once; concurrent callers share it; every secret is masked', async () => {
    const cfg = config({ 'aws-region': 'eu-west-1', 'role-to-assume': WRITER });
    const { value, out } = await stdoutOf(async () => {
      const result = await awsCredentials(cfg, context(), quiet);
      const all = await Promise.all(Array.from({ length: 10 }, () => result.provider!()));
      return { result, all };
    });
    assert.equal(sts.assumeCalls.length, 1, 'one STS call for the run');
    assert.equal(oidc.requests.length, 1);
    const issued = sts.issued.at(-1)!;
    assert.ok(
      value.all.every((c) => c.accessKeyId === issued.accessKeyId && c.sessionToken === issued.sessionToken),
    );
    // The exchange as STS saw it.
    const form = new URLSearchParams(sts.assumeCalls[0]!.body);
    assert.equal(form.get('RoleArn'), WRITER);
    assert.equal(form.get('RoleSessionName'), 'ai-scanner-777');
    assert.equal(form.get('DurationSeconds'), '3600');
    assert.equal(decodeJwt(form.get('WebIdentityToken')!)?.aud, OIDC_AUDIENCE);
    assert.match(oidc.requests[0]!.url, /api-version=2\.0&audience=sts\.amazonaws\.com$/);
    assert.equal(oidc.requests[0]!.headers.authorization, `Bearer ${oidc.requestToken}`);
    // Masked before anything could print them.
    for (const secret of [
      issued.accessKeyId,
      issued.secretAccessKey,
      issued.sessionToken,
      oidc.issued.at(-1)!,
    ])
      assert.ok(out.includes(`::add-mask::${secret}`), `masks ${secret.slice(0, 8)}...`);
  });

  it('registers the OIDC token and the STS credentials so that no report or cache holds them', async () => {
    const registry = new SecretRegistry();
    await awsCredentials(
      config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }),
      context(),
      quiet,
      process.env,
      { setSecret: () => {}, secrets: registry },
    );
    const issued = sts.issued.at(-1)!;
    const values = [issued.accessKeyId, issued.secretAccessKey, issued.sessionToken, oidc.issued.at(-1)!];
    assert.equal(registry.scrub(values.join(' ')), values.map(() => MASK).join(' '));
  });

  it('exchanges again, with a fresh OIDC token, shortly before the credentials expire', async () => {
    let clock = Date.now();
    const result = await awsCredentials(
      config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }),
      context(),
      quiet,
      process.env,
      {
        now: () => clock,
        setSecret: () => {},
      },
    );
    const first = await result.provider!();
    clock += 50 * 60_000;
    assert.equal(
      (await result.provider!()).accessKeyId,
      first.accessKeyId,
      'still valid for 10 minutes: no new call',
    );
    clock += 6 * 60_000;
    const [a, b] = await Promise.all([result.provider!(), result.provider!()]);
    assert.notEqual(a.accessKeyId, first.accessKeyId);
    assert.equal(a.accessKeyId, b.accessKeyId);
    assert.equal(sts.assumeCalls.length, 2);
    assert.equal(oidc.requests.length, 2);
    const tokens = sts.assumeCalls.map((r) => new URLSearchParams(r.body).get('WebIdentityToken'));
    assert.notEqual(tokens[0], tokens[1]);
  });

  it('without id-token permission fails with what to add to the workflow', async () => {
    const env = {
      ...process.env,
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
    };
    await assert.rejects(
      awsCredentials(config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }), context(), quiet, env),
      (e: Error) => {
        assert.ok(e instanceof ConfigurationError);
        assert.match(e.message, /permissions: id-token: write/);
        return true;
      },
    );
  });

  it("in a fork's pull request (no OIDC token) is not an error: S3 and the model are unavailable, with the reason", async () => {
    const env = { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: undefined };
    const fork = context({
      event: 'pull_request',
      branch: 'feature',
      pullRequest: { number: 5, baseSha: undefined, baseRef: 'main', headSha: undefined, fork: true },
    });
    const result = await awsCredentials(
      config({ 'aws-region': 'us-east-1', 'role-to-assume': PR_ROLE }),
      fork,
      quiet,
      env,
    );
    assert.equal(result.provider, undefined);
    assert.match(
      result.unavailable ?? '',
      /from a fork: a maintainer starts its review with the ai-scan label.*no OIDC token.*falls back/,
    );
    assert.equal(sts.requests.length, 0);
  });

  it("in a fork's pull request without the repository's AWS settings (GitHub passes forks none) the model is unavailable, not misconfigured", async () => {
    const fork = context({
      event: 'pull_request',
      branch: 'feature',
      pullRequest: { number: 6, baseSha: undefined, baseRef: 'main', headSha: undefined, fork: true },
    });
    const env = { ...process.env, AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined };
    const result = await awsCredentials(config({ 'aws-region': '' }), fork, quiet, env);
    assert.equal(result.provider, undefined);
    assert.match(
      result.unavailable ?? '',
      /from a fork: a maintainer starts its review with the ai-scan label.*no AWS settings/,
    );
    // The same settings outside a fork are the default credential chain, and the missing region an error later.
    const own = await awsCredentials(config({ 'aws-region': '' }), context(), quiet, env);
    assert.deepEqual(own, { provider: undefined });
  });

  it('names the role and the expected subject when STS refuses, and never prints the token', async () => {
    oidc.claims = { sub: 'repo:octo/demo:ref:refs/heads/feature' };
    const { value: error, out } = await stdoutOf(() =>
      awsCredentials(
        config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }),
        context({ branch: 'feature' }),
        quiet,
      ).then(
        () => undefined,
        (e: Error) => e,
      ),
    );
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.match(
      error.message,
      new RegExp(
        `STS refused to let this run assume ${WRITER} \\(AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\)`,
      ),
    );
    assert.match(error.message, /repo:octo\/demo:ref:refs\/heads\/feature/);
    assert.ok(error.message.includes(`whose sub is "repo:octo/demo:ref:refs/heads/feature"`), error.message);
    // The ids come from the runner's GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID when it sets them.
    assert.match(
      error.message,
      /"repo:octo@(OWNER_ID|\d+)\/demo@(REPO_ID|\d+):ref:refs\/heads\/feature" \(immutable-id form\)/,
    );
    assert.match(error.message, /scripts\/setup-s3-cache\.sh.*docs\/aws-setup\.md/);
    const token = oidc.issued.at(-1)!;
    assert.ok(!error.message.includes(token));
    assert.ok(out.includes(`::add-mask::${token}`));
  });

  it('quotes an immutable-id sub and gives the name form from GITHUB_REPOSITORY when STS refuses', async () => {
    oidc.claims = { sub: 'repo:octo@1001/demo@2002:pull_request' };
    const error = await awsCredentials(
      config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }),
      context({ repository: { owner: 'Octo', repo: 'Demo' } }),
      quiet,
    ).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.ok(error.message.includes(`whose sub is "repo:octo@1001/demo@2002:pull_request"`), error.message);
    assert.ok(error.message.includes(`"repo:Octo/Demo:pull_request" (name form)`), error.message);
    assert.ok(
      error.message.includes(`"repo:octo@1001/demo@2002:pull_request" (immutable-id form)`),
      error.message,
    );
  });

  it('fills the ids of the immutable-id form from the runner, or leaves placeholders', () => {
    const sub = 'repo:octo/demo:ref:refs/heads/main';
    const env = { GITHUB_REPOSITORY_OWNER_ID: '1001', GITHUB_REPOSITORY_ID: '2002' };
    assert.deepEqual(subjectForms(sub, context(), env), {
      name: sub,
      id: 'repo:octo@1001/demo@2002:ref:refs/heads/main',
    });
    assert.equal(subjectForms(sub, context(), {})?.id, 'repo:octo@OWNER_ID/demo@REPO_ID:ref:refs/heads/main');
    assert.equal(
      subjectForms('repo:octo/demo:ref', context(), { GITHUB_REPOSITORY_ID: 'x' })?.id,
      'repo:octo@OWNER_ID/demo@REPO_ID:ref',
    );
    assert.equal(subjectForms('custom:template', context(), env), undefined);
  });

  it('reads the sub of a token and nothing from what is not one', () => {
    assert.equal(
      tokenSubject(makeJwt({ sub: 'repo:o/r:pull_request', aud: OIDC_AUDIENCE, iss: 'x' })),
      'repo:o/r:pull_request',
    );
    for (const bad of ['', 'not-a-jwt', 'a.b.c', `x.${Buffer.from('null').toString('base64url')}.y`])
      assert.equal(tokenSubject(bad), undefined, bad);
  });

  it('says when the OIDC endpoint fails, and when the region is missing', async () => {
    oidc.failWith = 403;
    await assert.rejects(
      awsCredentials(
        config({ 'aws-region': 'us-east-1', 'role-to-assume': WRITER }),
        context(),
        quiet,
        process.env,
        { setSecret: () => {} },
      ),
      /Could not get the job's OIDC token for sts\.amazonaws\.com/,
    );
    await assert.rejects(
      awsCredentials(config({ 'role-to-assume': WRITER }), context(), quiet, {
        ...process.env,
        AWS_REGION: undefined,
      }),
      (e: Error) => e instanceof ConfigurationError && /aws-region/.test(e.message),
    );
  });
});

describe('sharedProvider', () => {
  it('does not keep a failed exchange: the next call tries again', async () => {
    let calls = 0;
    const provider = sharedProvider(() => {
      calls++;
      return calls === 1
        ? Promise.reject(new Error('down'))
        : Promise.resolve({ accessKeyId: 'A', secretAccessKey: 'B' });
    });
    await assert.rejects(Promise.all([provider(), provider()]), /down/);
    assert.equal(calls, 1, 'concurrent callers shared the failing exchange');
    assert.equal((await provider()).accessKeyId, 'A');
    await provider();
    assert.equal(calls, 2, 'credentials without an expiry are kept');
  });
});
