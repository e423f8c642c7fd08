/**
 * Produces the sample pull-request comment and job summary shown in the README, from a real end-to-end run of
 * the bundled action against the local stand-ins (S3 through s3rver, the Bedrock Converse stand-in, the GitHub
 * API stand-in): a push to main fills the cache, then a pull request renames three files (cache hits) and adds
 * three with issues (one model call).
 *
 *   node scripts/bundle.mjs --out /tmp/dist-docs
 *   AI_SCANNER_DIST=/tmp/dist-docs node --import tsx scripts/sample-report.ts /tmp/sample
 *
 * Writes <out>/comment.md and <out>/summary.md. What the findings say is scripted below (the stand-in is not a
 * model); everything else — cost, tokens, hit rate, layout, escaping — is what the action rendered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, pushPayload, runAction } from '../__tests__/e2e/harness.js';
import { markerFindings, startBedrock } from '../__tests__/stand-ins/bedrock.js';
import { startGitHubApi } from '../__tests__/stand-ins/github-api.js';
import { startS3rver, S3RVER_KEY } from '../__tests__/stand-ins/s3rver.js';

const out = process.argv[2] ?? '/tmp/sample';
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
  '.env': 'API_KEY=never-sent\n',
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
  });
  repo.commit('v2 handlers, user lookup, downloads, billing');
  const pr = await runAction({
    workspace: repo.dir,
    inputs,
    env: { ...env, GITHUB_REF: 'refs/pull/42/merge', GITHUB_HEAD_REF: 'feature' },
    event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 42, baseSha: base }) },
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'comment.md'), github.comments[0]?.body ?? '');
  writeFileSync(join(out, 'summary.md'), pr.summary);
  console.log(`pull request run: exit ${pr.code}; outputs ${JSON.stringify(pr.outputs)}`);
  console.log(`wrote ${join(out, 'comment.md')} and ${join(out, 'summary.md')}`);
} finally {
  repo.cleanup();
  await Promise.all([bedrock.close(), github.close(), s3.close()]);
}
