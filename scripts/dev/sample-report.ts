/**
 * The sample job summary and pull-request comment the README shows (docs/sample-summary.md and
 * docs/sample-comment.md), from a real end-to-end run of the bundled action (dist/) against the local
 * stand-ins (S3 through s3rver, the Bedrock Converse stand-in, the GitHub API stand-in): a push to main fills
 * the cache, then a pull request renames three files (cache hits), adds three with issues (one model call), and
 * touches a lockfile and a secret-looking file (never sent).
 *
 *   node --import tsx scripts/dev/sample-report.ts            writes docs/sample-summary.md and docs/sample-comment.md
 *   node --import tsx scripts/dev/sample-report.ts --check    writes nothing; exit 1 when they are stale
 *   node --import tsx scripts/dev/sample-report.ts OUT_DIR    writes OUT_DIR/summary.md and OUT_DIR/comment.md
 *
 * `npm run docs` runs it too, and __tests__/unit/docs.test.ts checks the committed files are current.
 * AI_SCANNER_DIST names another bundle. The run is deterministic (fixed commit dates, scripted answers): the only
 * part that depends on the day it runs is the month of the summary's "so far" table, which the check ignores.
 * What the findings say is scripted below (the stand-in is not a model); everything else (cost, tokens, hit
 * rate, layout, escaping) is what the action rendered, formatted as prettier formats markdown.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { makeRepo, pullRequestPayload, pushPayload, runAction } from '../../__tests__/e2e/harness.js';
import { markerFindings, startBedrock } from '../../__tests__/stand-ins/bedrock.js';
import { startGitHubApi } from '../../__tests__/stand-ins/github-api.js';
import { startS3rver, S3RVER_KEY } from '../../__tests__/stand-ins/s3rver.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SAMPLE_SUMMARY = resolve(ROOT, 'docs/sample-summary.md');
export const SAMPLE_COMMENT = resolve(ROOT, 'docs/sample-comment.md');

const BUCKET = 'acme-scanner-cache';

/** What a model would say about each marked line. */
const WORDING: Record<
  string,
  { cwe: string; framework?: string; explanation: string; fix: string; confidence: string }
> = {
  'SQL injection': {
    cwe: 'CWE-89',
    explanation: 'The user name is concatenated into the SQL statement.',
    fix: 'Pass it as a parameter: conn.execute("SELECT * FROM users WHERE name = ?", (name,)).',
    confidence: 'high',
  },
  'Path traversal in file download': {
    cwe: 'CWE-22',
    explanation: 'The file name comes from the query string; "../" reaches files outside /srv/files.',
    fix: 'Resolve the path and check that it stays under the base folder.',
    confidence: 'high',
  },
  'Card number written to the debug log': {
    cwe: 'CWE-532',
    framework: 'pci-dss',
    explanation: 'The full primary account number is logged (PCI DSS 3.4).',
    fix: 'Log only the last four digits.',
    confidence: 'medium',
  },
};

export interface Samples {
  summary: string;
  comment: string;
}

/** The header of each committed sample: where it comes from, and that it is generated. */
function header(what: string): string {
  return (
    `<!-- ${what}, as the action rendered it in an end-to-end run against local stand-ins ` +
    '(scripts/dev/sample-report.ts; `npm run docs` regenerates it). Do not edit. -->\n\n'
  );
}

async function format(markdown: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(markdown, { ...options, filepath: file });
}

/** The month of the summary's "so far" table is the day's; everything else is the same on every run. */
export function normalizeSample(text: string): string {
  return text.replace(/\b\d{4}-\d{2} so far\b/g, 'YYYY-MM so far');
}

/** Runs the bundled action twice (push, then pull request) and returns the two samples, formatted. */
export async function renderSamples(): Promise<Samples> {
  // Fixed commit dates and author (the harness sets the author): the same commits, so the same links, every run.
  const saved = { author: process.env.GIT_AUTHOR_DATE, committer: process.env.GIT_COMMITTER_DATE };
  process.env.GIT_AUTHOR_DATE = process.env.GIT_COMMITTER_DATE = '2025-11-24T09:00:00Z';
  const bedrock = await startBedrock({
    answer: (call) => ({
      findings: (markerFindings(call.files).findings as { title: string }[]).map((f) => ({
        ...f,
        ...WORDING[f.title],
        category: WORDING[f.title]?.framework ? 'compliance' : 'security',
      })),
    }),
  });
  const github = await startGitHubApi();
  const s3 = await startS3rver({ buckets: [BUCKET] });

  const files: Record<string, string> = {
    '.gitignore': '.file_hash_cache.json\n',
    'package-lock.json': '{}\n',
    'app/db.py': 'import sqlite3\n\ndef connect(path):\n    return sqlite3.connect(path)\n',
  };
  for (let i = 0; i < 44; i++)
    files[`app/handlers/h${i}.py`] = `def handler_${i}(event):\n    return {"status": 200, "id": ${i}}\n`;
  const repo = makeRepo(files);
  try {
    const env = {
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
      AWS_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
      GITHUB_API_URL: github.url,
    };
    const inputs = {
      's3-bucket': BUCKET,
      'pr-comment': 'true',
      'check-run': 'true',
      'sarif-file': '',
      'report-file': '',
    };
    const push = await runAction({
      workspace: repo.dir,
      inputs,
      env,
      event: { name: 'push', payload: pushPayload(repo.dir) },
    });
    if (push.code !== 0) throw new Error(`the push run failed:\n${push.stdout}`);
    const base = repo.git('rev-parse', 'HEAD');
    for (const i of [1, 2, 3]) repo.move(`app/handlers/h${i}.py`, `app/api/v2/h${i}.py`);
    repo.write({
      'app/db.py':
        'import sqlite3\n\ndef connect(path):\n    return sqlite3.connect(path)\n\n' +
        'def user(conn, name):\n' +
        '    return conn.execute("SELECT * FROM users WHERE name = \'" + name + "\'")  # VULN:high:SQL injection\n',
      'app/files.py':
        'import os\n\ndef download(request):\n    name = request.args["file"]\n' +
        '    return open(os.path.join("/srv/files", name)).read()  # VULN:medium:Path traversal in file download\n',
      'app/billing.py':
        'import logging\n\ndef charge(card):\n' +
        '    logging.debug("charging %s", card.number)  # VULN:low:Card number written to the debug log\n',
      'package-lock.json': '{ "lockfileVersion": 3 }\n',
      'deploy/.env.staging': 'API_KEY=never-sent-to-the-model\n',
    });
    repo.commit('v2 handlers, user lookup, downloads, billing');
    const pr = await runAction({
      workspace: repo.dir,
      inputs,
      env: { ...env, GITHUB_REF: 'refs/pull/42/merge', GITHUB_HEAD_REF: 'feature' },
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 42, baseSha: base }) },
    });
    const comment = github.comments[0]?.body;
    if (!comment || !pr.summary)
      throw new Error(`the pull request run wrote no comment or summary:\n${pr.stdout}`);
    return {
      summary: await format(header('A sample job summary') + pr.summary, SAMPLE_SUMMARY),
      comment: await format(header('A sample pull-request comment') + comment, SAMPLE_COMMENT),
    };
  } finally {
    repo.cleanup();
    await Promise.all([bedrock.close(), github.close(), s3.close()]);
    for (const [name, value] of [
      ['GIT_AUTHOR_DATE', saved.author],
      ['GIT_COMMITTER_DATE', saved.committer],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}

/** The committed samples that differ from a fresh rendering (month aside): empty when they are current. */
export async function staleSamples(samples?: Samples): Promise<string[]> {
  const fresh = samples ?? (await renderSamples());
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  return [
    [SAMPLE_SUMMARY, fresh.summary],
    [SAMPLE_COMMENT, fresh.comment],
  ]
    .filter(([path, text]) => normalizeSample(read(path!)) !== normalizeSample(text!))
    .map(([path]) => path!.slice(ROOT.length + 1));
}

/** Writes the samples into docs/ (or checks them); returns the exit code. */
export async function writeSamples(check: boolean, outDir?: string): Promise<number> {
  const samples = await renderSamples();
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'summary.md'), samples.summary);
    writeFileSync(join(outDir, 'comment.md'), samples.comment);
    console.log(`wrote ${join(outDir, 'summary.md')} and ${join(outDir, 'comment.md')}`);
    return 0;
  }
  const stale = await staleSamples(samples);
  if (stale.length === 0) {
    console.log('docs/sample-summary.md and docs/sample-comment.md are up to date.');
    return 0;
  }
  if (check) {
    console.error(
      `${stale.join(' and ')} differ from what the bundled action renders: run \`npm run docs\`.`,
    );
    return 1;
  }
  writeFileSync(SAMPLE_SUMMARY, samples.summary);
  writeFileSync(SAMPLE_COMMENT, samples.comment);
  console.log(`${stale.join(' and ')} updated.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  process.exitCode = await writeSamples(
    args.includes('--check'),
    args.find((a) => !a.startsWith('--')),
  );
}
