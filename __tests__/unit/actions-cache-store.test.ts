/**
 * ActionsCacheStore through the real @actions/cache (twirp cache service v2, Azure blob upload, plain GET
 * download, system tar) against the local cache service stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsCacheStore, actionsCacheStoreBuilder } from '../../src/cache/actions-cache-store.js';
import { StoreUnavailableError, type CacheObjectKey } from '../../src/cache/cache-store.js';
import { CacheSession } from '../../src/cache/cache-session.js';
import { cacheKey, emptyDocument, type CacheDocument } from '../../src/cache/cache-document.js';
import type { RunContext } from '../../src/context.js';
import { ActionsCacheStandIn } from '../stand-ins/actions-cache.js';

const REPO: CacheObjectKey = { kind: 'repository' };
const PR3: CacheObjectKey = { kind: 'pull-request', number: 3 };

function docWith(...names: string[]): CacheDocument {
  const doc = emptyDocument();
  for (const name of names)
    doc.entries[cacheKey(name.padEnd(64, '0'), 'fp')] = {
      scannedAt: new Date().toISOString(),
      model: 'm',
      findings: [],
      tokens: { in: 1, out: 1, cacheRead: 0, cacheWrite: 0 },
      usd: null,
    };
  return doc;
}

describe('ActionsCacheStore', () => {
  let service: ActionsCacheStandIn;
  let workspace: string;
  let runnerTemp: string;
  const notes: string[] = [];
  const log = { info: (m: string) => notes.push(m), warning: (m: string) => notes.push(m), debug: () => {} };
  const saved = { ...process.env };
  const store = (event = 'push', runId = '100') =>
    new ActionsCacheStore({
      repository: { owner: 'octo', repo: 'demo' },
      event,
      runId,
      runAttempt: '1',
      log,
    });

  beforeAll(async () => {
    service = await new ActionsCacheStandIn().start();
    workspace = mkdtempSync(join(tmpdir(), 'ai-scanner-ws-'));
    runnerTemp = mkdtempSync(join(tmpdir(), 'ai-scanner-runner-temp-'));
  });
  beforeEach(() => {
    // @actions/cache reads the runner's variables from process.env.
    process.env = {
      ...saved,
      ...service.env(),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_SERVER_URL: 'https://github.com',
    };
    service.failWith = undefined;
    notes.length = 0;
  });
  afterAll(async () => {
    process.env = saved;
    await service.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('reads a cold cache as missing', async () => {
    assert.deepEqual(await store().read(REPO), { status: 'missing' });
    const lookup = service.calls.findLast((c) => c.method === 'GetCacheEntryDownloadURL')!;
    assert.equal(lookup.body.key, 'ai-scanner-octo-demo-scan-cache-');
    assert.deepEqual(lookup.body.restore_keys, ['ai-scanner-octo-demo-scan-cache-']);
  });

  it('saves under a new unique key each time and restores the newest for real', async () => {
    assert.deepEqual(await store('push', '101').write(REPO, docWith('a'), undefined), { status: 'written' });
    assert.deepEqual(await store('push', '102').write(REPO, docWith('a', 'b'), 'ignored-version'), {
      status: 'written',
    });
    const keys = service.finalized().map((e) => e.key);
    assert.equal(keys.length, 2);
    assert.match(keys[0]!, /^ai-scanner-octo-demo-scan-cache-101-1-\d+$/);
    assert.match(keys[1]!, /^ai-scanner-octo-demo-scan-cache-102-1-\d+$/);
    const read = await store().read(REPO);
    assert.equal(read.status, 'found');
    assert.equal(read.status === 'found' && read.version, keys[1]);
    assert.equal(Object.keys(read.status === 'found' ? read.doc.entries : {}).length, 2);
  });

  it("keeps a pull request's object apart from the repository's", async () => {
    await store('pull_request').write(PR3, docWith('pr-only'), undefined);
    const pr = await store().read(PR3);
    const repo = await store().read(REPO);
    assert.equal(pr.status === 'found' && Object.keys(pr.doc.entries).length, 1);
    assert.equal(repo.status === 'found' && Object.keys(repo.doc.entries).length, 2);
    assert.ok(service.finalized().some((e) => e.key.startsWith('ai-scanner-octo-demo-pr-3-')));
  });

  it('serves a CacheSession: open, save, and the next run sees the union', async () => {
    const scope = { read: [REPO], write: REPO, why: 'test' };
    const session = await CacheSession.open(store('push', '103'), scope);
    assert.equal(session.notes[0]?.state, 'loaded');
    const outcome = await session.save((base) => ({
      ...base,
      entries: { ...base.entries, ...docWith('c').entries },
    }));
    assert.equal(outcome.state, 'saved');
    const next = await CacheSession.open(store('push', '104'), scope);
    assert.equal(Object.keys(next.doc.entries).length, 3);
  });

  it('does not save from pull_request_target, and says so', async () => {
    const before = service.entries.length;
    assert.deepEqual(await store('pull_request_target').write(PR3, docWith('x'), undefined), {
      status: 'written',
    });
    assert.equal(service.entries.length, before);
    assert.match(notes.join('\n'), /pull_request_target/);
  });

  it('is unavailable (StoreUnavailableError) without the service, or when the service refuses', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    await assert.rejects(
      store().read(REPO),
      (e: Error) => e instanceof StoreUnavailableError && /ACTIONS_RESULTS_URL/.test(e.message),
    );
    process.env.ACTIONS_RESULTS_URL = service.env().ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    await assert.rejects(
      store().read(REPO),
      (e: Error) => e instanceof StoreUnavailableError && /ACTIONS_RUNTIME_TOKEN/.test(e.message),
    );
    process.env.ACTIONS_RUNTIME_TOKEN = service.runtimeToken;
    service.failWith = {
      status: 403,
      code: 'permission_denied',
      msg: 'cache read denied: no readable scopes',
    };
    await assert.rejects(store().read(REPO), (e: Error) => {
      assert.ok(e instanceof StoreUnavailableError);
      assert.match(e.message, /the Actions cache could not be read \(.*cache read denied/);
      return true;
    });
  });

  it('a refused save throws with the service reason (the app turns it into a warning)', async () => {
    service.failWith = {
      status: 403,
      code: 'permission_denied',
      msg: 'cache write denied: read-only token',
      method: 'CreateCacheEntry',
    };
    await assert.rejects(
      store().write(REPO, docWith('z'), undefined),
      /the Actions cache did not save ai-scanner-octo-demo-scan-cache-100-1-\d+ \(/,
    );
  });

  it('reports an entry holding something else than a cache document as corrupt', async () => {
    // A save by an older or broken writer: valid tar, not our JSON.
    const odd = store('push', '105');
    await odd.write(
      { kind: 'pull-request', number: 99 },
      { version: 9 } as unknown as CacheDocument,
      undefined,
    );
    const read = await store().read({ kind: 'pull-request', number: 99 });
    assert.equal(read.status, 'corrupt');
    assert.match(read.status === 'corrupt' ? read.reason : '', /unknown document version 9/);
  });

  it('the builder needs the repository name', () => {
    const ctx = { repository: undefined, event: 'push', runId: '1' } as unknown as RunContext;
    assert.throws(() => actionsCacheStoreBuilder(ctx, log)(), StoreUnavailableError);
    const named = actionsCacheStoreBuilder({ ...ctx, repository: { owner: 'o', repo: 'r' } }, log)();
    assert.equal(named.describe(REPO), 'GitHub Actions cache ai-scanner-o-r-scan-cache-*');
  });
});
