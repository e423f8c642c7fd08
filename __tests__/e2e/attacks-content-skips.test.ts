/**
 * Attacks on the skips that the reviewed content controls, end to end: the bundled action on a pull request, the
 * Bedrock stand-in recording every request.
 * - One NUL byte in a source file does not make it "binary": the file is reviewed, the byte shown as a visible
 *   placeholder, its lines where they were.
 * - A `// @generated` line at the top of hand-written code under build/ does not make it "generated" on a pull
 *   request: the file is reviewed. A file that shows it is generated otherwise (a source map comment) and a file
 *   of an unknown kind holding binary bytes stay skipped.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, runAction, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

interface JsonReport {
  skipped: { path: string; reason: string }[];
  findings: { path: string; title: string; startLine: number }[];
}

/** A backdoor with one NUL byte in a comment, before the vulnerable line. */
const BACKDOOR_PY = [
  'import os',
  '# \u0000',
  '',
  'def handler(request):',
  "    os.system(request.args['cmd'])  # VULN:critical:Command injection in backdoor",
  '',
].join('\n');

const DEPLOY_TS = [
  '// @generated',
  "import { execSync } from 'node:child_process';",
  '',
  'export function deploy(env: Record<string, string | undefined>) {',
  "  execSync(env.DEPLOY_HOOK ?? ''); // VULN:critical:Backdoor in deploy script",
  '}',
  '',
].join('\n');

describe('attacks on content-based skips (end to end)', () => {
  let bedrock: BedrockStandIn;
  let github: GitHubStandIn;
  let repo: Repo;
  let r: ActionRun;
  let report: JsonReport;

  beforeAll(async () => {
    bedrock = await startBedrock();
    github = await startGitHubApi();
    repo = makeRepo({ 'README.md': '# demo\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({
      'src/backdoor.py': BACKDOOR_PY,
      'build/deploy.ts': DEPLOY_TS,
      'build/bundle.js': 'export const x = 1;\n//# sourceMappingURL=bundle.js.map\n',
      'assets/blob': '\u0001\u0002\u0000\u0003',
    });
    repo.commit('feature');
    r = await runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 14, baseSha: base }) },
      inputs: {
        'cache-backend': 'none',
        'fail-on-severity': 'none',
        'pr-comment': 'true',
        'check-run': 'true',
      },
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url, GITHUB_API_URL: github.url },
    });
    report = JSON.parse(readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8')) as JsonReport;
  });
  afterAll(async () => {
    repo.cleanup();
    await Promise.all([bedrock.close(), github.close()]);
  });

  const sent = (path: string) => bedrock.calls.flatMap((c) => c.files).find((f) => f.path === path);
  const skipped = () => JSON.stringify(report.skipped);

  it('the run completed', () => {
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('a NUL byte does not hide a source file: its vulnerable line reaches the model, at its line', () => {
    const file = sent('src/backdoor.py');
    assert.ok(file, `src/backdoor.py was not sent; skipped: ${skipped()}`);
    const at = file.lines.findIndex((l) => l.includes("os.system(request.args['cmd'])"));
    assert.ok(at >= 0, 'the vulnerable line reached the model');
    assert.equal(file.numbers[at] ?? at + 1, 5, 'at its own line number');
    assert.ok(
      file.lines.some((l) => l.includes('\u2400')),
      'the NUL byte is shown as a placeholder',
    );
    assert.ok(!file.lines.some((l) => l.includes('\u0000')), 'no NUL byte reached the model');
    const finding = report.findings.find((f) => f.path === 'src/backdoor.py');
    assert.equal(finding?.title, 'Command injection in backdoor');
    assert.equal(finding?.startLine, 5);
  });

  it('a @generated header does not hide hand-written code under build/ on a pull request', () => {
    const file = sent('build/deploy.ts');
    assert.ok(file, `build/deploy.ts was not sent; skipped: ${skipped()}`);
    assert.ok(file.lines.some((l) => l.includes("execSync(env.DEPLOY_HOOK ?? '')")));
    assert.ok(report.findings.some((f) => f.path === 'build/deploy.ts' && /Backdoor/.test(f.title)));
  });

  it('other evidence still skips: a source map comment under build/, binary bytes in a file of unknown kind', () => {
    assert.equal(sent('build/bundle.js'), undefined);
    assert.equal(sent('assets/blob'), undefined);
    assert.deepEqual(
      report.skipped.filter((s) => s.path !== 'README.md'),
      [
        { path: 'assets/blob', reason: 'binary' },
        { path: 'build/bundle.js', reason: 'generated' },
      ],
    );
  });
});
