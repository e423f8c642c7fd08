/**
 * Skips that the reviewed content controls: a NUL byte must not make a source file "binary", and on code under
 * review a generated-file header must not make a file under build/ "generated".
 */
import { afterAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inspectFiles } from '../../src/git/file-reader/file-reader.js';
import { contentFilter, looksGenerated, showControlBytes } from '../../src/git/file-reader/read-file.js';
import { isTextName } from '../../src/git/filters.js';
import { countLines, planFiles, type Plan, type SelectionOptions } from '../../src/git/select-files.js';
import { context, tempDir, writeFiles } from './fakes.js';

const options = (workspace: string): SelectionOptions => ({
  workspace,
  scanMode: 'full',
  baseRef: undefined,
  include: [],
  exclude: [],
  maxFileSizeKb: 256,
});

describe('isTextName', () => {
  it('knows source and text files by extension, in any case, and build scripts by name', () => {
    for (const path of [
      'src/backdoor.py',
      'a/b/c.ts',
      'App.TSX',
      'deploy.sh',
      'main.go',
      'lib.rs',
      'Build.kt',
      'infra/main.tf',
      'pyproject.toml',
      'README.md',
      'notes.txt',
      'Dockerfile',
      'docker/Dockerfile.prod',
      'Makefile',
      'ci/Jenkinsfile',
    ])
      assert.equal(isTextName(path), true, path);
  });

  it('leaves unknown and binary kinds to the content', () => {
    for (const path of ['bin.dat2', 'data/blob', 'tool.exe', 'a.pyc', 'img.png', 'archive.zip', '.py', 'x.'])
      assert.equal(isTextName(path), false, path);
  });
});

describe('contentFilter', () => {
  const nul = Buffer.from('import os\x00\nos.system(input())\n');

  it('a file named as text is never binary; an unknown one is judged by its bytes', () => {
    assert.equal(contentFilter(nul, { text: true }), undefined);
    assert.equal(contentFilter(nul, { text: false }), 'binary');
    assert.equal(contentFilter(Buffer.alloc(0), { text: true }), 'empty');
  });

  const header = Buffer.from('// @generated\nexport function deploy(cmd: string) { exec(cmd); }\n');
  const sourceMapped = Buffer.from('export const x = 1;\n//# sourceMappingURL=index.js.map\n');
  const minified = Buffer.from(`${'var a=1;'.repeat(400)}\n${'var b=2;'.repeat(400)}\n`);

  it('under review, a header alone is no evidence that a build-output file is generated', () => {
    const rules = { text: true, buildOutput: true, underReview: true };
    assert.equal(contentFilter(header, rules), undefined);
    assert.equal(contentFilter(Buffer.from('/* DO NOT EDIT */\nrun();\n'), rules), undefined);
    assert.equal(contentFilter(Buffer.from('var __nccwpck_require__ = {};\nrun();\n'), rules), undefined);
    // Evidence that is not a header line still counts.
    assert.equal(contentFilter(sourceMapped, rules), 'generated');
    assert.equal(contentFilter(minified, rules), 'generated');
  });

  it('on a trusted run the header still counts, and only in build-output folders', () => {
    assert.equal(contentFilter(header, { buildOutput: true, underReview: false }), 'generated');
    assert.equal(contentFilter(header, { buildOutput: false, underReview: false }), undefined);
    assert.equal(contentFilter(header, { buildOutput: false, underReview: true }), undefined);
  });

  it('looksGenerated without the header test', () => {
    assert.equal(looksGenerated(header), true);
    assert.equal(looksGenerated(header, { headerCounts: false }), false);
    assert.equal(looksGenerated(sourceMapped, { headerCounts: false }), true);
  });
});

describe('showControlBytes', () => {
  it('replaces NUL and other control bytes by visible control pictures, keeping the lines', () => {
    const raw = Buffer.from('a\x00b\r\n\tc\x1b[0m\x7f\fd\x0b\n\x01\n');
    const shown = showControlBytes(raw).toString('utf8');
    assert.equal(shown, 'a\u2400b\r\n\tc\u241b[0m\u2421\fd\u240b\n\u2401\n');
    assert.equal(countLines(Buffer.from(shown)), countLines(raw));
  });

  it('returns the same buffer when there is nothing to show', () => {
    const clean = Buffer.from('plain\ttext\r\n\u00e9\n', 'utf8');
    assert.equal(showControlBytes(clean), clean);
  });

  it('finds every control byte wherever it lies, whatever the alignment of the bytes in memory', () => {
    // Bytes are read four at a time where aligned: each byte value at each position of a word, at each offset.
    const oneByOne = (bytes: Buffer) =>
      Buffer.concat(
        [...bytes].map((b) =>
          (b < 0x20 && ![9, 10, 12, 13].includes(b)) || b === 0x7f
            ? Buffer.from(String.fromCharCode(b === 0x7f ? 0x2421 : 0x2400 + b), 'utf8')
            : Buffer.of(b),
        ),
      );
    const memory = Buffer.alloc(64, 'x');
    for (let value = 0; value < 256; value++)
      for (let offset = 0; offset < 4; offset++)
        for (const length of [0, 1, 3, 4, 5, 9, 17]) {
          for (let at = 0; at < length; at++) {
            memory.fill('x');
            memory[offset + at] = value;
            const bytes = memory.subarray(offset, offset + length);
            assert.deepEqual(showControlBytes(bytes), oneByOne(bytes), `${value} at ${at} of ${length}`);
          }
        }
  });
});

describe('the file reader on a pull request', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const plan = (paths: string[], underReview?: boolean): Plan => ({
    mode: 'changed',
    base: undefined,
    how: 'test',
    paths,
    deleted: 0,
    ...(underReview === undefined ? {} : { underReview }),
  });
  const files = {
    'src/backdoor.py': Buffer.from('import os\x00\nos.system(input())\n'),
    'build/deploy.ts': '// @generated\nexec(process.argv[2]);\n',
    'build/app.js': 'run();\n//# sourceMappingURL=app.js.map\n',
    'assets/blob': Buffer.from([1, 2, 0, 3]),
  };

  it('reviews a source file with a NUL byte, its control bytes shown, hashed as sent', async () => {
    writeFiles(dir, files);
    const s = await inspectFiles(plan(Object.keys(files), true), options(dir));
    assert.deepEqual(
      s.files.map((f) => f.path),
      ['build/deploy.ts', 'src/backdoor.py'],
    );
    assert.deepEqual(s.skipped, [
      { path: 'assets/blob', reason: 'binary' },
      { path: 'build/app.js', reason: 'generated' },
    ]);
    const py = s.files.find((f) => f.path === 'src/backdoor.py')!;
    const [content] = await s.read([py]);
    assert.equal(content!.toString('utf8'), 'import os\u2400\nos.system(input())\n');
    assert.equal(py.sha256, createHash('sha256').update(content!).digest('hex'));
  });

  it('a plan that does not say whether it is under review counts as under review', async () => {
    writeFiles(dir, files);
    const s = await inspectFiles(plan(['build/deploy.ts']), options(dir));
    assert.deepEqual(
      s.files.map((f) => f.path),
      ['build/deploy.ts'],
    );
  });

  it('a trusted run still skips a build-output file by its header', async () => {
    writeFiles(dir, files);
    const s = await inspectFiles(plan(['build/deploy.ts'], false), options(dir));
    assert.deepEqual(s.skipped, [{ path: 'build/deploy.ts', reason: 'generated' }]);
  });
});

describe('planFiles says whether the code is under review', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const pr = { number: 7, baseSha: 'a'.repeat(40), baseRef: 'main', headSha: 'b'.repeat(40), fork: false };

  for (const [name, ctx, underReview] of [
    ['a pull request', context({ ci: 'github-actions', event: 'pull_request', pullRequest: pr }), true],
    [
      'a push to a branch',
      context({ ci: 'github-actions', event: 'push', branch: 'x', defaultBranch: 'main' }),
      true,
    ],
    ['an unknown CI', context({ ci: 'ci', event: 'push', branch: 'main', defaultBranch: 'main' }), true],
    [
      'a default-branch push',
      context({ ci: 'github-actions', event: 'push', branch: 'main', defaultBranch: 'main' }),
      false,
    ],
    ['a developer machine', context(), false],
  ] as const)
    it(`${name}: ${underReview}`, async () => {
      const plan = await planFiles(options(dir), ctx, () => {});
      assert.equal(plan.underReview, underReview);
    });
});
