/**
 * review-depth: what a small change to a large file costs. An 80 KB file is reviewed whole by a push, then pull
 * requests change a few lines of it; the input tokens of each review-depth are measured against the Bedrock
 * stand-in through the bundled action (`npm run bench -- regions`).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { applyPatch } from 'diff';
import { makeRepo, pullRequestPayload, pushPayload, runAction } from '../__tests__/e2e/harness.js';

type Row = (what: string, value: string, target: string, ok: boolean) => void;

const VULN = '  return exec("convert " + req.query.file); // VULN:critical:Command injection';

function module80k(): string[] {
  const lines = ["import { db, exec } from './deps.js';", ''];
  for (let i = 0; lines.join('\n').length < 80_000; i++)
    lines.push(
      `export function handler${i}(req, res) {`,
      `  const id = Number(req.params.id) + ${i};`,
      '  if (!Number.isFinite(id)) return res.status(400).json({ error: "bad id" });',
      `  return res.json({ id, page: ${i % 13}, size: ${(i * 31) % 97} });`,
      '}',
      '',
    );
  return lines;
}

/** Input tokens (prompt-cache reads and writes included) of one push and a series of small pull requests. */
async function series(bedrockUrl: string, depth: 'auto' | 'full', edits: number) {
  const repo = makeRepo({ 'README.md': '# bench\n' });
  const inputs = { 'cache-backend': 'local', 'fail-on-severity': 'none', 'review-depth': depth };
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrockUrl };
  const before = repo.git('rev-parse', 'HEAD');
  let lines = module80k();
  repo.write({ 'src/api.js': lines.join('\n') });
  repo.commit('api');
  const push = await runAction({
    workspace: repo.dir,
    event: { name: 'push', payload: pushPayload(repo.dir, before) },
    inputs,
    env,
  });
  const cold = Number(push.outputs['input-tokens']);
  const prs: number[] = [];
  let found = 0;
  for (let k = 1; k <= edits; k++) {
    // Each pull request edits two lines of another handler and is merged; the next one starts from there.
    const base = repo.git('rev-parse', 'HEAD');
    lines = [...lines];
    const at = lines.indexOf(`export function handler${k * 97}(req, res) {`);
    lines[at + 1] = `  const id = Number(req.params.id) + ${k * 1000};`;
    lines.splice(at + 2, 0, k === 1 ? VULN : `  log(${k});`);
    repo.write({ 'src/api.js': lines.join('\n') });
    repo.commit(`edit ${k}`);
    const payload = pullRequestPayload(repo.dir, { number: k, baseSha: base });
    const pr = await runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload },
      inputs,
      env,
    });
    prs.push(Number(pr.outputs['input-tokens']));
    if (k === 1) found = Number(pr.outputs.critical);
    // The merge's push reviews the same content: a plain cache hit when the pull request's result is shared.
    await runAction({
      workspace: repo.dir,
      event: { name: 'push', payload: pushPayload(repo.dir, base) },
      inputs: { ...inputs, 'cache-scope': 'shared' },
      env,
    });
  }
  repo.cleanup();
  return { cold, prs, found };
}

export async function regionsBench(bedrockUrl: string, row: Row): Promise<void> {
  await honoReplay(bedrockUrl, row);
  const auto = await series(bedrockUrl, 'auto', 5);
  const full = await series(bedrockUrl, 'full', 5);
  const ratio = auto.prs[0]! / auto.cold;
  row(
    `80 KB file, two lines changed (one a new issue): input tokens vs its cold review (${auto.prs[0]} / ${auto.cold})`,
    `${(ratio * 100).toFixed(1)}%, new issue ${auto.found ? 'found' : 'missed'}`,
    '≤ 30%, found',
    ratio <= 0.3 && auto.found === 1,
  );
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  row(
    `5 pull requests of two-line edits to the 80 KB file: input tokens auto / full (${auto.prs.join(', ')} vs ${full.prs.join(', ')})`,
    `${sum(auto.prs)} / ${sum(full.prs)} (${((sum(auto.prs) / sum(full.prs)) * 100).toFixed(1)}%)`,
    'reported',
    true,
  );
}

/**
 * The versions of a real file: hono's `src/hono.test.ts` (about 105 KB, MIT) over its last 12 commits, as its
 * first version and each commit's patch (bench/fixtures/hono-test-history.json.gz, made with `git show` and
 * `git diff` in a clone of github.com/honojs/hono).
 */
function honoVersions(): { path: string; versions: string[] } {
  const doc = JSON.parse(
    gunzipSync(readFileSync(new URL('./fixtures/hono-test-history.json.gz', import.meta.url))).toString(
      'utf8',
    ),
  ) as { path: string; base: string; commits: { patch: string }[] };
  const versions = [doc.base];
  for (const c of doc.commits) {
    const next = applyPatch(versions.at(-1)!, c.patch);
    if (next === false) throw new Error('a recorded patch no longer applies');
    versions.push(next);
  }
  return { path: doc.path, versions };
}

/** Each version pushed to main after the one before: the input tokens of every push's review after the first. */
async function replayPushes(bedrockUrl: string, path: string, versions: string[], depth: 'auto' | 'full') {
  const repo = makeRepo({ 'README.md': '# bench\n' });
  const inputs = { 'cache-backend': 'local', 'fail-on-severity': 'none', 'review-depth': depth };
  const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrockUrl };
  const tokens: number[] = [];
  for (const content of versions) {
    const before = repo.git('rev-parse', 'HEAD');
    repo.write({ [path]: content });
    repo.commit('next version');
    const push = await runAction({
      workspace: repo.dir,
      event: { name: 'push', payload: pushPayload(repo.dir, before) },
      inputs,
      env,
    });
    tokens.push(Number(push.outputs['input-tokens']));
  }
  repo.cleanup();
  return tokens.slice(1);
}

async function honoReplay(bedrockUrl: string, row: Row): Promise<void> {
  const { path, versions } = honoVersions();
  const auto = await replayPushes(bedrockUrl, path, versions, 'auto');
  const full = await replayPushes(bedrockUrl, path, versions, 'full');
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  row(
    `replay of ${versions.length - 1} real commits to hono's ${path} (${(versions[0]!.length / 1024).toFixed(0)} KB): input tokens auto / full`,
    `${sum(auto)} / ${sum(full)} (${((sum(auto) / sum(full)) * 100).toFixed(1)}%)`,
    'reported',
    true,
  );
  console.log(`hono replay, input tokens per push: auto ${auto.join(', ')}; full ${full.join(', ')}`);
}
