/**
 * A local stand-in for the parts of GitHub's REST API the action calls: issue comments (list with pagination and
 * Link headers, create, update), check runs (create, update, with annotations appended as GitHub does) and a pull
 * request's files. The real Octokit reaches it through GITHUB_API_URL (or baseUrl). Every request is recorded and
 * validated against GitHub's own OpenAPI description (the extracted subset in __tests__/fixtures): path and query
 * parameters, the request body (unknown fields included), and the stand-in's own answers; anything off lands in
 * `violations`. Failures can be injected per operation (403, 404, 500, ...).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

export type OperationId =
  | 'issues/list-comments'
  | 'issues/create-comment'
  | 'issues/update-comment'
  | 'checks/create'
  | 'checks/update'
  | 'pulls/list-files';

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  requestBody?: object;
  response?: { status: number; schema: object };
}

export interface RecordedRequest {
  operation: OperationId | undefined;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  authorization: string | undefined;
}

export interface User {
  login: string;
  type: 'Bot' | 'User' | 'Organization';
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: Annotation[] };
}

export interface Injection {
  status: number;
  /** How many requests fail (default: every one). */
  times?: number;
  message?: string;
}

export interface GitHubStandIn {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  checkRuns: StoredCheckRun[];
  /** Requests, bodies or answers that do not match GitHub's OpenAPI description. */
  violations: string[];
  /** The pull request files `pulls/list-files` answers with, by pull request number. */
  pullFiles: Map<number, { filename: string; status: string; previous_filename?: string }[]>;
  /** The user the token acts as (the author of the comments it creates). */
  actor: User;
  /** Seeds a comment (another user's, or an earlier run's). */
  addComment(issueNumber: number, body: string, user?: User, repo?: string): StoredComment;
  fail(operation: OperationId, injection: Injection): void;
  /** Requests of one operation. */
  calls(operation: OperationId): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const SUBSET = new URL('../fixtures/github-openapi-subset.json', import.meta.url);
const GITHUB_BOT: User = { login: 'github-actions[bot]', type: 'Bot' };
/** GitHub's own limit on a comment's body. */
const MAX_COMMENT = 65_536;

interface Route {
  id: OperationId;
  op: Operation;
  regex: RegExp;
  names: string[];
  body?: ValidateFunction;
  response?: ValidateFunction;
  params: Map<string, ValidateFunction>;
}

function compileRoutes(): Route[] {
  const doc = JSON.parse(readFileSync(SUBSET, 'utf8')) as { operations: Record<OperationId, Operation> };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  return Object.entries(doc.operations).map(([id, op]) => {
    const names: string[] = [];
    const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return {
      id: id as OperationId,
      op,
      regex: new RegExp(`^${pattern}$`),
      names,
      body: op.requestBody ? ajv.compile(nullableEnums(closed(op.requestBody))) : undefined,
      response: op.response ? ajv.compile(nullableEnums(op.response.schema)) : undefined,
      params: new Map(op.parameters.map((p) => [`${p.in}:${p.name}`, ajv.compile(p.schema)])),
    };
  });
}

/**
 * GitHub ignores fields it does not know; a misspelt field would go unnoticed. Request schemas are closed here:
 * an object schema with properties and no word on others takes no others.
 */
function closed(schema: unknown): object {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema as object;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema))
    copy[k] = k === 'properties' ? mapValues(v, closed) : closed(v);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

/** OpenAPI 3.0's `nullable` admits null even where an `enum` lists the values; JSON Schema needs null listed. */
function nullableEnums(schema: unknown): object {
  if (Array.isArray(schema)) return schema.map(nullableEnums);
  if (!schema || typeof schema !== 'object') return schema as object;
  const copy = mapValues(schema, nullableEnums);
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null))
    copy.enum = [...copy.enum, null];
  return copy;
}

function mapValues(o: unknown, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o as Record<string, unknown>).map(([k, v]) => [k, f(v)]));
}

function errors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    )
    .join('; ');
}

export async function startGitHubApi(): Promise<GitHubStandIn> {
  const routes = compileRoutes();
  const injections = new Map<OperationId, Injection & { left: number }>();
  let nextId = 1000;
  let clock = Date.parse('2026-11-29T10:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');

  const api: GitHubStandIn = {
    url: '',
    requests: [],
    comments: [],
    checkRuns: [],
    violations: [],
    pullFiles: new Map(),
    actor: GITHUB_BOT,
    addComment(issueNumber, body, user = { login: 'octocat', type: 'User' }, repo = 'octo/demo') {
      const [o, r] = repo.split('/') as [string, string];
      const at = now();
      const c = { id: nextId++, owner: o, repo: r, issueNumber, body, user, createdAt: at, updatedAt: at };
      api.comments.push(c);
      return c;
    },
    fail(operation, injection) {
      injections.set(operation, { ...injection, left: injection.times ?? Infinity });
    },
    calls(operation) {
      return api.requests.filter((r) => r.operation === operation);
    },
    reset() {
      api.requests.length = 0;
      api.comments.length = 0;
      api.checkRuns.length = 0;
      api.violations.length = 0;
      api.pullFiles.clear();
      api.actor = GITHUB_BOT;
      injections.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const commentJson = (c: StoredComment) => {
    const base = `${api.url}/repos/${c.owner}/${c.repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${c.issueNumber}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  };
  const userJson = (u: User) => {
    const url = `${api.url}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url,
      html_url: `https://github.com/${encodeURIComponent(u.login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      site_admin: false,
    };
  };
  const checkJson = (c: StoredCheckRun) => {
    const url = `${api.url}/repos/${c.owner}/${c.repo}/check-runs/${c.id}`;
    return {
      id: c.id,
      node_id: `CR_${c.id}`,
      head_sha: c.headSha,
      name: c.name,
      url,
      html_url: `https://github.com/${c.owner}/${c.repo}/runs/${c.id}`,
      details_url: c.detailsUrl,
      external_id: '',
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.output.title,
        summary: c.output.summary,
        text: c.output.text,
        annotations_count: c.output.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      check_suite: { id: 5 },
      app: null,
      pull_requests: [],
    };
  };

  const paginate = <T>(res: ServerResponse, req: URL, items: T[]): T[] => {
    const perPage = Math.min(Number(req.searchParams.get('per_page') ?? 30), 100);
    const page = Number(req.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(req.pathname, api.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ];
    if (links.length) res.setHeader('Link', links.join(', '));
    return items.slice((page - 1) * perPage, page * perPage);
  };

  const handle = (
    route: Route,
    p: Record<string, string>,
    url: URL,
    body: Record<string, any>,
    res: ServerResponse,
  ) => {
    const { owner, repo } = p as { owner: string; repo: string };
    switch (route.id) {
      case 'issues/list-comments': {
        const all = api.comments.filter(
          (c) => c.owner === owner && c.repo === repo && c.issueNumber === Number(p.issue_number),
        );
        return { status: 200, json: paginate(res, url, all).map(commentJson) };
      }
      case 'issues/create-comment': {
        if (String(body.body).length > MAX_COMMENT) return tooLong();
        const c = api.addComment(Number(p.issue_number), String(body.body), api.actor, `${owner}/${repo}`);
        return { status: 201, json: commentJson(c) };
      }
      case 'issues/update-comment': {
        const c = api.comments.find(
          (x) => x.owner === owner && x.repo === repo && x.id === Number(p.comment_id),
        );
        if (!c) return notFound();
        if (String(body.body).length > MAX_COMMENT) return tooLong();
        if (c.user.login !== api.actor.login)
          return { status: 403, json: { message: 'Must have admin rights to Repository.' } };
        c.body = String(body.body);
        c.updatedAt = now();
        return { status: 200, json: commentJson(c) };
      }
      case 'checks/create': {
        const completed = body.status === 'completed' || body.conclusion !== undefined;
        const c: StoredCheckRun = {
          id: nextId++,
          owner,
          repo,
          name: String(body.name),
          headSha: String(body.head_sha),
          status: completed ? 'completed' : (body.status ?? 'queued'),
          conclusion: body.conclusion ?? null,
          startedAt: body.started_at ?? now(),
          completedAt: completed ? (body.completed_at ?? now()) : null,
          detailsUrl: body.details_url ?? null,
          output: { title: null, summary: null, text: null, annotations: [] },
        };
        applyOutput(c, body.output);
        api.checkRuns.push(c);
        return { status: 201, json: checkJson(c) };
      }
      case 'checks/update': {
        const c = api.checkRuns.find(
          (x) => x.owner === owner && x.repo === repo && x.id === Number(p.check_run_id),
        );
        if (!c) return notFound();
        if (body.conclusion !== undefined || body.status === 'completed') {
          c.status = 'completed';
          c.conclusion = body.conclusion ?? c.conclusion;
          c.completedAt = body.completed_at ?? now();
        } else if (body.status) c.status = body.status;
        if (body.name) c.name = body.name;
        if (body.details_url) c.detailsUrl = body.details_url;
        applyOutput(c, body.output);
        return { status: 200, json: checkJson(c) };
      }
      case 'pulls/list-files': {
        const files = (api.pullFiles.get(Number(p.pull_number)) ?? []).map((f, i) => ({
          sha: `${i}`.padStart(40, '0'),
          filename: f.filename,
          status: f.status,
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: `https://github.com/${owner}/${repo}/blob/x/${encodeURI(f.filename)}`,
          raw_url: `https://github.com/${owner}/${repo}/raw/x/${encodeURI(f.filename)}`,
          contents_url: `${api.url}/repos/${owner}/${repo}/contents/${encodeURI(f.filename)}`,
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        }));
        return { status: 200, json: paginate(res, url, files) };
      }
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', api.url);
      const method = (req.method ?? 'GET').toUpperCase();
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const record: RecordedRequest = {
        operation: undefined,
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: undefined,
        status: 0,
        authorization: req.headers.authorization,
      };
      api.requests.push(record);
      const send = (status: number, json: unknown) => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(json));
      };
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        api.violations.push(`${method} ${url.pathname}: the body is not JSON`);
        return send(400, { message: 'Problems parsing JSON' });
      }
      record.body = body;
      let route: Route | undefined;
      let match: RegExpExecArray | null = null;
      for (const r of routes) {
        if (r.op.method !== method) continue;
        match = r.regex.exec(url.pathname);
        if (match) {
          route = r;
          break;
        }
      }
      if (!route || !match) {
        api.violations.push(`${method} ${url.pathname}: not an operation the action is known to call`);
        return send(404, { message: 'Not Found' });
      }
      record.operation = route.id;
      const where = `${route.id} (${method} ${url.pathname})`;
      if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? ''))
        api.violations.push(`${where}: no token`);
      const params: Record<string, string> = Object.fromEntries(
        route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]),
      );
      const check = (place: string, name: string, raw: string | undefined) => {
        const spec = route.op.parameters.find((p) => p.in === place && p.name === name);
        if (!spec) return api.violations.push(`${where}: unknown ${place} parameter ${name}`);
        if (raw === undefined)
          return spec.required ? api.violations.push(`${where}: missing ${place} parameter ${name}`) : 0;
        const value =
          /^-?\d+$/.test(raw) && (spec.schema as { type?: string }).type === 'integer' ? Number(raw) : raw;
        const validate = route.params.get(`${place}:${name}`)!;
        if (!validate(value))
          api.violations.push(`${where}: ${place} parameter ${name}=${raw}: ${errors(validate)}`);
      };
      for (const n of route.names) check('path', n, params[n]);
      for (const [n, v] of url.searchParams) check('query', n, v);
      if (route.body) {
        if (!route.body(body)) {
          api.violations.push(`${where}: request body: ${errors(route.body)}`);
          return send(422, { message: 'Invalid request.', errors: route.body.errors });
        }
      } else if (body !== undefined) api.violations.push(`${where}: a body where none is expected`);

      const injected = injections.get(route.id);
      if (injected && injected.left > 0) {
        injected.left--;
        const message =
          injected.message ??
          (injected.status === 403
            ? 'Resource not accessible by integration'
            : injected.status === 404
              ? 'Not Found'
              : 'Server Error');
        return send(injected.status, {
          message,
          documentation_url: 'https://docs.github.com/rest',
          status: String(injected.status),
        });
      }
      const out = handle(route, params, url, (body ?? {}) as Record<string, any>, res);
      if (out.status < 300 && route.response && !route.response(out.json))
        api.violations.push(`${where}: the stand-in's answer: ${errors(route.response)}`);
      send(out.status, out.json);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}

function applyOutput(c: StoredCheckRun, output: Record<string, any> | undefined): void {
  if (!output) return;
  if (output.title !== undefined) c.output.title = output.title;
  if (output.summary !== undefined) c.output.summary = output.summary;
  if (output.text !== undefined) c.output.text = output.text;
  // GitHub appends the annotations of each update to those the check run already has.
  if (Array.isArray(output.annotations)) c.output.annotations.push(...(output.annotations as Annotation[]));
}

function notFound() {
  return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function tooLong() {
  return {
    status: 422,
    json: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    },
  };
}
