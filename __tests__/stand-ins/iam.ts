/**
 * AWS IAM and STS on 127.0.0.1, for the calls scripts/setup-s3-cache.sh makes: the AWS Query protocol (a form
 * POST with Action=... and Version=..., an XML answer in the service's namespace), keeping the OIDC providers
 * and roles it is told to create, and answering like AWS does: NoSuchEntity (404) for a missing role,
 * EntityAlreadyExists (409) for a second create, InvalidClientTokenId (403) for a request not signed with the
 * stand-in's key. Every call is recorded (action and parameters) so tests can say which calls a run made.
 */
import type { ServerResponse } from 'node:http';
import { LocalServer, esc, requestId, xml, type RecordedRequest } from './oidc-sts.js';

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export interface IamCall {
  action: string;
  params: Record<string, string>;
  /** The HTTP status answered. */
  status: number;
}

export interface StandInRole {
  name: string;
  arn: string;
  trust: string;
  description: string;
  maxSessionDuration: number;
  /** Inline policies by name. */
  policies: Map<string, string>;
}

export interface StandInProvider {
  arn: string;
  url: string;
  clientIds: string[];
  thumbprints: string[];
}

class IamError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Handler = (p: Record<string, string>) => string;

export class IamStandIn extends LocalServer {
  readonly calls: IamCall[] = [];
  readonly roles = new Map<string, StandInRole>();
  readonly providers = new Map<string, StandInProvider>();
  /** Roles GetRole answers NoSuchEntity for although they exist (IAM's eventual consistency after a create). */
  readonly staleReads = new Set<string>();
  private readonly handlers: Record<string, Handler> = {
    GetCallerIdentity: () => this.getCallerIdentity(),
    ListOpenIDConnectProviders: () => this.listProviders(),
    GetOpenIDConnectProvider: (p) => this.getProvider(p),
    CreateOpenIDConnectProvider: (p) => this.createProvider(p),
    AddClientIDToOpenIDConnectProvider: (p) => this.addClientId(p),
    GetRole: (p) => this.getRole(p),
    CreateRole: (p) => this.createRole(p),
    UpdateAssumeRolePolicy: (p) => this.updateTrust(p),
    PutRolePolicy: (p) => this.putRolePolicy(p),
  };

  constructor(
    readonly account = '111122223333',
    readonly accessKeyId = 'AKIASTANDINIAM000001',
  ) {
    super((req, res) => this.handle(req, res));
  }

  /** The actions called, in order. */
  get actions(): string[] {
    return this.calls.map((c) => c.action);
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    const form = new URLSearchParams(req.body);
    const params = Object.fromEntries(form);
    const action = form.get('Action') ?? '';
    const ns = form.get('Version') === '2011-06-15' ? STS_NS : IAM_NS;
    let status = 200;
    try {
      if (req.method !== 'POST') throw new IamError(400, 'InvalidAction', 'the Query protocol is POST');
      if (!new RegExp(`Credential=${this.accessKeyId}/`).test(req.headers.authorization ?? ''))
        throw new IamError(
          403,
          'InvalidClientTokenId',
          'The security token included in the request is invalid.',
        );
      const handler = this.handlers[action];
      if (!handler) throw new IamError(400, 'InvalidAction', `Could not find operation ${action}`);
      const result = handler(params);
      xml(
        res,
        200,
        `<${action}Response xmlns="${ns}">
  <${action}Result>${result}</${action}Result>
  <ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata>
</${action}Response>`,
      );
    } catch (e) {
      if (!(e instanceof IamError)) throw e;
      status = e.status;
      xml(
        res,
        e.status,
        `<ErrorResponse xmlns="${ns}">
  <Error><Type>Sender</Type><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error>
  <RequestId>${requestId()}</RequestId>
</ErrorResponse>`,
      );
    } finally {
      this.calls.push({ action, params, status });
    }
  }

  private getCallerIdentity(): string {
    return `<Arn>arn:aws:iam::${this.account}:user/admin</Arn><UserId>AIDASTANDIN</UserId><Account>${this.account}</Account>`;
  }

  private listProviders(): string {
    const members = [...this.providers.values()].map((p) => `<member><Arn>${p.arn}</Arn></member>`);
    return `<OpenIDConnectProviderList>${members.join('')}</OpenIDConnectProviderList>`;
  }

  private provider(arn: string | undefined): StandInProvider {
    const p = this.providers.get(arn ?? '');
    if (!p) throw new IamError(404, 'NoSuchEntity', `OpenIDConnect provider not found for arn ${arn}`);
    return p;
  }

  private getProvider(params: Record<string, string>): string {
    const p = this.provider(params.OpenIDConnectProviderArn);
    const list = (values: string[]) => values.map((v) => `<member>${esc(v)}</member>`).join('');
    return `<Url>${esc(p.url.replace(/^https:\/\//, ''))}</Url><ClientIDList>${list(p.clientIds)}</ClientIDList><ThumbprintList>${list(p.thumbprints)}</ThumbprintList><CreateDate>2026-01-01T00:00:00Z</CreateDate>`;
  }

  private createProvider(params: Record<string, string>): string {
    const url = params.Url ?? '';
    if (!/^https:\/\//.test(url)) throw new IamError(400, 'ValidationError', 'Url must begin with https://');
    const arn = `arn:aws:iam::${this.account}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
    if (this.providers.has(arn))
      throw new IamError(409, 'EntityAlreadyExists', `Provider with url ${url} already exists.`);
    this.providers.set(arn, {
      arn,
      url,
      clientIds: members(params, 'ClientIDList'),
      thumbprints: members(params, 'ThumbprintList'),
    });
    return `<OpenIDConnectProviderArn>${arn}</OpenIDConnectProviderArn>`;
  }

  private addClientId(params: Record<string, string>): string {
    const p = this.provider(params.OpenIDConnectProviderArn);
    const id = params.ClientID ?? '';
    if (!p.clientIds.includes(id)) p.clientIds.push(id);
    return '';
  }

  private role(name: string | undefined): StandInRole {
    const role = this.roles.get(name ?? '');
    if (!role) throw new IamError(404, 'NoSuchEntity', `The role with name ${name} cannot be found.`);
    return role;
  }

  private roleXml(r: StandInRole): string {
    return `<Role><Path>/</Path><RoleName>${esc(r.name)}</RoleName><RoleId>AROASTANDIN${this.roles.size}</RoleId><Arn>${esc(r.arn)}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>${encodeURIComponent(r.trust)}</AssumeRolePolicyDocument><Description>${esc(r.description)}</Description><MaxSessionDuration>${r.maxSessionDuration}</MaxSessionDuration></Role>`;
  }

  private getRole(params: Record<string, string>): string {
    if (this.staleReads.has(params.RoleName ?? '')) this.role(undefined);
    return this.roleXml(this.role(params.RoleName));
  }

  private createRole(params: Record<string, string>): string {
    const name = params.RoleName ?? '';
    if (this.roles.has(name))
      throw new IamError(409, 'EntityAlreadyExists', `Role with name ${name} already exists.`);
    const trust = policyDocument(params.AssumeRolePolicyDocument);
    const role: StandInRole = {
      name,
      arn: `arn:aws:iam::${this.account}:role/${name}`,
      trust,
      description: params.Description ?? '',
      maxSessionDuration: Number(params.MaxSessionDuration ?? 3600),
      policies: new Map(),
    };
    this.roles.set(name, role);
    return this.roleXml(role);
  }

  private updateTrust(params: Record<string, string>): string {
    this.role(params.RoleName).trust = policyDocument(params.PolicyDocument);
    return '';
  }

  private putRolePolicy(params: Record<string, string>): string {
    const role = this.role(params.RoleName);
    role.policies.set(params.PolicyName ?? '', policyDocument(params.PolicyDocument));
    return '';
  }
}

/** A Query-protocol list: Name.member.1, Name.member.2, ... */
function members(params: Record<string, string>, name: string): string[] {
  const out: string[] = [];
  for (let i = 1; params[`${name}.member.${i}`] !== undefined; i++) out.push(params[`${name}.member.${i}`]!);
  return out;
}

/** IAM refuses a policy that is not JSON (MalformedPolicyDocument), as AWS does. */
function policyDocument(text: string | undefined): string {
  try {
    JSON.parse(text ?? '');
  } catch {
    throw new IamError(400, 'MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  return text!;
}
