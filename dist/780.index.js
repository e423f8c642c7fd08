export const id = 780;
export const ids = [780];
export const modules = {

/***/ 8780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsCredentials: () => (/* binding */ awsCredentials)
/* harmony export */ });
/* unused harmony exports OIDC_AUDIENCE, sharedProvider, subjectForms, tokenSubject */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _secret_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8863);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5148);





const OIDC_AUDIENCE = 'sts.amazonaws.com';
const SESSION_SECONDS = 3600;
/** Credentials this close to their expiry are exchanged again (a fresh OIDC token, a new STS call). */
const REFRESH_BEFORE_MS = 5 * 60_000;
/**
 * The job's GitHub OIDC token -> STS AssumeRoleWithWebIdentity -> temporary credentials.
 * Without role-to-assume the SDK's default chain serves (for example after aws-actions/configure-aws-credentials).
 * The exchange happens once, up front, so a refused role fails the run at once with a clear message; every
 * client then shares the one provider, which exchanges again only shortly before the credentials expire.
 */
async function awsCredentials(config, ctx, log, env = process.env, options = {}) {
    const role = config.roleToAssume;
    const skip = withoutExchange(config, ctx, env);
    if (skip || !role)
        return skip ?? { provider: undefined };
    const exchange = stsExchange({ config, role, ctx, log, env, options });
    const provider = sharedProvider(exchange, options.now ?? Date.now);
    await provider();
    log.info(`Assumed ${role} with the job's OIDC token (session ${config.roleSessionName}).`);
    return { provider };
}
/** How a fork's pull request gets reviewed: first in the reason, so a clipped title still says it. */
const FORK_HOW = 'this pull request comes from a fork: a maintainer starts its review with the ai-scan label (a ' +
    'pull_request_target run that reads its files without running them, docs/fork-pull-requests.md)';
/**
 * The result when no exchange happens: no role (the default chain), or a fork's pull request that GitHub gives no
 * AWS settings or no OIDC token. Throws when the role is set but the job cannot exchange a token for it.
 */
function withoutExchange(config, ctx, env) {
    const role = config.roleToAssume;
    // GitHub gives a fork's pull request neither the repository's variables nor its secrets: with no role and
    // no region there is nothing to sign in with, which is the fork's known limit, not a misconfiguration.
    if (!role && !config.awsRegion && ctx.pullRequest?.fork)
        return {
            provider: undefined,
            unavailable: `${FORK_HOW}; GitHub gives a fork's run no AWS settings (role-to-assume and aws-region are empty), so this run cannot review it`,
        };
    if (!role)
        return { provider: undefined };
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        if (ctx.pullRequest?.fork)
            return {
                provider: undefined,
                unavailable: `${FORK_HOW}; GitHub gives a fork's run no OIDC token, so ${role} cannot be assumed and this run cannot review it; ` +
                    'the cache falls back to the next backend',
            };
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'role-to-assume' is set but this job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
            'add `permissions: id-token: write` to the workflow or the job (and keep `contents: read`).');
    }
    if (!config.awsRegion)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j("Input 'aws-region' is empty: set it (for example aws-region: us-east-1) or the AWS_REGION variable; role-to-assume needs a region for STS.");
    return undefined;
}
/** One exchange: a fresh OIDC token, AssumeRoleWithWebIdentity, every value it yields registered as a secret. */
function stsExchange({ config, role, ctx, log, env, options, }) {
    const mask = options.setSecret ?? ((s) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(s));
    const registry = options.secrets ?? _secret_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3;
    // The runner masks the log; the registry keeps the values out of the reports and the cache.
    const setSecret = (s) => {
        mask(s);
        registry.add(s);
    };
    const getIdToken = options.getIdToken ?? ((audience) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getIDToken(audience));
    const region = config.awsRegion;
    let sts;
    return async () => {
        // Loaded on the first exchange: a run that assumes no role never loads the STS client.
        const { AssumeRoleWithWebIdentityCommand, STSClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        sts ??= new STSClient({ region, maxAttempts: 4 });
        const token = await idToken(getIdToken);
        setSecret(token);
        let result;
        try {
            result = await sts.send(new AssumeRoleWithWebIdentityCommand({
                RoleArn: role,
                RoleSessionName: config.roleSessionName,
                WebIdentityToken: token,
                DurationSeconds: SESSION_SECONDS,
            }));
        }
        catch (e) {
            throw refusal(e, role, tokenSubject(token), ctx, env);
        }
        const c = result.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new Error(`STS returned no credentials for ${role}.`);
        for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
            setSecret(secret);
        log.debug(`Assumed ${role} as ${result.AssumedRoleUser?.Arn ?? 'unknown'} until ${c.Expiration?.toISOString() ?? 'unknown'}.`);
        const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken } = c;
        return { accessKeyId, secretAccessKey, sessionToken, expiration: c.Expiration };
    };
}
async function idToken(getIdToken) {
    try {
        return await getIdToken(OIDC_AUDIENCE);
    }
    catch (e) {
        throw new Error(`Could not get the job's OIDC token for ${OIDC_AUDIENCE}: ${redact((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(e))}`, {
            cause: e,
        });
    }
}
/**
 * A memoized provider: one exchange serves every caller until shortly before expiry; callers that arrive
 * while an exchange is in flight share it. A failed exchange is not cached, so the next call tries again.
 */
function sharedProvider(exchange, now = Date.now, refreshBeforeMs = REFRESH_BEFORE_MS) {
    let current;
    let inFlight;
    const fresh = (c) => c !== undefined && (!c.expiration || c.expiration.getTime() - now() > refreshBeforeMs);
    return () => {
        if (fresh(current))
            return Promise.resolve(current);
        inFlight ??= exchange()
            .then((c) => (current = c))
            .finally(() => (inFlight = undefined));
        return inFlight;
    };
}
/** STS errors said plainly, naming the role and what to check; never the token. */
function refusal(e, role, sub, ctx, env) {
    const err = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .readAwsError */ .S)(e);
    const code = err.name ?? 'Error';
    const detail = redact(err.message ?? String(e));
    if (code === 'AccessDenied' || code === 'IDPRejectedClaim' || err.status === 403)
        return new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`STS refused to let this run assume ${role} (${code}: ${detail}). Check the role's trust policy: it must trust ` +
            `the OIDC provider token.actions.githubusercontent.com with aud ${OIDC_AUDIENCE}` +
            `${subjectAdvice(sub, ctx, env)}. scripts/setup-s3-cache.sh writes trust policies that accept both ` +
            'subject formats (see docs/aws-setup.md).');
    if (code === 'InvalidIdentityToken')
        return new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`STS did not accept the job's OIDC token for ${role} (${code}: ${detail}). Check that the account has an IAM OIDC ` +
            'identity provider for https://token.actions.githubusercontent.com with the audience sts.amazonaws.com.');
    if (code === 'ValidationError' && /DurationSeconds/i.test(detail))
        return new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`STS refused a ${SESSION_SECONDS}-second session for ${role} (${detail}): raise the role's maximum session duration to at least 1 hour.`);
    return new Error(`Could not assume ${role} through STS (${code}: ${detail}).`);
}
/**
 * The token's sub quoted, and the sub conditions that accept it in both formats GitHub sends: the name form
 * `repo:OWNER/REPO:<rest>` and, for repositories created or renamed since GitHub's change, the immutable-id form
 * `repo:OWNER@OWNER_ID/REPO@REPO_ID:<rest>`. Without a readable sub, the subject this run's token should carry.
 */
function subjectAdvice(sub, ctx, env) {
    const subject = sub ?? expectedSubject(ctx);
    if (!subject)
        return '';
    const lead = sub
        ? ` and a sub condition that accepts the job's token, whose sub is ${quote(sub)}`
        : ` and a sub condition matching this run's subject`;
    const forms = subjectForms(subject, ctx, env);
    if (!forms)
        return sub ? lead : `${lead} ${quote(subject)}`;
    return `${lead}: ${quote(forms.name)} (name form) or ${quote(forms.id)} (immutable-id form)`;
}
function quote(text) {
    return JSON.stringify(redact(text));
}
/** A GitHub Actions sub claim: repo:OWNER[@OWNER_ID]/REPO[@REPO_ID]:<rest>. */
const SUBJECT = /^repo:([^/@:]+)(?:@(\d+))?\/([^/@:]+)(?:@(\d+))?:(.+)$/;
/**
 * Both formats of a sub. A name-form sub is itself the name form; an id-form sub's name form takes the names of
 * GITHUB_REPOSITORY. The ids come from the sub, else from the runner's GITHUB_REPOSITORY_OWNER_ID and
 * GITHUB_REPOSITORY_ID, else placeholders.
 */
function subjectForms(sub, ctx, env) {
    const m = SUBJECT.exec(sub);
    if (!m)
        return undefined;
    const [owner = '', ownerId, repo = '', repoId, rest = ''] = m.slice(1);
    const named = ownerId || repoId ? (ctx.repository ?? { owner, repo }) : { owner, repo };
    const id = (value, fallback) => (/^\d+$/.test(value ?? '') ? value : fallback);
    return {
        name: `repo:${named.owner}/${named.repo}:${rest}`,
        id: `repo:${owner}@${id(ownerId ?? env.GITHUB_REPOSITORY_OWNER_ID, 'OWNER_ID')}` +
            `/${repo}@${id(repoId ?? env.GITHUB_REPOSITORY_ID, 'REPO_ID')}:${rest}`,
    };
}
/** The sub claim of a JWT (its payload is plain base64url JSON, not secret); undefined when it cannot be read. */
function tokenSubject(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const sub = payload?.sub;
        return typeof sub === 'string' && sub.length > 0 && sub.length <= 512 ? sub : undefined;
    }
    catch {
        return undefined;
    }
}
/** The OIDC subject GitHub puts in this run's token (without a deployment environment). */
function expectedSubject(ctx) {
    if (!ctx.repository)
        return undefined;
    const repo = `repo:${ctx.repository.owner}/${ctx.repository.repo}`;
    if (ctx.event.startsWith('pull_request'))
        return `${repo}:pull_request`;
    return ctx.branch ? `${repo}:ref:refs/heads/${ctx.branch}` : undefined;
}
/** Anything shaped like a JWT is cut out of messages that could reach the log. */
function redact(text) {
    return text.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[token]').slice(0, 500);
}


/***/ }),

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readAwsError)
/* harmony export */ });
function readAwsError(e) {
    const err = typeof e === 'object' && e !== null ? e : {};
    const retryAfter = Number(err.$response?.headers?.['retry-after']);
    const status = err.$metadata?.httpStatusCode;
    return {
        name: text(err.name),
        serviceCode: text(err.Code),
        code: text(err.code),
        status: typeof status === 'number' ? status : undefined,
        message: text(err.message),
        retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    };
}
const text = (v) => (typeof v === 'string' ? v : undefined);


/***/ })

};
