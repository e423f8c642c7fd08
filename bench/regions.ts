/**
 * review-depth: what a small change to a large file costs. An 80 KB file is reviewed whole by a push, then pull
 * requests change a few lines of it; the input tokens of each review-depth are measured against the Bedrock
 * stand-in through the bundled action (`npm run bench -- regions`).
 */
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
