/**
 * The values this process knows to be secret, and one way to take them out of anything it writes. The runner's
 * mask (`::add-mask::`) only covers the log; the report file, SARIF, the job summary, the PR comment, the check run,
 * the step outputs and the cache document are written as they are. An endpoint can echo a secret back (a model
 * that quotes the session token it was signed with, an error message with a token in it), so every value the
 * credential code learns is registered here, and the report and the cached findings are scrubbed before they are
 * rendered, published or written.
 */
export const MASK = '***';

/** Shorter values are not masked: replacing every "true" or "main" would garble reports and protect nothing. */
const MIN_LENGTH = 8;

/**
 * Variables whose values are credentials wherever the product runs: AWS keys (the SDK's default chain reads them),
 * the GitHub token and the runner's own tokens, and other CIs' job tokens.
 */
export const SECRET_ENV = [
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
] as const;

export class SecretRegistry {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  /** Registers a secret, with the forms it is echoed in: URL-encoded, and a JWT's signature on its own. */
  add(value: string | undefined): void {
    if (!value) return;
    const forms = [value, value.trim(), encodeURIComponent(value)];
    const jwt = /^[\w-]+\.[\w-]+\.([\w-]+)$/.exec(value.trim());
    if (jwt) forms.push(jwt[1]!);
    for (const form of forms)
      if (form.length >= MIN_LENGTH && !this.values.has(form)) {
        this.values.add(form);
        this.pattern = undefined;
      }
  }

  /** Registers the values of the variables in SECRET_ENV that are set. */
  addFromEnv(env: NodeJS.ProcessEnv): void {
    for (const name of SECRET_ENV) this.add(env[name]);
  }

  get size(): number {
    return this.values.size;
  }

  /** The text with every registered value replaced by `***`. */
  scrub(text: string): string {
    if (this.values.size === 0 || text.length < MIN_LENGTH) return text;
    // Longest first, so a secret that contains another is masked whole.
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, MASK);
  }

  /**
   * A copy of a JSON-like value (objects, arrays, strings, numbers...) with every string scrubbed, keys included.
   * With nothing registered the value itself is returned.
   */
  scrubDeep<T>(value: T): T {
    if (this.values.size === 0) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value === null || typeof value !== 'object') return value;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value; // a Date, a Map: not report data
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.scrub(k)] = this.walk(v);
    return out;
  }
}

/** The process's registry: the credential code registers into it, every writer scrubs with it. */
export const secrets = new SecretRegistry();
