import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Deps } from './app.js';
import type { Config } from './config/config.js';
import type { RunContext } from './context.js';
import { openCache, type StoreBuilders } from './cache/open-cache.js';
import type { OpenedCache } from './cache/opened-cache.js';
import type { FileReader } from './git/file-reader/file-reader.js';
import type { GitHubClient } from './github/client.js';
import type { Logger } from './logging.js';
import type { Reporter } from './report/reporter.js';
import { writeRoots } from './safe-write.js';
import { VERSION } from './version.js';

interface HostBase {
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** The action: OIDC credentials, the Actions cache, the GitHub reporters, cancellation by the runner. */
interface ActionHost extends HostBase {
  kind: 'action';
  signal: AbortSignal;
  fileReader: FileReader;
}

/** The CLI: the SDK's default credential chain, S3 or the local file, the report files named on the command line. */
interface CliHost extends HostBase {
  kind: 'cli';
  /** Whether --report-file and --sarif-file were given (the CLI writes no report file by default). */
  files: { report: boolean; sarif: boolean };
}

export type Host = ActionHost | CliHost;

/** The AWS access of a run: undefined credentials mean the SDK's default chain; `unavailable` says why none. */
interface AwsAccess {
  credentials: AwsCredentialIdentityProvider | undefined;
  unavailable: string | undefined;
}

/**
 * The pipeline's dependencies, for the action and the CLI alike: the one place that builds concrete adapters.
 * SDK-heavy modules load only for runs that use them (Octokit for a run that reports to GitHub, the model's
 * SDK on its first call, the cache's SDKs when the pipeline opens it); a warm run never loads the model's.
 */
export async function buildDeps(config: Config, ctx: RunContext, host: Host): Promise<Deps> {
  const talksToGitHub = host.kind === 'action' && Boolean(config.githubToken && ctx.repository);
  const [{ modelClient }, github, cloudWatch] = await Promise.all([
    import('./scanner/build-model-client.js'),
    // Octokit loads only for a run that reports to GitHub.
    talksToGitHub ? import('./github/client.js') : undefined,
    // Only with cloudwatch-namespace: a small module; the SDK loads when it publishes.
    config.cloudwatchNamespace ? import('./report/publish/cloudwatch-metrics.js') : undefined,
  ]);
  const access = await awsAccess(config, ctx, host);
  const { credentials, unavailable } = access;
  const gh = github && config.githubToken ? github.createGitHubClient(config.githubToken) : undefined;
  return {
    log: host.log,
    version: VERSION,
    now: () => new Date(),
    // The cache's SDKs load when the pipeline opens it, which it does while the files are being hashed.
    openCache: () => openRunCache(config, ctx, host, access),
    model: unavailable ? undefined : modelClient(config, credentials),
    modelUnavailable: unavailable,
    reporters: [
      ...(await hostReporters(config, ctx, host, gh)),
      // Last: the summary and the outputs never wait on CloudWatch.
      ...(cloudWatch?.cloudWatchReporters(config, credentials, unavailable, host.log) ?? []),
    ],
    prFiles:
      github && gh && ctx.repository
        ? github.pullRequestFiles(gh, ctx.repository.owner, ctx.repository.repo)
        : undefined,
    ...(host.kind === 'action' ? { signal: host.signal, fileReader: host.fileReader } : {}),
    batchBackend: batchBackend(config, ctx, host, access),
  };
}

/** Bedrock batch jobs, with the S3 cache and AWS access: the SDKs load only when a run submits or collects one. */
function batchBackend(config: Config, ctx: RunContext, host: Host, access: AwsAccess): Deps['batchBackend'] {
  const { s3 } = config;
  const repository = ctx.repository;
  if (config.batch === 'off' || !s3 || !repository || access.unavailable) return undefined;
  return async () =>
    (await import('./batch/aws-batch-backend.js')).awsBatchBackend({
      config,
      s3,
      roleArn: config.batchRoleArn ?? '',
      credentials: access.credentials,
      repository,
      env: host.env,
    });
}

/** The action assumes role-to-assume by OIDC; the CLI has no OIDC and leaves S3 and Bedrock to the default chain. */
async function awsAccess(config: Config, ctx: RunContext, host: Host): Promise<AwsAccess> {
  if (host.kind === 'cli') return { credentials: undefined, unavailable: undefined };
  const { awsCredentials } = await import('./auth/aws-credentials.js');
  const { provider, unavailable } = await awsCredentials(config, ctx, host.log);
  // With an S3 bucket the cache's fallback warning says this already; a dry run needs no AWS access.
  if (unavailable && !config.dryRun && !config.s3)
    host.log.warning(`No AWS access in this run: ${unavailable}.`);
  return { credentials: provider, unavailable };
}

/** The S3 store everywhere; the Actions cache only inside a job of GitHub Actions. */
async function openRunCache(
  config: Config,
  ctx: RunContext,
  host: Host,
  { credentials, unavailable }: AwsAccess,
): Promise<OpenedCache> {
  const [{ s3StoreBuilder }, actionsCache] = await Promise.all([
    import('./cache/s3-store.js'),
    host.kind === 'action' ? import('./cache/actions-cache-store.js') : undefined,
  ]);
  const stores: StoreBuilders = { s3: s3StoreBuilder(config, ctx, credentials, unavailable, host.env) };
  if (actionsCache) stores.actionsCache = actionsCache.actionsCacheStoreBuilder(ctx, host.log, host.env);
  return openCache(config, ctx, stores, host.log, host.env);
}

/** The action's summary, outputs, files, comment and check run; the CLI's report files. */
async function hostReporters(
  config: Config,
  ctx: RunContext,
  host: Host,
  gh: GitHubClient | undefined,
): Promise<Reporter[]> {
  if (host.kind === 'action') {
    const { actionReporters } = await import('./report/publish/reporters.js');
    return actionReporters(config, ctx, host.log, gh);
  }
  const { JsonReportReporter, SarifReporter } = await import('./report/publish/file-reporters.js');
  const roots = writeRoots(host.env);
  return [
    ...(config.reportFile && host.files.report ? [new JsonReportReporter(config.reportFile, roots)] : []),
    ...(config.sarifFile && host.files.sarif ? [new SarifReporter(config.sarifFile, roots)] : []),
  ];
}
