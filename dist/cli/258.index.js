export const id = 258;
export const ids = [258,168,161];
export const modules = {

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ carryOver),
/* harmony export */   s: () => (/* binding */ relocate),
/* harmony export */   withCarried: () => (/* binding */ withCarried)
/* harmony export */ });
/* harmony import */ var _line_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3319);

/**
 * The previous version's findings that still stand without the model: those outside every region shown, moved
 * to their new lines. A finding whose lines were all removed or replaced is dropped (its code is gone); one
 * that meets a shown region is left to the model, which saw those lines and the previous findings (its answer
 * for the region wins).
 */
function carryOver(previous, hunks, shown) {
    const kept = [];
    for (const f of previous) {
        const moved = relocate(f, hunks);
        if (!moved)
            continue;
        if (shown.some((r) => moved.startLine <= r.last && r.first <= moved.endLine))
            continue;
        kept.push(moved);
    }
    return kept;
}
/**
 * A finding at its new lines: each end moved as its line moved; an end on a removed line takes the nearest
 * surviving line inside the finding's old range; undefined when no line of the range survived.
 */
function relocate(f, hunks) {
    let start;
    let end;
    for (let line = f.startLine; line <= f.endLine && start === undefined; line++)
        start = (0,_line_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .newLineOf */ .q)(hunks, line);
    for (let line = f.endLine; line >= f.startLine && end === undefined; line--)
        end = (0,_line_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .newLineOf */ .q)(hunks, line);
    if (start === undefined || end === undefined)
        return undefined;
    return { ...f, startLine: start, endLine: Math.max(start, end) };
}
/**
 * The change review's findings: the model's, then the carried ones that the model (or the secret check) did not
 * report again at the same lines under the same title.
 */
function withCarried(fresh, carried) {
    const same = (a, b) => a.startLine === b.startLine && a.endLine === b.endLine && a.title === b.title;
    return [...fresh, ...carried.filter((c) => !fresh.some((f) => same(f, c)))];
}


/***/ }),

/***/ 6258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planChangeReviews: () => (/* binding */ planChangeReviews)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cache/sha256.ts
var cache_sha256 = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./node_modules/text-extensions/text-extensions.json
const text_extensions_namespaceObject = /*#__PURE__*/JSON.parse('["ada","adb","ads","applescript","as","asc","ascii","ascx","asm","asmx","asp","aspx","atom","au3","awk","bas","bash","bashrc","bat","bbcolors","bcp","bdsgroup","bdsproj","bib","bowerrc","c","cbl","cc","cfc","cfg","cfm","cfml","cgi","cjs","clj","cljs","cls","cmake","cmd","cnf","cob","code-snippets","coffee","coffeekup","conf","cp","cpp","cpt","cpy","crt","cs","csh","cson","csproj","csr","css","csslintrc","csv","ctl","cts","curlrc","cxx","d","dart","dfm","diff","dof","dpk","dpr","dproj","dtd","eco","editorconfig","ejs","el","elm","emacs","eml","ent","erb","erl","eslintignore","eslintrc","ex","exs","f","f03","f77","f90","f95","fish","for","fpp","frm","fs","fsproj","fsx","ftn","gemrc","gemspec","gitattributes","gitconfig","gitignore","gitkeep","gitmodules","go","gpp","gradle","graphql","groovy","groupproj","grunit","gtmpl","gvimrc","h","haml","hbs","hgignore","hh","hpp","hrl","hs","hta","htaccess","htc","htm","html","htpasswd","hxx","iced","iml","inc","inf","info","ini","ino","int","irbrc","itcl","itermcolors","itk","jade","java","jhtm","jhtml","js","jscsrc","jshintignore","jshintrc","json","json5","jsonld","jsp","jspx","jsx","ksh","less","lhs","lisp","log","ls","lsp","lua","m","m4","mak","map","markdown","master","md","mdown","mdwn","mdx","metadata","mht","mhtml","mjs","mk","mkd","mkdn","mkdown","ml","mli","mm","mts","mxml","nfm","nfo","noon","npmignore","npmrc","nuspec","nvmrc","ops","pas","pasm","patch","pbxproj","pch","pem","pg","php","php3","php4","php5","phpt","phtml","pir","pl","pm","pmc","pod","pot","prettierrc","properties","props","pt","pug","purs","py","pyx","r","rake","rb","rbw","rc","rdoc","rdoc_options","resx","rexx","rhtml","rjs","rlib","ron","rs","rss","rst","rtf","rvmrc","rxml","s","sass","scala","scm","scss","seestyle","sh","shtml","sln","sls","spec","sql","sqlite","sqlproj","srt","ss","sss","st","strings","sty","styl","stylus","sub","sublime-build","sublime-commands","sublime-completions","sublime-keymap","sublime-macro","sublime-menu","sublime-project","sublime-settings","sublime-workspace","sv","svc","svg","swift","t","tcl","tcsh","terminal","tex","text","textile","tg","tk","tmLanguage","tmpl","tmTheme","tpl","ts","tsv","tsx","tt","tt2","ttml","twig","txt","v","vb","vbproj","vbs","vcproj","vcxproj","vh","vhd","vhdl","vim","viminfo","vimrc","vm","vue","webapp","webmanifest","wsc","x-php","xaml","xht","xhtml","xml","xs","xsd","xsl","xslt","y","yaml","yml","zsh","zshrc"]');
;// CONCATENATED MODULE: ./node_modules/text-extensions/index.js


/* harmony default export */ const text_extensions = (text_extensions_namespaceObject);

// EXTERNAL MODULE: ./src/git/skip-reasons.ts
var skip_reasons = __webpack_require__(3437);
;// CONCATENATED MODULE: ./src/git/filters.ts




/**
 * Default exclusions by name, each with its reason. Credential files (wholly credentials: never sent, and
 * reported as findings) are never overridden by include.
 */
const DEFAULT_EXCLUDES = [
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
const NOT_CREDENTIALS = picomatch_default()(['**/{.env,*.env}{.,-,_}{example,sample,template,dist}', '**/.envrc.{example,sample,template}', '**/*.pub'], { dot: true, nocase: true });
/**
 * Build-output folders hold hand-written code too (build scripts, an out/ package): a file there is taken as
 * generated only when its content shows it (see looksGenerated), never for its folder alone.
 */
const BUILD_OUTPUT = anyOf(['**/dist/**', '**/build/**', '**/out/**'], { dot: true });
/**
 * Source and text extensions that text-extensions (a maintained list of text file extensions) lacks, and the
 * extensionless names of build and CI scripts: a file named so is reviewed whatever bytes it holds.
 */
const MORE_TEXT_EXTENSIONS = ('kt kts svelte astro tf hcl ps1 psm1 psd1 toml zig nim jl fsi sol move cairo proto gql prisma bzl ' +
    'bazel star nix dhall cue jsonnet libsonnet rego njk j2 jinja ipynb rmd qml cu sc cljc edn cr wat ' +
    'env pyi pxd ipp inl rkt re res resi vala sed adoc http feature gd hx odin wgsl glsl hlsl frag vert ' +
    'shader service').split(' ');
const TEXT_NAMES = ('dockerfile containerfile makefile gnumakefile jenkinsfile vagrantfile rakefile gemfile podfile ' +
    'fastfile brewfile procfile justfile build workspace tiltfile caddyfile').split(' ');
const TEXT_EXTENSIONS = new Set([...text_extensions, ...MORE_TEXT_EXTENSIONS]);
/**
 * Whether a file's name says it is source or text: its extension is a known text one, or it is a build script
 * known by name (Dockerfile, Makefile, Dockerfile.prod). Such a file is never skipped as binary by its content,
 * which the author controls; only files of an unknown or binary kind are judged by their bytes.
 */
function isTextName(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.lastIndexOf('.');
    if (dot > 0 && TEXT_EXTENSIONS.has(name.slice(dot + 1)))
        return true;
    return TEXT_NAMES.includes(dot > 0 ? name.slice(0, dot) : name);
}
/** Secret names, and file extensions (LOGO.PNG, APP.DLL, A.MIN.JS), match in any case. */
const ANY_CASE = ['secret', 'image or media', 'binary', 'minified'];
const defaultMatchers = DEFAULT_EXCLUDES.map(([reason, globs]) => [reason, anyOf(globs, { dot: true, nocase: ANY_CASE.includes(reason) })]);
/**
 * Every default exclusion at once, in any case: no more than the union of the matchers above, so a path it does
 * not match (most paths) matches none of them, and is decided with one test rather than one for each reason.
 */
const anyDefault = anyOf(DEFAULT_EXCLUDES.flatMap(([, globs]) => globs), { dot: true, nocase: true });
/**
 * A fast matcher for a list of globs, matching as picomatch does. It runs on every file of the repository, where
 * picomatch's own list matcher (and even one combined regex of globstar patterns) costs more than hashing the
 * file, so the two common shapes are matched on the part of the path they are about: a folder at any depth
 * (node_modules) as a whole segment of the path, a file-name glob at any depth (*.pem) on the file name alone.
 * Any other glob goes into one combined regex over the whole path.
 */
function anyOf(globs, opts) {
    const folders = [];
    const names = [];
    const paths = [];
    for (const glob of globs) {
        const folder = /^\*\*\/([^/]+)\/\*\*$/.exec(glob)?.[1];
        if (folder !== undefined && !picomatch_default().scan(folder).isGlob)
            folders.push(folder);
        else if (glob.startsWith('**/') && !glob.slice(3).includes('/'))
            names.push(glob.slice(3));
        else
            paths.push(glob);
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
        if (nameRe?.test(slash < 0 ? path : path.slice(slash + 1)))
            return true;
        if (folderRe?.test(path))
            return true;
        return pathRe?.test(path) ?? false;
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function combined(globs, opts) {
    if (globs.length === 0)
        return undefined;
    const res = globs.map((g) => picomatch_default().makeRe(g, opts));
    return new RegExp(res.map((r) => r.source).join('|'), res[0].flags);
}
/** Decides from the path alone whether a file is out of scope, and why. */
function pathFilter(include, exclude) {
    const opts = { dot: true, basename: false };
    const normalize = (patterns) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
    const included = include.length ? globMatcher(normalize(include), opts) : undefined;
    const excluded = exclude.length ? globMatcher(normalize(exclude), opts) : undefined;
    // Only a pattern anchored at a folder (dist/**, vendor/acme/**) brings back generated or vendored files;
    // a pattern that starts with ** (such as **/*.js) must not sweep in node_modules or bundles.
    const anchored = include.filter((p) => p.includes('/') && !p.startsWith('**'));
    const explicitlyIncluded = anchored.length ? globMatcher(anchored, opts) : undefined;
    const filter = (path) => {
        if (anyDefault(path))
            for (const [reason, matches] of defaultMatchers) {
                if (!matches(path))
                    continue;
                if (reason === 'secret' && NOT_CREDENTIALS(path))
                    continue;
                // An explicit include may bring back generated or vendored code, never secrets or binaries.
                if (reason === 'secret' ||
                    reason === 'binary' ||
                    reason === 'image or media' ||
                    !explicitlyIncluded?.(path))
                    return reason;
            }
        if (excluded?.(path))
            return 'excluded by pattern';
        if (included && !included(path))
            return 'not included';
        return undefined;
    };
    return Object.assign(filter, {
        needsEvidence: (path) => BUILD_OUTPUT(path) && !explicitlyIncluded?.(path),
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/git/file-reader/read-file.ts


/**
 * Reads and hashes one file, or says why it is skipped. One open per file: O_NOFOLLOW refuses a symlink (it
 * could point outside the workspace), O_NONBLOCK a FIFO that would never answer, and the size and type come
 * from the open descriptor, so what is checked is what is read. Synchronous: for the small files of a
 * repository one thread-pool round trip per system call costs several times the read itself.
 */
function inspectFile(abs, maxBytes, rules = {}) {
    let fd;
    try {
        // Windows has no O_NOFOLLOW: there the link is refused by lstat first.
        if (constants.O_NOFOLLOW === undefined && lstatSync(abs).isSymbolicLink())
            return 'symlink';
        fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        return e.code === 'ELOOP' ? 'symlink' : 'unreadable';
    }
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile())
            return 'unreadable';
        if (stat.size > maxBytes)
            return 'too large';
        const content = readAll(fd, stat.size, maxBytes);
        if (!content)
            return 'too large'; // it grew past the limit after fstat
        const reason = contentFilter(content, rules);
        if (reason)
            return reason;
        // What is hashed is what is sent: a cached verdict is about the text the model saw.
        const sent = rules.text ? showControlBytes(content) : content;
        return { sha256: sha256(sent), size: sent.length, content: sent };
    }
    catch {
        return 'unreadable';
    }
    finally {
        closeSync(fd);
    }
}
/**
 * The file's bytes in one read on the common path: the size fstat gave plus one byte, which is there only to see
 * whether the file grew since. A short read, or a file that grew, is read on to its end, never cut (undefined
 * past the limit).
 */
function readAll(fd, size, maxBytes) {
    let buffer = Buffer.allocUnsafe(size + 1);
    let n = readSync(fd, buffer, 0, buffer.length, 0);
    if (n === size)
        return buffer.subarray(0, n);
    for (let read = n; read > 0 && n <= maxBytes; n += read) {
        if (n === buffer.length)
            buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
        read = readSync(fd, buffer, n, buffer.length - n, n);
    }
    return n > maxBytes ? undefined : buffer.subarray(0, n);
}
/**
 * Decides from the content: empty files and binaries are not sent, and a file in a build-output folder is
 * skipped as generated when its content shows it. A file named as source or text is never binary, whatever
 * bytes it holds: one NUL byte must not take a backdoor out of review (its control bytes are shown instead, see
 * showControlBytes). Secrets are no reason to skip: they are redacted before sending.
 */
function contentFilter(content, rules = {}) {
    if (content.length === 0)
        return 'empty';
    if (!rules.text && content.subarray(0, 8000).includes(0))
        return 'binary';
    if (rules.buildOutput && looksGenerated(content, { headerCounts: !rules.underReview }))
        return 'generated';
    return undefined;
}
/**
 * Control bytes other than tab, line feed, form feed and carriage return, each replaced by its Unicode control
 * picture (NUL by U+2400 "␀", DEL by U+2421 "␡"): visible to the model and the reader, one character per byte,
 * no line added or removed, so findings keep their line numbers. The content itself when there is none.
 */
function showControlBytes(content) {
    let i = nextHiddenControl(content, 0);
    if (i === -1)
        return content;
    const parts = [];
    let from = 0;
    for (; i !== -1; i = nextHiddenControl(content, i + 1)) {
        parts.push(content.subarray(from, i), Buffer.from(controlPicture(content[i]), 'utf8'));
        from = i + 1;
    }
    parts.push(content.subarray(from));
    return Buffer.concat(parts);
}
const isHiddenControl = (b) => (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f;
const controlPicture = (b) => String.fromCharCode(b === 0x7f ? 0x2421 : 0x2400 + b);
/**
 * The first hidden control byte at or after `from`, or -1. Every byte of every file is looked at, so the bytes
 * are read four at a time where the memory allows: a word with no byte below 0x20 and no DEL (most words of
 * source text; a word-wide test that never misses one) is passed over, the others are looked at byte by byte.
 */
function nextHiddenControl(content, from) {
    const end = content.length;
    let i = from;
    for (; i < end && (content.byteOffset + i) % 4 !== 0; i++)
        if (isHiddenControl(content[i]))
            return i;
    if (i >= end)
        return -1;
    const words = new Int32Array(content.buffer, content.byteOffset + i, (end - i) >> 2);
    for (let w = 0; w < words.length; w++) {
        const x = words[w];
        const del = x ^ 0x7f7f7f7f;
        // A byte below 0x20 (or a zero byte of x ^ DEL) sets its top bit here; a word without one never does.
        if ((((x - 0x20202020) & ~x) | ((del - 0x01010101) & ~del)) & 0x80808080)
            for (let j = i + 4 * w; j < i + 4 * w + 4; j++)
                if (isHiddenControl(content[j]))
                    return j;
    }
    for (let j = i + 4 * words.length; j < end; j++)
        if (isHiddenControl(content[j]))
            return j;
    return -1;
}
/** A generated-file header near the top: "@generated", "Code generated ... DO NOT EDIT", a bundler's prelude. */
const GENERATED_HEADER = /@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bgenerated by\b|__webpack_require__|__nccwpck_require__|\/\*{6}\//i;
const SOURCE_MAP = /[#@] sourceMappingURL=\S+\s*(?:\*\/)?\s*$/;
/**
 * Whether a file is visibly machine-made: a generated-file header in its first 2 KB (unless headerCounts is
 * false), a source map comment at its end, or minified (lines averaging over 300 characters in a file over 2 KB).
 */
function looksGenerated(content, { headerCounts = true } = {}) {
    if (headerCounts && GENERATED_HEADER.test(content.subarray(0, 2048).toString('latin1')))
        return true;
    if (SOURCE_MAP.test(content.subarray(-512).toString('latin1')))
        return true;
    if (content.length <= 2048)
        return false;
    let lines = 1;
    for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1))
        lines++;
    return content.length / lines > 300;
}

// EXTERNAL MODULE: ./src/scanner/prompt.ts
var scanner_prompt = __webpack_require__(1298);
// EXTERNAL MODULE: ./src/scanner/redact-secrets.ts + 1 modules
var redact_secrets = __webpack_require__(161);
// EXTERNAL MODULE: ./src/scanner/change-review/carry-over.ts
var carry_over = __webpack_require__(3168);
;// CONCATENATED MODULE: ./src/scanner/change-review/regions.ts
/** Lines shown on either side of a change whatever the language: enough for the statements around it. */
const WINDOW_LINES = 12;
/** The largest enclosing block shown whole; a larger one (a long class) leaves its inner block or the window. */
const MAX_BLOCK_LINES = 160;
/** Lines above a block's opening line kept with it: a signature on its own line, annotations, decorators. */
const HEADER_LINES = 3;
/** Regions this close to each other are shown as one: a gap of a few lines says nothing worth a marker. */
const MERGE_GAP = 3;
const BRACE = /\.(c|cc|cpp|cs|cxx|dart|go|groovy|h|hpp|java|js|jsx|kt|kts|mjs|cjs|php|rs|scala|swift|ts|tsx|mts|cts)$/i;
const INDENT = /\.(py|pyi)$/i;
function familyOf(path) {
    if (BRACE.test(path))
        return 'brace';
    if (INDENT.test(path))
        return 'indent';
    return 'none';
}
/** The new-side lines a hunk touched; a pure deletion touches the lines on either side of its gap. */
function touched(hunk, lineCount) {
    if (hunk.newCount > 0)
        return { first: hunk.newStart, last: hunk.newStart + hunk.newCount - 1 };
    const at = Math.min(Math.max(hunk.newStart, 1), Math.max(lineCount, 1));
    return { first: Math.max(1, at - 1), last: at };
}
/**
 * The regions to show for the hunks: each changed run with its enclosing block (the outermost function or class
 * around it that is at most MAX_BLOCK_LINES long, found by braces or indentation for the languages that have
 * them) and WINDOW_LINES on either side, clamped to the file; overlapping or nearly touching regions merged.
 */
function changedRegions(path, lines, hunks) {
    const family = familyOf(path);
    const blocks = family === 'brace' ? braceBlocks(lines) : family === 'indent' ? indentBlocks(lines) : [];
    const regions = hunks.map((h) => {
        const change = touched(h, lines.length);
        const block = outermostBlock(blocks, change);
        const first = Math.min(change.first - WINDOW_LINES, block ? block.first - HEADER_LINES : Infinity);
        const last = Math.max(change.last + WINDOW_LINES, block?.last ?? -Infinity);
        return { first: Math.max(1, first), last: Math.min(lines.length, last) };
    });
    return mergeRegions(regions);
}
/** Sorted, with overlapping regions (or ones at most MERGE_GAP lines apart) joined. */
function mergeRegions(regions) {
    const sorted = [...regions].sort((a, b) => a.first - b.first || a.last - b.last);
    const merged = [];
    for (const r of sorted) {
        const last = merged.at(-1);
        if (last && r.first <= last.last + MERGE_GAP + 1)
            last.last = Math.max(last.last, r.last);
        else
            merged.push({ ...r });
    }
    return merged;
}
/** The largest block holding the whole change within MAX_BLOCK_LINES; undefined when none does. */
function outermostBlock(blocks, change) {
    let best;
    for (const b of blocks) {
        const size = b.last - b.first + 1;
        if (b.first > change.first || b.last < change.last || size > MAX_BLOCK_LINES)
            continue;
        if (!best || size > best.last - best.first + 1)
            best = b;
    }
    return best;
}
/**
 * Every `{ ... }` block that spans lines, from its opening line to its closing one. Strings, template literals
 * and comments are skipped so that a brace inside them does not count; an unbalanced file yields the blocks
 * that did close (the windows cover the rest).
 */
function braceBlocks(lines) {
    const blocks = [];
    const open = [];
    /** What the scan is inside of across lines: code, a block comment or a template literal. */
    let state = 'code';
    lines.forEach((line, index) => {
        let quote;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            const pair = c + (line[i + 1] ?? '');
            if (state === 'comment') {
                if (pair === '*/')
                    state = 'code';
                if (pair === '*/')
                    i++;
            }
            else if (state === 'template' || quote) {
                if (c === '\\')
                    i++;
                else if (quote && c === quote)
                    quote = undefined;
                else if (!quote && c === '`')
                    state = 'code';
            }
            else if (pair === '//')
                break;
            else if (pair === '/*') {
                state = 'comment';
                i++;
            }
            else if (c === '`')
                state = 'template';
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === '{')
                open.push(index + 1);
            else if (c === '}')
                closeBlock(open, index + 1, blocks);
        }
    });
    return blocks;
}
function closeBlock(open, line, blocks) {
    const from = open.pop();
    if (from !== undefined && from < line)
        blocks.push({ first: from, last: line });
}
/**
 * Python's blocks: a line followed by more-indented lines, to the last of them (blank lines inside belong to
 * the block, trailing ones do not).
 */
function indentBlocks(lines) {
    const indent = lines.map((l) => (/^\s*$/.test(l) ? -1 : l.length - l.trimStart().length));
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        if (indent[i] === -1)
            continue;
        let last = i;
        for (let j = i + 1; j < lines.length; j++) {
            if (indent[j] === -1)
                continue;
            if (indent[j] <= indent[i])
                break;
            last = j;
        }
        if (last > i)
            blocks.push({ first: i + 1, last: last + 1 });
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/scanner/change-review/change-prompt.ts


/** Said once in a request that holds a change review, before the files (outside the untrusted frames). */
const CHANGE_NOTE = [
    'Some files below are shown in part, for a change review: an earlier version of each was reviewed before, and',
    'only the regions around what changed since are shown, with their real line numbers ("[lines A-B not shown]"',
    'stands for unchanged code). Lines shown as "-| ..." were removed by the change and are not in the file. Review',
    'the regions shown for any issue in them, above all what the change introduces, removes (a check, a validation)',
    'or exposes in the code around it. The earlier findings listed for a file come from that earlier review, at their',
    'new lines: report again each one that still applies and lies in the regions shown (the others are kept without',
    'you). Report findings only at lines shown.',
].join('\n');
/** Removed lines shown per hunk; a larger removal is summarised by its count. */
const MAX_REMOVED_SHOWN = 30;
/** Earlier findings listed per file. */
const MAX_PREVIOUS_SHOWN = 50;
/** The file as a change review shows it: a header, the earlier findings, then the regions with removed lines. */
function renderChange(input) {
    const { lines, hunks, regions } = input;
    const shown = regions.map((r) => `${r.first}-${r.last}`).join(', ');
    const changed = hunks.map((h) => touched(h, lines.length)).map((r) => `${r.first}-${r.last}`);
    const out = [
        `[change review: lines ${shown} of ${lines.length} shown; changed at lines ${changed.join(', ')}; the rest is unchanged and was reviewed before]`,
        ...input.previous
            .slice(0, MAX_PREVIOUS_SHOWN)
            .map((f) => `[earlier finding: lines ${f.startLine}-${f.endLine}, ${f.severity}${f.cwe ? `, ${f.cwe}` : ''}: ${JSON.stringify(f.title)}]`),
    ];
    let next = 1;
    for (const region of regions) {
        if (region.first > next)
            out.push(`[lines ${next}-${region.first - 1} not shown]`);
        out.push(...regionLines(input, region));
        next = region.last + 1;
    }
    if (next <= lines.length)
        out.push(`[lines ${next}-${lines.length} not shown]`);
    return { note: CHANGE_NOTE, lines: out, chars: out.reduce((n, l) => n + l.length + 1, 0) };
}
/** A region's numbered lines, each hunk's removed lines placed where they were (before its first new line). */
function regionLines(input, region) {
    const content = input.lines.slice(region.first - 1, region.last).join('\n');
    const numbered = (0,scanner_prompt/* numberLines */.z8)(content, region.first);
    const removals = input.hunks.filter((h) => h.oldCount > 0 && h.newStart >= region.first && h.newStart <= region.last + 1);
    const out = [];
    for (const line of numbered) {
        for (const h of removals)
            if (h.newStart >= line.first && h.newStart <= line.last)
                out.push(...removed(input, h));
        out.push(line.text);
    }
    for (const h of removals)
        if (h.newStart > region.last)
            out.push(...removed(input, h));
    return out;
}
function removed(input, h) {
    const old = input.oldLines.slice(h.oldStart - 1, h.oldStart - 1 + Math.min(h.oldCount, MAX_REMOVED_SHOWN));
    const out = old.map((l) => `-| ${l}`);
    if (h.oldCount > MAX_REMOVED_SHOWN)
        out.push(`[${h.oldCount - MAX_REMOVED_SHOWN} more removed lines]`);
    return out;
}

// EXTERNAL MODULE: ./src/scanner/change-review/line-diff.ts + 2 modules
var line_diff = __webpack_require__(3319);
;// CONCATENATED MODULE: ./src/scanner/change-review/change-review.ts













const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * A change review is worth it while what it shows stays under this share of the file's lines; a change that
 * touches more is reviewed whole (the saving is small, and the model should see the file as it now is).
 */
const MAX_SHOWN_SHARE = 0.5;
/**
 * Plans the change reviews of the large modified files: each file whose previous version (the same path at the
 * diff base, read from git's objects, never from the working tree) has a fresh result in the cache gets what to
 * show (`file.change`) and the findings carried over. Any doubt or error leaves the file to a whole review.
 */
async function planChangeReviews(req) {
    const plans = new Map();
    const git = new git_git/* Git */.T(req.workspace);
    const from = (await git.mergeBase(req.base, 'HEAD')) ?? req.base;
    for (const [i, file] of req.files.entries()) {
        if (!req.eligible(i) || plans.has(file.sha256))
            continue;
        try {
            const plan = await planOne(req, from, file, req.bytes[i]);
            if (typeof plan === 'string')
                req.log(`${file.path}: reviewed whole (${plan}).`);
            else
                plans.set(file.sha256, plan);
        }
        catch (e) {
            // Fail closed: a change review that cannot be planned is a whole review.
            delete file.change;
            req.log(`${file.path}: reviewed whole (the change could not be read: ${(0,errors/* errorMessage */.g)(e)}).`);
        }
    }
    return plans;
}
/** One file's plan, or why it is reviewed whole. */
async function planOne(req, from, file, bytes) {
    const raw = await blobAt(req.workspace, from, file.path);
    if (!raw)
        return 'no earlier version at the diff base';
    // Hashed as the file reader hashes: what was reviewed is the text the model saw.
    const old = isTextName(file.path) ? showControlBytes(raw) : raw;
    const entry = req.previous((0,cache_sha256/* sha256 */.s)(old));
    if (!entry)
        return 'its earlier version has no result in the cache';
    const oldText = old.toString('utf8');
    const oldLines = (0,scanner_prompt/* splitLines */.uz)(oldText);
    const newLines = (0,scanner_prompt/* splitLines */.uz)(bytes.toString('utf8'));
    const lines = (0,scanner_prompt/* splitLines */.uz)(file.content);
    if (lines.length !== newLines.length)
        return 'the redacted content has other lines';
    const hunks = (0,line_diff/* lineHunks */.U)(oldLines, newLines, Math.ceil(newLines.length * MAX_SHOWN_SHARE));
    if (!hunks?.length)
        return 'it was rewritten';
    const regions = changedRegions(file.path, newLines, hunks);
    const shownLines = regions.reduce((n, r) => n + r.last - r.first + 1, 0);
    if (shownLines > newLines.length * MAX_SHOWN_SHARE)
        return 'the change spans most of it';
    const previous = entry.findings.map((f) => (0,carry_over/* relocate */.s)(f, hunks)).filter((f) => !!f);
    // The old content is sent in part (the removed lines): its secrets are redacted as the new content's are.
    const oldRedacted = (0,scanner_prompt/* splitLines */.uz)((await (0,redact_secrets.redactSecrets)(file.path, oldText)).content);
    file.change = renderChange({ lines, oldLines: oldRedacted, hunks, regions, previous });
    return {
        path: file.path,
        carried: (0,carry_over/* carryOver */.Y)(entry.findings, hunks, regions),
        linesShown: shownLines,
        lines: newLines.length,
    };
}
/** The bytes of `path` (relative to the workspace) at `rev`; undefined when it was not there (a new file). */
async function blobAt(workspace, rev, path) {
    if (rev.startsWith('-'))
        return undefined;
    const reading = run('git', ['cat-file', 'blob', `${rev}:./${path}`], {
        cwd: workspace,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
    });
    reading.child.stdin?.end();
    return reading.then(({ stdout }) => stdout, () => undefined);
}


/***/ }),

/***/ 3319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ lineHunks),
  q: () => (/* binding */ newLineOf)
});

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./src/scanner/change-review/line-diff.ts

/**
 * The hunks that turn the old lines into the new ones (Myers' diff, from the `diff` package); undefined when
 * more than maxEdits lines differ, which the caller treats as a rewrite: the whole file is reviewed.
 */
function lineHunks(oldLines, newLines, maxEdits) {
    const changes = diffArrays([...oldLines], [...newLines], { maxEditLength: maxEdits });
    if (!changes)
        return undefined;
    const hunks = [];
    let oldLine = 1;
    let newLine = 1;
    let open;
    for (const change of changes) {
        const count = change.count ?? change.value.length;
        if (!change.added && !change.removed) {
            open = undefined;
            oldLine += count;
            newLine += count;
            continue;
        }
        // A removal and the addition next to it are one hunk: the lines that replaced the old ones.
        if (!open)
            hunks.push((open = { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 }));
        if (change.removed) {
            open.oldCount += count;
            oldLine += count;
        }
        else {
            open.newCount += count;
            newLine += count;
        }
    }
    return hunks;
}
/**
 * Where an old line is in the new content: shifted by the hunks before it, undefined when a hunk removed or
 * replaced it (its code is not there any more, or not as it was).
 */
function newLineOf(hunks, oldLine) {
    let shift = 0;
    for (const h of hunks) {
        if (oldLine < h.oldStart)
            break;
        if (oldLine < h.oldStart + h.oldCount)
            return undefined;
        shift += h.newCount - h.oldCount;
    }
    return oldLine + shift;
}


/***/ }),

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redactSecrets: () => (/* binding */ redactSecrets)
});

;// CONCATENATED MODULE: ./src/scanner/key-material.ts
/**
 * Private-key material in text, found by its armour rather than by a rule set's validation: secretlint's
 * private-key rule reports only PEM blocks whose body decodes like a real key, which leaves encrypted PKCS#8,
 * PuTTY, SSH2 and base64-encoded keys, and keys built from concatenated strings. Only the key's body is taken,
 * never the code around it: a body is base64 lines (with the quotes, `+`, commas and escaped newlines of a
 * string that holds them) and PEM headers, one token a line, so code after a marker is never redacted.
 */
/** Where a key body starts: a PEM or SSH2 armour line, a PuTTY file's private lines. */
const KEY_START = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----|Private-Lines: *\d+|Private-MAC: */g;
/** The pieces a key body is made of; anything else ends it. */
const BODY_PIECE = /(?<newline>\r?\n|(?:\\r)?\\n)|(?<header>(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset|Subject): (?:[^\r\n\\]|\\(?![rn]))*)|(?<token>[A-Za-z0-9+/=_][A-Za-z0-9+/=_-]*)|(?<glue>[ \t'"`+,]+)/y;
/** The END armour that closes a body. */
const ARMOUR_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|---- END SSH2 (?:ENCRYPTED )?PRIVATE KEY ----/g;
/** PEM and SSH2 header lines inside an armoured body. */
const HEADER_LINE = /^[ \t'"`]*(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset|Subject): .*$/gm;
/**
 * What each line of an armoured body may hold: one base64 (or base64url) token, as it is or as a quoted string
 * with its glue. Two words on a line are code.
 */
const BODY_LINE = /^[A-Za-z0-9+/=_-]*$/;
const GLUE_AROUND = /^[\s'"`+,]+|[\s'"`+,]+$/g;
/** Fewer key characters than this between the armour lines is a placeholder ("..."), not a key. */
const MIN_ARMOURED = 16;
/** Where a key body ends. */
const KEY_END = /^(?:-----END |---- END |Private-MAC:)/;
/** Base64 runs long enough to hold an armoured key. */
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;
/** "-----BEGIN" and "openssh-key-v1" in base64, at each of the three alignments. */
const BASE64_MARKERS = ['LS0tLS1CRUdJT', '0tLS0tQkVHSU4', 'tLS0tLUJFR0lO', 'b3BlbnNzaC1rZXktdjE'];
/** A body shorter than this (in base64 characters) is a placeholder such as "MIIE...", not a key. */
const MIN_BODY = 32;
/** Bounds the work on a hostile file: a key body longer than this is cut into several spans. */
const MAX_BODY = 64 * 1024;
function findKeyMaterial(text) {
    const spans = [];
    for (const m of text.matchAll(KEY_START)) {
        const from = m.index + m[0].length;
        const body = (m[0].startsWith('-') ? armoured(text, from) : undefined) ?? keyBody(text, from);
        if (body)
            spans.push({ ...body, rule: 'private-key' });
    }
    for (const m of text.matchAll(BASE64_RUN)) {
        if (!BASE64_MARKERS.some((marker) => m[0].includes(marker)))
            continue;
        const decoded = Buffer.from(m[0], 'base64').toString('latin1');
        if (!/PRIVATE KEY|openssh-key-v1/.test(decoded))
            continue;
        const rest = keyBody(text, m.index + m[0].length);
        spans.push({ start: m.index, end: rest?.end ?? m.index + m[0].length, rule: 'private-key-base64' });
    }
    return spans;
}
/**
 * Everything between a BEGIN armour and its END, when that holds nothing but what a key body (or a string made
 * of its lines) can: then it is taken whatever its shape, a placeholder-like body such as a test's included.
 * Undefined when there is no END nearby, or code in between (`${encode(key)}`): that is no key.
 */
function armoured(text, from) {
    ARMOUR_END.lastIndex = from;
    const end = ARMOUR_END.exec(text);
    if (!end || end.index - from > MAX_BODY)
        return undefined;
    const between = text.slice(from, end.index).replace(HEADER_LINE, '');
    const lines = between.split(/\r?\n|(?:\\r)?\\n/).map((l) => l.replace(GLUE_AROUND, ''));
    if (!lines.every((l) => BODY_LINE.test(l)))
        return undefined;
    if ((between.match(/[A-Za-z0-9+/]/g)?.length ?? 0) < MIN_ARMOURED)
        return undefined;
    const first = from + /^[\s'"`+,]*/.exec(text.slice(from, end.index))[0].length;
    const last = end.index - /[\s'"`+,]*$/.exec(text.slice(first, end.index))[0].length;
    return last > first ? { start: first, end: last } : undefined;
}
/**
 * The key body from `from`: its first to its last base64 line, or undefined when it holds too little to be a
 * key. A line's token counts once the line ends, inside a string that closes, or at the END armour; a second
 * token on one line (unless a quote separates them: a string concatenation) ends the body, and so does any
 * other character: two words on a line are code, and code is never redacted.
 */
function keyBody(text, from) {
    let start = -1;
    let end = -1;
    let chars = 0;
    /** The token of the current line, not yet counted. */
    let pending;
    let quoted = false;
    const commit = () => {
        if (!pending)
            return;
        if (start < 0)
            start = pending.start;
        end = pending.end;
        chars += pending.end - pending.start;
        pending = undefined;
    };
    const limit = Math.min(text.length, from + MAX_BODY);
    let at = from;
    for (; at < limit; at = BODY_PIECE.lastIndex) {
        BODY_PIECE.lastIndex = at;
        const m = BODY_PIECE.exec(text);
        if (!m)
            break;
        const { newline, token, glue } = m.groups;
        if (newline !== undefined) {
            commit();
            quoted = false;
        }
        else if (glue !== undefined)
            quoted ||= /['"`]/.test(glue);
        else if (token !== undefined) {
            if (pending && !quoted) {
                pending = undefined;
                break;
            }
            commit();
            pending = { start: m.index, end: m.index + token.length };
            quoted = false;
        }
    }
    if (at >= limit || quoted || KEY_END.test(text.slice(at, at + 16)))
        commit();
    return chars >= MIN_BODY ? { start, end } : undefined;
}
/**
 * The text with each span replaced by `[REDACTED:<rule>]` on its first line and nothing on the others: every
 * line break is kept, so line numbers still point at the file's lines.
 */
function redactSpans(text, spans) {
    const merged = mergeSpans(spans);
    if (merged.length === 0)
        return text;
    const parts = [];
    let at = 0;
    for (const s of merged) {
        parts.push(text.slice(at, s.start), `[REDACTED:${s.rule}]`);
        // The line breaks inside the span, nothing else of it.
        parts.push(...(text.slice(s.start, s.end).match(/\r?\n/g) ?? []));
        at = s.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** Sorted, with overlapping or touching spans joined (the first one's rule names the joined span). */
function mergeSpans(spans) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const s of sorted) {
        const last = out.at(-1);
        if (last && s.start <= last.end)
            last.end = Math.max(last.end, s.end);
        else
            out.push({ ...s });
    }
    return out;
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/scanner/redact-secrets.ts

const RULE_PREFIX = '@secretlint/secretlint-rule-';
/**
 * secretlint-disable comments are a directive of the reviewed content: the content must not decide what is
 * withheld from the model, so that rule is left out. An account id is no secret.
 */
const LEFT_OUT_RULES = new Set([`${RULE_PREFIX}filter-comments`]);
const LEFT_OUT_MESSAGES = new Set(['AWSAccountID']);
/** A value a rule reports is also looked for this far past its range (a rule may report a range too short). */
const VALUE_WINDOW = 256;
let config;
/**
 * secretlint's profiler is on by default and keeps a performance mark per rule and file for the life of the
 * process: over thousands of files that is hundreds of megabytes. It is turned off before the first file.
 */
let profilerOff;
/** The rule set, built once per process. */
function ruleSet() {
    profilerOff ??= __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806)).then(({ secretLintProfiler }) => secretLintProfiler.setEnabled(false));
    config ??= __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 1577)).then(({ rules }) => ({
        rules: rules
            .filter((rule) => !LEFT_OUT_RULES.has(rule.meta.id))
            .map((rule) => ({
            id: rule.meta.id,
            rule,
            // Access key ids too: an id next to its secret is half of the credential.
            options: rule.meta.id === `${RULE_PREFIX}aws` ? { enableIDScanRule: true } : {},
        })),
    }));
    return config;
}
/**
 * An AWS secret access key assigned to its usual name. secretlint's rule ends its pattern with a word boundary,
 * so it misses a key whose last character is `/`, `+` or `=` (about one key in fifty): this finds those too.
 */
const AWS_SECRET_KEY = /(?:aws)?_?secret_?access_?key["'`]?\s*(?:=>|:=|=|:)\s*["'`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;
function findAwsSecretKeys(text) {
    return [...text.matchAll(AWS_SECRET_KEY)].map((m) => {
        const end = m.index + m[0].length;
        return { start: end - 40, end, rule: 'aws' };
    });
}
/** Redacts the secrets in one file's text. */
async function redactSecrets(path, text) {
    const [{ lintSource }, rules] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 6707)), ruleSet()]);
    await profilerOff;
    const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
    const result = await lintSource({
        source: { filePath: path, content: text, ext, contentType: 'text' },
        options: { config: rules, noPhysicFilePath: true },
    });
    const spans = [
        ...result.messages.flatMap((m) => (m.type === 'message' ? messageSpans(m, text) : [])),
        ...findKeyMaterial(text),
        ...findAwsSecretKeys(text),
    ];
    const merged = mergeSpans(spans);
    return {
        content: redactSpans(text, merged),
        secrets: merged.map((s) => ({
            rule: s.rule,
            startLine: lineAt(text, s.start),
            endLine: lineAt(text, Math.max(s.start, s.end - 1)),
        })),
    };
}
/**
 * A message's range, and every place near it where one of the values it reports stands: a rule's range may
 * cover the key name rather than the value (secretlint's AWS secret-key rule does), and the value is what must go.
 */
function messageSpans(m, text) {
    if (LEFT_OUT_MESSAGES.has(m.messageId))
        return [];
    const short = m.ruleId.startsWith(RULE_PREFIX) ? m.ruleId.slice(RULE_PREFIX.length) : m.ruleId;
    const rule = short === 'privatekey' ? 'private-key' : short;
    const [start, end] = m.range;
    const spans = [{ start, end, rule }];
    const values = Object.values(m.data ?? {}).filter((v) => typeof v === 'string' && v.length >= 8);
    const window = text.slice(start, end + VALUE_WINDOW);
    for (const value of values)
        for (let i = window.indexOf(value); i !== -1; i = window.indexOf(value, i + value.length))
            spans.push({ start: start + i, end: start + i + value.length, rule });
    return spans;
}


/***/ })

};
