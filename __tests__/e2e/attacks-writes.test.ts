/**
 * Attacks on what the scanner writes, end to end: the bundled action (dist/index.js) and CLI (dist/cli.js) run as
 * the runner and a user run them, against the stand-ins. The pull request's author controls the workspace (file
 * names, symbolic links) and can make the model's answer quote what it likes.
 * - Writes stay home: a committed symlink at `ai-scanner-report.json`, `ai-scanner.sarif`, or at the cache's
 *   temporary file names, pointing outside the workspace, leaves the outside file byte-identical; a refused
 *   report or SARIF write is a warning that names the path, and the run goes on.
 * - Nothing echoed leaks: a model answer quoting the STS session token, the GitHub token and the AWS secret key
 *   appears nowhere in the report, SARIF, summary, comment, check run, outputs or cache.
 * - Link-safe paths: a file named with `)` and a host name renders as one link to the file on GitHub.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  DIST,
  NODE,
  makeRepo,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
  type Repo,
} from './harness.js';
import { startBedrock, type BedrockStandIn, type ConverseCall } from '../stand-ins/bedrock.js';
import { startGitHubApi, type GitHubStandIn } from '../stand-ins/github-api.js';
import { OidcStandIn, StsStandIn } from '../stand-ins/oidc-sts.js';

const ROLE = 'arn:aws:iam::123456789012:role/ai-scanner-pull-requests';
const PR_SUBJECT = 'repo:octo/demo:pull_request';
const STATIC_SECRET = 'standin-secret-key-0000000000000000000000';
const VULN = 'import os\n\ndef run(cmd):\n    os.system(cmd)  # VULN:high:Command injection\n';
const TIMEOUT = 180_000;

/** Files outside the workspace that committed links point at; each must be byte-identical after the run. */
class Outside {
  readonly dir = mkdtempSync(join(tmpdir(), 'ai-scanner-outside-'));
  private readonly files = new Map<string, Buffer>();
  file(name: string): string {
    const path = join(this.dir, name);
    const content = Buffer.from(`#!/bin/sh\n# ${name}: a file of the runner's, outside the workspace\n`);
    writeFileSync(path, content);
    this.files.set(path, content);
    return path;
  }
  /** The files that changed (or vanished), or a link target that now exists. */
  changed(): string[] {
    return [...this.files].filter(([p, c]) => !existsSync(p) || !readFileSync(p).equals(c)).map(([p]) => p);
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Links for the temporary names a cache write could use (`<cache>.<pid>.tmp`), committed for the next several
 * thousand process ids (Linux hands them out in order), so whatever pid the run gets, its name is a link.
 */
function linkPidTempNames(repo: Repo, cacheName: string, target: string): void {
  const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  for (let pid = last + 1; pid <= last + 6000; pid++)
    symlinkSync(target, join(repo.dir, `${cacheName}.${pid}.tmp`));
}

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const hrefs = (markdown: string) => [...html(markdown).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('attacks on what the scanner writes (end to end)', () => {
  let bedrock: BedrockStandIn;
  let github: GitHubStandIn;
  const cleanups: (() => void)[] = [];
  const repo = (files: Record<string, string>) => {
    const r = makeRepo(files);
    cleanups.push(() => r.cleanup());
    return r;
  };
  const outside = () => {
    const o = new Outside();
    cleanups.push(() => o.cleanup());
    return o;
  };

  beforeAll(async () => {
    bedrock = await startBedrock();
    github = await startGitHubApi();
  });
  afterAll(async () => {
    for (const c of cleanups) c();
    await Promise.all([bedrock.close(), github.close()]);
  });

  it(
    'a pull request that commits ai-scanner-report.json and ai-scanner.sarif as links out of the workspace changes nothing outside; each refused write is a warning naming the path',
    async () => {
      const out = outside();
      const r = repo({ 'README.md': '# demo\n' });
      const base = r.git('rev-parse', 'HEAD');
      r.git('checkout', '-q', '-b', 'feature');
      r.write({ 'src/app.py': VULN });
      symlinkSync(out.file('report-target.sh'), join(r.dir, 'ai-scanner-report.json'));
      symlinkSync(out.file('sarif-target.sh'), join(r.dir, 'ai-scanner.sarif'));
      r.commit('links');
      const run = await runAction({
        workspace: r.dir,
        event: { name: 'pull_request', payload: pullRequestPayload(r.dir, { number: 7, baseSha: base }) },
        inputs: { 'cache-backend': 'none', 'fail-on-severity': 'none' },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      expect(out.changed()).toEqual([]);
      const warned = (name: string) =>
        run.warnings.some((w) => w.includes(join(r.dir, name)) && /symbolic link/.test(w));
      expect([warned('ai-scanner-report.json'), warned('ai-scanner.sarif')]).toEqual([true, true]);
      // The run went on: scanned, summarised, exit 0 (fail-on-severity none).
      expect(run.code).toBe(0);
      expect(run.outputs.high).toBe('1');
      expect(lstatSync(join(r.dir, 'ai-scanner.sarif')).isSymbolicLink()).toBe(true);
      // No output points a later step (an upload) at the link.
      expect([run.outputs['sarif-file'], run.outputs['report-file']]).toEqual(['', '']);
    },
    TIMEOUT,
  );

  it(
    'links committed at every temporary name the cache file could use leave the outside file as it was; the cache is written',
    async () => {
      const out = outside();
      const r = repo({ 'src/app.py': VULN });
      linkPidTempNames(r, '.file_hash_cache.json', out.file('cache-target.sh'));
      r.commit('links');
      const run = await runAction({
        workspace: r.dir,
        event: { name: 'push', payload: pushPayload(r.dir) },
        inputs: {
          'cache-backend': 'local',
          'scan-mode': 'full',
          include: 'src/**',
          'fail-on-severity': 'none',
        },
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url },
      });
      expect(out.changed()).toEqual([]);
      expect(run.code).toBe(0);
      const cache = join(r.dir, '.file_hash_cache.json');
      expect(lstatSync(cache).isFile()).toBe(true);
      expect(JSON.parse(readFileSync(cache, 'utf8'))).toHaveProperty('entries');
    },
    TIMEOUT,
  );

  describe('a model answer that echoes the credentials, for a file named to break out of its link', () => {
    let oidc: OidcStandIn;
    let sts: StsStandIn;
    let r: Repo;
    let run: ActionRun;
    const githubToken = `ghs_${randomBytes(18).toString('hex')}`;
    const hostileName = 'src/x)(www.evil.example)/[y](evil) z.py';

    beforeAll(async () => {
      oidc = await new OidcStandIn({ claims: { sub: PR_SUBJECT, repository: 'octo/demo' } }).start();
      sts = await new StsStandIn({ trust: { [ROLE]: [PR_SUBJECT] } }).start();
      github.reset();
      r = repo({ 'README.md': '# demo\n' });
      const base = r.git('rev-parse', 'HEAD');
      r.git('checkout', '-q', '-b', 'feature');
      r.write({ [hostileName]: VULN });
      r.commit('hostile name');
      // The model quotes everything the request was signed with, and the GitHub token, in every field.
      bedrock.options.answer = (call: ConverseCall) => {
        const issued = sts.issued.at(-1)!;
        const quote = `${issued.sessionToken} ${issued.secretAccessKey} ${issued.accessKeyId} ${githubToken}`;
        return {
          findings: call.files.map((f) => ({
            path: f.path,
            severity: 'high',
            category: 'security',
            title: `Leaked ${quote}`,
            cwe: 'CWE-798',
            explanation: `The session token is ${quote}.`,
            fix: `Rotate ${quote}`,
            startLine: 4,
            endLine: 4,
            confidence: 'high',
          })),
        };
      };
      run = await runAction({
        workspace: r.dir,
        timeoutMs: 90_000,
        event: { name: 'pull_request', payload: pullRequestPayload(r.dir, { number: 8, baseSha: base }) },
        inputs: {
          'role-to-assume': ROLE,
          'aws-region': 'us-east-1',
          'cache-backend': 'local',
          'fail-on-severity': 'none',
          'pr-comment': 'true',
          'check-run': 'true',
        },
        env: {
          ...oidc.env(),
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
          GITHUB_API_URL: github.url,
          GITHUB_REF: 'refs/pull/8/merge',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_BASE_REF: 'main',
          'INPUT_GITHUB-TOKEN': githubToken,
        },
      });
    }, TIMEOUT);
    afterAll(async () => {
      bedrock.options.answer = undefined;
      await Promise.all([oidc.close(), sts.close()]);
    });

    it('the run scanned the file, through STS, and published everywhere', () => {
      expect(run.code).toBe(0);
      expect(sts.issued).toHaveLength(1);
      expect(run.outputs.high).toBe('1');
      expect(github.comments).toHaveLength(1);
      expect(github.checkRuns[0]?.status).toBe('completed');
    });

    it('the echoed session token, keys and GitHub token are in no report, summary, comment, check, output or cache', () => {
      const issued = sts.issued[0]!;
      const secrets: Record<string, string> = {
        'the STS session token': issued.sessionToken,
        'the STS secret access key': issued.secretAccessKey,
        'the STS access key id': issued.accessKeyId,
        'the GitHub token': githubToken,
      };
      const cache = join(r.dir, '.file_hash_cache.json');
      const surfaces: Record<string, string> = {
        'JSON report': readFileSync(join(r.dir, 'ai-scanner-report.json'), 'utf8'),
        SARIF: readFileSync(join(r.dir, 'ai-scanner.sarif'), 'utf8'),
        'job summary': run.summary,
        'PR comment': github.comments.map((c) => c.body).join('\n'),
        'check run': JSON.stringify(github.checkRuns),
        outputs: JSON.stringify(run.outputs),
        'workflow annotations and log': run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        ...(existsSync(cache) ? { cache: readFileSync(cache, 'utf8') } : {}),
      };
      const leaks = Object.entries(surfaces).flatMap(([where, text]) =>
        Object.entries(secrets)
          .filter(([, value]) => text.includes(value))
          .map(([what]) => `${what} in the ${where}`),
      );
      expect(leaks).toEqual([]);
      // The finding itself is still reported, with the secret masked.
      expect(run.summary).toContain('\\*\\*\\*');
    });

    it('the file named with `)` and a host name is one link to the file on GitHub in the summary, comment and check', () => {
      const blob = `https://github.com/octo/demo/blob/${r.git('rev-parse', 'HEAD')}/`;
      const check = github.checkRuns[0]!.output as { summary?: string; text?: string };
      for (const [where, markdown] of Object.entries({
        'job summary': run.summary,
        'PR comment': github.comments[0]!.body,
        'check run': `${check.summary ?? ''}\n${check.text ?? ''}`,
      })) {
        const links = hrefs(markdown);
        const toFile = links.filter((h) => h.startsWith(blob));
        expect({
          where,
          elsewhere: links.filter((h) => !h.startsWith(blob) && !h.includes('/actions/runs/')),
        }).toEqual({
          where,
          elsewhere: [],
        });
        expect({ where, targets: toFile.map((h) => decodeURIComponent(h.slice(blob.length))) }).toEqual({
          where,
          targets: [`${hostileName}#L4`],
        });
      }
    });
  });

  it(
    'the CLI: linked report, SARIF and cache temporary names change nothing outside, refusals are named, and an echoed AWS secret key is masked',
    async () => {
      const out = outside();
      const r = repo({ 'src/app.py': VULN });
      symlinkSync(out.file('cli-report.sh'), join(r.dir, 'report.json'));
      symlinkSync(out.file('cli-sarif.sh'), join(r.dir, 'scan.sarif'));
      linkPidTempNames(r, '.file_hash_cache.json', out.file('cli-cache.sh'));
      r.commit('links');
      bedrock.options.answer = (call: ConverseCall) => ({
        findings: call.files.map((f) => ({
          path: f.path,
          severity: 'high',
          category: 'security',
          title: 'Command injection',
          cwe: 'CWE-78',
          explanation: `Signed with ${STATIC_SECRET}.`,
          fix: 'Quote it.',
          startLine: 4,
          endLine: 4,
          confidence: 'high',
        })),
      });
      const scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-cli-'));
      cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
      const args = ['scan', r.dir, '--include', 'src/**', '--format', 'json', '--fail-on-severity', 'none'];
      const cli = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        const child = spawn(
          NODE,
          [join(DIST, 'cli.js'), ...args, '--report-file', 'report.json', '--sarif-file', 'scan.sarif'],
          {
            cwd: scratch,
            env: {
              PATH: process.env.PATH ?? '',
              HOME: process.env.HOME ?? '',
              AWS_REGION: 'us-east-1',
              AWS_ACCESS_KEY_ID: 'AKIASTANDIN000000000',
              AWS_SECRET_ACCESS_KEY: STATIC_SECRET,
              AWS_EC2_METADATA_DISABLED: 'true',
              AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
              AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
              AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url,
            },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
        child.on('close', (code) => (clearTimeout(timer), done({ code: code ?? -1, stdout, stderr })));
      }).finally(() => (bedrock.options.answer = undefined));
      expect(out.changed()).toEqual([]);
      expect(cli.code).toBe(0);
      for (const name of ['report.json', 'scan.sarif'])
        expect([name, cli.stderr.includes(`refused to write ${join(r.dir, name)}`)]).toEqual([name, true]);
      const cache = readFileSync(join(r.dir, '.file_hash_cache.json'), 'utf8');
      for (const [where, text] of Object.entries({ stdout: cli.stdout, stderr: cli.stderr, cache }))
        expect([where, text.includes(STATIC_SECRET)]).toEqual([where, false]);
      expect(JSON.parse(cli.stdout)).toHaveProperty('findings.0.explanation', 'Signed with ***.');
    },
    TIMEOUT,
  );
});
