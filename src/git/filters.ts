import picomatch from 'picomatch';

export type SkipReason =
  | 'secret'
  | 'lockfile'
  | 'vendored'
  | 'generated'
  | 'minified'
  | 'binary'
  | 'image or media'
  | 'too large'
  | 'excluded by pattern'
  | 'not included'
  | 'symlink'
  | 'unreadable'
  | 'empty';

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  secret: 'looks like a secret (never sent to the model)',
  lockfile: 'lockfile',
  vendored: 'vendored dependency',
  generated: 'generated or build output',
  minified: 'minified',
  binary: 'binary',
  'image or media': 'image or media file',
  'too large': 'larger than max-file-size-kb',
  'excluded by pattern': 'matches an exclude pattern',
  'not included': 'matches no include pattern',
  symlink: 'symbolic link (not followed)',
  unreadable: 'could not be read',
  empty: 'empty file',
};

/** Default exclusions by name, each with its reason. Secret-looking names are never overridden by include. */
const DEFAULT_EXCLUDES: [SkipReason, string[]][] = [
  [
    'secret',
    [
      '**/.env',
      '**/.env.*',
      '**/*.env',
      '**/*.pem',
      '**/*.key',
      '**/*.p12',
      '**/*.pfx',
      '**/*.jks',
      '**/*.keystore',
      '**/*.ppk',
      '**/id_rsa*',
      '**/id_dsa*',
      '**/id_ecdsa*',
      '**/id_ed25519*',
      '**/.npmrc',
      '**/.pypirc',
      '**/.netrc',
      '**/.git-credentials',
      '**/.aws/credentials',
      '**/credentials.json',
      '**/*.tfstate',
      '**/*.tfstate.backup',
      '**/.htpasswd',
    ],
  ],
  [
    'lockfile',
    [
      '**/package-lock.json',
      '**/npm-shrinkwrap.json',
      '**/yarn.lock',
      '**/pnpm-lock.yaml',
      '**/bun.lockb',
      '**/Cargo.lock',
      '**/poetry.lock',
      '**/Pipfile.lock',
      '**/uv.lock',
      '**/composer.lock',
      '**/Gemfile.lock',
      '**/go.sum',
      '**/*.lock',
    ],
  ],
  [
    'vendored',
    ['**/node_modules/**', '**/vendor/**', '**/third_party/**', '**/bower_components/**', '**/.git/**'],
  ],
  [
    'generated',
    [
      '**/dist/**',
      '**/build/**',
      '**/out/**',
      '**/coverage/**',
      '**/.next/**',
      '**/__generated__/**',
      '**/*.generated.*',
      '**/*.pb.go',
      '**/*_pb2.py',
      '**/*.map',
      '**/.file_hash_cache.json',
      '**/ai-scanner.sarif',
      '**/ai-scanner-report.json',
    ],
  ],
  ['minified', ['**/*.min.js', '**/*.min.css', '**/*.min.mjs']],
  [
    'image or media',
    [
      '**/*.{png,jpg,jpeg,gif,bmp,ico,webp,svg,tif,tiff,pdf,mp3,mp4,mov,avi,wav,ogg,webm,woff,woff2,ttf,otf,eot}',
    ],
  ],
  [
    'binary',
    ['**/*.{zip,gz,tgz,bz2,xz,7z,rar,tar,jar,war,class,exe,dll,so,dylib,a,o,obj,pyc,wasm,bin,dat,db,sqlite}'],
  ],
];

/** The .env.example style files carry no secrets by convention and are worth scanning. */
const SAFE_ENV = picomatch(['**/{.env,*.env}.{example,sample,template,dist}'], {
  dot: true,
  nocase: true,
});

/** Secret names, and file extensions (LOGO.PNG, APP.DLL, A.MIN.JS), match in any case. */
const ANY_CASE: readonly SkipReason[] = ['secret', 'image or media', 'binary', 'minified'];
const defaultMatchers = DEFAULT_EXCLUDES.map(
  ([reason, globs]) => [reason, anyOf(globs, { dot: true, nocase: ANY_CASE.includes(reason) })] as const,
);

/**
 * One regular expression for a list of globs: picomatch's own list matcher tests them one by one, which on
 * every file of a large repository (tens of default patterns) costs more than hashing it.
 */
export function anyOf(globs: readonly string[], opts: picomatch.PicomatchOptions): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const res = globs.map((g) => picomatch.makeRe(g, opts));
  const re = new RegExp(res.map((r) => r.source).join('|'), res[0]!.flags);
  return (path) => re.test(path);
}

export interface PathFilter {
  (path: string): SkipReason | undefined;
}

/** Decides from the path alone whether a file is out of scope, and why. */
export function pathFilter(include: string[], exclude: string[]): PathFilter {
  const opts = { dot: true, basename: false };
  const normalize = (patterns: string[]) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
  const included = include.length ? picomatch(normalize(include), opts) : undefined;
  const excluded = exclude.length ? picomatch(normalize(exclude), opts) : undefined;
  // Only a pattern anchored at a folder (dist/**, vendor/acme/**) brings back generated or vendored files;
  // a pattern that starts with ** (such as **/*.js) must not sweep in node_modules or bundles.
  const anchored = include.filter((p) => p.includes('/') && !p.startsWith('**'));
  const explicitlyIncluded = anchored.length ? picomatch(anchored, opts) : undefined;
  return (path) => {
    for (const [reason, matches] of defaultMatchers) {
      if (!matches(path)) continue;
      if (reason === 'secret' && SAFE_ENV(path)) continue;
      // An explicit include may bring back generated or vendored code, never secrets or binaries.
      if (
        reason === 'secret' ||
        reason === 'binary' ||
        reason === 'image or media' ||
        !explicitlyIncluded?.(path)
      )
        return reason;
    }
    if (excluded?.(path)) return 'excluded by pattern';
    if (included && !included(path)) return 'not included';
    return undefined;
  };
}

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/;

/** Decides from the content: binaries, and files that hold a private key, are not sent. */
export function contentFilter(content: Buffer): SkipReason | undefined {
  if (content.length === 0) return 'empty';
  if (content.subarray(0, 8000).includes(0)) return 'binary';
  // The marker's first bytes are searched in the buffer; only a file that has them is decoded for the regex.
  // The marker's first bytes are searched in the buffer; only a file that has them is decoded for the regex.
  if (content.includes('-----BEGIN ') && PRIVATE_KEY.test(content.toString('latin1'))) return 'secret';
  return undefined;
}
