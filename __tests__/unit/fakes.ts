// Test doubles shared by the unit tests: real implementations of the project's interfaces, kept in memory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from '../../src/logging.js';
import type { Reporter } from '../../src/report/reporter.js';
import type { CacheObjectKey, CacheStore, ReadResult, WriteResult } from '../../src/cache/cache-store.js';
import { objectName } from '../../src/cache/cache-store.js';
import { parseDocument, serialize, type CacheDocument } from '../../src/cache/cache-document.js';
import { readConfig, type Config } from '../../src/config/config.js';
import type { InputName } from '../../src/config/inputs.js';
import type { RunContext } from '../../src/context.js';
import type { Usage } from '../../src/cost/cost.js';
import type { ModelAnswer, ModelClient } from '../../src/scanner/model-client.js';
import type { PromptFile } from '../../src/scanner/prompt.js';
import type { ScanReport } from '../../src/report/report.js';

/** A temporary folder removed by the returned cleanup. */
export function tempDir(prefix = 'ai-scanner-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files (creating folders) under root. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A real git repository for tests: no global or system configuration, no signing, a fixed identity. */
export class TestRepo {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.git('init', '-q', '-b', 'main');
  }
  git(...args: string[]): string {
    return execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: this.dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      },
    );
  }
  write(files: Record<string, string | Buffer>): this {
    writeFiles(this.dir, files);
    return this;
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }
  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }
}

/** An in-memory CacheStore with ETag-like versions; `beforeWrite` lets a test act as a concurrent run. */
export class MemoryStore implements CacheStore {
  readonly backend = 's3' as const;
  readonly objects = new Map<string, { text: string; version: string }>();
  reads = 0;
  writes: { key: string; outcome: WriteResult['status'] }[] = [];
  private counter = 0;
  /** Called before each conditional write is checked: a test may change the object here to force a conflict. */
  beforeWrite: ((key: CacheObjectKey, attempt: number) => void) | undefined;

  describe(key: CacheObjectKey): string {
    return `memory://${objectName(key)}`;
  }
  read(key: CacheObjectKey): Promise<ReadResult> {
    this.reads++;
    const object = this.objects.get(objectName(key));
    if (!object) return Promise.resolve({ status: 'missing' });
    const parsed = parseDocument(object.text);
    return Promise.resolve(
      parsed.ok
        ? { status: 'found', doc: parsed.doc, version: object.version }
        : { status: 'corrupt', reason: parsed.reason, version: object.version },
    );
  }
  write(key: CacheObjectKey, doc: CacheDocument, version: string | undefined): Promise<WriteResult> {
    this.beforeWrite?.(key, this.writes.filter((w) => w.key === objectName(key)).length + 1);
    const current = this.objects.get(objectName(key))?.version;
    if (current !== version) {
      this.writes.push({ key: objectName(key), outcome: 'conflict' });
      return Promise.resolve({ status: 'conflict' });
    }
    this.put(key, serialize(doc));
    this.writes.push({ key: objectName(key), outcome: 'written' });
    return Promise.resolve({ status: 'written' });
  }
  /** Stores raw text as another writer would (a new version). */
  put(key: CacheObjectKey, text: string): void {
    this.objects.set(objectName(key), { text, version: `v${++this.counter}` });
  }
  doc(key: CacheObjectKey): CacheDocument | undefined {
    const object = this.objects.get(objectName(key));
    if (!object) return undefined;
    const parsed = parseDocument(object.text);
    return parsed.ok ? parsed.doc : undefined;
  }
}

type Respond = (files: readonly PromptFile[], call: number) => ModelAnswer | Promise<ModelAnswer>;

/** Usage that grows with the request: 10 input tokens a character, 100 output tokens a file. */
export function usageFor(files: readonly PromptFile[]): Usage {
  const chars = files.reduce((n, f) => n + f.content.length, 0);
  return {
    inputTokens: 10 * chars,
    outputTokens: 100 * files.length,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}

/** A ModelClient that records every call and how many ran at once. By default: no findings. */
export class FakeModel implements ModelClient {
  readonly modelId: string;
  calls: string[][] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(
    private readonly respond: Respond = (files) => ({
      answer: { findings: [] },
      usage: usageFor(files),
      stopReason: 'tool_use',
    }),
    opts: { modelId?: string; delayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
  ) {
    this.modelId = opts.modelId ?? 'test-model';
    this.delayMs = opts.delayMs ?? 0;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }
  private readonly delayMs: number;
  /** How a call waits out its latency: real timers, or a test's virtual clock. */
  private readonly sleep: (ms: number) => Promise<void>;
  async analyze(files: readonly PromptFile[]): Promise<ModelAnswer> {
    const call = this.calls.push(files.map((f) => f.path)) - 1;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.sleep(this.delayMs);
      const answer = await this.respond(files, call);
      return { ...answer, answer: withEvidence(answer.answer, files) };
    } finally {
      this.inFlight--;
    }
  }
  /** Every path sent, over all calls. */
  get sent(): string[] {
    return this.calls.flat();
  }
}

/**
 * As a faithful model answers: a finding written without `evidence` quotes the line it starts at (the nearest
 * line with text, in the part of the file sent). A test that forges evidence sets it itself.
 */
function withEvidence(answer: unknown, files: readonly PromptFile[]): unknown {
  const findings = (answer as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) return answer;
  const quote = (f: { path?: unknown; startLine?: unknown }) => {
    const file = files.find((x) => x.path === f.path);
    if (!file) return 'not a line of any file sent';
    const lines = file.content.split(/\r?\n/);
    const at = Number(f.startLine) - (file.part?.firstLine ?? 1);
    const near = [at, at + 1, at - 1, at + 2, at - 2].map((i) => lines[i]?.trim() ?? '').find(Boolean);
    return near ?? 'an empty file';
  };
  return {
    ...(answer as object),
    findings: findings.map((f: Record<string, unknown>) =>
      f && typeof f === 'object' && f.evidence === undefined ? { ...f, evidence: quote(f) } : f,
    ),
  };
}

/** A finding the fake model reports, placed on `line` of `path`. */
export function finding(
  path: string,
  severity: 'critical' | 'high' | 'medium' | 'low',
  line: number,
  title = 'Use of eval',
) {
  return {
    path,
    severity,
    category: 'security' as const,
    title,
    cwe: 'CWE-95',
    explanation: 'Evaluating input runs attacker code.',
    fix: 'Parse the input instead.',
    startLine: line,
    endLine: line,
    confidence: 'high' as const,
  };
}

/** A Logger that keeps every line. */
export class RecordingLog implements Logger {
  infos: string[] = [];
  warnings: string[] = [];
  debugs: string[] = [];
  info = (m: string): void => void this.infos.push(m);
  warning = (m: string): void => void this.warnings.push(m);
  debug = (m: string): void => void this.debugs.push(m);
}

export class RecordingReporter implements Reporter {
  started = 0;
  reports: ScanReport[] = [];
  constructor(readonly name = 'Recorder') {}
  start(): Promise<void> {
    this.started++;
    return Promise.resolve();
  }
  publish(report: ScanReport): Promise<void> {
    this.reports.push(report);
    return Promise.resolve();
  }
}

export class ThrowingReporter implements Reporter {
  constructor(readonly name = 'Broken reporter') {}
  start(): Promise<void> {
    return Promise.reject(new Error('start exploded'));
  }
  publish(): Promise<void> {
    return Promise.reject(new Error('publish exploded'));
  }
}

/** A run context; by default a developer's machine. */
export function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    ci: 'local',
    event: 'local',
    repository: undefined,
    serverUrl: '',
    defaultBranch: undefined,
    branch: undefined,
    sha: undefined,
    before: undefined,
    pullRequest: undefined,
    runId: undefined,
    runUrl: undefined,
    ...overrides,
  };
}

/** readConfig over a plain object of inputs (absent inputs read as not given). */
export function configFor(
  workspace: string,
  inputs: Partial<Record<InputName, string>> = {},
  env: NodeJS.ProcessEnv = {},
): Config {
  return readConfig((name) => inputs[name], env, workspace);
}

/** A backoff's sleep that records each delay and resolves at once (rejects if the signal aborted): no test waits. */
export function recordingSleep(): {
  delays: number[];
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
} {
  const delays: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    delays.push(ms);
    return signal?.aborted ? Promise.reject(new Error('aborted')) : Promise.resolve();
  };
  return { delays, sleep };
}
