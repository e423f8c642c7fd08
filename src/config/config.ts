import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { BACKENDS } from '../cache/cache-store.js';
import { errorMessage } from '../errors.js';
import { configurationError } from './errors.js';
import { DEFAULTS, INPUTS, type InputName } from './inputs.js';
import { PriceSchema, type PriceTable } from '../cost/pricing.js';
import { clip } from '../text.js';
import { CONFIDENCES, type Confidence } from '../findings/policy.js';
import { parseShard, type Shard } from '../shard.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
const FRAMEWORKS = ['owasp-top-10', 'pci-dss', 'soc2', 'hipaa', 'gdpr'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
/** What the cache-backend input accepts: auto, then every backend there is. */
const CACHE_BACKENDS = ['auto', ...BACKENDS] as const;
type CacheBackendChoice = (typeof CACHE_BACKENDS)[number];

export interface S3Config {
  bucket: string;
  prefix: string;
  endpoint: string | undefined;
  sse: 'AES256' | 'aws:kms';
  kmsKeyId: string | undefined;
}

export interface Config {
  workspace: string;
  awsRegion: string | undefined;
  roleToAssume: string | undefined;
  roleSessionName: string;
  s3: S3Config | undefined;
  cacheBackend: CacheBackendChoice;
  cacheFile: string;
  cacheTtlDays: number;
  cacheScope: 'auto' | 'shared';
  forceRescan: boolean;
  modelId: string;
  bedrockEndpoint: string | undefined;
  scanMode: 'auto' | 'changed' | 'full';
  baseRef: string | undefined;
  /** auto: a large modified file whose previous version is cached is reviewed by its changed regions; full: whole. */
  reviewDepth: 'auto' | 'full';
  include: string[];
  exclude: string[];
  maxFileSizeKb: number;
  maxConcurrency: number;
  /** A cap in USD; 'auto': the pull-request default on pull requests, no cap elsewhere; undefined: no cap. */
  maxCostUsd: number | 'auto' | undefined;
  /** Hand a scheduled full scan's misses to a Bedrock batch job (src/batch/). */
  batch: 'auto' | 'off';
  /** The service role of batch jobs; undefined: no batch jobs. */
  batchRoleArn: string | undefined;
  complianceFrameworks: Framework[];
  instructions: string;
  pricing: PriceTable;
  failOnSeverity: Severity | 'none';
  /** 'auto': fail on pull requests (the gate), neutral elsewhere. */
  failOnIncomplete: boolean | 'auto';
  /** The model's findings below this confidence are not reported (they stay cached). */
  minConfidence: Confidence;
  /** A second model call per file with findings, to confirm or reject each one (src/findings/verify-findings.ts). */
  verifyFindings: boolean;
  githubToken: string;
  prComment: boolean;
  checkRun: boolean;
  reportName: string;
  sarifFile: string | undefined;
  reportFile: string | undefined;
  /** Publish the run's cost metrics to CloudWatch in this namespace; undefined: off. */
  cloudwatchNamespace: string | undefined;
  dryRun: boolean;
  /** One part of a full scan split over a job matrix; undefined: the whole scan. */
  shard: Shard | undefined;
}

/** Reads one input; undefined (or empty) when it was not given. */
export type InputReader = (name: InputName) => string | undefined;

/** Inputs whose documented empty value means "none", so an explicit empty value does not take the default. */
const EMPTY_MEANS_NONE: readonly InputName[] = [INPUTS.sarifFile, INPUTS.reportFile];

/** Typed readers of single inputs; each invalid value is recorded in `problems` and a safe fallback returned. */
interface Inputs {
  raw: (name: InputName) => string;
  optional: (name: InputName) => string | undefined;
  bad: Bad;
  oneOf: <T extends string>(name: InputName, allowed: readonly T[]) => T;
  bool: (name: InputName) => boolean;
  int: (name: InputName, min: number, max: number) => number;
}

function inputs(read: InputReader, problems: string[]): Inputs {
  const raw = (name: InputName): string => {
    const value = read(name);
    if (value !== undefined && EMPTY_MEANS_NONE.includes(name)) return value.trim();
    return value?.trim() || DEFAULTS[name] || '';
  };
  const bad = (name: InputName, value: string, allowed: string): undefined => {
    problems.push(`Input '${name}' has an invalid value ${JSON.stringify(clip(value, 80))}: ${allowed}.`);
    return undefined;
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const match = allowed.find((a) => a.toLowerCase() === raw(name).toLowerCase());
    if (match) return match;
    bad(name, raw(name), `expected one of ${allowed.join(', ')}`);
    return allowed[0] as T;
  };
  const bool = (name: InputName): boolean => {
    const value = raw(name).toLowerCase();
    if (['true', 'false', ''].includes(value)) return value === 'true';
    bad(name, raw(name), 'expected true or false');
    return false;
  };
  const int = (name: InputName, min: number, max: number): number => {
    const value = raw(name);
    const n = Number(value);
    if (/^\d+$/.test(value) && n >= min && n <= max) return n;
    bad(name, value, `expected a whole number from ${min} to ${max}`);
    return min;
  };
  const optional = (name: InputName): string | undefined => raw(name) || undefined;
  return { raw, optional, bad, oneOf, bool, int };
}

/**
 * Reads every input once into a typed Config. All problems are collected and reported together,
 * before any network call or cache write, each naming the input, the value and what is allowed.
 */
export function readConfig(read: InputReader, env: NodeJS.ProcessEnv, workspace: string): Config {
  const problems: string[] = [];
  const i = inputs(read, problems);
  const { raw, optional, bad, oneOf, bool, int } = i;
  const aws = readAws(i, env);
  const cache = readCache(i, env, workspace, problems);
  const modelId = raw(INPUTS.modelId);
  if (!/^[\w.:/-]{3,256}$/.test(modelId))
    bad(INPUTS.modelId, modelId, 'expected a Bedrock model id, inference-profile id or ARN');
  const maxCostUsd = budget(raw(INPUTS.maxCostUsd), bad);
  const failOnIncomplete = autoOrBool(INPUTS.failOnIncomplete, raw(INPUTS.failOnIncomplete), bad);
  const complianceFrameworks = frameworks(raw(INPUTS.complianceFrameworks), bad);
  const config: Config = {
    workspace,
    ...aws,
    ...cache,
    cacheTtlDays: int(INPUTS.cacheTtlDays, 1, 365),
    cacheScope: oneOf(INPUTS.cacheScope, ['auto', 'shared'] as const),
    forceRescan: bool(INPUTS.forceRescan),
    modelId,
    bedrockEndpoint: url(INPUTS.bedrockEndpoint, optional(INPUTS.bedrockEndpoint), bad),
    scanMode: oneOf(INPUTS.scanMode, ['auto', 'changed', 'full'] as const),
    baseRef: gitRef(INPUTS.baseRef, optional(INPUTS.baseRef), bad),
    reviewDepth: oneOf(INPUTS.reviewDepth, ['auto', 'full'] as const),
    include: globs(INPUTS.include, raw(INPUTS.include), bad),
    exclude: globs(INPUTS.exclude, raw(INPUTS.exclude), bad),
    maxFileSizeKb: int(INPUTS.maxFileSizeKb, 1, 10240),
    maxConcurrency: int(INPUTS.maxConcurrency, 1, 64),
    maxCostUsd,
    batch: oneOf(INPUTS.batch, ['auto', 'off'] as const),
    batchRoleArn: batchRole(optional(INPUTS.batchRoleArn), bad),
    complianceFrameworks,
    instructions: instructions(raw(INPUTS.instructions), bad),
    pricing: pricing(raw(INPUTS.pricing), bad),
    failOnSeverity: oneOf(INPUTS.failOnSeverity, [...SEVERITIES, 'none'] as const),
    failOnIncomplete,
    minConfidence: oneOf(INPUTS.minConfidence, CONFIDENCES),
    verifyFindings: bool(INPUTS.verifyFindings),
    githubToken: raw(INPUTS.githubToken),
    prComment: bool(INPUTS.prComment),
    checkRun: bool(INPUTS.checkRun),
    reportName: reportName(raw(INPUTS.reportName), bad),
    sarifFile: outputPath(INPUTS.sarifFile, raw(INPUTS.sarifFile), workspace, bad),
    reportFile: outputPath(INPUTS.reportFile, raw(INPUTS.reportFile), workspace, bad),
    cloudwatchNamespace: namespace(optional(INPUTS.cloudwatchNamespace), bad),
    dryRun: bool(INPUTS.dryRun),
    shard: shard(optional(INPUTS.shard), bad),
  };
  if (complianceFrameworks.length === 0)
    bad(INPUTS.complianceFrameworks, '', `expected at least one of ${FRAMEWORKS.join(', ')}`);
  checkOutputFiles(config, i);
  if (problems.length > 0) throw configurationError(problems);
  return config;
}

type AwsInputs = Pick<Config, 'awsRegion' | 'roleToAssume' | 'roleSessionName'>;

function readAws({ optional, bad }: Inputs, env: NodeJS.ProcessEnv): AwsInputs {
  const awsRegion = optional(INPUTS.awsRegion) ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
  // The shape of every partition's regions (us-east-1, us-gov-west-1, eu-isoe-west-1, eusc-de-east-1), not a
  // list: a region newer than this release is accepted, and the SDK's own endpoint rules decide the rest.
  if (awsRegion && !/^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(awsRegion))
    bad(INPUTS.awsRegion, awsRegion, 'expected an AWS region such as us-east-1');

  const roleToAssume = optional(INPUTS.roleToAssume);
  if (roleToAssume && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleToAssume))
    bad(
      INPUTS.roleToAssume,
      roleToAssume,
      'expected an IAM role ARN such as arn:aws:iam::123456789012:role/Scanner',
    );
  const roleSessionName = optional(INPUTS.roleSessionName) ?? `ai-scanner-${env.GITHUB_RUN_ID ?? 'local'}`;
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName))
    bad(
      INPUTS.roleSessionName,
      roleSessionName,
      'expected 2 to 64 characters of letters, digits and +=,.@_-',
    );
  return { awsRegion, roleToAssume, roleSessionName };
}

type CacheInputs = Pick<Config, 's3' | 'cacheBackend' | 'cacheFile'>;

function readCache(i: Inputs, env: NodeJS.ProcessEnv, workspace: string, problems: string[]): CacheInputs {
  const s3 = readS3(i.raw, i.optional, env, i.bad, i.oneOf);
  const cacheBackend = i.oneOf(INPUTS.cacheBackend, CACHE_BACKENDS);
  if (cacheBackend === 's3' && !s3)
    problems.push(
      `Input 'cache-backend' is "s3" but no bucket is set: set 's3-bucket' or the S3_CACHE_BUCKET variable.`,
    );

  const cacheFile = i.raw(INPUTS.cacheFile);
  const cacheFilePath = resolve(workspace, cacheFile);
  if (!inside(workspace, cacheFilePath))
    i.bad(INPUTS.cacheFile, cacheFile, 'expected a file path inside the workspace');
  return {
    s3,
    cacheBackend,
    cacheFile: cacheFilePath,
  };
}

/** The reports are written after the cache: one of them in the cache file's place would destroy it every run. */
function checkOutputFiles(config: Config, { raw, bad }: Inputs): void {
  if (config.cacheFile === config.sarifFile || config.cacheFile === config.reportFile)
    bad(INPUTS.cacheFile, raw(INPUTS.cacheFile), 'expected a file other than sarif-file and report-file');
  else if (config.sarifFile && config.sarifFile === config.reportFile)
    bad(INPUTS.reportFile, raw(INPUTS.reportFile), 'expected a file other than sarif-file');
}

/** The frameworks named, each checked, without repeats and sorted. */
function frameworks(value: string, bad: Bad): Framework[] {
  const names = list(value, ',').map((f) => f.toLowerCase());
  for (const f of names)
    if (!(FRAMEWORKS as readonly string[]).includes(f))
      bad(INPUTS.complianceFrameworks, f, `expected a comma list of ${FRAMEWORKS.join(', ')}`);
  return [...new Set(names)].sort() as Framework[];
}

type Bad = (name: InputName, value: string, allowed: string) => undefined;

function readS3(
  raw: (n: InputName) => string,
  optional: (n: InputName) => string | undefined,
  env: NodeJS.ProcessEnv,
  bad: Bad,
  oneOf: <T extends string>(name: InputName, allowed: readonly T[]) => T,
): S3Config | undefined {
  const bucket = optional(INPUTS.s3Bucket) ?? (env.S3_CACHE_BUCKET?.trim() || undefined);
  const sse = oneOf(INPUTS.s3Sse, ['AES256', 'aws:kms'] as const);
  const kmsKeyId = optional(INPUTS.s3KmsKeyId);
  const prefix = raw(INPUTS.s3Prefix);
  if (!/^[\w!.*'()/-]{0,512}$/.test(prefix) || prefix.startsWith('/'))
    bad(INPUTS.s3Prefix, prefix, "expected a key prefix such as cache/ (letters, digits, and !-_.*'()/)");
  const endpoint = url(INPUTS.s3Endpoint, optional(INPUTS.s3Endpoint), bad);
  if (kmsKeyId && sse !== 'aws:kms') bad(INPUTS.s3KmsKeyId, kmsKeyId, "only used with s3-sse 'aws:kms'");
  if (!bucket) return undefined;
  // The S3 bucket naming rules: 3-63 chars, lowercase letters, digits, dots and hyphens, no IP address form.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || /\.\.|^\d+\.\d+\.\d+\.\d+$/.test(bucket))
    bad(
      INPUTS.s3Bucket,
      bucket,
      'expected an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)',
    );
  return { bucket, prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix, endpoint, sse, kmsKeyId };
}

function list(value: string, separator: string | RegExp): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The patterns of a glob input: one a line, blank lines ignored. */
export function globPatterns(value: string): string[] {
  return list(value, /\r?\n/);
}

function globs(name: InputName, value: string, bad: Bad): string[] {
  const patterns = globPatterns(value);
  for (const p of patterns)
    if (p.includes('\0') || /^\/|(^|\/)\.\.(\/|$)/.test(p.replace(/^!/, '')))
      bad(name, p, 'expected glob patterns relative to the repository, one per line, such as src/**/*.ts');
  return patterns;
}

function shard(value: string | undefined, bad: Bad): Shard | undefined {
  const parsed = value === undefined ? undefined : parseShard(value);
  return typeof parsed === 'string' ? bad(INPUTS.shard, value!, parsed) : parsed;
}

function url(name: InputName, value: string | undefined, bad: Bad): string | undefined {
  if (value === undefined) return undefined;
  try {
    const u = new URL(value);
    if (u.protocol === 'https:' || u.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  return bad(name, value, 'expected an http(s) URL such as https://bedrock-runtime.us-east-1.amazonaws.com');
}

function gitRef(name: InputName, value: string | undefined, bad: Bad): string | undefined {
  if (value === undefined) return undefined;
  const problem = refProblem(value);
  if (!problem) return value;
  return bad(
    name,
    value,
    `${problem}; expected a branch, tag or commit such as origin/main, refs/heads/main, v1.2.0, HEAD~1 or a commit SHA`,
  );
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
export function refProblem(value: string): string | undefined {
  const ref = value.slice(0, value.length - (STEPS.exec(value)?.[0].length ?? 0));
  if (COMMIT.test(ref)) return undefined;
  if (ref.length === 0 || ref.length > 255) return 'it is empty or longer than 255 characters';
  for (const part of ref.split('/')) {
    if (part === '') return 'it has an empty part (a leading, trailing or doubled /)';
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

function autoOrBool(name: InputName, value: string, bad: Bad): boolean | 'auto' {
  const word = value.toLowerCase();
  if (word === 'auto' || word === '') return 'auto';
  if (word === 'true' || word === 'false') return word === 'true';
  bad(name, value, 'expected auto, true or false');
  return 'auto';
}

/** `auto` (the default), `none` (no cap) or a positive amount of US dollars. */
function budget(value: string, bad: Bad): number | 'auto' | undefined {
  const word = value.toLowerCase();
  if (word === 'auto' || word === '') return 'auto';
  if (word === 'none') return undefined;
  const usd = Number(value);
  if (/^\d+(\.\d+)?$/.test(value) && usd > 0) return usd;
  return bad(
    INPUTS.maxCostUsd,
    value,
    'expected a positive amount of US dollars such as 0.50, auto (a default cap on pull requests) or none (no cap)',
  );
}

function instructions(value: string, bad: Bad): string {
  if (value.length > 4000) bad(INPUTS.instructions, value, 'expected at most 4000 characters');
  return value;
}

function reportName(value: string, bad: Bad): string {
  if (value.length > 100 || /[\r\n<>]/.test(value))
    bad(INPUTS.reportName, value, 'expected one line of at most 100 characters without < or >');
  return value;
}

function outputPath(name: InputName, value: string, workspace: string, bad: Bad): string | undefined {
  if (!value) return undefined;
  const path = resolve(workspace, value);
  if (!inside(workspace, path))
    return bad(name, value, 'expected a file path inside the workspace, or empty for none');
  return path;
}

/** CloudWatch's rules for a namespace; AWS/ is reserved for AWS's own services. */
function namespace(value: string | undefined, bad: Bad): string | undefined {
  if (value === undefined) return undefined;
  if (/^[\w.\-/#: ]{1,255}$/.test(value) && !/^AWS\//i.test(value)) return value;
  return bad(
    INPUTS.cloudwatchNamespace,
    value,
    'expected a CloudWatch namespace such as AIScanner (letters, digits and . - _ / # : or space, not starting with AWS/)',
  );
}

function pricing(value: string, bad: Bad): PriceTable {
  if (!value) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (e) {
    bad(INPUTS.pricing, value, `expected JSON (${errorMessage(e)})`);
    return {};
  }
  const result = z.record(z.string().min(1), PriceSchema).safeParse(parsed);
  if (result.success) return result.data;
  bad(
    INPUTS.pricing,
    value,
    'expected {"<model id>": {"input": 3, "output": 15, "cacheRead": 0.3, "cacheWrite": 3.75}} in USD per million tokens',
  );
  return {};
}

/** A path strictly inside the workspace (a file named `..x` is inside; `../x` is not). */
function inside(workspace: string, path: string): boolean {
  const rel = relative(workspace, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The batch service role: an IAM role ARN, as Bedrock's CreateModelInvocationJob takes it. */
function batchRole(value: string | undefined, bad: Bad): string | undefined {
  if (value === undefined || /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(value))
    return value;
  return bad(
    INPUTS.batchRoleArn,
    value,
    'expected an IAM role ARN such as arn:aws:iam::123456789012:role/ai-scanner-batch, or empty for no batch jobs',
  );
}
