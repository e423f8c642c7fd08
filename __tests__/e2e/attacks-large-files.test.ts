/**
 * Large files are reviewed whole, end to end: the bundled action on a pull request against the Bedrock stand-in,
 * which refuses a request past the model's context as Bedrock does (400 ValidationException "Input is too long
 * for requested model."). A backdoor followed by a quarter megabyte of blank lines, and a large file whose
 * vulnerable line is near its end, must both reach the model at their real line numbers, never "not scanned".
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, runAction, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';

interface JsonReport {
  findings: { path: string; title: string; startLine: number; severity: string }[];
  notScanned: { path: string; reason: string }[];
  model: { calls: number; usage: { inputTokens: number; outputTokens: number } };
}
interface CacheDoc {
  entries: Record<string, { tokens: { in: number; out: number } }>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const BACKDOOR = '    os.system(request.args["cmd"])  # VULN:critical:Command injection backdoor';

/** A few lines of code, a quarter megabyte of blank lines, one more line: 244 KiB, under max-file-size-kb. */
const LAST = 'print("done")  # VULN:low:Line after the blank lines';
const BLANK_PADDED = [
  'import os',
  'def handler(request):',
  BACKDOOR,
  '    return "ok"',
  '\n'.repeat(250_000),
  LAST,
  '',
].join('\n');
const LAST_LINE = BLANK_PADDED.split('\n').indexOf(LAST) + 1;

const SQLI =
  '  return db.query("SELECT * FROM users WHERE id = " + req.query.id); // VULN:critical:SQL injection';

/** About 240 KB of ordinary-looking handlers, with one vulnerable line near the end; its 1-based line number. */
function bigModule(): { content: string; vulnLine: number } {
  const lines: string[] = ["import { db } from './db.js';", ''];
  for (let i = 0; lines.join('\n').length < 238_000; i++)
    lines.push(
      `export function handler${i}(req, res) {`,
      `  const id = Number(req.params.id) + ${i};`,
      '  if (!Number.isFinite(id)) return res.status(400).json({ error: "bad id" });',
      `  const name = \`item-\${id}-${(i * 7919) % 10007}\`;`,
      `  return res.json({ id, name, page: ${i % 13}, size: ${(i * 31) % 97} });`,
      '}',
      '',
    );
  lines.push('export function lookup(req) {', SQLI, '}', ...Array(40).fill('// end of module'), '');
  return { content: lines.join('\n'), vulnLine: lines.indexOf(SQLI) + 1 };
}

describe('attack: large files are reviewed whole (end to end)', () => {
  let bedrock: BedrockStandIn;
  let repo: Repo;
  let base: string;

  beforeAll(async () => {
    bedrock = await startBedrock();
  });
  afterAll(async () => {
    await bedrock.close();
  });
  beforeEach(() => {
    bedrock.calls.length = 0;
    bedrock.options.maxInputTokens = undefined;
    repo = makeRepo({ 'README.md': '# demo\n' });
    base = repo.git('rev-parse', 'HEAD');
  });
  afterEach(() => repo.cleanup());

  const run = (): Promise<ActionRun> =>
    runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 7, baseSha: base }) },
      inputs: { 'cache-backend': 'local', 'fail-on-severity': 'none' },
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      timeoutMs: 120_000,
    });
  const report = () => readJson<JsonReport>(join(repo.dir, 'ai-scanner-report.json'));
  const sentLines = (path: string) =>
    bedrock.calls
      .filter((c) => !c.refused)
      .flatMap((c) =>
        c.files.filter((f) => f.path === path).flatMap((f) => f.lines.map((text, i) => [f.numbers[i], text])),
      );

  it('a backdoor followed by 250 KB of blank lines reaches the model at its line and the file is reviewed', async () => {
    repo.write({ 'src/handler.py': BLANK_PADDED });
    repo.commit('handler');
    const r = await run();
    expect(r.code).toBe(0);

    // Every request fitted the context: the stand-in answered each one.
    expect(bedrock.calls.length).toBeGreaterThan(0);
    expect(bedrock.answered).toBe(bedrock.calls.length);
    expect(sentLines('src/handler.py')).toContainEqual([3, BACKDOOR]);
    expect(sentLines('src/handler.py')).toContainEqual([LAST_LINE, LAST]);

    const { findings, notScanned } = report();
    expect(notScanned).toEqual([]);
    expect(findings.map((f) => [f.path, f.startLine, f.title]).sort()).toEqual([
      ['src/handler.py', LAST_LINE, 'Line after the blank lines'],
      ['src/handler.py', 3, 'Command injection backdoor'],
    ]);
  }, 150_000);

  it('a 240 KB file past a small context is reviewed in chunks, the finding at its real line', async () => {
    const { content, vulnLine } = bigModule();
    expect(content.length).toBeGreaterThan(230_000);
    expect(content.length).toBeLessThan(256 * 1024);
    // A model whose context holds about a sixth of the file: the action learns it from the refusals.
    bedrock.options.maxInputTokens = 16_000;
    repo.write({ 'src/api.js': content });
    repo.commit('api');
    const r = await run();
    expect(r.code).toBe(0);

    const { findings, notScanned, model } = report();
    expect(notScanned).toEqual([]);
    expect(findings.map((f) => [f.path, f.startLine, f.title])).toEqual([
      ['src/api.js', vulnLine, 'SQL injection'],
    ]);
    expect(sentLines('src/api.js')).toContainEqual([vulnLine, SQLI]);
    // Reviewed in several chunks that fit, and every line of the file reached the model in one of them.
    expect(bedrock.answered).toBeGreaterThan(4);
    const seen = new Set(sentLines('src/api.js').map(([n]) => n));
    const total = content.split('\n').length - 1;
    expect([...Array(total).keys()].filter((i) => !seen.has(i + 1))).toEqual([]);
    // The file's cache entry carries what all its chunks cost.
    const doc = readJson<CacheDoc>(join(repo.dir, '.file_hash_cache.json'));
    const entry = Object.entries(doc.entries).find(([k]) => k.startsWith(`${sha256(content)}:`))?.[1];
    expect(entry?.tokens.in).toBe(model.usage.inputTokens);
    expect(entry?.tokens.out).toBe(model.usage.outputTokens);
    expect(model.calls).toBe(bedrock.calls.length);
  }, 150_000);
});
