/**
 * Local stand-ins for the two halves of "OIDC role" authentication:
 * - the runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL + bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN,
 *   `&audience=...` appended by @actions/core) answering {"value": "<jwt>"};
 * - AWS STS AssumeRoleWithWebIdentity (the awsQuery protocol: a form POST, an XML answer), enforcing a trust
 *   policy per role on the token's `sub` and `aud` claims like IAM does, and refusing with the real
 *   AccessDenied XML otherwise.
 * Both bind 127.0.0.1 on an ephemeral port and record every request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  raw: Buffer;
}

/** A small HTTP server on 127.0.0.1 with an ephemeral port. */
export class LocalServer {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  url = '';

  constructor(
    private readonly handler: (req: RecordedRequest, res: ServerResponse) => void | Promise<void>,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const recorded = {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: req.headers,
          body: raw.toString('utf8'),
          raw,
        };
        this.requests.push(recorded);
        Promise.resolve(this.handler(recorded, res)).catch((e: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(e));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

export interface Claims {
  sub: string;
  aud: string;
  iss: string;
  repository?: string;
  ref?: string;
  event_name?: string;
  [claim: string]: unknown;
}

/** A JWT-shaped token (unsigned: the stand-in STS trusts its own OIDC stand-in). */
export function makeJwt(claims: Claims, lifetimeSeconds = 300): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'standin' })}.${part({ ...claims, iat: now, nbf: now, exp: now + lifetimeSeconds, jti: randomBytes(8).toString('hex') })}.${randomBytes(32).toString('base64url')}`;
}

export function decodeJwt(token: string): Claims | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Claims;
  } catch {
    return undefined;
  }
}

export interface OidcOptions {
  /** The bearer token the runner hands to the job (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken?: string;
  /** Claims of the tokens issued (`aud` is taken from the request). */
  claims?: Omit<Claims, 'aud' | 'iss'>;
}

/** The runner's OIDC token endpoint. */
export class OidcStandIn extends LocalServer {
  readonly requestToken: string;
  claims: Omit<Claims, 'aud' | 'iss'>;
  /** Makes the next requests fail with this HTTP status. */
  failWith: number | undefined;
  readonly issued: string[] = [];

  constructor(opts: OidcOptions = {}) {
    super((req, res) => this.handle(req, res));
    this.requestToken = opts.requestToken ?? `oidc-request-${randomBytes(8).toString('hex')}`;
    this.claims = opts.claims ?? {
      sub: 'repo:octo/demo:ref:refs/heads/main',
      repository: 'octo/demo',
      ref: 'refs/heads/main',
    };
  }

  /** ACTIONS_ID_TOKEN_REQUEST_URL as the runner sets it (with its api-version query). */
  get requestUrl(): string {
    return `${this.url}/_apis/distributedtask/hubs/Actions/plans/standin/jobs/standin/idtoken?api-version=2.0`;
  }

  /** The environment a job with `permissions: id-token: write` gets. */
  env(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: this.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken,
    };
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    const url = new URL(req.url, this.url);
    if (req.method !== 'GET' || !url.pathname.endsWith('/idtoken'))
      return json(res, 404, { message: 'not found' });
    if (req.headers.authorization !== `Bearer ${this.requestToken}`)
      return json(res, 401, { message: 'Unauthorized' });
    if (this.failWith) return json(res, this.failWith, { message: `stand-in failure ${this.failWith}` });
    const aud = url.searchParams.get('audience') ?? this.url;
    const token = makeJwt({
      ...this.claims,
      aud,
      iss: 'https://token.actions.githubusercontent.com',
    } as Claims);
    this.issued.push(token);
    json(res, 200, { count: 1, value: token });
  }
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  sessionName: string;
  subject: string;
}

export interface StsOptions {
  /** role ARN -> the `sub` values it trusts (IAM StringLike: `*` matches anything). */
  trust?: Record<string, string[]>;
  audience?: string;
  /** Lifetime of issued credentials; default the requested DurationSeconds. */
  lifetimeSeconds?: number;
  /** Called for each issued key pair (to register it with an S3 stand-in). */
  onIssue?: (c: IssuedCredentials) => void;
}

/** AWS STS AssumeRoleWithWebIdentity. */
export class StsStandIn extends LocalServer {
  readonly issued: IssuedCredentials[] = [];
  /** Answers the next requests with this error (code, HTTP status), e.g. a throttle. */
  failWith: { status: number; code: string; message: string } | undefined;

  constructor(readonly opts: StsOptions = {}) {
    super((req, res) => this.handle(req, res));
  }

  /** AssumeRoleWithWebIdentity calls received. */
  get assumeCalls(): RecordedRequest[] {
    return this.requests.filter(
      (r) => new URLSearchParams(r.body).get('Action') === 'AssumeRoleWithWebIdentity',
    );
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    const form = new URLSearchParams(req.body);
    if (req.method !== 'POST' || form.get('Action') !== 'AssumeRoleWithWebIdentity')
      return stsError(
        res,
        400,
        'InvalidAction',
        `Could not find operation ${form.get('Action') ?? 'none'} for version ${form.get('Version') ?? 'none'}`,
      );
    if (this.failWith) return stsError(res, this.failWith.status, this.failWith.code, this.failWith.message);
    const roleArn = form.get('RoleArn') ?? '';
    const sessionName = form.get('RoleSessionName') ?? '';
    const token = form.get('WebIdentityToken') ?? '';
    const claims = decodeJwt(token);
    if (!claims)
      return stsError(
        res,
        400,
        'InvalidIdentityToken',
        "Couldn't retrieve verification key from your identity provider",
      );
    if (claims.aud !== (this.opts.audience ?? 'sts.amazonaws.com'))
      return stsError(res, 400, 'InvalidIdentityToken', 'Incorrect token audience');
    const trusted = this.opts.trust?.[roleArn];
    if (!trusted || !trusted.some((pattern) => like(pattern, claims.sub)))
      return stsError(res, 403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    const duration = Number(form.get('DurationSeconds') ?? 3600);
    const n = String(this.issued.length + 1).padStart(4, '0');
    const c: IssuedCredentials = {
      accessKeyId: `ASIASTANDIN${n}${randomBytes(3).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(48).toString('base64')}`,
      expiration: new Date(Date.now() + (this.opts.lifetimeSeconds ?? duration) * 1000),
      roleArn,
      sessionName,
      subject: claims.sub,
    };
    this.issued.push(c);
    this.opts.onIssue?.(c);
    const roleName = roleArn.split('/').pop() ?? 'role';
    const account = /::(\d{12}):/.exec(roleArn)?.[1] ?? '123456789012';
    xml(
      res,
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Audience>${esc(claims.aud)}</Audience>
    <AssumedRoleUser>
      <AssumedRoleId>AROASTANDIN0000000000:${esc(sessionName)}</AssumedRoleId>
      <Arn>arn:aws:sts::${account}:assumed-role/${esc(roleName)}/${esc(sessionName)}</Arn>
    </AssumedRoleUser>
    <Provider>arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com</Provider>
    <Credentials>
      <AccessKeyId>${c.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${esc(c.secretAccessKey)}</SecretAccessKey>
      <SessionToken>${esc(c.sessionToken)}</SessionToken>
      <Expiration>${c.expiration.toISOString()}</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>${esc(claims.sub)}</SubjectFromWebIdentityToken>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${requestId()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`,
    );
  }
}

function like(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

function stsError(res: ServerResponse, status: number, code: string, message: string): void {
  xml(
    res,
    status,
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>
    <Code>${esc(code)}</Code>
    <Message>${esc(message)}</Message>
  </Error>
  <RequestId>${requestId()}</RequestId>
</ErrorResponse>`,
  );
}

export function requestId(): string {
  return randomBytes(16)
    .toString('hex')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId(), ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
