/**
 * Attacks on what the gate reviews and what it withholds, end to end: the bundled action on a pull request, the
 * Bedrock stand-in recording every request.
 * - A private-key marker in a comment no longer makes a source file skip review: the file's vulnerable lines
 *   reach the model, the key's body does not, and the committed key is a finding of its own.
 * - Hand-written code under build/ is reviewed; only files that show they are generated are skipped there.
 * - Credential files (.envrc, .env-production, .pgpass, .s3cfg, docker and kube configs, gh's hosts.yml, netrc,
 *   tfvars, key files) are never sent, and each is reported as a finding.
 * - PuTTY, SSH2 and base64-encoded private keys, and credential values, inside source files never reach the
 *   model; no secret value appears in any request, report, SARIF, summary, comment or check run.
 * - A pull request that changes vendored files says so in its comment.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, pullRequestPayload, runAction, type ActionRun, type Repo } from './harness.js';
import { startBedrock, type BedrockStandIn } from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';

interface JsonReport {
  skipped: { path: string; reason: string }[];
  findings: { path: string; title: string; cwe?: string; startLine: number }[];
}

const hex = (n: number) => randomBytes(n).toString('hex');
/** A DER-looking base64 key body, unique to this run, `lines` lines of 64 characters. */
const keyLines = (lines: number) =>
  Array.from({ length: lines }, (_, i) =>
    ((i === 0 ? 'MIIE' : '') + randomBytes(60).toString('base64')).slice(0, 64),
  );

/** The key whose only visible sign is a comment: the file must still be reviewed. */
const PEM_BODY = keyLines(6);
const HANDLER = [
  '// -----BEGIN PRIVATE KEY-----',
  "import { exec } from 'node:child_process';",
  '',
  'const signingKey = `-----BEGIN PRIVATE KEY-----',
  ...PEM_BODY,
  '-----END PRIVATE KEY-----`;',
  '',
  'export function handler(req: { query: { cmd: string } }) {',
  '  exec(req.query.cmd); // VULN:critical:Command injection in handler',
  '  return signingKey.length;',
  '}',
  '',
].join('\n');

const BACKDOOR = [
  "import { execSync } from 'node:child_process';",
  '',
  '// Runs as part of the release build.',
  'export function postBuild(env: Record<string, string | undefined>) {',
  "  execSync(env.HOOK ?? ''); // VULN:critical:Backdoor in build script",
  '}',
  '',
].join('\n');

/** Generated output under dist/ (a source map comment) stays skipped. */
const BUNDLE = 'export const x = 1;\n//# sourceMappingURL=index.js.map\n';

/** Key formats secretlint's PEM rule does not see. */
const PUTTY = keyLines(3);
const PUTTY_MAC = hex(32);
const SSH2 = keyLines(4).map((l) => l.replace(/^MIIE/, 'P2/5'));
const B64_KEY = Buffer.from(
  ['-----BEGIN RSA PRIVATE KEY-----', ...keyLines(5), '-----END RSA PRIVATE KEY-----'].join('\n'),
).toString('base64');
const GH_TOKEN = `gho_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`;
const AWS_SECRET = randomBytes(30).toString('base64').replace(/[+/]/g, 'A').slice(0, 40);
const KEYS_FILE = [
  'PuTTY-User-Key-File-3: ssh-rsa',
  'Encryption: none',
  'Comment: deploy',
  'Public-Lines: 1',
  'AAAAB3NzaC1yc2EAAAADAQABAAABAQ',
  `Private-Lines: ${PUTTY.length}`,
  ...PUTTY,
  `Private-MAC: ${PUTTY_MAC}`,
  '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
  'Comment: "rsa-key-20240101"',
  ...SSH2,
  '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
].join('\n');
const CONFIG_PY = [
  'import os',
  `ENCODED_KEY = "${B64_KEY}"`,
  `aws_secret_access_key = "${AWS_SECRET}"`,
  'def run():',
  '    os.system(input())  # VULN:high:Command injection in config',
  '',
].join('\n');
/** A hosts.yml that is not gh's: reviewed, with its token redacted. */
const HOSTS = `github.com:\n  user: octo\n  oauth_token: ${GH_TOKEN}\n  git_protocol: https\n`;

/** Each credential file, with a value unique to this run that must never leave. */
const CREDENTIAL_VALUES: Record<string, string> = {
  '.envrc': `envrc-${hex(16)}`,
  '.env-production': `envprod-${hex(16)}`,
  '.env.local': `envlocal-${hex(16)}`,
  '.pgpass': `pgpass-${hex(16)}`,
  '.s3cfg': `s3cfg-${hex(16)}`,
  '.docker/config.json': Buffer.from(`octo:docker-${hex(16)}`).toString('base64'),
  '.kube/config': `kube-${hex(16)}`,
  '.config/gh/hosts.yml': `gho_${hex(18)}`,
  _netrc: `netrc-${hex(16)}`,
  '.netrc': `dotnetrc-${hex(16)}`,
  'infra/prod.tfvars': `tfvars-${hex(16)}`,
  'deploy/server.pem': `pem-${hex(16)}`,
  '.ssh/id_rsa': `idrsa-${hex(16)}`,
  'keys/deploy.ppk': `ppk-${hex(16)}`,
};
const v = CREDENTIAL_VALUES;
const CREDENTIAL_FILES: Record<string, string> = {
  '.envrc': `export DATABASE_PASSWORD=${v['.envrc']}\n`,
  '.env-production': `API_KEY=${v['.env-production']}\n`,
  '.env.local': `SESSION_SECRET=${v['.env.local']}\n`,
  '.pgpass': `db.internal:5432:app:app:${v['.pgpass']}\n`,
  '.s3cfg': `[default]\naccess_key = AKIAEXAMPLE\nsecret_key = ${v['.s3cfg']}\n`,
  '.docker/config.json': `{"auths":{"ghcr.io":{"auth":"${v['.docker/config.json']}"}}}\n`,
  '.kube/config': `apiVersion: v1\nusers:\n- name: admin\n  user:\n    token: ${v['.kube/config']}\n`,
  '.config/gh/hosts.yml': `github.com:\n  oauth_token: ${v['.config/gh/hosts.yml']}\n`,
  _netrc: `machine api.example.com login octo password ${v._netrc}\n`,
  '.netrc': `machine api.example.com login octo password ${v['.netrc']}\n`,
  'infra/prod.tfvars': `db_password = "${v['infra/prod.tfvars']}"\n`,
  'deploy/server.pem': `-----BEGIN PRIVATE KEY-----\n${v['deploy/server.pem']}\n-----END PRIVATE KEY-----\n`,
  '.ssh/id_rsa': `-----BEGIN OPENSSH PRIVATE KEY-----\n${v['.ssh/id_rsa']}\n-----END OPENSSH PRIVATE KEY-----\n`,
  'keys/deploy.ppk': `PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 1\n${v['keys/deploy.ppk']}\n`,
};

describe('attacks on what is reviewed and what is withheld (end to end)', () => {
  let bedrock: BedrockStandIn;
  let github: GitHubStandIn;
  let repo: Repo;
  let r: ActionRun;
  let report: JsonReport;
  /** Every request the model got, as sent. */
  let requests: string;

  beforeAll(async () => {
    bedrock = await startBedrock();
    github = await startGitHubApi();
    repo = makeRepo({ 'README.md': '# demo\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({
      'src/handler.ts': HANDLER,
      'build/backdoor.ts': BACKDOOR,
      'dist/index.js': BUNDLE,
      'src/keys.txt': KEYS_FILE,
      'src/config.py': CONFIG_PY,
      'hosts.yml': HOSTS,
      'vendor/acme/lib.js': 'module.exports = 1;\n',
      ...CREDENTIAL_FILES,
    });
    repo.commit('feature');
    r = await runAction({
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload(repo.dir, { number: 12, baseSha: base }) },
      inputs: {
        'cache-backend': 'none',
        'fail-on-severity': 'none',
        'pr-comment': 'true',
        'check-run': 'true',
      },
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url, GITHUB_API_URL: github.url },
    });
    report = JSON.parse(readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8')) as JsonReport;
    requests = JSON.stringify(bedrock.calls.map((c) => c.body));
  });
  afterAll(async () => {
    repo.cleanup();
    await Promise.all([bedrock.close(), github.close()]);
  });

  const sent = (path: string) => bedrock.calls.flatMap((c) => c.files).find((f) => f.path === path);

  it('the run completed, with the comment and the check run', () => {
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(github.comments.length, 1);
    assert.equal(github.checkRuns[0]?.status, 'completed');
  });

  it('a private-key comment does not hide a file: its vulnerable lines reach the model, the key body does not', () => {
    const file = sent('src/handler.ts');
    assert.ok(file, `src/handler.ts was not sent; skipped: ${JSON.stringify(report.skipped)}`);
    assert.ok(
      file.lines.some((l) => l.includes('exec(req.query.cmd)')),
      'the vulnerable line reached the model',
    );
    assert.equal(file.lines.length, HANDLER.replace(/\n$/, '').split('\n').length, 'the line count is kept');
    for (const line of PEM_BODY) assert.ok(!requests.includes(line), 'a line of the key reached the model');
    const titles = report.findings.filter((f) => f.path === 'src/handler.ts').map((f) => f.title);
    assert.ok(titles.includes('Command injection in handler'), titles.join('; '));
    const key = report.findings.find((f) => f.path === 'src/handler.ts' && f.cwe === 'CWE-798');
    assert.ok(key, 'the committed key is a finding');
    assert.ok(key.startLine >= 4 && key.startLine <= 5, `at the key's lines (${key.startLine})`);
  });

  it('hand-written code under build/ is reviewed; a file that shows it is generated is skipped', () => {
    const file = sent('build/backdoor.ts');
    assert.ok(file, `build/backdoor.ts was not sent; skipped: ${JSON.stringify(report.skipped)}`);
    assert.ok(report.findings.some((f) => f.path === 'build/backdoor.ts' && /Backdoor/.test(f.title)));
    assert.equal(sent('dist/index.js'), undefined);
    assert.deepEqual(
      report.skipped.find((s) => s.path === 'dist/index.js'),
      { path: 'dist/index.js', reason: 'generated' },
    );
  });

  for (const path of Object.keys(CREDENTIAL_FILES))
    it(`${path} is never sent, and is reported as a finding`, () => {
      assert.equal(sent(path), undefined, `${path} was sent to the model`);
      assert.ok(!requests.includes(`path=${JSON.stringify(path)}`), `${path}: its name reached the model`);
      assert.ok(!requests.includes(CREDENTIAL_VALUES[path]!), `${path}: its value reached the model`);
      assert.deepEqual(
        report.skipped.find((s) => s.path === path),
        { path, reason: 'secret' },
      );
      assert.ok(
        report.findings.some((f) => f.path === path && f.cwe === 'CWE-798'),
        `${path}: no finding reports it`,
      );
    });

  it('PuTTY, SSH2 and base64-encoded keys and credential values in source files are redacted, the files reviewed', () => {
    for (const path of ['src/keys.txt', 'src/config.py', 'hosts.yml'])
      assert.ok(sent(path), `${path} was not sent`);
    const leaks = [
      ...PUTTY.map((l, i) => [`PuTTY line ${i + 1}`, l]),
      ...SSH2.map((l, i) => [`SSH2 line ${i + 1}`, l]),
      ['PuTTY MAC', PUTTY_MAC],
      ['base64 key (a slice of it)', B64_KEY.slice(40, 100)],
      ['gho token', GH_TOKEN],
      ['AWS secret key', AWS_SECRET],
    ].filter(([, value]) => requests.includes(value!));
    assert.deepEqual(leaks, []);
    assert.ok(sent('src/config.py')!.lines.some((l) => l.includes('os.system(input())')));
    assert.ok(report.findings.some((f) => f.path === 'src/config.py' && /Command injection/.test(f.title)));
  });

  it('no secret value appears in any request, report, SARIF, summary, comment or check run', () => {
    const secrets: Record<string, string> = {
      ...Object.fromEntries(
        Object.entries(CREDENTIAL_VALUES).map(([p, value]) => [`the value in ${p}`, value]),
      ),
      'the PEM body': PEM_BODY[2]!,
      'the PuTTY key': PUTTY[1]!,
      'the SSH2 key': SSH2[1]!,
      'the base64 key': B64_KEY.slice(40, 100),
      'the gho token': GH_TOKEN,
      'the AWS secret key': AWS_SECRET,
    };
    const surfaces: Record<string, string> = {
      'model requests': requests,
      'JSON report': readFileSync(join(repo.dir, 'ai-scanner-report.json'), 'utf8'),
      SARIF: readFileSync(join(repo.dir, 'ai-scanner.sarif'), 'utf8'),
      'job summary': r.summary,
      'PR comment': github.comments.map((c) => c.body).join('\n'),
      'check run': JSON.stringify(github.checkRuns.map((c) => c.output)),
      log: r.stdout + r.stderr,
      outputs: JSON.stringify(r.outputs),
    };
    const leaks = Object.entries(surfaces).flatMap(([where, text]) =>
      Object.entries(secrets)
        .filter(([, value]) => text.includes(value))
        .map(([what]) => `${what} in the ${where}`),
    );
    assert.deepEqual(leaks, []);
  });

  it('a pull request that changes vendored files says so in its comment', () => {
    const comment = github.comments[0]!.body;
    assert.match(
      comment,
      /touches 1 file\(s\) in vendored folders, which are not reviewed: `vendor\/acme\/lib\.js`/,
    );
  });
});
