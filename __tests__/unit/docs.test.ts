/**
 * The README cannot drift from what the action, the CLI and src/ do: its generated sections (inputs, outputs,
 * `--help`, prices, limits, the fault summary, the sample summary, the example files) are what
 * scripts/dev/render-docs.ts renders; its links resolve; what the docs say about the product matches the code.
 * Also: scripts/dev/release refuses what it must refuse, and tags as it should, in a scratch repository (never
 * this one's tags). The samples in docs/ are checked against a run of the bundled action in
 * __tests__/e2e/docs-samples.test.ts.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { GENERATED_DOCS, ROOT, loadAction, renderDoc } from '../../scripts/dev/render-docs.js';
import { FAULTS } from '../e2e/fault-catalogue.js';

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const README = read('README.md');

/** The markdown files written by hand (docs/what-happens-when.md and the samples are generated). */
const HAND_WRITTEN = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'what-happens-when.md' && !f.startsWith('sample-'))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    let name = slug;
    for (let n = 1; out.has(name); n++) name = `${slug}-${n}`;
    out.add(name);
  }
  return out;
}

describe('README.md and the reference pages in docs/', () => {
  for (const file of GENERATED_DOCS)
    it(`${file} is what npm run docs renders (run \`npm run docs\` after changing action.yml, the CLI or src/)`, async () => {
      const text = read(file);
      const rendered = await renderDoc(text, file);
      if (rendered === text) return;
      const [have, want] = [text.split('\n'), rendered.split('\n')];
      const line = have.findIndex((l, i) => l !== want[i]);
      assert.fail(
        `${file} is stale from line ${line + 1}: run \`npm run docs\`\n` +
          `  ${file}: ${JSON.stringify(have[line])}\n  rendered:  ${JSON.stringify(want[line])}`,
      );
    });

  it('have every generated section where it belongs', () => {
    const sections: Record<string, string[]> = {
      'README.md': ['sample', 'file:examples/.github/workflows/quick-start.yml'],
      'docs/workflows.md': ['file:examples/.github/workflows/security-scan-with-cache.yml'],
      'docs/inputs.md': ['inputs', 'outputs', 'limits'],
      'docs/cache-and-cost.md': ['pricing', 'costs-help'],
      'docs/local-and-other-ci.md': ['cli-help', 'file:examples/.gitlab-ci.yml', 'file:examples/Jenkinsfile'],
      'docs/eval.md': ['eval-help'],
    };
    assert.deepEqual(Object.keys(sections).sort(), [...GENERATED_DOCS].sort());
    for (const [file, names] of Object.entries(sections))
      for (const name of names)
        assert.ok(
          read(file).includes(`<!-- generated:${name} -->`) &&
            read(file).includes(`<!-- /generated:${name} -->`),
          `${file} has the generated section ${name}`,
        );
  });

  it('the README starts with the user: what it does, a workflow, the setup command; and stays short', () => {
    const headings = [...README.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    assert.deepEqual(headings.slice(0, 3), ['Quick start', 'What you get', 'What it costs']);
    assert.deepEqual(headings.slice(-2), ['More', 'Development']);
    const quickStart = README.slice(0, README.indexOf('## What you get'));
    assert.match(quickStart, /^ {6}- uses: org\/ai-scanner-action@v1$/m, 'the workflow uses the action');
    assert.match(
      quickStart,
      /^ {3}scripts\/setup-s3-cache\.sh BUCKET REGION --repo OWNER\/REPO --set-variables$/m,
    );
    for (const variable of ['AWS_REGION', 'S3_CACHE_BUCKET', 'AWS_ROLE_ARN', 'AWS_PR_ROLE_ARN'])
      assert.ok(quickStart.includes(`vars.${variable}`) && quickStart.includes(`\`${variable}\``), variable);
    assert.ok(README.split('\n').length < 300, `README.md has ${README.split('\n').length} lines`);
  });

  it('the setup command the README gives is one the script accepts', () => {
    const help = execFileSync(join(ROOT, 'scripts/setup-s3-cache.sh'), ['--help'], { encoding: 'utf8' });
    for (const flag of ['--repo OWNER/REPO', '--set-variables', '--dry-run'])
      assert.ok(help.includes(flag), flag);
  });

  it('docs/inputs.md names every input and output of action.yml; the README links every fault', () => {
    const action = loadAction();
    const inputs = read('docs/inputs.md');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      assert.ok(inputs.includes(`| \`${name}\``), `docs/inputs.md has a row for ${name}`);
    assert.ok(FAULTS.length > 0);
    assert.ok(README.includes('](docs/what-happens-when.md)'), 'the README links the full fault table');
  });

  it('gives the quick start as two commands that package.json runs', () => {
    assert.match(README, /^npm ci && npm run scan -- --dry-run {3}#/m);
    assert.match(README, /^npm test {30}#/m);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    assert.equal(pkg.scripts.scan, 'node dist/cli.js scan');
    assert.ok(pkg.scripts.test);
    assert.ok(existsSync(join(ROOT, 'dist/cli.js')), 'dist/cli.js is committed');
  });

  it('every IAM or bucket policy shown outside docs/aws-setup.md is the same as there', () => {
    const setup = read('docs/aws-setup.md');
    const others = HAND_WRITTEN.filter((f) => f !== 'docs/aws-setup.md');
    let shown = 0;
    for (const file of others)
      for (const m of read(file).matchAll(/```json\n([\s\S]*?)```/g))
        if (m[1]!.includes('"Statement"') || m[1]!.includes('"Effect"')) {
          shown++;
          assert.ok(setup.includes(m[1]!), `${file}: docs/aws-setup.md has the same policy:\n${m[1]}`);
        }
    assert.ok(shown > 0);
  });
});

describe('the documentation tells the truth', () => {
  it('every relative link resolves to a file, and every #anchor to a heading', () => {
    for (const file of [...HAND_WRITTEN, 'docs/what-happens-when.md']) {
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path ? resolve(dirname(join(ROOT, file)), path) : join(ROOT, file);
        assert.ok(existsSync(resolved), `${file}: the link ${target} points at a missing file`);
        if (anchor && resolved.endsWith('.md'))
          assert.ok(
            anchors(readFileSync(resolved, 'utf8')).has(anchor),
            `${file}: the link ${target} points at a missing heading`,
          );
      }
    }
  });

  it('names no path of a particular machine', () => {
    for (const file of HAND_WRITTEN)
      assert.doesNotMatch(read(file), /(^|[\s'"`(=:])\/(tmp|root|work|home)\//m, file);
  });

  it("docs/aws-setup.md gives the S3 client's real timeouts", () => {
    const store = read('src/cache/s3-store.ts');
    const seconds = (name: string) => {
      const m = new RegExp(`${name}: opts\\.\\w+ \\?\\? ([\\d_]+)`).exec(store);
      assert.ok(m, `src/cache/s3-store.ts sets ${name} (update this test if it moved)`);
      return Number(m[1]!.replace(/_/g, '')) / 1000;
    };
    assert.match(
      read('docs/aws-setup.md'),
      new RegExp(
        `waits ${seconds('connectionTimeout')} s to connect and ${seconds('requestTimeout')} s per request`,
      ),
    );
  });

  it("a fork's pull request is documented as the product ends it: neutral, reviewed by the maintainer's label run", () => {
    const fork = FAULTS.find((f) => f.id === 'fork-no-oidc');
    assert.equal(fork?.step, 'neutral');
    for (const file of ['docs/aws-setup.md', 'SECURITY.md']) {
      const text = read(file);
      assert.doesNotMatch(text, /fork[^.]*fails with "Scan could not run"/i, file);
      assert.match(text, /fork[\s\S]{0,600}neutral/i, `${file} says a fork's own run ends neutral`);
      assert.match(text, /ai-scan. label[\s\S]{0,400}pull_request_target/, `${file} names the label run`);
    }
  });

  it('CHANGELOG.md has a section for the version in package.json', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    assert.match(read('CHANGELOG.md'), new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'));
  });

  it('LICENSE is MIT, SECURITY.md says how to report and what data goes where', () => {
    assert.match(read('LICENSE'), /^MIT License\n\nCopyright \(c\) .*ai-scanner-action contributors/);
    const security = read('SECURITY.md');
    assert.match(security, /private vulnerability reporting/i);
    assert.match(security, /\*\*To the model\*\*/);
    assert.match(security, /\*\*To S3\*\*/);
    assert.match(read('CONTRIBUTING.md'), /npm run all/);
  });
});

/** Runs scripts/dev/release in `cwd` with a clean environment; RELEASE_BUNDLE stands in for `npm run bundle`. */
function release(cwd: string, args: string[], bundle = 'true'): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'scripts/dev/release'),
      args,
      {
        cwd,
        env: {
          PATH: process.env.PATH,
          HOME: cwd,
          GIT_COMMITTER_NAME: 'Dev',
          GIT_COMMITTER_EMAIL: 'dev@example.com',
          GIT_AUTHOR_NAME: 'Dev',
          GIT_AUTHOR_EMAIL: 'dev@example.com',
          RELEASE_BUNDLE: bundle,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
        },
      },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          out: `${stdout}${stderr}`,
        }),
    );
  });
}

describe('scripts/dev/release (in a scratch repository)', () => {
  let dir: string;
  let remote: string;
  const git = (...args: string[]) =>
    new Promise<string>((done, fail) =>
      execFile(
        'git',
        [
          '-c',
          'user.email=dev@example.com',
          '-c',
          'user.name=Dev',
          '-c',
          'commit.gpgsign=false',
          '-c',
          'tag.gpgsign=false',
          ...args,
        ],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH,
            HOME: dir,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: '/dev/null',
          },
        },
        (error, stdout, stderr) =>
          error ? fail(new Error(`git ${args.join(' ')}: ${stderr}`)) : done(stdout.trim()),
      ),
    );
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };

  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'ai-scanner-release-'));
    dir = join(scratch, 'repo');
    remote = join(scratch, 'remote.git');
    mkdirSync(dir);
    await git('init', '-q', '-b', 'main');
    await git('init', '-q', '--bare', remote);
    await git('remote', 'add', 'origin', remote);
    write({
      'package.json': '{ "name": "demo", "version": "1.2.0" }\n',
      'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-11-24\n\n- Things.\n',
      'dist/index.js': 'export {};\n',
    });
    await git('add', '-A');
    await git('commit', '-q', '-m', 'release 1.2.0');
  });
  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('refuses a missing or malformed version with a usage error (exit 2), before looking at the repository', async () => {
    for (const args of [
      [],
      ['1.2.0'],
      ['v1.2'],
      ['v1.2.0-rc.1'],
      ['v01.2.0'],
      ['v1.2.0', 'v1.3.0'],
      ['v1.2.0', '--force'],
    ]) {
      const r = await release(dir, args);
      assert.equal(r.code, 2, `${JSON.stringify(args)}: ${r.out}`);
      assert.match(r.out, /usage: scripts\/dev\/release vX\.Y\.Z/);
    }
    assert.equal(await git('tag', '--list'), '', 'no tag was made');
  });

  it('refuses a version that package.json or CHANGELOG.md does not have', async () => {
    const r = await release(dir, ['v1.3.0']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /package\.json's version is '1\.2\.0', not 1\.3\.0/);
    write({ 'package.json': '{ "name": "demo", "version": "1.3.0" }\n' });
    await git('commit', '-q', '-am', 'bump without a changelog');
    const noLog = await release(dir, ['v1.3.0']);
    assert.equal(noLog.code, 1, noLog.out);
    assert.match(noLog.out, /CHANGELOG\.md has no '## \[1\.3\.0\]' section/);
    await git('reset', '-q', '--hard', 'HEAD~1');
  });

  it('refuses a dirty tree, another branch, and a dist/ that the bundle changes', async () => {
    write({ 'notes.txt': 'wip\n' });
    assert.match((await release(dir, ['v1.2.0'])).out, /working tree is not clean/);
    rmSync(join(dir, 'notes.txt'));
    await git('checkout', '-q', '-b', 'feature');
    assert.match((await release(dir, ['v1.2.0'])).out, /releases are cut from main, and this is feature/);
    await git('checkout', '-q', 'main');
    const stale = await release(dir, ['v1.2.0'], "echo 'export const changed = 1;' > dist/index.js");
    assert.equal(stale.code, 1, stale.out);
    assert.match(stale.out, /dist\/ does not match src\//);
    await git('checkout', '-q', '--', 'dist');
    assert.equal(await git('tag', '--list'), '');
  });

  it('tags vX.Y.Z, moves vX, prints the push commands, and pushes with --push', async () => {
    const head = await git('rev-parse', 'HEAD');
    const first = await release(dir, ['v1.2.0']);
    assert.equal(first.code, 0, first.out);
    assert.match(first.out, /git push origin refs\/tags\/v1\.2\.0/);
    assert.match(first.out, /git push --force origin refs\/tags\/v1/);
    assert.equal(await git('rev-parse', 'v1.2.0^{commit}'), head);
    assert.equal(await git('rev-parse', 'v1^{commit}'), head);
    assert.match((await release(dir, ['v1.2.0'])).out, /the tag v1\.2\.0 already exists/);

    write({
      'package.json': '{ "name": "demo", "version": "1.2.1" }\n',
      'CHANGELOG.md': '# Changelog\n\n## [1.2.1] - 2025-11-25\n\n- A fix.\n\n## [1.2.0] - 2025-11-24\n',
    });
    await git('commit', '-q', '-am', 'release 1.2.1');
    const next = await git('rev-parse', 'HEAD');
    const second = await release(dir, ['v1.2.1', '--push']);
    assert.equal(second.code, 0, second.out);
    assert.equal(await git('rev-parse', 'v1^{commit}'), next, 'v1 moved to the new release');
    assert.equal(await git('rev-parse', 'v1.2.0^{commit}'), head, 'the old release tag stays');
    const pushed = await git('ls-remote', '--tags', remote);
    assert.match(pushed, new RegExp(`^${next}\\s+refs/tags/v1$`, 'm'));
    assert.match(pushed, /refs\/tags\/v1\.2\.1$/m);
  });
});
