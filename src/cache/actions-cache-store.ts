import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logging.js';
import type { RunContext } from '../context.js';
import { safeWriteFile, writeRoots } from '../safe-write.js';
import {
  objectName,
  StoreUnavailableError,
  type CacheObjectKey,
  type CacheStore,
  type ReadResult,
  type WriteResult,
} from './cache-store.js';
import { parseDocument, serialize, type CacheDocument } from './cache-document.js';
import { clip, oneLine } from '../text.js';

/** @actions/cache, and the Azure SDK under it, is loaded only by a run that uses this store. */
const sdk = () => import('@actions/cache');

export interface ActionsCacheOptions {
  repository: { owner: string; repo: string };
  event: string;
  runId: string | undefined;
  runAttempt: string | undefined;
  log: Logger;
  /**
   * Where the document file lives while it is saved or restored. The Actions cache versions an entry by its
   * paths, so this must be the same path in every run: by default `$RUNNER_TEMP/ai-scanner-cache`.
   */
  dir?: string;
  env?: NodeJS.ProcessEnv;
}

/** The Actions cache builder for openCache (which offers it only inside GitHub Actions). */
export function actionsCacheStoreBuilder(
  ctx: RunContext,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): () => CacheStore {
  return () => {
    if (!ctx.repository)
      throw new StoreUnavailableError('GITHUB_REPOSITORY is not set, so no Actions cache key can be formed');
    return new ActionsCacheStore({
      repository: ctx.repository,
      event: ctx.event,
      runId: ctx.runId,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
      log,
      env,
    });
  };
}

/**
 * The GitHub Actions cache as a fallback store (the cache-backend input). Its entries are immutable, so every
 * save uses a new key and a read restores the newest entry whose key starts with the object's prefix: writes
 * never conflict, and the run's merged document (what it read plus what it scanned) is what it saves.
 */
export class ActionsCacheStore implements CacheStore {
  readonly backend = 'actions-cache' as const;
  private readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly opts: ActionsCacheOptions) {
    this.env = opts.env ?? process.env;
    this.dir = opts.dir ?? join(this.env.RUNNER_TEMP || tmpdir(), 'ai-scanner-cache');
  }

  /** The key prefix shared by every saved version of one logical object. */
  prefix(key: CacheObjectKey): string {
    const { owner, repo } = this.opts.repository;
    return `ai-scanner-${owner}-${repo}-${objectName(key).replace('/', '-')}-`;
  }

  describe(key: CacheObjectKey): string {
    return `GitHub Actions cache ${this.prefix(key)}*`;
  }

  private file(key: CacheObjectKey): string {
    return join(this.dir, `${objectName(key).replace('/', '-')}.json`);
  }

  async read(key: CacheObjectKey): Promise<ReadResult> {
    await this.checkAvailable();
    const path = this.file(key);
    await mkdir(this.dir, { recursive: true });
    await rm(path, { force: true });
    const prefix = this.prefix(key);
    const { value: matched, failures } = await capturing(
      /Failed to restore|Cache service responded|cache read denied/i,
      async () => (await sdk()).restoreCache([path], prefix, [prefix]),
    ).catch((e: unknown) => {
      throw new StoreUnavailableError(`the Actions cache could not be read (${errorMessage(e)})`, {
        cause: e,
      });
    });
    // restoreCache reports a failure as a log line and "no entry"; we surface it so the next backend serves.
    if (failures.length > 0)
      throw new StoreUnavailableError(
        `the Actions cache could not be read (${clip(oneLine(failures.join(' ').replace(/%0A/g, ' ')), 300)})`,
      );
    if (!matched) return { status: 'missing' };
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      return {
        status: 'corrupt',
        reason: `entry ${matched} did not restore the document (${errorMessage(e)})`,
        version: matched,
      };
    }
    const parsed = parseDocument(text);
    return parsed.ok
      ? { status: 'found', doc: parsed.doc, version: matched }
      : { status: 'corrupt', reason: parsed.reason, version: matched, newer: parsed.newer };
  }

  /** Entries are immutable and every save has its own key, so there is nothing to be conditional on. */
  async write(key: CacheObjectKey, doc: CacheDocument, _version?: string): Promise<WriteResult> {
    // GitHub files a pull_request_target run's caches under the base branch, where every later run reads them:
    // a run that checks out code under review must not put results there.
    if (this.opts.event === 'pull_request_target') {
      this.opts.log.info(
        'Not saving to the Actions cache from pull_request_target: it would land in the base branch scope.',
      );
      return { status: 'written' };
    }
    await this.checkAvailable();
    const path = this.file(key);
    // In the runner's temp folder, but written as every other file is: never through a link.
    await safeWriteFile(path, `${serialize(doc)}\n`, writeRoots(this.env));
    const { runId = 'local', runAttempt = '1' } = this.opts;
    const unique = `${this.prefix(key)}${runId}-${runAttempt}-${Date.now()}`;
    let id: number;
    let failures: string[];
    try {
      ({ value: id, failures } = await capturing(
        /Failed to save|Cache reservation failed|Unable to (reserve|finalize)/i,
        async () => (await sdk()).saveCache([path], unique),
      ));
    } catch (e) {
      throw new Error(`the Actions cache did not save ${unique} (${errorMessage(e)})`, { cause: e });
    }
    if (id === -1)
      throw new Error(
        `the Actions cache did not save ${unique} (${clip(oneLine(failures.join(' ').replace(/%0A/g, ' ')), 300) || 'no reason given'})`,
      );
    this.opts.log.debug(`Saved the Actions cache entry ${unique} (id ${id}).`);
    return { status: 'written' };
  }

  private async checkAvailable(): Promise<void> {
    if (!(await sdk()).isFeatureAvailable())
      throw new StoreUnavailableError(
        'the GitHub Actions cache service is not available to this run (ACTIONS_RESULTS_URL is not set)',
      );
    if (!this.env.ACTIONS_RUNTIME_TOKEN)
      throw new StoreUnavailableError(
        'the GitHub Actions cache service is not available to this run (ACTIONS_RUNTIME_TOKEN is not set)',
      );
  }
}

/**
 * @actions/cache logs its failures (as warnings or info lines) and returns "nothing" instead of throwing.
 * While `fn` runs, the lines matching `pattern` are taken out of the log and returned, so the caller can
 * report them once, as a reason, instead of mistaking an outage for an empty cache.
 */
async function capturing<T>(
  pattern: RegExp,
  fn: () => Promise<T>,
): Promise<{ value: T; failures: string[] }> {
  const failures: string[] = [];
  const stdout = process.stdout;
  const hadOwn = Object.prototype.hasOwnProperty.call(stdout, 'write');
  const previous = stdout.write.bind(stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    // @actions/core writes strings; anything else (binary protocol data of a host process) passes untouched.
    const text = typeof chunk === 'string' ? chunk : undefined;
    if (text !== undefined && !text.startsWith('::debug::') && pattern.test(text)) {
      failures.push(text.replace(/^::\w+::/, '').trim());
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return previous(chunk, ...rest);
  };
  stdout.write = write;
  try {
    return { value: await fn(), failures };
  } finally {
    if (hadOwn) stdout.write = previous;
    else delete (stdout as { write?: unknown }).write;
  }
}
