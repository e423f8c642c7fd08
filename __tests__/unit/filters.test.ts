import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { anyOf, pathFilter, SKIP_REASON_TEXT, type SkipReason } from '../../src/git/filters.js';
import { contentFilter } from '../../src/git/file-reader/read-file.js';

describe('pathFilter: default exclusions', () => {
  const filter = pathFilter([], []);
  const cases: [string, SkipReason | undefined][] = [
    ['src/app.ts', undefined],
    ['README.md', undefined],
    ['.github/workflows/ci.yml', undefined],
    ['package-lock.json', 'lockfile'],
    ['web/yarn.lock', 'lockfile'],
    // Lockfile names and vendored folders match in their own case only (secrets and extensions in any case).
    ['web/YARN.LOCK', undefined],
    ['Vendor/github.com/x/y.go', undefined],
    ['NODE_MODULES/x.js', undefined],
    ['src/node_modules', 'vendored'],
    ['pnpm-lock.yaml', 'lockfile'],
    ['Cargo.lock', 'lockfile'],
    ['go.sum', 'lockfile'],
    ['api/poetry.lock', 'lockfile'],
    ['node_modules/left-pad/index.js', 'vendored'],
    ['vendor/github.com/x/y.go', 'vendored'],
    ['lib/third_party/z.c', 'vendored'],
    // Build-output folders: generated only with evidence in the content (see looksGenerated).
    ['dist/index.js', undefined],
    ['packages/a/build/out.js', undefined],
    ['coverage/lcov.info', 'generated'],
    ['src/__generated__/types.ts', 'generated'],
    ['api/schema.generated.ts', 'generated'],
    ['proto/msg.pb.go', 'generated'],
    ['proto/msg_pb2.py', 'generated'],
    ['static/app.js.map', 'generated'],
    ['.file_hash_cache.json', 'generated'],
    ['ai-scanner.sarif', 'generated'],
    ['static/app.min.js', 'minified'],
    ['static/site.min.css', 'minified'],
    ['docs/logo.png', 'image or media'],
    ['docs/diagram.SVG', 'image or media'],
    ['DCIM/IMG_0001.JPG', 'image or media'],
    ['bin/Tool.DLL', 'binary'],
    ['static/APP.MIN.JS', 'minified'],
    ['fonts/a.woff2', 'image or media'],
    ['docs/manual.pdf', 'image or media'],
    ['release/app.zip', 'binary'],
    ['lib/native.so', 'binary'],
    ['app.jar', 'binary'],
    ['__pycache__/m.pyc', 'binary'],
    ['data/store.sqlite', 'binary'],
    ['.env', 'secret'],
    ['config/.env', 'secret'],
    ['.env.production', 'secret'],
    ['.env.local', 'secret'],
    ['config/prod.env', 'secret'],
    ['deploy/staging.ENV', 'secret'],
    ['config/prod.env.example', undefined],
    ['.ENV.PRODUCTION', 'secret'],
    ['.env.example', undefined],
    ['deploy/.env.sample', undefined],
    ['.env.template', undefined],
    ['id_rsa', 'secret'],
    ['home/.ssh/id_ed25519', 'secret'],
    ['id_rsa.pub', undefined],
    ['certs/server.pem', 'secret'],
    ['certs/SERVER.PEM', 'secret'],
    ['tls/private.key', 'secret'],
    ['keystore.jks', 'secret'],
    ['cert.p12', 'secret'],
    ['.npmrc', 'secret'],
    ['.aws/credentials', 'secret'],
    ['gcp/credentials.json', 'secret'],
    ['infra/terraform.tfstate', 'secret'],
    ['infra/terraform.tfstate.backup', 'secret'],
    ['.htpasswd', 'secret'],
    ['.git-credentials', 'secret'],
    ['.envrc', 'secret'],
    ['.env-production', 'secret'],
    ['app/.env_staging', 'secret'],
    ['.envrc.example', undefined],
    ['.env-example', undefined],
    ['.pgpass', 'secret'],
    ['.s3cfg', 'secret'],
    ['home/.docker/config.json', 'secret'],
    ['.kube/config', 'secret'],
    ['.config/gh/hosts.yml', 'secret'],
    ['ansible/hosts.yml', undefined],
    ['_netrc', 'secret'],
    ['infra/prod.tfvars', 'secret'],
    ['infra/prod.tfvars.json', 'secret'],
    ['keys/deploy.ppk', 'secret'],
    ['AuthKey_ABC.p8', 'secret'],
  ];
  for (const [path, reason] of cases) {
    it(`${path} → ${reason ?? 'scanned'}`, () => assert.equal(filter(path), reason));
  }

  it('has a human reason for every skip reason', () => {
    for (const [, reason] of cases) if (reason) assert.ok(SKIP_REASON_TEXT[reason].length > 3);
  });
});

describe('pathFilter: include and exclude', () => {
  it('exclude patterns skip matching files, bare names match at any depth', () => {
    const filter = pathFilter([], ['**/*.test.ts', 'fixtures.json', 'docs/**']);
    assert.equal(filter('src/a.test.ts'), 'excluded by pattern');
    assert.equal(filter('a/b/fixtures.json'), 'excluded by pattern');
    assert.equal(filter('docs/guide/x.md'), 'excluded by pattern');
    assert.equal(filter('src/a.ts'), undefined);
    assert.equal(filter('src/docs/x.md'), undefined);
  });

  it('include patterns keep only matching files', () => {
    const filter = pathFilter(['src/**/*.ts', '*.py'], []);
    assert.equal(filter('src/deep/a.ts'), undefined);
    assert.equal(filter('tools/x/run.py'), undefined);
    assert.equal(filter('README.md'), 'not included');
    assert.equal(filter('lib/a.ts'), 'not included');
  });

  it('exclude wins over include', () => {
    const filter = pathFilter(['src/**'], ['src/legacy/**']);
    assert.equal(filter('src/legacy/old.js'), 'excluded by pattern');
    assert.equal(filter('src/new.js'), undefined);
  });

  it('an explicit include brings back generated, vendored and minified code', () => {
    const filter = pathFilter(['dist/**', 'vendor/acme/**', 'public/*.min.js'], []);
    assert.equal(filter('dist/index.js'), undefined);
    assert.equal(filter('vendor/acme/lib.go'), undefined);
    assert.equal(filter('public/app.min.js'), undefined);
    // Only what the include names comes back.
    assert.equal(filter('vendor/other/lib.go'), 'vendored');
  });

  it('an include starting with ** does not sweep in vendored, generated or minified files', () => {
    const filter = pathFilter(['**/*.js'], []);
    assert.equal(filter('src/app.js'), undefined);
    assert.equal(filter('node_modules/lib/index.js'), 'vendored');
    assert.equal(filter('src/__generated__/api.js'), 'generated');
    assert.equal(filter('public/app.min.js'), 'minified');
  });

  it('an include never brings back secrets, binaries or images', () => {
    const filter = pathFilter(['**/.env', '**/*.pem', 'config/**', 'bin/**', 'assets/**'], []);
    assert.equal(filter('.env'), 'secret');
    assert.equal(filter('config/.env.production'), 'secret');
    assert.equal(filter('config/server.pem'), 'secret');
    assert.equal(filter('config/id_rsa'), 'secret');
    assert.equal(filter('bin/tool.exe'), 'binary');
    assert.equal(filter('assets/logo.png'), 'image or media');
    assert.equal(filter('config/app.yml'), undefined);
  });

  it('dotfiles and dot folders match patterns', () => {
    const filter = pathFilter(['.github/**'], []);
    assert.equal(filter('.github/workflows/ci.yml'), undefined);
    assert.equal(filter('src/a.ts'), 'not included');
  });
});

describe('contentFilter', () => {
  it('skips empty files', () => assert.equal(contentFilter(Buffer.alloc(0)), 'empty'));

  it('takes a NUL byte near the start as binary', () => {
    assert.equal(contentFilter(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])), 'binary');
    assert.equal(
      contentFilter(Buffer.concat([Buffer.from('text '.repeat(100)), Buffer.from([0])])),
      'binary',
    );
  });

  it('never skips for a private key: the file is redacted and reviewed instead', () => {
    for (const header of [
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
    ])
      assert.equal(contentFilter(Buffer.from(`// ${header}\nconst key = load();\n`)), undefined, header);
  });

  it('scans ordinary text, public keys and certificates', () => {
    assert.equal(contentFilter(Buffer.from('export const x = 1;\n')), undefined);
    assert.equal(
      contentFilter(Buffer.from('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n')),
      undefined,
    );
    assert.equal(contentFilter(Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n')), undefined);
    assert.equal(contentFilter(Buffer.from('naïve café ✓\n', 'utf8')), undefined);
  });
});

describe('anyOf', () => {
  // Globs of every shape anyOf treats apart (a folder at any depth, a file name at any depth, anything else),
  // checked against picomatch itself on paths built to hit and miss each of them.
  const globs = [
    '**/node_modules/**',
    '**/dist/**',
    '**/.env',
    '**/.env.*',
    '**/*.pem',
    '**/id_rsa*',
    '**/*.{png,jpg}',
    '**/*.generated.*',
    '**/.aws/credentials',
    'src/**/*.ts',
    'docs/*.md',
  ];
  const segments = ['src', 'dist', 'node_modules', '.aws', 'docs', 'a', 'Dist', '.hidden', 'distx'];
  const names = [
    'x.ts',
    '.env',
    '.env.local',
    'key.pem',
    'KEY.PEM',
    'id_rsa.pub',
    'logo.png',
    'a.generated.js',
  ];
  const extra = ['credentials', 'readme.md', 'dist', 'node_modules', 'x.env', 'id_rsa', 'y.jpg.txt'];
  const paths = new Set<string>();
  for (const name of [...names, ...extra]) {
    paths.add(name);
    for (const s1 of segments) {
      paths.add(`${s1}/${name}`);
      for (const s2 of segments) paths.add(`${s1}/${s2}/${name}`);
    }
  }

  for (const nocase of [false, true])
    it(`matches exactly as picomatch does (nocase ${nocase}), on ${paths.size} paths`, () => {
      const opts = { dot: true, nocase };
      const fast = anyOf(globs, opts);
      const reference = picomatch(globs, opts);
      const differ = [...paths].filter((p) => fast(p) !== reference(p));
      assert.deepEqual(differ, []);
      assert.ok([...paths].some((p) => fast(p)) && [...paths].some((p) => !fast(p)), 'both outcomes occur');
    });

  it('matches nothing with no globs', () => assert.equal(anyOf([], { dot: true })('a/b.ts'), false));
});
