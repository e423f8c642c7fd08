import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Git, parseNameStatus } from '../../src/git/git.js';
import { inspectFiles } from '../../src/git/file-reader/file-reader.js';
import { countLines, planFiles, type Plan, type SelectionOptions } from '../../src/git/select-files.js';
import { context, tempDir, TestRepo, writeFiles } from './fakes.js';
import { ConfigurationError } from '../../src/config/errors.js';

function options(workspace: string, overrides: Partial<SelectionOptions> = {}): SelectionOptions {
  return {
    workspace,
    scanMode: 'auto',
    baseRef: undefined,
    include: [],
    exclude: [],
    maxFileSizeKb: 256,
    ...overrides,
  };
}

const sorted = (xs: string[] | undefined) => [...(xs ?? assert.fail('the plan names no paths'))].sort();
/** A changed-files plan names its paths; a full scan's are listed by the fileReader. */
const paths = (plan: Plan) => plan.paths ?? assert.fail(`the plan names no paths (${plan.how})`);

describe('parseNameStatus', () => {
  it('reads additions, changes, deletions, type changes, renames and copies', () => {
    const out = [
      'M',
      'a.ts',
      'R087',
      'old name.ts',
      'new name.ts',
      'C100',
      'src.ts',
      'copy.ts',
      'D',
      'gone.ts',
      'A',
      'line\nbreak.ts',
      'T',
      'link',
      '',
    ].join('\0');
    assert.deepEqual(parseNameStatus(out), [
      { path: 'a.ts', status: 'modified' },
      { path: 'new name.ts', previousPath: 'old name.ts', status: 'renamed' },
      { path: 'copy.ts', previousPath: 'src.ts', status: 'copied' },
      { path: 'gone.ts', status: 'deleted' },
      { path: 'line\nbreak.ts', status: 'added' },
      { path: 'link', status: 'type-changed' },
    ]);
  });

  it('reads nothing from empty output', () => assert.deepEqual(parseNameStatus(''), []));
});

describe('git selection against real repositories', () => {
  const { dir: root, cleanup } = tempDir();
  afterAll(cleanup);

  // main: c1 (a, b, old, gone, "with space.ts"), c2 on feature: modify a, rename old → new, delete gone, add c and a newline name.
  let repo: TestRepo;
  let c1: string;
  let c2: string;
  beforeAll(() => {
    repo = new TestRepo(join(root, 'repo'));
    repo.write({
      'a.ts': 'export const a = 1;\n',
      'b.ts': 'export const b = 2;\n',
      'old.ts': 'export function keep() {\n  return "renamed but unchanged";\n}\n',
      'gone.ts': 'export const gone = true;\n',
      'with space.ts': 'export const s = 1;\n',
      '.gitignore': 'ignored.log\n',
    });
    c1 = repo.commit('c1');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('mv', 'old.ts', 'new.ts');
    repo.git('rm', '-q', 'gone.ts');
    repo.write({
      'a.ts': 'export const a = 42;\n',
      'c.ts': 'export const c = 3;\n',
      'line\nbreak.ts': 'x\n',
      'with space.ts': 'export const s = 2;\n',
    });
    c2 = repo.commit('c2');
  });

  it('git diff reports renames, deletions and any file name', async () => {
    const files = await new Git(repo.dir).diff(c1);
    const byPath = new Map(files.map((f) => [f.path, f]));
    assert.deepEqual(byPath.get('new.ts'), { path: 'new.ts', previousPath: 'old.ts', status: 'renamed' });
    assert.equal(byPath.get('gone.ts')?.status, 'deleted');
    assert.equal(byPath.get('a.ts')?.status, 'modified');
    assert.equal(byPath.get('c.ts')?.status, 'added');
    assert.equal(byPath.get('line\nbreak.ts')?.status, 'added');
    assert.equal(byPath.get('with space.ts')?.status, 'modified');
    assert.equal(files.length, 6);
  });

  it('push with before: the files changed since before, deletions counted apart', async () => {
    const plan = await planFiles(
      options(repo.dir),
      context({ ci: 'github-actions', event: 'push', before: c1 }),
      () => {},
    );
    assert.equal(plan.mode, 'changed');
    assert.equal(plan.base, c1);
    assert.match(plan.how, /changed since [0-9a-f]{7}\b/);
    assert.deepEqual(
      sorted(plan.paths),
      sorted(['a.ts', 'c.ts', 'line\nbreak.ts', 'new.ts', 'with space.ts']),
    );
    assert.equal(plan.deleted, 1);
  });

  it('pull request: compares with the merge base, so later commits on the base branch are not included', async () => {
    repo.git('checkout', '-q', 'main');
    repo.write({ 'main-only.ts': 'export const m = 1;\n' });
    const mainHead = repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    try {
      const ctx = context({
        ci: 'github-actions',
        event: 'pull_request',
        pullRequest: { number: 7, baseSha: mainHead, baseRef: 'main', headSha: c2, fork: false },
      });
      const plan = await planFiles(options(repo.dir), ctx, () => {});
      assert.equal(plan.mode, 'changed');
      assert.equal(plan.base, mainHead);
      assert.ok(!paths(plan).includes('main-only.ts'), paths(plan).join(', '));
      assert.deepEqual(
        sorted(plan.paths),
        sorted(['a.ts', 'c.ts', 'line\nbreak.ts', 'new.ts', 'with space.ts']),
      );
    } finally {
      repo.git('checkout', '-q', 'main');
      repo.git('reset', '-q', '--hard', c1);
      repo.git('checkout', '-q', 'feature');
    }
  });

  it('an explicit base-ref wins over the event', async () => {
    const plan = await planFiles(
      options(repo.dir, { scanMode: 'changed', baseRef: 'main' }),
      context({ event: 'push', before: c2 }),
      () => {},
    );
    assert.equal(plan.base, 'main');
    assert.equal(plan.mode, 'changed');
    assert.equal(paths(plan).length, 5);
  });

  it('a base that is not in the clone and cannot be fetched: full scan, with the reason', async () => {
    const missing = 'deadbeef'.repeat(5);
    const logs: string[] = [];
    const opts = options(repo.dir);
    const plan = await planFiles(
      opts,
      context({ ci: 'github-actions', event: 'push', before: missing }),
      (m) => logs.push(m),
    );
    assert.equal(plan.mode, 'full');
    assert.match(plan.how, /full scan: base deadbee is not in the clone and could not be fetched/);
    const selection = await inspectFiles(plan, opts);
    assert.ok(selection.paths.includes('b.ts') && selection.paths.includes('a.ts'));
    assert.ok(
      logs.some((l) => l.includes('fetching')),
      logs.join('\n'),
    );
  });

  it('a pull request whose base cannot be fetched lists its files through the API, else scans everything', async () => {
    const missing = 'feedface'.repeat(5);
    const pr = context({
      ci: 'github-actions',
      event: 'pull_request',
      pullRequest: { number: 3, baseSha: missing, baseRef: 'no-such-branch', headSha: c2, fork: true },
    });
    const asked: number[] = [];
    const viaApi = await planFiles(
      options(repo.dir),
      pr,
      () => {},
      (n) => {
        asked.push(n);
        return Promise.resolve([
          { path: 'a.ts', status: 'modified' },
          { path: 'gone.ts', status: 'deleted' },
        ]);
      },
    );
    assert.deepEqual(asked, [3]);
    assert.equal(viaApi.mode, 'changed');
    assert.deepEqual(viaApi.paths, ['a.ts']);
    assert.equal(viaApi.deleted, 1);
    assert.match(viaApi.how, /pull request API/);

    const logs: string[] = [];
    const failed = await planFiles(
      options(repo.dir),
      pr,
      (m) => logs.push(m),
      () => Promise.reject(new Error('API down')),
    );
    assert.equal(failed.mode, 'full');
    assert.ok(logs.some((l) => l.includes('API down')));
  });

  it('full scan: every tracked file and untracked files that are not ignored, listed by the fileReader', async () => {
    writeFileSync(join(repo.dir, 'untracked.ts'), 'export {};\n');
    writeFileSync(join(repo.dir, 'ignored.log'), 'noise\n');
    try {
      const opts = options(repo.dir, { scanMode: 'full' });
      const plan = await planFiles(opts, context({ event: 'push', before: c1 }), () => {});
      assert.equal(plan.mode, 'full');
      assert.equal(plan.how, 'full scan');
      assert.equal(plan.paths, undefined, 'nothing listed on this thread');
      const selection = await inspectFiles(plan, opts);
      assert.equal(selection.how, 'full scan');
      assert.ok(selection.paths.includes('untracked.ts'));
      assert.ok(!selection.paths.includes('ignored.log'));
      assert.ok(!selection.paths.includes('old.ts') && selection.paths.includes('new.ts'));
      // The paths come from the reader's worker thread (another realm): expect compares them across realms.
      expect(selection.paths).toEqual(sorted(selection.paths));
      assert.equal(plan.deleted, 0);
    } finally {
      repo.git('clean', '-qfx');
    }
  });

  it('auto mode: workflow_dispatch and schedule scan everything; changed without any base is an error', async () => {
    const dispatch = await planFiles(
      options(repo.dir),
      context({ ci: 'github-actions', event: 'workflow_dispatch' }),
      () => {},
    );
    assert.equal(dispatch.mode, 'full');
    assert.equal(dispatch.how, 'full scan (workflow_dispatch)');
    const schedule = await planFiles(
      options(repo.dir),
      context({ ci: 'github-actions', event: 'schedule', before: c1 }),
      () => {},
    );
    assert.equal(schedule.mode, 'full');
    await assert.rejects(
      planFiles(options(repo.dir, { scanMode: 'changed' }), context({ event: 'push' }), () => {}),
      (e: Error) =>
        e instanceof ConfigurationError &&
        /Input 'scan-mode' is changed, but there is nothing to compare with.*set base-ref/.test(e.message),
    );
    const auto = await planFiles(options(repo.dir), context({ event: 'push' }), () => {});
    assert.equal(auto.how, 'full scan (push)');
  });

  it('a base-ref that is not in the clone nor on origin is an error naming it, never a full scan', async () => {
    for (const scanMode of ['auto', 'changed'] as const)
      await assert.rejects(
        planFiles(options(repo.dir, { scanMode, baseRef: 'mian' }), context(), () => {}),
        (e: Error) =>
          e instanceof ConfigurationError &&
          /Input 'base-ref' is "mian", which is not a branch, tag or commit/.test(e.message),
      );
    // With scan-mode auto, a base-ref that exists is compared with, whatever the event.
    const plan = await planFiles(
      options(repo.dir, { baseRef: c1 }),
      context({ ci: 'github-actions', event: 'workflow_dispatch' }),
      () => {},
    );
    assert.equal(plan.mode, 'changed');
  });
});

describe("a base that the clone knows only as origin's branch (CI checkouts)", () => {
  const { dir: root, cleanup } = tempDir();
  afterAll(cleanup);
  let origin: TestRepo;
  let c1: string;
  beforeAll(() => {
    origin = new TestRepo(join(root, 'origin'));
    origin.write({ 'a.ts': 'export const a = 1;\n', 'b.ts': 'export const b = 2;\n' });
    c1 = origin.commit('c1');
    origin.git('checkout', '-q', '-b', 'feature');
    origin.write({ 'c.ts': 'export const c = 3;\n' });
    origin.commit('c2');
    origin.git('checkout', '-q', 'main');
  });
  /** A clone of the feature branch: main is only origin/main, or (single branch) not in the clone at all. */
  const clone = (name: string, singleBranch: boolean): TestRepo => {
    const dir = join(root, name);
    execFileSync(
      'git',
      ['clone', '-q', ...(singleBranch ? ['--single-branch', '--depth=1'] : []), '-b', 'feature'].concat([
        `file://${origin.dir}`,
        dir,
      ]),
      { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } },
    );
    return Object.assign(Object.create(TestRepo.prototype) as TestRepo, { dir });
  };

  it('a manual run with base-ref main compares with origin/main', async () => {
    const work = clone('dispatch', false);
    assert.throws(() => work.git('rev-parse', '--verify', '-q', 'refs/heads/main'));
    const logs: string[] = [];
    const plan = await planFiles(
      options(work.dir, { scanMode: 'changed', baseRef: 'main' }),
      context({ ci: 'github-actions', event: 'workflow_dispatch' }),
      (m) => logs.push(m),
    );
    assert.equal(plan.base, 'origin/main');
    assert.deepEqual(plan.paths, ['c.ts']);
    assert.ok(
      logs.some((l) => /base-ref main is origin's branch here/.test(l)),
      logs.join('\n'),
    );
  });

  it('a Jenkins change build diffs against CHANGE_TARGET, fetched from origin when the clone lacks it', async () => {
    const work = clone('jenkins', true);
    assert.throws(() => work.git('rev-parse', '--verify', '-q', 'origin/main'));
    const plan = await planFiles(
      options(work.dir),
      context({
        ci: 'jenkins',
        event: 'pull_request',
        pullRequest: { number: 7, baseSha: undefined, baseRef: 'main', headSha: undefined, fork: false },
      }),
      () => {},
    );
    assert.equal(plan.mode, 'changed');
    assert.equal(plan.base, 'origin/main');
    assert.deepEqual(plan.paths, ['c.ts']);
  });

  it('a GitLab merge request whose diff base SHA is missing diffs against its target branch', async () => {
    const work = clone('gitlab', false);
    const plan = await planFiles(
      options(work.dir),
      context({
        ci: 'gitlab-ci',
        event: 'pull_request',
        pullRequest: { number: 3, baseSha: 'f'.repeat(40), baseRef: 'main', headSha: undefined, fork: false },
      }),
      () => {},
    );
    assert.equal(plan.base, 'origin/main');
    assert.deepEqual(plan.paths, ['c.ts']);
    // The SHA wins when the clone has it.
    const withSha = await planFiles(
      options(work.dir),
      context({
        ci: 'gitlab-ci',
        event: 'pull_request',
        pullRequest: { number: 3, baseSha: c1, baseRef: 'main', headSha: undefined, fork: false },
      }),
      () => {},
    );
    assert.equal(withSha.base, c1);
  });
});

describe('a folder that is not a git repository', () => {
  it('is an error with scan-mode changed, which has nothing to compare', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'a.py': 'print(1)\n' });
      await assert.rejects(
        planFiles(options(dir, { scanMode: 'changed' }), context(), () => {}),
        /Input 'scan-mode' is changed, but .* is not a git repository.*scan-mode full/,
      );
    } finally {
      cleanup();
    }
  });

  for (const scanMode of ['auto', 'full'] as const)
    it(`is walked whole, without node_modules (scan-mode ${scanMode})`, async () => {
      const { dir, cleanup } = tempDir();
      try {
        writeFiles(dir, {
          'a.py': 'print(1)\n',
          'pkg/b.py': 'x = 1\n',
          'node_modules/m/index.js': 'module.exports = 1;\n',
        });
        const opts = options(dir, { scanMode, baseRef: 'main' });
        const plan = await planFiles(opts, context(), () => {});
        assert.equal(plan.mode, 'full');
        const selection = await inspectFiles(plan, opts);
        assert.match(selection.how, /not a git repository/);
        expect(selection.paths).toEqual(['a.py', 'pkg/b.py']);
        assert.deepEqual(
          selection.files.map((f) => f.path),
          ['a.py', 'pkg/b.py'],
        );
      } finally {
        cleanup();
      }
    });
});

describe('a git repository whose files cannot be listed', () => {
  it("fails the selection with git's own error, rather than scanning a guess", async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFiles(dir, { 'a.ts': 'x\n' });
      execFileSync('git', ['init', '-q'], { cwd: dir });
      writeFileSync(join(dir, '.git', 'index'), 'garbage');
      const opts = options(dir, { scanMode: 'full' });
      const plan = await planFiles(opts, context(), () => {});
      await assert.rejects(inspectFiles(plan, opts), /index file/);
    } finally {
      cleanup();
    }
  });
});

describe('inspectFiles', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const plan = (paths: string[]): Plan => ({ mode: 'full', base: undefined, how: 'test', paths, deleted: 0 });

  it('hashes the bytes with SHA-256 and keeps the content', async () => {
    const bytes = Buffer.from('line 1\r\nline 2\nünïcödé 3\n', 'utf8');
    writeFiles(dir, { 'src/a.ts': bytes, 'src/b.ts': 'no newline at end' });
    const s = await inspectFiles(plan(['src/b.ts', 'src/a.ts', 'src/a.ts']), options(dir));
    assert.deepEqual(s.skipped, []);
    assert.deepEqual(
      s.files.map((f) => f.path),
      ['src/a.ts', 'src/b.ts'],
    );
    const a = s.files[0]!;
    assert.equal(a.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(a.size, bytes.length);
    const [b, a2] = await s.read([s.files[1]!, a]);
    assert.ok(a2?.equals(bytes), 'the bytes as hashed, in the order asked');
    assert.ok(b?.equals(Buffer.from('no newline at end')));
    await assert.rejects(s.read([a]), /already read/);
  });

  it('reads only files of its own selection, and only the ones asked for', async () => {
    writeFiles(dir, { 'src/c.ts': 'c\n', 'src/d.ts': 'd\n' });
    const s = await inspectFiles(plan(['src/c.ts', 'src/d.ts']), options(dir));
    const stranger = { ...s.files[0]! };
    await assert.rejects(s.read([stranger]), /Only files of this selection/);
    const none = await inspectFiles(plan(['src/c.ts']), options(dir));
    assert.deepEqual(await none.read([]), [], 'a warm run asks for no bytes');
  });

  it('skips symlinks, files over the size limit, binaries, empty, missing and filtered files, with reasons; a key is no reason', async () => {
    writeFiles(dir, {
      'ok.ts': 'x'.repeat(1024),
      'big.ts': 'x'.repeat(1025),
      'bin.dat2': Buffer.from([1, 2, 0, 3]),
      'key.txt': '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n',
      'empty.ts': '',
      'yarn.lock': 'lock\n',
      '.env.production': 'SECRET=1\n',
    });
    symlinkSync('/etc/passwd', join(dir, 'link.ts'));
    mkdirSync(join(dir, 'folder.ts'));
    const s = await inspectFiles(
      plan([
        'ok.ts',
        'big.ts',
        'bin.dat2',
        'key.txt',
        'empty.ts',
        'yarn.lock',
        '.env.production',
        'link.ts',
        'missing.ts',
        'folder.ts',
      ]),
      options(dir, { maxFileSizeKb: 1 }),
    );
    assert.deepEqual(
      s.files.map((f) => f.path),
      ['key.txt', 'ok.ts'],
    );
    assert.deepEqual(Object.fromEntries(s.skipped.map((k) => [k.path, k.reason])), {
      'big.ts': 'too large',
      'bin.dat2': 'binary',
      'empty.ts': 'empty',
      'yarn.lock': 'lockfile',
      '.env.production': 'secret',
      'link.ts': 'symlink',
      'missing.ts': 'unreadable',
      'folder.ts': 'unreadable',
    });
  });

  it('applies include and exclude', async () => {
    writeFiles(dir, { 'src/x.ts': 'a\n', 'src/x.test.ts': 'b\n', 'docs/y.md': 'c\n' });
    const s = await inspectFiles(
      plan(['src/x.ts', 'src/x.test.ts', 'docs/y.md']),
      options(dir, { include: ['src/**'], exclude: ['*.test.ts'] }),
    );
    assert.deepEqual(
      s.files.map((f) => f.path),
      ['src/x.ts'],
    );
    assert.deepEqual(s.skipped, [
      { path: 'docs/y.md', reason: 'not included' },
      { path: 'src/x.test.ts', reason: 'excluded by pattern' },
    ]);
  });
});

describe('countLines', () => {
  for (const [text, lines] of [
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
    ['a\n\n', 2],
    ['\n', 1],
    ['a\r\nb\r\n', 2],
  ] as const)
    it(`${JSON.stringify(text)} has ${lines} line(s)`, () =>
      assert.equal(countLines(Buffer.from(text)), lines));
});
