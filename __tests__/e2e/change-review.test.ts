/**
 * review-depth auto, end to end: the bundled action reviews an 80 KB file whole on the push that adds it, then
 * reviews a pull request's two-line change to it by its changed regions. The Bedrock stand-in reports a finding
 * at each VULN marker it is shown, so what it reports is what it saw. A change view the model refuses as too
 * long is reviewed whole instead, never left unscanned.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, pushPayload, runAction, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';

interface JsonReport {
  findings: { path: string; title: string; startLine: number }[];
  notScanned: unknown[];
  changeReviews?: { path: string; cached: boolean; linesShown?: number; lines?: number }[];
}
interface CacheDoc {
  entries: Record<string, { depth?: string; findings: unknown[] }>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const OLD_VULN =
  '  return db.query("SELECT * FROM orders WHERE id = " + req.query.id); // VULN:high:SQL injection in orders';
const NEW_VULN =
  '  return exec("convert " + req.query.file); // VULN:critical:Command injection in thumbnails';

/** About 80 KB of handlers with one vulnerable line near the end. */
function module80k(): string[] {
  const lines = ["import { db, exec } from './deps.js';", ''];
  for (let i = 0; lines.join('\n').length < 78_000; i++)
    lines.push(
      `export function handler${i}(req, res) {`,
      `  const id = Number(req.params.id) + ${i};`,
      '  if (!Number.isFinite(id)) return res.status(400).json({ error: "bad id" });',
      `  return res.json({ id, page: ${i % 13}, size: ${(i * 31) % 97} });`,
      '}',
      '',
    );
  lines.push('export function orders(req) {', OLD_VULN, '}', '');
  return lines;
}

describe('review-depth auto: a small change to a large file (end to end)', () => {
  let bedrock: BedrockStandIn;
  let repo: Repo;

  beforeAll(async () => {
    bedrock = await startBedrock();
    repo = makeRepo({ 'README.md': '# demo\n' });
  });
  afterAll(async () => {
    await bedrock.close();
    repo.cleanup();
  });

  it('sends the changed regions only, finds the new issue and carries the old one to its new line', async () => {
    const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url };
    const inputs = { 'cache-backend': 'local', 'fail-on-severity': 'none' };
    const before = repo.git('rev-parse', 'HEAD');
    const old = module80k();
    repo.write({ 'src/api.js': old.join('\n') });
    const base = repo.commit('api');
    const push = await runAction({
      workspace: repo.dir,
      event: { name: 'push', payload: pushPayload(repo.dir, before) },
      inputs,
      env,
    });
    expect(push.code).toBe(0);
    expect(push.outputs.findings).toBe('1');

    // The pull request changes two lines of handler 40: one edited, one added (the new issue).
    const now = [...old];
    const at = now.indexOf('export function handler40(req, res) {');
    now[at + 1] = '  const id = Number(req.params.id) + 4000;';
    now.splice(at + 3, 0, NEW_VULN);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/api.js': now.join('\n') });
    repo.commit('thumbnails');
    bedrock.calls.length = 0;
    const pr = await runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 3, baseSha: base }) },
      inputs,
      env,
    });
    expect(pr.code).toBe(0);

    // At most 30% of the cold review's input tokens (prompt-cache reads and writes counted as input).
    expect(Number(pr.outputs['input-tokens'])).toBeLessThanOrEqual(
      0.3 * Number(push.outputs['input-tokens']),
    );
    const shown = bedrock.calls.flatMap((c) => c.files.flatMap((f) => f.numbers));
    expect(shown).toContain(at + 4);
    expect(shown).not.toContain(now.indexOf(OLD_VULN) + 1);

    const report = readJson<JsonReport>(join(repo.dir, 'ai-scanner-report.json'));
    expect(report.notScanned).toEqual([]);
    expect(
      report.findings.map((f) => [f.startLine, f.title]).sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [at + 4, 'Command injection in thumbnails'],
      [now.indexOf(OLD_VULN) + 1, 'SQL injection in orders'],
    ]);
    expect(now.indexOf(OLD_VULN)).toBe(old.indexOf(OLD_VULN) + 1);
    expect(report.changeReviews).toEqual([
      { path: 'src/api.js', cached: false, linesShown: expect.any(Number), lines: now.length - 1 },
    ]);
    // Cached under the new content like any result, saying which depth produced it.
    const doc = readJson<CacheDoc>(join(repo.dir, '.file_hash_cache.json'));
    const entry = Object.entries(doc.entries).find(([k]) => k.startsWith(`${sha256(now.join('\n'))}:`))?.[1];
    expect(entry).toMatchObject({ depth: 'change' });
    expect(entry?.findings).toHaveLength(2);

    // review-depth full reuses no result a change review produced: the file is reviewed whole again.
    bedrock.calls.length = 0;
    const full = await runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 3, baseSha: base }) },
      inputs: { ...inputs, 'review-depth': 'full' },
      env,
    });
    expect(full.outputs['cache-hits']).toBe('0');
    expect(bedrock.calls.flatMap((c) => c.files.flatMap((f) => f.numbers))).toContain(
      now.indexOf(OLD_VULN) + 1,
    );
    expect(Number(full.outputs['input-tokens'])).toBeGreaterThan(Number(push.outputs['input-tokens']) * 0.9);
  }, 200_000);

  it('reviews the file whole when the model refuses its change view as too long', async () => {
    const fresh = makeRepo({ 'README.md': '# demo\n' });
    const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url };
    const inputs = { 'cache-backend': 'local', 'fail-on-severity': 'none' };
    try {
      const before = fresh.git('rev-parse', 'HEAD');
      fresh.write({ 'src/api.js': module80k().join('\n') });
      const base = fresh.commit('api');
      const push = await runAction({
        workspace: fresh.dir,
        event: { name: 'push', payload: pushPayload(fresh.dir, before) },
        inputs,
        env,
      });
      expect(push.code).toBe(0);
      const now = [...module80k(), NEW_VULN];
      fresh.git('checkout', '-q', '-b', 'feature');
      fresh.write({ 'src/api.js': now.join('\n') });
      fresh.commit('edit');
      // Bedrock refuses the change review's request as past the model's context; whole files are answered.
      bedrock.options.fault = (call) =>
        JSON.stringify(call.body).includes('[change review:')
          ? {
              kind: 'error',
              status: 400,
              type: 'ValidationException',
              message: 'Input is too long for requested model.',
            }
          : undefined;
      bedrock.calls.length = 0;
      const r = await runAction({
        workspace: fresh.dir,
        event: { name: 'pull_request', payload: pullRequestPayload(fresh.dir, { number: 5, baseSha: base }) },
        inputs,
        env,
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('src/api.js: reviewed by its change (review-depth auto)');
      expect(r.stdout).toContain(
        'src/api.js: its change review failed (ValidationException: Input is too long for requested model.); reviewing the whole file instead.',
      );
      expect(bedrock.calls).toHaveLength(2);
      const report = readJson<JsonReport>(join(fresh.dir, 'ai-scanner-report.json'));
      expect(report.notScanned).toEqual([]);
      expect(report.changeReviews).toBeUndefined();
      expect(report.findings.map((f) => f.title).sort()).toEqual([
        'Command injection in thumbnails',
        'SQL injection in orders',
      ]);
      // Cached as the whole review it was: no depth mark.
      const doc = readJson<CacheDoc>(join(fresh.dir, '.file_hash_cache.json'));
      const entry = Object.entries(doc.entries).find(([k]) =>
        k.startsWith(`${sha256(now.join('\n'))}:`),
      )?.[1];
      expect(entry).toBeDefined();
      expect(entry?.depth).toBeUndefined();
    } finally {
      bedrock.options.fault = undefined;
      fresh.cleanup();
    }
  }, 200_000);

  it('fails closed: a large file whose earlier version has no cached result is reviewed whole', async () => {
    const fresh = makeRepo({ 'src/api.js': module80k().join('\n') });
    try {
      const base = fresh.git('rev-parse', 'HEAD');
      fresh.write({ 'src/api.js': [...module80k(), NEW_VULN].join('\n') });
      fresh.commit('edit');
      bedrock.calls.length = 0;
      const r = await runAction({
        workspace: fresh.dir,
        event: { name: 'pull_request', payload: pullRequestPayload(fresh.dir, { number: 4, baseSha: base }) },
        inputs: { 'cache-backend': 'local', 'fail-on-severity': 'none' },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        'src/api.js: reviewed whole (its earlier version has no result in the cache)',
      );
      const report = readJson<JsonReport>(join(fresh.dir, 'ai-scanner-report.json'));
      expect(report.changeReviews).toBeUndefined();
      expect(report.findings.map((f) => f.title).sort()).toEqual([
        'Command injection in thumbnails',
        'SQL injection in orders',
      ]);
    } finally {
      fresh.cleanup();
    }
  }, 200_000);
});
