/**
 * The examples and this repository's workflows are what users copy: every YAML file parses, every step that
 * uses the action passes only inputs action.yml has, the role and permissions fit each event, the CLI lines of
 * GitLab CI and Jenkins use only flags the CLI accepts, and .env.example lists exactly the action's inputs.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { GENERATED_DOCS, ROOT, cliInputs, loadAction } from '../../scripts/dev/render-docs.js';
import { readConfig } from '../../src/config/config.js';
import type { InputName } from '../../src/config/inputs.js';
import { parseShard } from '../../src/shard.js';

const action = loadAction();
const INPUT_NAMES = Object.keys(action.inputs);
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

/** Every .yml/.yaml under a folder, hidden folders included (examples/.github, examples/.gitlab-ci.yml). */
function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

const EXAMPLE_YAML = yamlFiles('examples');
const REPO_WORKFLOWS = yamlFiles('.github/workflows');
const ALL_YAML = [...EXAMPLE_YAML, ...REPO_WORKFLOWS, '.github/dependabot.yml'];
const WORKFLOWS = [...EXAMPLE_YAML.filter((f) => f.includes('.github/workflows/')), ...REPO_WORKFLOWS];

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  concurrency?: { group: string; 'cancel-in-progress'?: string | boolean };
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const workflow = (rel: string) => parse(read(rel)) as Workflow;
const isScanner = (uses: string | undefined) =>
  uses !== undefined && (uses === './' || /^org\/ai-scanner-action(@|$)/.test(uses));
const events = (w: Workflow): string[] =>
  typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on ?? {});

/** The steps that run the action, with their workflow and job. */
function scannerSteps(): { file: string; w: Workflow; job: Job; step: Step }[] {
  return WORKFLOWS.flatMap((file) => {
    const w = workflow(file);
    return Object.values(w.jobs).flatMap((job) =>
      (job.steps ?? []).filter((s) => isScanner(s.uses)).map((step) => ({ file, w, job, step })),
    );
  });
}

// ---- A small evaluator for the GitHub expressions the examples use: `${{ ... }}` with ==, !=, &&, ||, !,
// parentheses, 'strings', true/false and context paths (vars.X, env.X, github.ref, inputs.x). As in GitHub,
// && and || return one of their operands, strings compare case-insensitively and '' is falsy.
type Value = string | boolean | number | null;
type Context = Record<string, unknown>;

function evaluate(expression: string, context: Context): Value {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[()!]|[\w.-]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++]!;
  const truthy = (v: Value) => !(v === false || v === '' || v === 0 || v === null);
  const equal = (a: Value, b: Value) =>
    typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const primary = (): Value => {
    const t = next();
    if (t === '(') {
      const v = or();
      assert.equal(next(), ')', `unbalanced parentheses in ${expression}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^\d+$/.test(t)) return Number(t);
    let v: unknown = context;
    for (const part of t.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
    return v === undefined ? '' : (v as Value);
  };
  const comparison = (): Value => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = primary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  assert.equal(i, tokens.length, `could not evaluate ${expression}`);
  return value;
}

/** A `with:` value as the runner passes it: expressions evaluated, the result as a string. */
function resolveValue(raw: unknown, context: Context): string {
  const text = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : JSON.stringify(raw);
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text.trim());
  if (whole) return String(evaluate(whole[1]!, context));
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => String(evaluate(e, context)));
}

/** The CLI flags a command line passes (`--name` or `--name=value`). */
function flags(line: string): string[] {
  return [...line.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!);
}
const CLI_ONLY = ['format', 'help', 'version'];

describe('examples and workflows', () => {
  it('the examples the README promises exist', () => {
    for (const f of [
      'examples/.github/workflows/quick-start.yml',
      'examples/.github/workflows/security-scan-with-cache.yml',
      'examples/.github/workflows/manual-rescan.yml',
      'examples/.github/workflows/weekly-full-scan.yml',
      'examples/.github/workflows/fork-pr-scan.yml',
      'examples/.github/workflows/sharded-full-scan.yml',
      'examples/.gitlab-ci.yml',
    ])
      assert.ok(EXAMPLE_YAML.includes(f), `${f} exists`);
    assert.ok(read('examples/Jenkinsfile').includes('pipeline {'));
    assert.ok(REPO_WORKFLOWS.includes('.github/workflows/dogfood.yml'));
  });

  for (const file of ALL_YAML)
    it(`${file} parses as YAML`, () => {
      const doc = parseDocument(read(file), { prettyErrors: true });
      assert.deepEqual(
        doc.errors.map((e) => e.message),
        [],
      );
      assert.ok(doc.toJS(), `${file} is not empty`);
    });

  it('every step that runs the action passes only inputs action.yml has', () => {
    const steps = scannerSteps();
    assert.ok(steps.length >= 4, `found ${steps.length} steps using the action`);
    for (const { file, step } of steps)
      for (const key of Object.keys(step.with ?? {}))
        assert.ok(INPUT_NAMES.includes(key), `${file}: '${key}' is not an input of action.yml`);
  });

  it('workflows that run the action grant what it needs, and what the SARIF upload needs', () => {
    for (const { file, w, job, step } of scannerSteps()) {
      const perms = {
        ...(typeof w.permissions === 'object' ? w.permissions : {}),
        ...(job.permissions as object),
      };
      assert.equal(perms.contents, 'read', `${file}: contents: read`);
      if (step.with?.['role-to-assume']) assert.equal(perms['id-token'], 'write', `${file}: id-token: write`);
      if (step.with?.['check-run'] !== 'false') assert.equal(perms.checks, 'write', `${file}: checks: write`);
      if (events(w).includes('pull_request') && step.with?.['pr-comment'] !== 'false')
        assert.equal(perms['pull-requests'], 'write', `${file}: pull-requests: write`);
      if ((job.steps ?? []).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif')))
        assert.equal(perms['security-events'], 'write', `${file}: security-events: write`);
    }
  });

  it("the fork workflow reads the pull request's files without running them, only on the maintainer's label", () => {
    const w = workflow('examples/.github/workflows/fork-pr-scan.yml');
    assert.deepEqual(w.on, { pull_request_target: { types: ['labeled'] } });
    const job = w.jobs.scan!;
    assert.equal(job.if, "github.event.label.name == 'ai-scan'");
    const steps = job.steps ?? [];
    assert.deepEqual(
      steps.map((s) => s.uses),
      ['actions/checkout@v6', 'org/ai-scanner-action@v1'],
      'no step runs anything from the checkout',
    );
    assert.ok(steps.every((s) => s.run === undefined));
    const checkout = steps[0]!.with!;
    assert.equal(checkout['persist-credentials'], false);
    assert.equal(checkout.ref, '${{ github.event.pull_request.head.sha }}');
    assert.equal(checkout.path, steps[1]!.with!.path, 'the action scans the folder the pull request is in');
  });

  it('the writer role goes only to main: pull requests and other branches get the pull-request role', () => {
    const vars = { AWS_ROLE_ARN: 'arn:writer', AWS_PR_ROLE_ARN: 'arn:pr', AWS_REGION: 'us-east-1' };
    for (const { file, w, step } of scannerSteps()) {
      const role = step.with?.['role-to-assume'];
      if (role === undefined || file.endsWith('dogfood.yml')) continue;
      const at = (ref: string) => resolveValue(role, { vars, github: { ref }, inputs: {} });
      // pull_request_target runs with github.ref of the base branch (main): only the pull-request role, ever.
      if (events(w).includes('pull_request_target')) {
        for (const ref of ['refs/heads/main', 'refs/heads/feature', 'refs/pull/7/merge'])
          assert.equal(
            at(ref),
            'arn:pr',
            `${file}: a pull_request_target run gets the pull-request role at ${ref}`,
          );
        continue;
      }
      assert.equal(at('refs/heads/main'), 'arn:writer', `${file}: main gets the writer role`);
      assert.equal(at('refs/heads/feature'), 'arn:pr', `${file}: another branch gets the pull-request role`);
      if (events(w).includes('pull_request'))
        assert.equal(at('refs/pull/7/merge'), 'arn:pr', `${file}: a pull request gets the pull-request role`);
    }
  });

  it('the main example runs on pull_request, push and workflow_dispatch with full/changed and force-rescan', () => {
    const w = workflow('examples/.github/workflows/security-scan-with-cache.yml');
    assert.deepEqual(events(w).sort(), ['pull_request', 'push', 'workflow_dispatch']);
    const on = w.on as { workflow_dispatch: { inputs: Record<string, { options?: string[] }> } };
    assert.deepEqual(on.workflow_dispatch.inputs['scan-mode']?.options, ['full', 'changed']);
    assert.ok(on.workflow_dispatch.inputs['force-rescan']);
    const step = scannerSteps().find((s) => s.file.endsWith('security-scan-with-cache.yml'))!.step;
    const run = (event: string, inputs: Record<string, unknown>, head = 'octo/demo') =>
      Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [
          k,
          resolveValue(v, {
            vars: {},
            github: {
              ref: 'refs/heads/main',
              event_name: event,
              repository: 'octo/demo',
              event:
                event === 'pull_request' ? { pull_request: { head: { repo: { full_name: head } } } } : {},
            },
            inputs,
          }),
        ]),
      );
    // A fork's pull request has no OIDC token and no repository variables: a dry run; everything else is real.
    assert.equal(run('pull_request', {}, 'someone/demo')['dry-run'], 'true');
    assert.equal(run('pull_request', {})['dry-run'], 'false');
    assert.equal(run('push', {})['dry-run'], 'false');
    // A push or a pull request has no inputs: scan-mode auto, no base, no forced rescan.
    const push = run('push', {});
    assert.equal(push['scan-mode'], 'auto');
    assert.equal(push['base-ref'], '');
    assert.equal(push['force-rescan'], 'false');
    // A manual "changed" run compares with base-ref; a manual "full" run needs none.
    const changed = run('workflow_dispatch', {
      'scan-mode': 'changed',
      'base-ref': 'HEAD~1',
      'force-rescan': true,
    });
    assert.deepEqual(
      [changed['scan-mode'], changed['base-ref'], changed['force-rescan']],
      ['changed', 'HEAD~1', 'true'],
    );
    const full = run('workflow_dispatch', {
      'scan-mode': 'full',
      'base-ref': 'HEAD~1',
      'force-rescan': false,
    });
    assert.deepEqual([full['scan-mode'], full['base-ref'], full['force-rescan']], ['full', '', 'false']);
  });

  it("the main example's concurrency: a PR's new commit cancels its old run, nothing else is cut short", () => {
    const { concurrency } = workflow('examples/.github/workflows/security-scan-with-cache.yml');
    assert.ok(concurrency, 'the example sets concurrency');
    const at = (event_name: string, ref: string, run_id: string) => {
      const ctx = { github: { event_name, ref, run_id } };
      return {
        group: resolveValue(concurrency.group, ctx),
        cancel: resolveValue(concurrency['cancel-in-progress'], ctx),
      };
    };
    const pr = [at('pull_request', 'refs/pull/7/merge', '1'), at('pull_request', 'refs/pull/7/merge', '2')];
    assert.equal(pr[0]!.group, pr[1]!.group, "a pull request's runs share a group");
    assert.equal(pr[0]!.cancel, 'true', "a pull request's new commit cancels its running scan");
    assert.notEqual(pr[0]!.group, at('pull_request', 'refs/pull/8/merge', '3').group, 'another PR: its own');
    // GitHub cancels a pending run when a newer one joins its group, whatever cancel-in-progress says: a push
    // may replace a pending push (the next push reviews its changes), never a manual run.
    const push = at('push', 'refs/heads/main', '4');
    assert.equal(push.cancel, 'false', 'a running scan of main finishes');
    const manual = [
      at('workflow_dispatch', 'refs/heads/main', '5'),
      at('workflow_dispatch', 'refs/heads/main', '6'),
    ];
    assert.notEqual(manual[0]!.group, push.group, 'a push never cancels a manual run');
    assert.notEqual(manual[0]!.group, manual[1]!.group, 'nor does another manual run');
    assert.equal(manual[0]!.cancel, 'false');
  });

  it('examples pin the same action majors as this repository, and none a deprecated one', () => {
    const pins = new Map<string, Map<number, string[]>>();
    for (const file of WORKFLOWS)
      for (const m of read(file).matchAll(/^\s*-?\s*uses: ([\w.-]+\/[\w./-]+)@v(\d+)\s*$/gm)) {
        if (isScanner(m[1])) continue;
        const majors = pins.get(m[1]!) ?? new Map<number, string[]>();
        majors.set(Number(m[2]), [...(majors.get(Number(m[2])) ?? []), file]);
        pins.set(m[1]!, majors);
      }
    assert.ok(pins.has('actions/checkout') && pins.has('github/codeql-action/upload-sarif'));
    for (const [action, majors] of pins)
      assert.equal(
        majors.size,
        1,
        `${action} is pinned at one major everywhere: ${JSON.stringify([...majors])}`,
      );
    // upload-sarif v3 runs on Node 20 and is deprecated: code scanning warns on every upload.
    for (const major of pins.get('github/codeql-action/upload-sarif')!.keys())
      assert.ok(major >= 4, `upload-sarif@v${major} is deprecated`);
  });

  it('dependabot keeps the actions of this repository and of the examples up to date', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; directory?: string; directories?: string[] }[];
    };
    const actions = config.updates.filter((u) => u['package-ecosystem'] === 'github-actions');
    const dirs = actions.flatMap((u) => [...(u.directories ?? []), ...(u.directory ? [u.directory] : [])]);
    assert.ok(dirs.includes('/'), "this repository's .github/workflows");
    // Dependabot reads <dir>/.github/workflows, or <dir> itself when it is a workflows folder.
    const covers = (workflowsDir: string) =>
      dirs.some((d) => d === workflowsDir || `${d.replace(/\/$/, '')}/.github/workflows` === workflowsDir);
    const exampleDirs = new Set(
      EXAMPLE_YAML.filter((f) => f.includes('.github/workflows/')).map(
        (f) => `/${f.slice(0, f.lastIndexOf('/'))}`,
      ),
    );
    assert.ok(exampleDirs.size > 0);
    for (const d of exampleDirs) assert.ok(covers(d), `dependabot watches ${d}`);
  });

  it('the weekly example scans every file on a schedule, on the default branch', () => {
    const w = workflow('examples/.github/workflows/weekly-full-scan.yml');
    assert.ok(events(w).includes('schedule'));
    const step = scannerSteps().find((s) => s.file.endsWith('weekly-full-scan.yml'))!.step;
    assert.equal(step.with?.['scan-mode'], 'full');
  });

  it('the sharded example runs a matrix of shards, then one ordinary run after them that reports', () => {
    const w = workflow('examples/.github/workflows/sharded-full-scan.yml');
    assert.ok(!events(w).some((e) => e.startsWith('pull_request')), 'never on a pull request');
    const jobs = w.jobs as Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } } }>;
    const shards = jobs.shard!.strategy!.matrix.shard;
    const steps = scannerSteps().filter((s) => s.file.endsWith('sharded-full-scan.yml'));
    const values = shards.map((i) =>
      resolveValue(String(steps[0]!.step.with?.shard), {
        matrix: { shard: i },
        vars: {},
        github: {},
        inputs: {},
      }),
    );
    assert.deepEqual(
      values.map((v) => parseShard(String(v))),
      shards.map((i) => ({ index: i, count: shards.length })),
    );
    assert.equal(jobs.report!.needs, 'shard');
    assert.equal(steps[1]!.step.with?.shard, undefined, 'the report run is not a shard');
  });

  it('the manual rescan offers full or changed, a base, force-rescan and a budget', () => {
    const w = workflow('examples/.github/workflows/manual-rescan.yml');
    assert.deepEqual(events(w), ['workflow_dispatch']);
    const inputs = (w.on as { workflow_dispatch: { inputs: Record<string, unknown> } }).workflow_dispatch
      .inputs;
    for (const name of ['scan-mode', 'base-ref', 'force-rescan', 'max-cost-usd'])
      assert.ok(inputs[name], name);
  });

  it('the dogfood workflow runs uses: ./ against the model only with both roles set, a dry run otherwise', () => {
    const w = workflow('.github/workflows/dogfood.yml');
    assert.deepEqual(events(w), ['pull_request']);
    const [job] = Object.values(w.jobs);
    const step = job!.steps!.find((s) => s.uses === './');
    assert.ok(step, 'a step runs uses: ./');
    const cases: [Record<string, string>, string, string][] = [
      [{}, 'true', ''],
      [{ AWS_ROLE_ARN: 'arn:writer' }, 'true', ''],
      [{ AWS_PR_ROLE_ARN: 'arn:pr' }, 'true', ''],
      [{ AWS_ROLE_ARN: 'arn:writer', AWS_PR_ROLE_ARN: 'arn:pr' }, 'false', 'arn:pr'],
    ];
    for (const [vars, dryRun, role] of cases) {
      const base = { vars: { ...vars, S3_CACHE_BUCKET: 'bucket' }, github: { ref: 'refs/pull/1/merge' } };
      const env = Object.fromEntries(
        Object.entries(job!.env ?? {}).map(([k, v]) => [k, resolveValue(v, base)]),
      );
      const ctx = { ...base, env };
      const what = JSON.stringify(vars);
      assert.equal(resolveValue(step.with?.['dry-run'], ctx), dryRun, `${what}: dry-run`);
      assert.equal(resolveValue(step.with?.['role-to-assume'], ctx), role, `${what}: role-to-assume`);
      if (dryRun === 'true')
        assert.equal(resolveValue(step.with?.['s3-bucket'], ctx), '', `${what}: a dry run uses no S3`);
    }
  });

  it('GitLab CI runs the CLI with CI=true and S3_CACHE_BUCKET, using only flags the CLI accepts', async () => {
    const accepted = [...(await cliInputs(action)), ...CLI_ONLY];
    const gitlab = parse(read('examples/.gitlab-ci.yml')) as Record<
      string,
      { variables?: Record<string, string>; script?: string[] }
    >;
    const jobs = Object.values(gitlab).filter((j) => typeof j === 'object' && j && 'script' in j);
    const lines = jobs.flatMap((j) => j.script ?? []).filter((l) => /cli\.js"? scan\b/.test(l));
    assert.ok(lines.length > 0, 'a script line runs the CLI');
    for (const flag of lines.flatMap(flags)) assert.ok(accepted.includes(flag), `--${flag} is a CLI flag`);
    const job = jobs.find((j) => (j.script ?? []).some((l) => lines.includes(l)))!;
    assert.equal(job.variables?.CI, 'true');
    assert.ok(job.variables?.S3_CACHE_BUCKET, 'S3_CACHE_BUCKET is set');
  });

  it('Jenkins runs the CLI with CI=true and S3_CACHE_BUCKET, using only flags the CLI accepts', async () => {
    const accepted = [...(await cliInputs(action)), ...CLI_ONLY];
    const jenkins = read('examples/Jenkinsfile');
    const lines = jenkins.split('\n').filter((l) => /cli\.js"? scan\b/.test(l));
    assert.ok(lines.length > 0, 'a sh step runs the CLI');
    for (const flag of lines.flatMap(flags)) assert.ok(accepted.includes(flag), `--${flag} is a CLI flag`);
    assert.match(jenkins, /^\s*CI = 'true'$/m);
    assert.match(jenkins, /^\s*S3_CACHE_BUCKET = '[a-z0-9.-]+'$/m);
  });

  it("the docs' CLI commands use only flags the CLI accepts", async () => {
    const accepted = [...(await cliInputs(action)), ...CLI_ONLY];
    const lines = GENERATED_DOCS.flatMap((f) => read(f).split('\n')).filter(
      (l) => /(npm run scan --|cli\.js"? scan)\s/.test(l) && !l.startsWith('|'),
    );
    assert.ok(lines.length > 0);
    for (const flag of lines.flatMap(flags))
      assert.ok(accepted.includes(flag), `docs: --${flag} is a CLI flag`);
  });

  it('.env.example lists exactly the inputs of action.yml, as INPUT_<NAME>, and is a valid dry run', () => {
    const text = read('.env.example');
    const entries = text
      .split('\n')
      .map((l) => /^(INPUT_[A-Z0-9-]+)=(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    const names = entries.map((m) => m[1]!);
    assert.equal(new Set(names).size, names.length, 'no input is listed twice');
    assert.deepEqual(
      [...names].sort(),
      INPUT_NAMES.map((n) => `INPUT_${n.toUpperCase()}`).sort(),
      '.env.example and action.yml list the same inputs',
    );
    const values = new Map(entries.map((m) => [m[1]!.slice(6).toLowerCase(), m[2]!]));
    const config = readConfig((name: InputName) => values.get(name), {}, ROOT);
    assert.equal(config.dryRun, true, 'the first local run is a dry run');
    assert.equal(config.cacheBackend, 'local');
  });

  it('nothing in the examples or workflows names a path of a particular machine', () => {
    for (const file of [...ALL_YAML, 'examples/Jenkinsfile', '.env.example'])
      assert.doesNotMatch(
        read(file),
        /(^|[\s'"=:])\/(tmp|root|work|home)\//m,
        `${relative(ROOT, join(ROOT, file))}`,
      );
  });

  it('dependabot groups the @actions/* and @aws-sdk/* updates, and a workflow rebuilds dist/ for them', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; groups?: Record<string, { patterns: string[] }> }[];
    };
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm');
    const patterns = Object.values(npm?.groups ?? {}).map((g) => g.patterns);
    assert.ok(patterns.some((p) => p.includes('@actions/*')));
    assert.ok(patterns.some((p) => p.includes('@aws-sdk/*')));
    const rebuild = read('.github/workflows/dependabot-dist.yml');
    assert.match(rebuild, /dependabot\[bot\]/);
    assert.match(rebuild, /npm run bundle/);
  });
});
