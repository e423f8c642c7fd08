import picomatch from 'picomatch';
import textExtensions from 'text-extensions';
import { globMatcher } from './glob.js';
import type { SkipReason } from './skip-reasons.js';

export { SKIP_REASON_TEXT, type SkipReason } from './skip-reasons.js';

/**
 * Default exclusions by name, each with its reason. Credential files (wholly credentials: never sent, and
 * reported as findings) are never overridden by include.
 */
const DEFAULT_EXCLUDES: [SkipReason, string[]][] = [
  [
    'secret',
    [
      // dotenv and direnv files, in every spelling (.env.local, .env-production, prod.env, .envrc)
      '**/.env',
      '**/.env.*',
      '**/.env-*',
      '**/.env_*',
      '**/*.env',
      '**/.envrc',
      '**/.envrc.*',
      // keys and key stores
      '**/*.pem',
      '**/*.key',
      '**/*.p8',
      '**/*.p12',
      '**/*.pfx',
      '**/*.jks',
      '**/*.keystore',
      '**/*.ppk',
      '**/id_rsa*',
      '**/id_dsa*',
      '**/id_ecdsa*',
      '**/id_ed25519*',
      // tools' credential stores
      '**/.npmrc',
      '**/.pypirc',
      '**/.netrc',
      '**/_netrc',
      '**/.pgpass',
      '**/.s3cfg',
      '**/.git-credentials',
      '**/.aws/credentials',
      '**/.docker/config.json',
      '**/.kube/config',
      '**/gh/hosts.yml',
      '**/credentials.json',
      '**/*.tfvars',
      '**/*.tfvars.json',
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

/**
 * The .env.example style files carry no secrets by convention and are worth scanning; a public key (id_rsa.pub)
 * is no credential.
 */
const NOT_CREDENTIALS = picomatch(
  ['**/{.env,*.env}{.,-,_}{example,sample,template,dist}', '**/.envrc.{example,sample,template}', '**/*.pub'],
  { dot: true, nocase: true },
);

/**
 * Build-output folders hold hand-written code too (build scripts, an out/ package): a file there is taken as
 * generated only when its content shows it (see looksGenerated), never for its folder alone.
 */
const BUILD_OUTPUT = anyOf(['**/dist/**', '**/build/**', '**/out/**'], { dot: true });

/**
 * Source and text extensions that text-extensions (a maintained list of text file extensions) lacks, and the
 * extensionless names of build and CI scripts: a file named so is reviewed whatever bytes it holds.
 */
const MORE_TEXT_EXTENSIONS = (
  'kt kts svelte astro tf hcl ps1 psm1 psd1 toml zig nim jl fsi sol move cairo proto gql prisma bzl ' +
  'bazel star nix dhall cue jsonnet libsonnet rego njk j2 jinja ipynb rmd qml cu sc cljc edn cr wat ' +
  'env pyi pxd ipp inl rkt re res resi vala sed adoc http feature gd hx odin wgsl glsl hlsl frag vert ' +
  'shader service'
).split(' ');
const TEXT_NAMES = (
  'dockerfile containerfile makefile gnumakefile jenkinsfile vagrantfile rakefile gemfile podfile ' +
  'fastfile brewfile procfile justfile build workspace tiltfile caddyfile'
).split(' ');
const TEXT_EXTENSIONS = new Set([...textExtensions, ...MORE_TEXT_EXTENSIONS]);

/**
 * Whether a file's name says it is source or text: its extension is a known text one, or it is a build script
 * known by name (Dockerfile, Makefile, Dockerfile.prod). Such a file is never skipped as binary by its content,
 * which the author controls; only files of an unknown or binary kind are judged by their bytes.
 */
export function isTextName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot > 0 && TEXT_EXTENSIONS.has(name.slice(dot + 1))) return true;
  return TEXT_NAMES.includes(dot > 0 ? name.slice(0, dot) : name);
}

/** Secret names, and file extensions (LOGO.PNG, APP.DLL, A.MIN.JS), match in any case. */
const ANY_CASE: readonly SkipReason[] = ['secret', 'image or media', 'binary', 'minified'];
const defaultMatchers = DEFAULT_EXCLUDES.map(
  ([reason, globs]) => [reason, anyOf(globs, { dot: true, nocase: ANY_CASE.includes(reason) })] as const,
);
/**
 * Every default exclusion at once, in any case: no more than the union of the matchers above, so a path it does
 * not match (most paths) matches none of them, and is decided with one test rather than one for each reason.
 */
const anyDefault = anyOf(
  DEFAULT_EXCLUDES.flatMap(([, globs]) => globs),
  { dot: true, nocase: true },
);

/**
 * A fast matcher for a list of globs, matching as picomatch does. It runs on every file of the repository, where
 * picomatch's own list matcher (and even one combined regex of globstar patterns) costs more than hashing the
 * file, so the two common shapes are matched on the part of the path they are about: a folder at any depth
 * (node_modules) as a whole segment of the path, a file-name glob at any depth (*.pem) on the file name alone.
 * Any other glob goes into one combined regex over the whole path.
 */
export function anyOf(globs: readonly string[], opts: picomatch.PicomatchOptions): (path: string) => boolean {
  const folders: string[] = [];
  const names: string[] = [];
  const paths: string[] = [];
  for (const glob of globs) {
    const folder = /^\*\*\/([^/]+)\/\*\*$/.exec(glob)?.[1];
    if (folder !== undefined && !picomatch.scan(folder).isGlob) folders.push(folder);
    else if (glob.startsWith('**/') && !glob.slice(3).includes('/')) names.push(glob.slice(3));
    else paths.push(glob);
  }
  const nameRe = combined(names, opts);
  // `dist/**` matches dist itself too, so every segment counts, the last one included: one regex over the path
  // finds a segment among the folders without splitting the path.
  const folderRe = folders.length
    ? new RegExp(`(?:^|/)(?:${folders.map(escapeRegExp).join('|')})(?:/|$)`, opts.nocase ? 'i' : '')
    : undefined;
  const pathRe = combined(paths, opts);
  return (path) => {
    const slash = path.lastIndexOf('/');
    if (nameRe?.test(slash < 0 ? path : path.slice(slash + 1))) return true;
    if (folderRe?.test(path)) return true;
    return pathRe?.test(path) ?? false;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function combined(globs: readonly string[], opts: picomatch.PicomatchOptions): RegExp | undefined {
  if (globs.length === 0) return undefined;
  const res = globs.map((g) => picomatch.makeRe(g, opts));
  return new RegExp(res.map((r) => r.source).join('|'), res[0]!.flags);
}

export interface PathFilter {
  (path: string): SkipReason | undefined;
  /** For a file the filter lets through: whether it is generated only if its content shows it. */
  needsEvidence(path: string): boolean;
}

/** Decides from the path alone whether a file is out of scope, and why. */
export function pathFilter(include: string[], exclude: string[]): PathFilter {
  const opts = { dot: true, basename: false };
  const normalize = (patterns: string[]) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
  const included = include.length ? globMatcher(normalize(include), opts) : undefined;
  const excluded = exclude.length ? globMatcher(normalize(exclude), opts) : undefined;
  // Only a pattern anchored at a folder (dist/**, vendor/acme/**) brings back generated or vendored files;
  // a pattern that starts with ** (such as **/*.js) must not sweep in node_modules or bundles.
  const anchored = include.filter((p) => p.includes('/') && !p.startsWith('**'));
  const explicitlyIncluded = anchored.length ? globMatcher(anchored, opts) : undefined;
  const filter = (path: string): SkipReason | undefined => {
    if (anyDefault(path))
      for (const [reason, matches] of defaultMatchers) {
        if (!matches(path)) continue;
        if (reason === 'secret' && NOT_CREDENTIALS(path)) continue;
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
  return Object.assign(filter, {
    needsEvidence: (path: string) => BUILD_OUTPUT(path) && !explicitlyIncluded?.(path),
  });
}
