export const id = 681;
export const ids = [681];
export const modules = {

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ BACKENDS),
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   o2: () => (/* binding */ StoreUnavailableError)
/* harmony export */ });
/** Every cache backend, in the order the cache-backend input lists them. */
const BACKENDS = ['s3', 'actions-cache', 'local', 'none'];
class StoreUnavailableError extends Error {
    name = 'StoreUnavailableError';
}
function objectName(key) {
    return key.kind === 'repository' ? 'scan-cache' : `pr/${key.number}`;
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   e_: () => (/* binding */ globPatterns),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export refProblem */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6921);
/* harmony import */ var _cache_cache_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4389);
/* harmony import */ var _cost_pricing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2939);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8992);
/* harmony import */ var _findings_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9654);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7903);










const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const FRAMEWORKS = ['owasp-top-10', 'pci-dss', 'soc2', 'hipaa', 'gdpr'];
/** What the cache-backend input accepts: auto, then every backend there is. */
const CACHE_BACKENDS = ['auto', ..._cache_cache_store_js__WEBPACK_IMPORTED_MODULE_6__/* .BACKENDS */ .A7];
/** Inputs whose documented empty value means "none", so an explicit empty value does not take the default. */
const EMPTY_MEANS_NONE = [_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.sarifFile, _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportFile];
function inputs(read, problems) {
    const raw = (name) => {
        const value = read(name);
        if (value !== undefined && EMPTY_MEANS_NONE.includes(name))
            return value.trim();
        return value?.trim() || _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .z[name] || '';
    };
    const bad = (name, value, allowed) => {
        problems.push(`Input '${name}' has an invalid value ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$)(value, 80))}: ${allowed}.`);
        return undefined;
    };
    const oneOf = (name, allowed) => {
        const match = allowed.find((a) => a.toLowerCase() === raw(name).toLowerCase());
        if (match)
            return match;
        bad(name, raw(name), `expected one of ${allowed.join(', ')}`);
        return allowed[0];
    };
    const bool = (name) => {
        const value = raw(name).toLowerCase();
        if (['true', 'false', ''].includes(value))
            return value === 'true';
        bad(name, raw(name), 'expected true or false');
        return false;
    };
    const int = (name, min, max) => {
        const value = raw(name);
        const n = Number(value);
        if (/^\d+$/.test(value) && n >= min && n <= max)
            return n;
        bad(name, value, `expected a whole number from ${min} to ${max}`);
        return min;
    };
    const optional = (name) => raw(name) || undefined;
    return { raw, optional, bad, oneOf, bool, int };
}
/**
 * Reads every input once into a typed Config. All problems are collected and reported together,
 * before any network call or cache write, each naming the input, the value and what is allowed.
 */
function readConfig(read, env, workspace) {
    const problems = [];
    const i = inputs(read, problems);
    const { raw, optional, bad, oneOf, bool, int } = i;
    const aws = readAws(i, env);
    const cache = readCache(i, env, workspace, problems);
    const modelId = raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.modelId);
    if (!/^[\w.:/-]{3,256}$/.test(modelId))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.modelId, modelId, 'expected a Bedrock model id, inference-profile id or ARN');
    const maxCostUsd = budget(raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.maxCostUsd), bad);
    const failOnIncomplete = autoOrBool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.failOnIncomplete, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.failOnIncomplete), bad);
    const complianceFrameworks = frameworks(raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.complianceFrameworks), bad);
    const config = {
        workspace,
        ...aws,
        ...cache,
        cacheTtlDays: int(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheTtlDays, 1, 365),
        cacheScope: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheScope, ['auto', 'shared']),
        forceRescan: bool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.forceRescan),
        modelId,
        bedrockEndpoint: url(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.bedrockEndpoint, optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.bedrockEndpoint), bad),
        scanMode: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.scanMode, ['auto', 'changed', 'full']),
        baseRef: gitRef(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.baseRef, optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.baseRef), bad),
        reviewDepth: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reviewDepth, ['auto', 'full']),
        include: globs(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.include, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.include), bad),
        exclude: globs(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.exclude, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.exclude), bad),
        maxFileSizeKb: int(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.maxFileSizeKb, 1, 10240),
        maxConcurrency: int(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.maxConcurrency, 1, 64),
        maxCostUsd,
        batch: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.batch, ['auto', 'off']),
        batchRoleArn: batchRole(optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.batchRoleArn), bad),
        complianceFrameworks,
        instructions: instructions(raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.instructions), bad),
        pricing: pricing(raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.pricing), bad),
        failOnSeverity: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.failOnSeverity, [...SEVERITIES, 'none']),
        failOnIncomplete,
        minConfidence: oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.minConfidence, _findings_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIDENCES */ .ix),
        verifyFindings: bool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.verifyFindings),
        githubToken: raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.githubToken),
        prComment: bool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.prComment),
        checkRun: bool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.checkRun),
        reportName: reportName(raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportName), bad),
        sarifFile: outputPath(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.sarifFile, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.sarifFile), workspace, bad),
        reportFile: outputPath(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportFile, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportFile), workspace, bad),
        cloudwatchNamespace: namespace(optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cloudwatchNamespace), bad),
        dryRun: bool(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.dryRun),
        shard: shard(optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.shard), bad),
    };
    if (complianceFrameworks.length === 0)
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.complianceFrameworks, '', `expected at least one of ${FRAMEWORKS.join(', ')}`);
    checkOutputFiles(config, i);
    if (problems.length > 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .configurationError */ .D)(problems);
    return config;
}
function readAws({ optional, bad }, env) {
    const awsRegion = optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.awsRegion) ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
    // The shape of every partition's regions (us-east-1, us-gov-west-1, eu-isoe-west-1, eusc-de-east-1), not a
    // list: a region newer than this release is accepted, and the SDK's own endpoint rules decide the rest.
    if (awsRegion && !/^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(awsRegion))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.awsRegion, awsRegion, 'expected an AWS region such as us-east-1');
    const roleToAssume = optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.roleToAssume);
    if (roleToAssume && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleToAssume))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.roleToAssume, roleToAssume, 'expected an IAM role ARN such as arn:aws:iam::123456789012:role/Scanner');
    const roleSessionName = optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.roleSessionName) ?? `ai-scanner-${env.GITHUB_RUN_ID ?? 'local'}`;
    if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.roleSessionName, roleSessionName, 'expected 2 to 64 characters of letters, digits and +=,.@_-');
    return { awsRegion, roleToAssume, roleSessionName };
}
function readCache(i, env, workspace, problems) {
    const s3 = readS3(i.raw, i.optional, env, i.bad, i.oneOf);
    const cacheBackend = i.oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheBackend, CACHE_BACKENDS);
    if (cacheBackend === 's3' && !s3)
        problems.push(`Input 'cache-backend' is "s3" but no bucket is set: set 's3-bucket' or the S3_CACHE_BUCKET variable.`);
    const cacheFile = i.raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheFile);
    const cacheFilePath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, cacheFile);
    if (!inside(workspace, cacheFilePath))
        i.bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheFile, cacheFile, 'expected a file path inside the workspace');
    return {
        s3,
        cacheBackend,
        cacheFile: cacheFilePath,
    };
}
/** The reports are written after the cache: one of them in the cache file's place would destroy it every run. */
function checkOutputFiles(config, { raw, bad }) {
    if (config.cacheFile === config.sarifFile || config.cacheFile === config.reportFile)
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheFile, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cacheFile), 'expected a file other than sarif-file and report-file');
    else if (config.sarifFile && config.sarifFile === config.reportFile)
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportFile, raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportFile), 'expected a file other than sarif-file');
}
/** The frameworks named, each checked, without repeats and sorted. */
function frameworks(value, bad) {
    const names = list(value, ',').map((f) => f.toLowerCase());
    for (const f of names)
        if (!FRAMEWORKS.includes(f))
            bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.complianceFrameworks, f, `expected a comma list of ${FRAMEWORKS.join(', ')}`);
    return [...new Set(names)].sort();
}
function readS3(raw, optional, env, bad, oneOf) {
    const bucket = optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Bucket) ?? (env.S3_CACHE_BUCKET?.trim() || undefined);
    const sse = oneOf(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Sse, ['AES256', 'aws:kms']);
    const kmsKeyId = optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3KmsKeyId);
    const prefix = raw(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Prefix);
    if (!/^[\w!.*'()/-]{0,512}$/.test(prefix) || prefix.startsWith('/'))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Prefix, prefix, "expected a key prefix such as cache/ (letters, digits, and !-_.*'()/)");
    const endpoint = url(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Endpoint, optional(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Endpoint), bad);
    if (kmsKeyId && sse !== 'aws:kms')
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3KmsKeyId, kmsKeyId, "only used with s3-sse 'aws:kms'");
    if (!bucket)
        return undefined;
    // The S3 bucket naming rules: 3-63 chars, lowercase letters, digits, dots and hyphens, no IP address form.
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || /\.\.|^\d+\.\d+\.\d+\.\d+$/.test(bucket))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.s3Bucket, bucket, 'expected an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)');
    return { bucket, prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix, endpoint, sse, kmsKeyId };
}
function list(value, separator) {
    return value
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** The patterns of a glob input: one a line, blank lines ignored. */
function globPatterns(value) {
    return list(value, /\r?\n/);
}
function globs(name, value, bad) {
    const patterns = globPatterns(value);
    for (const p of patterns)
        if (p.includes('\0') || /^\/|(^|\/)\.\.(\/|$)/.test(p.replace(/^!/, '')))
            bad(name, p, 'expected glob patterns relative to the repository, one per line, such as src/**/*.ts');
    return patterns;
}
function shard(value, bad) {
    const parsed = value === undefined ? undefined : (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShard */ .uK)(value);
    return typeof parsed === 'string' ? bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.shard, value, parsed) : parsed;
}
function url(name, value, bad) {
    if (value === undefined)
        return undefined;
    try {
        const u = new URL(value);
        if (u.protocol === 'https:' || u.protocol === 'http:')
            return value;
    }
    catch {
        // reported below
    }
    return bad(name, value, 'expected an http(s) URL such as https://bedrock-runtime.us-east-1.amazonaws.com');
}
function gitRef(name, value, bad) {
    if (value === undefined)
        return undefined;
    const problem = refProblem(value);
    if (!problem)
        return value;
    return bad(name, value, `${problem}; expected a branch, tag or commit such as origin/main, refs/heads/main, v1.2.0, HEAD~1 or a commit SHA`);
}
/** A commit SHA (abbreviated or whole), then any ~N / ^N steps back from a ref or commit. */
const COMMIT = /^[0-9a-f]{7,64}$/;
const STEPS = /(?:[~^]\d{0,4})*$/;
/** What git check-ref-format refuses anywhere in a name; and ~ ^ : are revision syntax, not name characters. */
const FORBIDDEN = /[\s~^:?*[\\]/;
/**
 * Why a base-ref is not a plain ref or commit, or undefined. Every part of the name is checked, after the
 * origin/, refs/heads/ or refs/remotes/<remote>/ prefix too: a part that starts with "-" is read by git as an
 * option (origin/--stdin makes git fetch wait for input).
 */
function refProblem(value) {
    const ref = value.slice(0, value.length - (STEPS.exec(value)?.[0].length ?? 0));
    if (COMMIT.test(ref))
        return undefined;
    if (ref.length === 0 || ref.length > 255)
        return 'it is empty or longer than 255 characters';
    for (const part of ref.split('/')) {
        if (part === '')
            return 'it has an empty part (a leading, trailing or doubled /)';
        if (part.startsWith('-'))
            return `the part ${JSON.stringify(part)} starts with "-", which git reads as an option`;
        if (part.startsWith('.') || part.endsWith('.lock'))
            return `the part ${JSON.stringify(part)} starts with "." or ends with ".lock"`;
    }
    if (FORBIDDEN.test(ref) || [...ref].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return 'it holds a space, a control character or one of ~ ^ : ? * [ \\ inside the name';
    if (ref.includes('..') || ref.includes('@{') || ref === '@' || ref.endsWith('.'))
        return 'it holds "..", "@{", ends with "." or is "@" (a range or reflog syntax, not a ref)';
    return undefined;
}
function autoOrBool(name, value, bad) {
    const word = value.toLowerCase();
    if (word === 'auto' || word === '')
        return 'auto';
    if (word === 'true' || word === 'false')
        return word === 'true';
    bad(name, value, 'expected auto, true or false');
    return 'auto';
}
/** `auto` (the default), `none` (no cap) or a positive amount of US dollars. */
function budget(value, bad) {
    const word = value.toLowerCase();
    if (word === 'auto' || word === '')
        return 'auto';
    if (word === 'none')
        return undefined;
    const usd = Number(value);
    if (/^\d+(\.\d+)?$/.test(value) && usd > 0)
        return usd;
    return bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.maxCostUsd, value, 'expected a positive amount of US dollars such as 0.50, auto (a default cap on pull requests) or none (no cap)');
}
function instructions(value, bad) {
    if (value.length > 4000)
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.instructions, value, 'expected at most 4000 characters');
    return value;
}
function reportName(value, bad) {
    if (value.length > 100 || /[\r\n<>]/.test(value))
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.reportName, value, 'expected one line of at most 100 characters without < or >');
    return value;
}
function outputPath(name, value, workspace, bad) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, value);
    if (!inside(workspace, path))
        return bad(name, value, 'expected a file path inside the workspace, or empty for none');
    return path;
}
/** CloudWatch's rules for a namespace; AWS/ is reserved for AWS's own services. */
function namespace(value, bad) {
    if (value === undefined)
        return undefined;
    if (/^[\w.\-/#: ]{1,255}$/.test(value) && !/^AWS\//i.test(value))
        return value;
    return bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.cloudwatchNamespace, value, 'expected a CloudWatch namespace such as AIScanner (letters, digits and . - _ / # : or space, not starting with AWS/)');
}
function pricing(value, bad) {
    if (!value)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (e) {
        bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.pricing, value, `expected JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .g)(e)})`);
        return {};
    }
    const result = zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1), _cost_pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .PriceSchema */ .jH).safeParse(parsed);
    if (result.success)
        return result.data;
    bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.pricing, value, 'expected {"<model id>": {"input": 3, "output": 15, "cacheRead": 0.3, "cacheWrite": 3.75}} in USD per million tokens');
    return {};
}
/** A path strictly inside the workspace (a file named `..x` is inside; `../x` is not). */
function inside(workspace, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel);
}
/** The batch service role: an IAM role ARN, as Bedrock's CreateModelInvocationJob takes it. */
function batchRole(value, bad) {
    if (value === undefined || /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(value))
        return value;
    return bad(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .m.batchRoleArn, value, 'expected an IAM role ARN such as arn:aws:iam::123456789012:role/ai-scanner-batch, or empty for no batch jobs');
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ configurationError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** A problem with how the scanner was configured: shown to the user as is, never as a stack trace. */
class ConfigurationError extends Error {
    problems;
    constructor(message, problems = [message]) {
        super(message);
        this.problems = problems;
        this.name = 'ConfigurationError';
    }
}
/** One error for all the problems found, each on its own line when there are several. */
function configurationError(problems) {
    const message = problems.length === 1
        ? problems[0]
        : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`;
    return new ConfigurationError(message, problems);
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS),
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/** Every input name of action.yml, in one place. The CLI takes the same names as --flags. */
const INPUTS = {
    awsRegion: 'aws-region',
    roleToAssume: 'role-to-assume',
    roleSessionName: 'role-session-name',
    s3Bucket: 's3-bucket',
    s3Prefix: 's3-prefix',
    s3Endpoint: 's3-endpoint',
    s3Sse: 's3-sse',
    s3KmsKeyId: 's3-kms-key-id',
    cacheBackend: 'cache-backend',
    cacheFile: 'cache-file',
    cacheTtlDays: 'cache-ttl-days',
    cacheScope: 'cache-scope',
    forceRescan: 'force-rescan',
    modelId: 'model-id',
    bedrockEndpoint: 'bedrock-endpoint',
    scanMode: 'scan-mode',
    baseRef: 'base-ref',
    reviewDepth: 'review-depth',
    include: 'include',
    exclude: 'exclude',
    maxFileSizeKb: 'max-file-size-kb',
    maxConcurrency: 'max-concurrency',
    maxCostUsd: 'max-cost-usd',
    batch: 'batch',
    batchRoleArn: 'batch-role-arn',
    complianceFrameworks: 'compliance-frameworks',
    instructions: 'instructions',
    pricing: 'pricing',
    failOnSeverity: 'fail-on-severity',
    failOnIncomplete: 'fail-on-incomplete',
    minConfidence: 'min-confidence',
    verifyFindings: 'verify-findings',
    githubToken: 'github-token',
    prComment: 'pr-comment',
    checkRun: 'check-run',
    reportName: 'report-name',
    sarifFile: 'sarif-file',
    reportFile: 'report-file',
    cloudwatchNamespace: 'cloudwatch-namespace',
    dryRun: 'dry-run',
    path: 'path',
    shard: 'shard',
};
/** Defaults for inputs whose default is not empty; the action.yml defaults must agree (a test checks). */
const DEFAULTS = {
    's3-prefix': 'cache/',
    's3-sse': 'AES256',
    'cache-backend': 'auto',
    'cache-file': '.file_hash_cache.json',
    'cache-ttl-days': '7',
    'cache-scope': 'auto',
    'force-rescan': 'false',
    'model-id': 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'scan-mode': 'auto',
    'review-depth': 'auto',
    'max-file-size-kb': '256',
    'max-concurrency': '32',
    'max-cost-usd': 'auto',
    batch: 'auto',
    'compliance-frameworks': 'owasp-top-10',
    'fail-on-severity': 'high',
    'fail-on-incomplete': 'auto',
    'min-confidence': 'medium',
    'verify-findings': 'false',
    'pr-comment': 'true',
    'check-run': 'true',
    'report-name': 'AI security scan',
    'sarif-file': 'ai-scanner.sarif',
    'report-file': 'ai-scanner-report.json',
    'dry-run': 'false',
};


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   Sx: () => (/* binding */ followsDefaultBranch),
/* harmony export */   dd: () => (/* binding */ isDefaultBranchRun),
/* harmony export */   uT: () => (/* binding */ writeTrust)
/* harmony export */ });
/* unused harmony exports readCliContext, gitUrlPath, repositoryPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const ZERO_SHA = /^0+$/;
/** Reads the GitHub Actions context from the runner's environment and the event payload. */
function readGitHubContext(env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const event = env.GITHUB_EVENT_NAME ?? 'unknown';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pr = payload.pull_request;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = owner && repo ? { owner, repo } : undefined;
    const before = typeof payload.before === 'string' && !ZERO_SHA.test(payload.before) ? payload.before : undefined;
    const branch = env.GITHUB_HEAD_REF || (env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice(11) : undefined);
    return {
        ci: 'github-actions',
        event,
        repository,
        serverUrl,
        // A schedule runs on the default branch, and its payload may name no repository.
        defaultBranch: payload.repository?.default_branch ?? (event === 'schedule' ? branch : undefined),
        branch,
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        before,
        pullRequest: pr
            ? {
                number: Number(pr.number ?? payload.number),
                baseSha: pr.base?.sha,
                baseRef: pr.base?.ref,
                headSha: pr.head?.sha,
                // From another repository, or from one since deleted (head.repo null). A repository that is itself
                // a fork has head.repo.fork set on its own branches too, so that flag does not tell.
                fork: pr.head?.repo?.full_name !== env.GITHUB_REPOSITORY,
            }
            : undefined,
        runId: env.GITHUB_RUN_ID,
        runUrl: repository && env.GITHUB_RUN_ID
            ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined,
    };
}
/** The CLI's context: GitLab CI and Jenkins name their branches and merge requests in their own variables. */
function readCliContext(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return readGitHubContext(env);
    // Any CI may name the repository as GitHub does (owner/repo); GitLab and Jenkins are read below.
    const [owner, repo, ...more] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const base = {
        ci: env.CI === 'true' ? 'ci' : 'local',
        // A CI we cannot identify does not say why it runs: never a trusted event.
        event: env.CI === 'true' ? 'unknown' : 'local',
        repository: owner && repo && more.length === 0 ? { owner, repo } : undefined,
        serverUrl: '',
        defaultBranch: undefined,
        branch: undefined,
        sha: undefined,
        before: undefined,
        pullRequest: undefined,
        runId: undefined,
        runUrl: undefined,
    };
    if (env.GITLAB_CI === 'true')
        return readGitLabContext(env, base);
    if (env.JENKINS_URL)
        return readJenkinsContext(env, base);
    return base;
}
/** GitLab's pipeline sources, as the events the trust rules know; any other source is itself (never trusted). */
const GITLAB_EVENTS = {
    push: 'push',
    schedule: 'schedule',
    // "Run pipeline" in the UI: a maintainer's manual run, as workflow_dispatch is on GitHub.
    web: 'workflow_dispatch',
    merge_request_event: 'pull_request',
    external_pull_request_event: 'pull_request',
};
function readGitLabContext(env, base) {
    const mr = env.CI_MERGE_REQUEST_IID ?? env.CI_EXTERNAL_PULL_REQUEST_IID;
    const source = env.CI_PIPELINE_SOURCE ?? 'unknown';
    const before = env.CI_COMMIT_BEFORE_SHA;
    return {
        ...base,
        ci: 'gitlab-ci',
        event: mr ? 'pull_request' : (GITLAB_EVENTS[source] ?? source),
        // The whole project path (group/sub/project): projects of the same name in other groups never share.
        repository: repositoryPath(env.CI_PROJECT_PATH ?? '') ?? base.repository,
        defaultBranch: env.CI_DEFAULT_BRANCH,
        // CI_COMMIT_BRANCH is unset in merge request pipelines and for tags.
        branch: env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME,
        sha: env.CI_COMMIT_SHA,
        before: before && !ZERO_SHA.test(before) ? before : undefined,
        pullRequest: mr
            ? {
                number: Number(mr),
                baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA,
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME,
                headSha: env.CI_COMMIT_SHA,
                fork: env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID !== env.CI_MERGE_REQUEST_PROJECT_ID,
            }
            : undefined,
        runId: env.CI_PIPELINE_ID,
        runUrl: env.CI_PIPELINE_URL,
    };
}
function readJenkinsContext(env, base) {
    const change = env.CHANGE_ID;
    return {
        ...base,
        ci: 'jenkins',
        event: change ? 'pull_request' : 'push',
        repository: repositoryPath(gitUrlPath(env.GIT_URL ?? '')) ?? base.repository,
        // Jenkins does not know the default branch: only DEFAULT_BRANCH, set by whoever configures the job, names it.
        defaultBranch: env.DEFAULT_BRANCH || undefined,
        branch: (env.BRANCH_NAME ?? env.GIT_BRANCH)?.replace(/^origin\//, ''),
        sha: env.GIT_COMMIT,
        before: env.GIT_PREVIOUS_SUCCESSFUL_COMMIT,
        pullRequest: change
            ? {
                number: Number(change),
                baseSha: undefined,
                baseRef: env.CHANGE_TARGET,
                headSha: env.GIT_COMMIT,
                fork: env.CHANGE_FORK !== undefined,
            }
            : undefined,
        runId: env.BUILD_NUMBER,
        runUrl: env.BUILD_URL,
    };
}
/** The path of a git remote URL: https://host/a/b/c.git, ssh://git@host:22/a/b/c, git@host:a/b/c.git. */
function gitUrlPath(url) {
    const scp = /^[\w.-]+@[\w.-]+:(?!\/\/)(.+)$/.exec(url);
    let path = scp?.[1];
    if (path === undefined) {
        try {
            path = new URL(url).pathname;
        }
        catch {
            return '';
        }
    }
    return path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
}
/** owner and the rest of the path (all of it), or undefined for a path that is not plain folder names. */
function repositoryPath(path) {
    const parts = path.split('/');
    if (parts.length < 2 || !parts.every((p) => /^[\w.-]+$/.test(p) && p !== '.' && p !== '..'))
        return undefined;
    return { owner: parts[0], repo: parts.slice(1).join('/') };
}
/** The events whose runs may write the repository object, on the default branch only. */
const WRITER_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/**
 * Whether this run may write the repository object, and why (failing closed): a developer's
 * own machine, or a push, schedule or manual run on the default branch of a CI that names it. Every other
 * event (workflow_run, issue_comment, pull_request_target, merge_group, ...), any branch that is not known to be
 * the default one, and any CI this product cannot identify only read.
 */
function writeTrust(ctx) {
    if (ctx.pullRequest || ctx.event.startsWith('pull_request'))
        return { trusted: false, why: 'a pull request run' };
    if (ctx.ci === 'local')
        return { trusted: true, why: 'local run' };
    if (ctx.ci === 'ci')
        return {
            trusted: false,
            why: 'a CI this scanner cannot identify (not GitHub Actions, GitLab CI or Jenkins), so it cannot tell the default branch',
        };
    if (!WRITER_EVENTS.includes(ctx.event))
        return { trusted: false, why: `event ${ctx.event}` };
    if (!ctx.branch)
        return { trusted: false, why: 'no branch (a tag or a detached build)' };
    if (!ctx.defaultBranch)
        return {
            trusted: false,
            why: ctx.ci === 'jenkins'
                ? `branch ${ctx.branch} is not known to be the default branch (Jenkins does not say; set DEFAULT_BRANCH in the job's environment)`
                : `branch ${ctx.branch} is not known to be the default branch`,
        };
    if (ctx.branch !== ctx.defaultBranch)
        return { trusted: false, why: `branch ${ctx.branch} is not the default branch` };
    return { trusted: true, why: `default branch (${ctx.defaultBranch})` };
}
/**
 * Whether this run's complete scan is recorded as the default branch's last (and a push compares with that
 * record): a CI run trusted to write the repository object; a developer's machine has no pushes to follow.
 */
function followsDefaultBranch(ctx) {
    return ctx.ci !== 'local' && writeTrust(ctx).trusted;
}
/** Default-branch runs may write the repository's cache; anything else is code under review. */
function isDefaultBranchRun(ctx) {
    return writeTrust(ctx).trusted;
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 2939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ BATCH_DISCOUNT),
/* harmony export */   VA: () => (/* binding */ priceFor),
/* harmony export */   jH: () => (/* binding */ PriceSchema),
/* harmony export */   wj: () => (/* binding */ batchPrice)
/* harmony export */ });
/* unused harmony exports PRICING_DATE, PRICING */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

/** USD per million tokens. Cache writes and reads are priced apart from plain input. */
const PriceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    input: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    output: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    cacheRead: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional(),
    cacheWrite: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional(),
});
/**
 * On-demand prices of Amazon Bedrock, as listed on the Amazon Bedrock pricing page
 * (https://aws.amazon.com/bedrock/pricing/), read on PRICING_DATE. Keys are base model ids; an
 * inference-profile id (us., eu., apac., global., ...) resolves to its base model. Override any of it
 * with the `pricing` input when the page changes or your account has other rates.
 */
const PRICING_DATE = '2025-11-24';
const PRICING = {
    'anthropic.claude-opus-4-5-20251101-v1:0': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
    'anthropic.claude-sonnet-4-5-20250929-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic.claude-haiku-4-5-20251001-v1:0': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
    'anthropic.claude-opus-4-1-20250805-v1:0': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
    'anthropic.claude-opus-4-20250514-v1:0': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
    'anthropic.claude-sonnet-4-20250514-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic.claude-3-7-sonnet-20250219-v1:0': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'anthropic.claude-3-5-haiku-20241022-v1:0': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
    'anthropic.claude-3-haiku-20240307-v1:0': { input: 0.25, output: 1.25 },
    'amazon.nova-premier-v1:0': { input: 2.5, output: 12.5 },
    'amazon.nova-pro-v1:0': { input: 0.8, output: 3.2, cacheRead: 0.2, cacheWrite: 0.8 },
    'amazon.nova-lite-v1:0': { input: 0.06, output: 0.24, cacheRead: 0.015, cacheWrite: 0.06 },
    'amazon.nova-micro-v1:0': { input: 0.035, output: 0.14, cacheRead: 0.00875, cacheWrite: 0.035 },
};
/** Claude 4.5 models cost 10% more through regional (geographic) profiles than through global ones. */
const REGIONAL_PREMIUM = 1.1;
const PREMIUM_MODELS = /claude-(opus|sonnet|haiku)-4-5/;
const PROFILE_PREFIX = /^(global|us|eu|apac|jp|au|ca|us-gov)\./;
/** Looks up a model's price: an override by exact id first, then the table by base model. */
function priceFor(modelId, overrides = {}) {
    const exact = overrides[modelId];
    if (exact)
        return exact;
    const id = modelId.replace(/^arn:[^/]+\//, '');
    if (overrides[id])
        return overrides[id];
    const base = id.replace(PROFILE_PREFIX, '');
    const known = overrides[base] ?? PRICING[base];
    if (!known)
        return undefined;
    const profile = PROFILE_PREFIX.exec(id)?.[1];
    if (!overrides[base] && profile && profile !== 'global' && PREMIUM_MODELS.test(base)) {
        return scale(known, REGIONAL_PREMIUM);
    }
    return known;
}
/** Bedrock batch inference bills half the on-demand price of the same tokens. */
const BATCH_DISCOUNT = 0.5;
/** The price of a model's tokens in a batch inference job. */
function batchPrice(price) {
    return price && scale(price, BATCH_DISCOUNT);
}
function scale(p, factor) {
    const r = (n) => (n === undefined ? undefined : Math.round(n * factor * 1e6) / 1e6);
    return { input: r(p.input), output: r(p.output), cacheRead: r(p.cacheRead), cacheWrite: r(p.cacheWrite) };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * The message of anything thrown: an Error's message, the message of an error-like object (an SDK's plain
 * error object), else the value as a string, so a thrown string or number still reads as what it says.
 */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string')
        return e.message;
    return String(e);
}


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ applyPolicy),
/* harmony export */   ix: () => (/* binding */ CONFIDENCES)
/* harmony export */ });
/* unused harmony export EXCLUSIONS */
const CONFIDENCES = ['low', 'medium', 'high'];
const cweIn = (f, ...cwes) => cwes.some((n) => f.cwe === `CWE-${n}`);
const says = (f, pattern) => pattern.test(f.title) || pattern.test(f.explanation);
const minor = (f) => f.severity === 'medium' || f.severity === 'low';
/** Files in languages that manage memory themselves: a buffer overflow reported there is a misreading. */
const MEMORY_UNSAFE = /\.(c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|zig|s|asm|pyx|pxd)$/i;
const TEST_PATH = /(^|\/)(tests?|__tests__|spec|specs|fixtures?|testdata|test-data|__mocks__|mocks?)\/|[._-](test|spec)\.[a-z0-9]+$|_test\.(go|py|rb)$|(^|\/)test_[^/]+\.py$/i;
const DOCS_PATH = /\.(md|markdown|mdx|rst|adoc|txt)$/i;
const EXCLUSIONS = [
    {
        id: 'denial-of-service',
        what: 'Denial of service and resource exhaustion (CWE-400, 770, 674, 834, 1333 and the like) rated medium or low: without a trust boundary crossed they are rarely exploitable, and a high or critical one is still shown',
        test: (f) => minor(f) &&
            (cweIn(f, 400, 399, 405, 674, 770, 789, 834, 835, 1050, 1333) ||
                says(f, /denial[- ]of[- ]service|\bre?dos\b|resource exhaustion|catastrophic backtracking/i)),
    },
    {
        id: 'rate-limiting',
        what: 'Missing rate limiting or throttling (CWE-799, 307 when it says rate limit): an operational control, not a flaw in the code under review',
        test: (f) => cweIn(f, 799) || says(f, /rate[- ]?limit|throttl/i),
    },
    {
        id: 'hardening',
        what: 'Low-severity hardening advice: missing security headers, compiler or runtime hardening flags',
        test: (f) => f.severity === 'low' &&
            says(f, /security headers?|content-security-policy|\bcsp\b|x-frame-options|strict-transport-security|\bhsts\b|hardening|stack protector|\baslr\b|\bpie\b/i),
    },
    {
        id: 'memory-safety',
        what: 'Memory-safety findings (buffer overflows, use after free, out-of-bounds access) in files of memory-safe languages',
        test: (f) => !MEMORY_UNSAFE.test(f.path) &&
            cweIn(f, 119, 120, 121, 122, 124, 125, 126, 127, 415, 416, 787, 788, 805),
    },
    {
        id: 'theoretical-race',
        what: 'Race conditions (CWE-362, 367) the model is not highly confident of: most are theoretical',
        test: (f) => f.confidence !== 'high' && cweIn(f, 362, 364, 366, 367),
    },
    {
        id: 'log-spoofing',
        what: 'Log injection and log forging (CWE-117): unsanitised text in a log line is rarely a vulnerability',
        test: (f) => cweIn(f, 117),
    },
    {
        id: 'test-credentials',
        what: "Credentials the model reports in test files and fixtures (the scanner's own secret detection still reports real keys there)",
        test: (f) => TEST_PATH.test(f.path) && cweIn(f, 259, 321, 798),
    },
    {
        id: 'documentation',
        what: 'Findings in documentation files (Markdown, reStructuredText, plain text): examples, not running code',
        test: (f) => DOCS_PATH.test(f.path),
    },
];
const RANK = { low: 0, medium: 1, high: 2 };
/** The findings to report, and how many of each kind were left out. */
function applyPolicy(findings, minConfidence) {
    const filtered = { belowConfidence: 0, excluded: {} };
    const shown = [];
    for (const f of findings) {
        if (f.by === 'scanner') {
            shown.push(f);
            continue;
        }
        const excluded = EXCLUSIONS.find((x) => x.test(f));
        if (excluded)
            filtered.excluded[excluded.id] = (filtered.excluded[excluded.id] ?? 0) + 1;
        else if (RANK[f.confidence] < RANK[minConfidence])
            filtered.belowConfidence++;
        else
            shown.push(f);
    }
    return { shown, filtered };
}


/***/ }),

/***/ 5182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let undici;
/** Loads undici (once); a path the alias does not match reaches the real module. */
async function loadUndici() {
    undici ??= await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    return undici;
}
function loaded() {
    if (!undici)
        throw new Error('undici was used before loadUndici() had loaded it');
    return undici;
}
/** @public Imported as undici's by @actions/http-client and @actions/github, through tsconfig.json's paths. */
class ProxyAgent {
    constructor(options) {
        return new (loaded().ProxyAgent)(options);
    }
}
/** @public As ProxyAgent: undici's fetch for the modules that import it. */
const fetch = async (...args) => (await loadUndici()).fetch(...args);


/***/ }),

/***/ 4898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/git/glob.ts

/**
 * The include and exclude globs, matched in time bounded by the path's length. picomatch turns each `**` into a
 * lazy group, so a pattern with several of them (`**` segments with folder names between) backtracks polynomially in the path's
 * depth: three or four on a path 200 folders deep take seconds to minutes for one file. Such a pattern is
 * matched here segment by segment instead (each segment with picomatch, `**` as "any number of segments", one
 * pass over the path keeping the set of pattern positions reached), which is what the glob means, in
 * O(segments x pattern segments). Patterns with at most one `**` keep picomatch's own matcher.
 */
function globMatcher(patterns, opts) {
    const tests = patterns.map((p) => compile(normalizeGlob(p), opts));
    return (path) => tests.some((test) => test(path));
}
/** Repeated `**` segments mean one: two in a row are collapsed into one. */
function normalizeGlob(pattern) {
    const segments = pattern.split('/');
    return segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**')).join('/');
}
function compile(pattern, opts) {
    // A leading ! negates the whole pattern (picomatch's meaning); !(...) is an extglob.
    const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
    const body = negated ? pattern.slice(1) : pattern;
    const segments = body.split('/');
    // A brace or extglob that holds a slash spans segments: those stay with picomatch.
    const spansSegments = /\{[^}]*\/[^}]*\}|\([^)]*\/[^)]*\)/.test(body);
    const globstars = segments.filter((s) => s === '**').length;
    const test = globstars >= 2 && !spansSegments ? bySegment(segments, opts) : picomatch_default()(body, opts);
    return negated ? (path) => !test(path) : test;
}
function bySegment(segments, opts) {
    const dot = opts.dot ?? false;
    const tests = segments.map((s) => (s === '**' ? undefined : picomatch_default()(s, opts)));
    const n = tests.length;
    /** Positions reached, closed over `**` matching no segment. */
    const close = (reached) => {
        for (let i = 0; i < n; i++)
            if (reached[i] && tests[i] === undefined)
                reached[i + 1] = 1;
        return reached;
    };
    return (path) => {
        let reached = close(Uint8Array.of(1, ...new Array(n).fill(0)));
        for (const part of path.split('/')) {
            const next = new Uint8Array(n + 1);
            let any = false;
            for (let i = 0; i < n; i++) {
                if (!reached[i])
                    continue;
                const test = tests[i];
                // `**` takes any segment, but a dot segment only with the dot option (picomatch's rule).
                if (test === undefined ? dot || !part.startsWith('.') : false) {
                    next[i] = 1;
                    any = true;
                }
                else if (test !== undefined && test(part)) {
                    next[i + 1] = 1;
                    any = true;
                }
            }
            if (!any)
                return false;
            reached = close(next);
        }
        return reached[n] === 1;
    };
}

// EXTERNAL MODULE: ./src/git/list-files.ts
var list_files = __webpack_require__(656);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
;// CONCATENATED MODULE: ./src/config/check-include.ts



/**
 * The include patterns checked against every file of the workspace, whatever the scan mode (a pattern that matches
 * nothing in a diff is normal; one that matches nothing at all is a typo, or another repository's): a
 * ConfigurationError when together they match no file, and a warning for each one that alone matches none.
 * Runs before any network call; patterns are matched as the path filter matches them.
 */
async function checkInclude(workspace, include) {
    if (include.length === 0)
        return [];
    const { paths } = await (0,list_files/* listWorkspace */.i)(workspace);
    const opts = { dot: true };
    const matcher = (patterns) => globMatcher(patterns.map((p) => (p.includes('/') ? p : `**/${p}`)), opts);
    const matchesSome = (patterns) => {
        const matches = matcher(patterns);
        return paths.some((p) => matches(p));
    };
    const hint = 'patterns are relative to the repository root, such as src/**/*.ts; an empty include scans every text file';
    if (!matchesSome(include)) {
        const value = include.join('\n');
        throw new errors/* ConfigurationError */.j(`Input 'include' has an invalid value ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}: it matches no file in the repository (${hint}).`);
    }
    return include
        .filter((p) => !p.startsWith('!') && !matchesSome([p]))
        .map((p) => `Input 'include' pattern ${JSON.stringify(p)} matches no file in the repository (the other patterns do): is it a typo? (${hint})`);
}

// EXTERNAL MODULE: ./src/config/config.ts
var config_config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/config/load-config.ts




/**
 * readConfig, then the checks that need the workspace's files (include patterns that match nothing), with
 * every problem of both reported in one error, before any network call. Warnings (one pattern of several
 * matching nothing) go to `warn`.
 */
async function loadConfig(read, env, workspace, warn) {
    let config;
    let problems = [];
    try {
        config = (0,config_config/* readConfig */.Xg)(read, env, workspace);
    }
    catch (e) {
        if (!(e instanceof errors/* ConfigurationError */.j))
            throw e;
        problems = e.problems;
    }
    const include = config?.include ?? (0,config_config/* globPatterns */.e_)(read(inputs/* INPUTS */.m.include) ?? '');
    const includeIsBad = problems.some((p) => p.startsWith(`Input '${inputs/* INPUTS */.m.include}'`));
    if (!includeIsBad) {
        try {
            for (const warning of await checkInclude(config?.workspace ?? workspace, include))
                warn(warning);
        }
        catch (e) {
            // A failure to list the files (git, permissions) must not hide the problems already found.
            if (!(e instanceof errors/* ConfigurationError */.j) && problems.length === 0)
                throw e;
            problems.push(...(e instanceof errors/* ConfigurationError */.j ? e.problems : []));
        }
    }
    if (problems.length > 0)
        throw (0,errors/* configurationError */.D)(problems);
    return config;
}

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/git/file-reader/file-reader.ts
var file_reader = __webpack_require__(4411);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/scan-folder.ts




/**
 * The folder the action scans: the workspace, or the `path` input's folder inside it (a fork's pull request
 * checked out into a subfolder by a pull_request_target run). Its cache file and report files are relative
 * to it. A path that leaves the workspace, does not exist or is a file is an error naming the input.
 */
function scanFolder(workspace, path) {
    if (!path)
        return workspace;
    const folder = (0,external_node_path_.resolve)(workspace, path);
    const rel = (0,external_node_path_.relative)(workspace, folder);
    const bad = (why) => new errors/* ConfigurationError */.j(`Input '${inputs/* INPUTS */.m.path}' has an invalid value ${JSON.stringify(path)}: ${why}.`);
    if ((0,external_node_path_.isAbsolute)(path) || rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw bad('expected a folder inside the workspace, relative to it (for example pr)');
    try {
        if ((0,external_node_fs_.statSync)(folder).isDirectory())
            return folder;
    }
    catch {
        throw bad('no such folder in the workspace (check it out there first, for example with actions/checkout path:)');
    }
    throw bad('it is a file; expected the folder to scan');
}

// EXTERNAL MODULE: ./src/secret-registry.ts
var secret_registry = __webpack_require__(8863);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/main.ts











/** Progress in the job's log, with anything that could be a workflow command neutralised. */
const log = {
    info: (m) => core.info((0,report_escape/* logSafe */.sN)(m)),
    warning: (m) => core.warning((0,report_escape/* logSafe */.sN)(m)),
    debug: core.debug,
};
/**
 * The action: read the inputs once, build the adapters, run the pipeline, map the result to the step's status.
 * The SDK-heavy adapters are imported only once the inputs are valid, so a bad input fails fast and the log
 * shows progress from the first moment. The file reader (its own thread) is best started before this module
 * loads, as the entry does, so that it is up by the time the plan is.
 */
async function run(fileReader = new file_reader/* FileReader */.q()) {
    const cancel = new AbortController();
    const onSignal = (signal) => {
        core.warning(`Received ${signal}: no new model call starts; what was scanned is saved and reported.`);
        cancel.abort();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    // The runner's and the AWS tokens in the environment: never written anywhere (see secret-registry).
    secret_registry/* secrets */.O3.addFromEnv(process.env);
    try {
        await scan(fileReader, cancel.signal);
    }
    catch (e) {
        await fail(e);
    }
    finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}
async function scan(fileReader, signal) {
    const workspace = scanFolder(process.env.GITHUB_WORKSPACE || process.cwd(), readInput(inputs/* INPUTS */.m.path));
    const config = await loadConfig(readInput, process.env, workspace, (w) => core.warning((0,report_escape/* logSafe */.sN)(w)));
    if (config.githubToken) {
        core.setSecret(config.githubToken);
        secret_registry/* secrets */.O3.add(config.githubToken);
    }
    const ctx = (0,context/* readGitHubContext */.L7)(process.env);
    core.info(`ai-scanner-action ${version/* VERSION */.x}: ${ctx.event} on ${ctx.repository ? `${ctx.repository.owner}/${ctx.repository.repo}` : 'this workspace'}, model ${config.modelId}${config.dryRun ? ' (dry run)' : ''}.`);
    const [{ runScan }, { gateFailure }, { buildDeps }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(125), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 6003)),
        __webpack_require__.e(/* import() */ 850).then(__webpack_require__.bind(__webpack_require__, 8850)),
        Promise.all(/* import() */[__webpack_require__.e(125), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 5379)),
    ]);
    const deps = await buildDeps(config, ctx, { kind: 'action', env: process.env, log, signal, fileReader });
    const report = await runScan(deps, config, ctx);
    // A scan that could not run says why in full (the title is clipped for the check and the comment).
    // A gate that failed names every file it left unreviewed (one annotation, a line each) before the title.
    const unreviewed = gateFailure(report);
    if (unreviewed)
        core.error(unreviewed.map(report_escape/* logSafe */.sN).join('\n'));
    if (report.fatal)
        core.setFailed(`The scan could not run: ${(0,report_escape/* logSafe */.sN)(report.fatal)}`);
    else if (report.conclusion === 'failure')
        core.setFailed((0,report_escape/* logSafe */.sN)(report.title));
    else if (report.conclusion === 'neutral')
        core.warning((0,report_escape/* logSafe */.sN)(report.title));
    else
        core.info(report.title);
}
/** A bad input names every problem; a crash completes a started check run as failed and fails the step. */
async function fail(e) {
    const message = (0,report_escape/* logSafe */.sN)((0,src_errors/* errorMessage */.g)(e));
    // A check run started before the crash (or before a base-ref was found not to exist) is completed as failed,
    // never left "in progress".
    const { failStartedCheckRuns } = await Promise.all(/* import() */[__webpack_require__.e(125), __webpack_require__.e(885)]).then(__webpack_require__.bind(__webpack_require__, 6885));
    await failStartedCheckRuns(message).catch(() => undefined);
    if (e instanceof errors/* ConfigurationError */.j) {
        for (const problem of e.problems.slice(0, -1))
            core.error((0,report_escape/* logSafe */.sN)(problem));
        core.setFailed((0,report_escape/* logSafe */.sN)(e.problems.at(-1) ?? e.message));
        return;
    }
    core.setFailed(`The scan failed: ${message}`);
}
/** An input the runner did not set at all reads as "not given" (its default applies); an empty one as empty. */
function readInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
        ? undefined
        : core.getInput(name);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   XO: () => (/* binding */ commentSafe),
/* harmony export */   Xe: () => (/* binding */ codePath),
/* harmony export */   rf: () => (/* binding */ isLinkSafeUrl),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   zQ: () => (/* binding */ pathUrl)
/* harmony export */ });
/* unused harmony export stripInvisible */
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8863);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);


/**
 * Everything the model wrote (and every file name, which the pull request's author chose) is untrusted. Rendered
 * anywhere it must stay inert: no HTML, no links or images, no math, no @mentions or #references that notify
 * people or link elsewhere, no invisible or direction-changing characters, bounded in length.
 */
const ZWSP = '\u200b';
/**
 * C0/C1 controls (except tab and newline), bidirectional overrides and isolates ("Trojan Source"), zero-width
 * characters and the BOM: they hide or reorder text, so they are dropped before anything else.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
function stripInvisible(text) {
    return text.replace(INVISIBLE, '');
}
/** Mentions (@user, @org/team), issue references (#123, GH-123) and bare URLs are broken with a zero-width space. */
function neutraliseLinks(text) {
    return text
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\bGH(?=\\?-\d)/gi, (m) => `${m}${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
/**
 * One line of inline markdown from untrusted text: HTML is escaped, every markdown punctuation is backslash-escaped
 * (no emphasis, code, links, images, tables or alerts), `$` becomes an entity (no math), and mentions, references
 * and URLs are broken. The length is capped before escaping (maxLength characters of the original text).
 */
function escapeMarkdown(text, maxLength = 1000) {
    const clipped = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(stripInvisible(text)
        .replace(/\s*[\r\n\t]+\s*/g, ' ')
        .trim(), maxLength);
    const escaped = clipped
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~^=-])/g, '\\$1')
        .replace(/^(\d+)\./, '$1\\.'); // "1." would open an ordered list
    // Last: the entity for `$` holds a `#` and digits that the reference rule above would otherwise break.
    return neutraliseLinks(escaped).replace(/\$/g, '&#36;');
}
/**
 * A file path inside inline code: nothing inside a code span is markdown (no mentions, links or HTML), but a
 * backtick would close it and a newline would end the line, so those are replaced.
 */
function codePath(path, maxLength = 200) {
    const safe = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(stripInvisible(path), maxLength)
        .replace(/`/g, "'")
        .replace(/[\r\n\t]+/g, ' ');
    // A code span's content that begins or ends with a space loses one; a space pad keeps it as written.
    const padded = /^ | $/.test(safe) ? ` ${safe} ` : safe;
    return `\`${padded}\``;
}
/**
 * A file path as a URL path: each segment percent-encoded down to the unreserved characters (letters, digits,
 * `-._~`). encodeURIComponent alone keeps `(`, `)`, `!`, `'` and `*`, and a `)` ends a markdown link's target:
 * the rest of the name would become text, where `www.example.com` is a live link to another host.
 */
function pathUrl(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** An http(s) URL that can stand in a markdown link target as it is (no space, parenthesis or angle bracket). */
function isLinkSafeUrl(url) {
    return /^https?:\/\/[^\s()<>\\`"']+$/.test(url);
}
/**
 * Plain text (check-run annotation titles and messages, workflow annotations, check titles): GitHub shows it as
 * text, so HTML and markdown need no escaping, but invisible characters are dropped, mentions and references are
 * broken anyway (defence in depth), and the length is capped. Newlines are kept only when `multiline`.
 */
function plainText(text, maxLength, multiline = false) {
    const flat = stripInvisible(text).replace(multiline ? /\r\n?/g : /\s*[\r\n]+\s*/g, multiline ? '\n' : ' ');
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(neutraliseLinks(flat), maxLength);
}
/**
 * A SARIF message's text: plain text in which `[text](target)` is an embedded link (SARIF 2.1.0 §3.11.6), so
 * brackets and backslashes are escaped, as are mentions and references for viewers that render markdown.
 */
function sarifText(text, maxLength) {
    const flat = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(stripInvisible(text).replace(/\s*[\r\n\t]+\s*/g, ' '), maxLength);
    return neutraliseLinks(flat.replace(/([\\[\]])/g, '\\$1'));
}
/** Text for a hidden HTML comment: it must not close the comment or break its line. */
function commentSafe(text, maxLength = 100) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(stripInvisible(text), maxLength)
        .replace(/[\r\n<>]+/g, ' ')
        .replace(/-{2,}/g, '-');
}
/**
 * A line for the job's log. The runner reads a line as a workflow command only when it starts with `::`
 * (leading spaces aside), and the legacy `##[command]` form wherever it appears; so a newline (which could start
 * a line of the value's choosing) becomes a space, a leading `::` is broken with a zero-width space, and so is
 * every `##[`. Nothing else changes: an ARN (`arn:aws:iam::123456789012:role/x`), a URL or a `host::port` is
 * printed as it is and copies correctly. Every value registered as secret is masked too (the runner masks only
 * what was registered with it, and only in the log; the CLI has no mask at all).
 */
function logSafe(text) {
    return _secret_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .secrets */ .O3
        .scrub(text)
        .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
        .replace(/^(\s*):(?=:)/, `$1:${ZWSP}`)
        .replace(/##\[/g, `#${ZWSP}#[`);
}


/***/ }),

/***/ 8863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* binding */ secrets)
/* harmony export */ });
/* unused harmony exports MASK, SECRET_ENV, SecretRegistry */
/**
 * The values this process knows to be secret, and one way to take them out of anything it writes. The runner's
 * mask (`::add-mask::`) only covers the log; the report file, SARIF, the job summary, the PR comment, the check run,
 * the step outputs and the cache document are written as they are. An endpoint can echo a secret back (a model
 * that quotes the session token it was signed with, an error message with a token in it), so every value the
 * credential code learns is registered here, and the report and the cached findings are scrubbed before they are
 * rendered, published or written.
 */
const MASK = '***';
/** Shorter values are not masked: replacing every "true" or "main" would garble reports and protect nothing. */
const MIN_LENGTH = 8;
/**
 * Variables whose values are credentials wherever the product runs: AWS keys (the SDK's default chain reads them),
 * the GitHub token and the runner's own tokens, and other CIs' job tokens.
 */
const SECRET_ENV = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_WEB_IDENTITY_TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'INPUT_GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'CI_JOB_TOKEN',
    'CI_JOB_JWT',
    'CI_JOB_JWT_V2',
    'SYSTEM_ACCESSTOKEN',
    'CIRCLE_OIDC_TOKEN',
    'CIRCLE_OIDC_TOKEN_V2',
    'BUILDKITE_AGENT_ACCESS_TOKEN',
];
class SecretRegistry {
    values = new Set();
    pattern;
    /** Registers a secret, with the forms it is echoed in: URL-encoded, and a JWT's signature on its own. */
    add(value) {
        if (!value)
            return;
        const forms = [value, value.trim(), encodeURIComponent(value)];
        const jwt = /^[\w-]+\.[\w-]+\.([\w-]+)$/.exec(value.trim());
        if (jwt)
            forms.push(jwt[1]);
        for (const form of forms)
            if (form.length >= MIN_LENGTH && !this.values.has(form)) {
                this.values.add(form);
                this.pattern = undefined;
            }
    }
    /** Registers the values of the variables in SECRET_ENV that are set. */
    addFromEnv(env) {
        for (const name of SECRET_ENV)
            this.add(env[name]);
    }
    get size() {
        return this.values.size;
    }
    /** The text with every registered value replaced by `***`. */
    scrub(text) {
        if (this.values.size === 0 || text.length < MIN_LENGTH)
            return text;
        // Longest first, so a secret that contains another is masked whole.
        this.pattern ??= new RegExp([...this.values]
            .sort((a, b) => b.length - a.length)
            .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return text.replace(this.pattern, MASK);
    }
    /**
     * A copy of a JSON-like value (objects, arrays, strings, numbers...) with every string scrubbed, keys included.
     * With nothing registered the value itself is returned.
     */
    scrubDeep(value) {
        if (this.values.size === 0)
            return value;
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === 'string')
            return this.scrub(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value === null || typeof value !== 'object')
            return value;
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value; // a Date, a Map: not report data
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[this.scrub(k)] = this.walk(v);
        return out;
    }
}
/** The process's registry: the credential code registers into it, every writer scrubs with it. */
const secrets = new SecretRegistry();


/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ shardSelection),
/* harmony export */   WN: () => (/* binding */ checkShardRun),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony export inShard */
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(788);


const MAX_SHARDS = 256;
/** The shard an input value names, or a sentence saying what is wrong with it. */
function parseShard(value) {
    const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value);
    if (!m)
        return 'expected i/n, such as 2/3 (the second of three shards)';
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS)
        return `expected n from 1 to ${MAX_SHARDS} shards`;
    if (index < 1 || index > count)
        return `expected i from 1 to n (${count})`;
    return { index, count };
}
function shardLabel(shard) {
    return `shard ${shard.index}/${shard.count}`;
}
/** Whether a content (its SHA-256, hex) belongs to the shard: the hash as a number, modulo the count. */
function inShard(sha256, shard) {
    return Number(BigInt(`0x${sha256}`) % BigInt(shard.count)) === shard.index - 1;
}
/**
 * A shard only makes sense where its results are kept: the runs that write the repository cache (a push to
 * the default branch, schedule, workflow_dispatch, or a local run). Elsewhere, above all on a pull request,
 * whose gate must review every changed file, it is an error rather than a quiet partial scan.
 */
function checkShardRun(shard, ctx) {
    if (!shard)
        return;
    const trust = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeTrust */ .uT)(ctx);
    if (trust.trusted)
        return;
    throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input 'shard' is set (${shard.index}/${shard.count}) on ${trust.why}: shards split a full scan between jobs that write the repository cache (a push to the default branch, schedule or workflow_dispatch). Remove 'shard' from this job, or run it only on those events.`);
}
/**
 * The part of a selection a shard reviews: its share of the eligible files (the skipped ones are the same for
 * every shard, so each reports them). The whole selection when the run is not sharded.
 */
function shardSelection(selection, shard, log) {
    if (!shard)
        return selection;
    const files = selection.files.filter((f) => inShard(f.sha256, shard));
    const part = `${shardLabel(shard)}: ${files.length} of ${selection.files.length} eligible file(s)`;
    log(`This run is ${part}; the other shards review the rest.`);
    return { ...selection, files, how: `${selection.how}; ${part}` };
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Small text helpers shared by messages and renderings. */
/** Cuts to at most maxLength UTF-16 units, never inside a surrogate pair, ending with an ellipsis when cut. */
function clip(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    if (maxLength <= 0)
        return '';
    let end = maxLength - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** Runs of whitespace (line breaks included) as one space, trimmed: a message that fits on one log line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The scanner's version: part of the cache fingerprint and of every report (a test keeps it equal to package.json). */
const VERSION = '1.0.0';


/***/ })

};
