import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MASK, SecretRegistry, SECRET_ENV } from '../../src/secret-registry.js';
import { runScan, type Deps } from '../../src/app.js';
import { CacheSession } from '../../src/cache/cache-session.js';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import { renderComment } from '../../src/report/publish/comment-reporter.js';
import { renderCheckOutput, renderSummary } from '../../src/report/render/markdown.js';
import { renderSarif } from '../../src/report/render/sarif.js';
import { checkAnnotations } from '../../src/report/render/annotations.js';
import { outputs } from '../../src/report/publish/actions-reporters.js';
import {
  configFor,
  context,
  FakeModel,
  finding,
  RecordingLog,
  RecordingReporter,
  tempDir,
  usageFor,
  writeFiles,
} from './fakes.js';

const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+session/token==';
const GITHUB_TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ012345';

describe('SecretRegistry', () => {
  it('replaces every registered value, longest first, and leaves other text alone', () => {
    const r = new SecretRegistry();
    r.add('abcdefgh');
    r.add('abcdefgh-and-more');
    expect(r.scrub('x abcdefgh-and-more y abcdefgh z')).toBe(`x ${MASK} y ${MASK} z`);
    expect(r.scrub('nothing secret here')).toBe('nothing secret here');
  });

  it('ignores empty and short values, which would garble every report', () => {
    const r = new SecretRegistry();
    r.add(undefined);
    r.add('');
    r.add('main');
    expect(r.size).toBe(0);
    expect(r.scrub('main branch')).toBe('main branch');
  });

  it('masks the URL-encoded form and, for a JWT, its signature alone', () => {
    const r = new SecretRegistry();
    r.add(SESSION_TOKEN);
    r.add('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vZGVtbyJ9.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu');
    expect(r.scrub(`q=${encodeURIComponent(SESSION_TOKEN)}`)).toBe(`q=${MASK}`);
    expect(r.scrub('sig c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu')).toBe(`sig ${MASK}`);
  });

  it('scrubDeep copies JSON-like data with every string (and key) scrubbed, and keeps numbers and booleans', () => {
    const r = new SecretRegistry();
    r.add(GITHUB_TOKEN);
    const input = { a: [`t=${GITHUB_TOKEN}`, 1, true, null], [GITHUB_TOKEN]: { b: GITHUB_TOKEN } };
    const out = r.scrubDeep(input);
    expect(out).toEqual({ a: [`t=${MASK}`, 1, true, null], [MASK]: { b: MASK } });
    expect(input.a[0]).toBe(`t=${GITHUB_TOKEN}`);
    expect(new SecretRegistry().scrubDeep(input)).toBe(input);
  });

  it('takes the credentials of the environment', () => {
    const r = new SecretRegistry();
    r.addFromEnv({
      AWS_SESSION_TOKEN: SESSION_TOKEN,
      'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
      HOME: '/home/runner',
    });
    expect(r.scrub(`${SESSION_TOKEN} ${GITHUB_TOKEN} /home/runner`)).toBe(`${MASK} ${MASK} /home/runner`);
    expect(SECRET_ENV).toEqual(
      expect.arrayContaining([
        'AWS_SECRET_ACCESS_KEY',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      ]),
    );
  });
});

describe('an echoed secret reaches nothing the run writes', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFiles(dir, { 'src/app.js': 'const y = eval(input);\n' });
  });
  afterEach(() => cleanup());

  it('a model answer quoting the session token and the GitHub token is masked in the report, every rendering and the cache', async () => {
    const registry = new SecretRegistry();
    registry.add(SESSION_TOKEN);
    registry.add(GITHUB_TOKEN);
    // The model quotes both tokens in every field it writes.
    const model = new FakeModel((files) => ({
      answer: {
        findings: [
          {
            ...finding('src/app.js', 'high', 1, `Token ${SESSION_TOKEN} leaked`),
            explanation: `The request was signed with ${SESSION_TOKEN}; the GitHub token is ${GITHUB_TOKEN}.`,
            fix: `Rotate ${GITHUB_TOKEN}.`,
          },
        ],
      },
      usage: usageFor(files),
      stopReason: 'tool_use',
    }));
    const config = configFor(dir, { 'model-id': 'test-model', 'scan-mode': 'full' });
    const recorder = new RecordingReporter();
    const deps: Deps = {
      log: new RecordingLog(),
      version: '1.0.0',
      now: () => new Date('2025-06-01T10:00:00Z'),
      openCache: async () => ({
        session: await CacheSession.open(new LocalFileStore(config.cacheFile, { roots: [dir] }), {
          read: [{ kind: 'repository' }],
          write: { kind: 'repository' },
          why: 'test',
        }),
        backend: 'local',
        why: 'test',
      }),
      model,
      reporters: [recorder],
      secrets: registry,
    };
    const report = await runScan(
      deps,
      config,
      context({
        repository: { owner: 'octo', repo: 'demo' },
        sha: 'a'.repeat(40),
        serverUrl: 'https://github.com',
      }),
    );
    expect(recorder.reports[0]).toBe(report);
    expect(report.findings[0]?.explanation).toContain(MASK);
    const written: Record<string, string> = {
      'JSON report': JSON.stringify(report),
      SARIF: JSON.stringify(renderSarif(report)),
      'job summary': renderSummary(report),
      'PR comment': renderComment(report, undefined),
      'check run': JSON.stringify([renderCheckOutput(report, { links: true }), checkAnnotations(report)]),
      outputs: JSON.stringify(outputs(report, { sarif: undefined, report: undefined })),
      cache: readFileSync(join(dir, '.file_hash_cache.json'), 'utf8'),
    };
    for (const [where, text] of Object.entries(written)) {
      expect([where, text.includes(SESSION_TOKEN)]).toEqual([where, false]);
      expect([where, text.includes(GITHUB_TOKEN)]).toEqual([where, false]);
    }
    expect(written.cache).toContain(MASK);
  });
});
