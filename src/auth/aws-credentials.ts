import * as core from '@actions/core';
import type { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Logger } from '../logging.js';
import type { Config } from '../config/config.js';
import { ConfigurationError } from '../config/errors.js';
import type { RunContext } from '../context.js';
import { errorMessage } from '../errors.js';
import { secrets, type SecretRegistry } from '../secret-registry.js';
import { readAwsError } from '../aws-errors.js';

export const OIDC_AUDIENCE = 'sts.amazonaws.com';
const SESSION_SECONDS = 3600;
/** Credentials this close to their expiry are exchanged again (a fresh OIDC token, a new STS call). */
const REFRESH_BEFORE_MS = 5 * 60_000;

export interface AwsCredentialsResult {
  /** One provider for every AWS client of the run; undefined = the SDK's default credential chain. */
  provider: AwsCredentialIdentityProvider | undefined;
  /** Set when the role cannot be assumed in this run for a reason that is not an error (a fork's pull request). */
  unavailable?: string;
}

/** What the STS exchange needs; tests pass their own token source. */
export interface ExchangeOptions {
  getIdToken?: (audience: string) => Promise<string>;
  setSecret?: (secret: string) => void;
  /** Where the token and the credentials are registered so that no report or cache holds them. */
  secrets?: SecretRegistry;
  now?: () => number;
}

/**
 * The job's GitHub OIDC token -> STS AssumeRoleWithWebIdentity -> temporary credentials.
 * Without role-to-assume the SDK's default chain serves (for example after aws-actions/configure-aws-credentials).
 * The exchange happens once, up front, so a refused role fails the run at once with a clear message; every
 * client then shares the one provider, which exchanges again only shortly before the credentials expire.
 */
export async function awsCredentials(
  config: Config,
  ctx: RunContext,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
  options: ExchangeOptions = {},
): Promise<AwsCredentialsResult> {
  const role = config.roleToAssume;
  const skip = withoutExchange(config, ctx, env);
  if (skip || !role) return skip ?? { provider: undefined };
  const exchange = stsExchange({ config, role, ctx, log, env, options });
  const provider = sharedProvider(exchange, options.now ?? Date.now);
  await provider();
  log.info(`Assumed ${role} with the job's OIDC token (session ${config.roleSessionName}).`);
  return { provider };
}

/** How a fork's pull request gets reviewed: first in the reason, so a clipped title still says it. */
const FORK_HOW =
  'this pull request comes from a fork: a maintainer starts its review with the ai-scan label (a ' +
  'pull_request_target run that reads its files without running them, docs/fork-pull-requests.md)';

/**
 * The result when no exchange happens: no role (the default chain), or a fork's pull request that GitHub gives no
 * AWS settings or no OIDC token. Throws when the role is set but the job cannot exchange a token for it.
 */
function withoutExchange(
  config: Config,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
): AwsCredentialsResult | undefined {
  const role = config.roleToAssume;
  // GitHub gives a fork's pull request neither the repository's variables nor its secrets: with no role and
  // no region there is nothing to sign in with, which is the fork's known limit, not a misconfiguration.
  if (!role && !config.awsRegion && ctx.pullRequest?.fork)
    return {
      provider: undefined,
      unavailable: `${FORK_HOW}; GitHub gives a fork's run no AWS settings (role-to-assume and aws-region are empty), so this run cannot review it`,
    };
  if (!role) return { provider: undefined };
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    if (ctx.pullRequest?.fork)
      return {
        provider: undefined,
        unavailable:
          `${FORK_HOW}; GitHub gives a fork's run no OIDC token, so ${role} cannot be assumed and this run cannot review it; ` +
          'the cache falls back to the next backend',
      };
    throw new ConfigurationError(
      `Input 'role-to-assume' is set but this job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
        'add `permissions: id-token: write` to the workflow or the job (and keep `contents: read`).',
    );
  }
  if (!config.awsRegion)
    throw new ConfigurationError(
      "Input 'aws-region' is empty: set it (for example aws-region: us-east-1) or the AWS_REGION variable; role-to-assume needs a region for STS.",
    );
  return undefined;
}

interface ExchangeSetup {
  config: Config;
  role: string;
  ctx: RunContext;
  log: Logger;
  env: NodeJS.ProcessEnv;
  options: ExchangeOptions;
}

/** One exchange: a fresh OIDC token, AssumeRoleWithWebIdentity, every value it yields registered as a secret. */
function stsExchange({
  config,
  role,
  ctx,
  log,
  env,
  options,
}: ExchangeSetup): () => Promise<AwsCredentialIdentity> {
  const mask = options.setSecret ?? ((s: string) => core.setSecret(s));
  const registry = options.secrets ?? secrets;
  // The runner masks the log; the registry keeps the values out of the reports and the cache.
  const setSecret = (s: string) => {
    mask(s);
    registry.add(s);
  };
  const getIdToken = options.getIdToken ?? ((audience: string) => core.getIDToken(audience));
  const region = config.awsRegion;
  let sts: STSClient | undefined;
  return async () => {
    // Loaded on the first exchange: a run that assumes no role never loads the STS client.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await import('@aws-sdk/client-sts');
    sts ??= new STSClient({ region, maxAttempts: 4 });
    const token = await idToken(getIdToken);
    setSecret(token);
    let result;
    try {
      result = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role,
          RoleSessionName: config.roleSessionName,
          WebIdentityToken: token,
          DurationSeconds: SESSION_SECONDS,
        }),
      );
    } catch (e) {
      throw refusal(e, role, tokenSubject(token), ctx, env);
    }
    const c = result.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new Error(`STS returned no credentials for ${role}.`);
    for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) setSecret(secret);
    log.debug(
      `Assumed ${role} as ${result.AssumedRoleUser?.Arn ?? 'unknown'} until ${c.Expiration?.toISOString() ?? 'unknown'}.`,
    );
    const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken } = c;
    return { accessKeyId, secretAccessKey, sessionToken, expiration: c.Expiration };
  };
}

async function idToken(getIdToken: (audience: string) => Promise<string>): Promise<string> {
  try {
    return await getIdToken(OIDC_AUDIENCE);
  } catch (e) {
    throw new Error(`Could not get the job's OIDC token for ${OIDC_AUDIENCE}: ${redact(errorMessage(e))}`, {
      cause: e,
    });
  }
}

/**
 * A memoized provider: one exchange serves every caller until shortly before expiry; callers that arrive
 * while an exchange is in flight share it. A failed exchange is not cached, so the next call tries again.
 */
export function sharedProvider(
  exchange: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
  refreshBeforeMs = REFRESH_BEFORE_MS,
): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let inFlight: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (c: AwsCredentialIdentity | undefined): c is AwsCredentialIdentity =>
    c !== undefined && (!c.expiration || c.expiration.getTime() - now() > refreshBeforeMs);
  return () => {
    if (fresh(current)) return Promise.resolve(current);
    inFlight ??= exchange()
      .then((c) => (current = c))
      .finally(() => (inFlight = undefined));
    return inFlight;
  };
}

/** STS errors said plainly, naming the role and what to check; never the token. */
function refusal(
  e: unknown,
  role: string,
  sub: string | undefined,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
): Error {
  const err = readAwsError(e);
  const code = err.name ?? 'Error';
  const detail = redact(err.message ?? String(e));
  if (code === 'AccessDenied' || code === 'IDPRejectedClaim' || err.status === 403)
    return new ConfigurationError(
      `STS refused to let this run assume ${role} (${code}: ${detail}). Check the role's trust policy: it must trust ` +
        `the OIDC provider token.actions.githubusercontent.com with aud ${OIDC_AUDIENCE}` +
        `${subjectAdvice(sub, ctx, env)}. scripts/setup-s3-cache.sh writes trust policies that accept both ` +
        'subject formats (see docs/aws-setup.md).',
    );
  if (code === 'InvalidIdentityToken')
    return new ConfigurationError(
      `STS did not accept the job's OIDC token for ${role} (${code}: ${detail}). Check that the account has an IAM OIDC ` +
        'identity provider for https://token.actions.githubusercontent.com with the audience sts.amazonaws.com.',
    );
  if (code === 'ValidationError' && /DurationSeconds/i.test(detail))
    return new ConfigurationError(
      `STS refused a ${SESSION_SECONDS}-second session for ${role} (${detail}): raise the role's maximum session duration to at least 1 hour.`,
    );
  return new Error(`Could not assume ${role} through STS (${code}: ${detail}).`);
}

/**
 * The token's sub quoted, and the sub conditions that accept it in both formats GitHub sends: the name form
 * `repo:OWNER/REPO:<rest>` and, for repositories created or renamed since GitHub's change, the immutable-id form
 * `repo:OWNER@OWNER_ID/REPO@REPO_ID:<rest>`. Without a readable sub, the subject this run's token should carry.
 */
function subjectAdvice(sub: string | undefined, ctx: RunContext, env: NodeJS.ProcessEnv): string {
  const subject = sub ?? expectedSubject(ctx);
  if (!subject) return '';
  const lead = sub
    ? ` and a sub condition that accepts the job's token, whose sub is ${quote(sub)}`
    : ` and a sub condition matching this run's subject`;
  const forms = subjectForms(subject, ctx, env);
  if (!forms) return sub ? lead : `${lead} ${quote(subject)}`;
  return `${lead}: ${quote(forms.name)} (name form) or ${quote(forms.id)} (immutable-id form)`;
}

function quote(text: string): string {
  return JSON.stringify(redact(text));
}

/** A GitHub Actions sub claim: repo:OWNER[@OWNER_ID]/REPO[@REPO_ID]:<rest>. */
const SUBJECT = /^repo:([^/@:]+)(?:@(\d+))?\/([^/@:]+)(?:@(\d+))?:(.+)$/;

/**
 * Both formats of a sub. A name-form sub is itself the name form; an id-form sub's name form takes the names of
 * GITHUB_REPOSITORY. The ids come from the sub, else from the runner's GITHUB_REPOSITORY_OWNER_ID and
 * GITHUB_REPOSITORY_ID, else placeholders.
 */
export function subjectForms(
  sub: string,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
): { name: string; id: string } | undefined {
  const m = SUBJECT.exec(sub);
  if (!m) return undefined;
  const [owner = '', ownerId, repo = '', repoId, rest = ''] = m.slice(1);
  const named = ownerId || repoId ? (ctx.repository ?? { owner, repo }) : { owner, repo };
  const id = (value: string | undefined, fallback: string) => (/^\d+$/.test(value ?? '') ? value! : fallback);
  return {
    name: `repo:${named.owner}/${named.repo}:${rest}`,
    id:
      `repo:${owner}@${id(ownerId ?? env.GITHUB_REPOSITORY_OWNER_ID, 'OWNER_ID')}` +
      `/${repo}@${id(repoId ?? env.GITHUB_REPOSITORY_ID, 'REPO_ID')}:${rest}`,
  };
}

/** The sub claim of a JWT (its payload is plain base64url JSON, not secret); undefined when it cannot be read. */
export function tokenSubject(token: string): string | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const sub = (payload as { sub?: unknown } | null)?.sub;
    return typeof sub === 'string' && sub.length > 0 && sub.length <= 512 ? sub : undefined;
  } catch {
    return undefined;
  }
}

/** The OIDC subject GitHub puts in this run's token (without a deployment environment). */
function expectedSubject(ctx: RunContext): string | undefined {
  if (!ctx.repository) return undefined;
  const repo = `repo:${ctx.repository.owner}/${ctx.repository.repo}`;
  if (ctx.event.startsWith('pull_request')) return `${repo}:pull_request`;
  return ctx.branch ? `${repo}:ref:refs/heads/${ctx.branch}` : undefined;
}

/** Anything shaped like a JWT is cut out of messages that could reach the log. */
function redact(text: string): string {
  return text.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[token]').slice(0, 500);
}
