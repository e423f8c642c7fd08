import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { safeWriteFile, UnsafeWriteError, writeRoots, allowWritesUnder } from '../../src/safe-write.js';
import { LocalFileStore } from '../../src/cache/local-file-store.js';
import { JsonReportReporter, SarifReporter } from '../../src/report/publish/file-reporters.js';
import { emptyDocument } from '../../src/cache/cache-document.js';
import { sampleReport } from './report-fixtures.js';
import { tempDir } from './fakes.js';

const ORIGINAL = 'the file outside the workspace, which no run may change\n';

describe('safeWriteFile', () => {
  let workspace: string;
  let outside: string;
  let cleanups: (() => void)[];
  /** A file outside the workspace that a committed link points at. */
  let victim: string;

  beforeEach(() => {
    const ws = tempDir('ai-scanner-ws-');
    const out = tempDir('ai-scanner-outside-');
    workspace = ws.dir;
    outside = out.dir;
    cleanups = [ws.cleanup, out.cleanup];
    victim = join(outside, 'victim.txt');
    writeFileSync(victim, ORIGINAL);
  });
  afterEach(() => cleanups.forEach((c) => c()));

  /** Only the workspace is an allowed root here, so the outside folder is outside for certain. */
  const roots = () => [workspace];
  const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('writes a new file, creating the folders on the way, and replaces an existing one', async () => {
    const path = join(workspace, 'reports', 'deep', 'report.json');
    await safeWriteFile(path, 'one\n', roots());
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    await safeWriteFile(path, 'two\n', roots());
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(leftovers(join(workspace, 'reports', 'deep'))).toEqual([]);
  });

  it('refuses a symbolic link at the file, naming the path, and leaves its target and the link as they were', async () => {
    const path = join(workspace, 'ai-scanner-report.json');
    symlinkSync(victim, path);
    const write = safeWriteFile(path, 'attacker-controlled overwrite', roots());
    await expect(write).rejects.toThrow(UnsafeWriteError);
    await expect(safeWriteFile(path, 'x', roots())).rejects.toThrow(
      new RegExp(`refused to write ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .* is a symbolic link`),
    );
    expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(leftovers(workspace)).toEqual([]);
  });

  it('refuses a dangling link too (it would create a file wherever it points)', async () => {
    const path = join(workspace, 'ai-scanner.sarif');
    const target = join(outside, 'created-by-the-run.txt');
    symlinkSync(target, path);
    await expect(safeWriteFile(path, 'x', roots())).rejects.toThrow(/symbolic link/);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a folder above the file that is a link, even one pointing inside the workspace', async () => {
    symlinkSync(outside, join(workspace, 'out'));
    mkdirSync(join(workspace, 'real'));
    symlinkSync(join(workspace, 'real'), join(workspace, 'alias'));
    await expect(safeWriteFile(join(workspace, 'out', 'victim.txt'), 'x', roots())).rejects.toThrow(
      /out is a symbolic link/,
    );
    await expect(safeWriteFile(join(workspace, 'alias', 'r.json'), 'x', roots())).rejects.toThrow(
      /alias is a symbolic link/,
    );
    expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
    expect(existsSync(join(workspace, 'real', 'r.json'))).toBe(false);
  });

  it('refuses a path outside every allowed root, however it is spelled', async () => {
    for (const path of [victim, join(workspace, '..', 'escaped.json'), join(workspace, 'a', '..', '..', 'x')])
      await expect(safeWriteFile(path, 'x', roots())).rejects.toThrow(/outside the workspace/);
    expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
    // The root itself is not a file to write.
    await expect(safeWriteFile(workspace, 'x', roots())).rejects.toThrow(UnsafeWriteError);
  });

  it('accepts a root that is itself reached through a link (a workspace under a linked folder)', async () => {
    const linkedRoot = join(outside, 'linked-workspace');
    symlinkSync(workspace, linkedRoot);
    await safeWriteFile(join(linkedRoot, 'sub', 'ok.json'), 'ok', [linkedRoot]);
    expect(readFileSync(join(workspace, 'sub', 'ok.json'), 'utf8')).toBe('ok');
  });

  it('a predictable temporary name is never used: links for every pid-style name change nothing', async () => {
    const path = join(workspace, '.file_hash_cache.json');
    // What the old code wrote through: `${path}.${pid}.tmp`, for this process and its neighbours.
    for (let pid = Math.max(1, process.pid - 50); pid <= process.pid + 50; pid++)
      symlinkSync(victim, `${path}.${pid}.tmp`);
    await safeWriteFile(path, '{}\n', roots());
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
  });

  it('the default roots are the workspace, RUNNER_TEMP, the OS temp folder and folders allowed by the entry point', () => {
    const roots = writeRoots({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: outside });
    expect(roots).toEqual(expect.arrayContaining([workspace, outside]));
    allowWritesUnder(join(outside, 'scanned'));
    expect(writeRoots({})).toContain(join(outside, 'scanned'));
  });
});

describe('the writers use it', () => {
  let workspace: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir: workspace, cleanup } = tempDir('ai-scanner-ws-'));
  });
  afterEach(() => cleanup());

  it('the JSON report, SARIF and the local cache refuse a committed link and name the path', async () => {
    const { dir: outside, cleanup: done } = tempDir('ai-scanner-outside-');
    try {
      const victim = join(outside, 'victim');
      writeFileSync(victim, ORIGINAL);
      const report = sampleReport();
      const paths = ['ai-scanner-report.json', 'ai-scanner.sarif', '.file_hash_cache.json'].map((n) =>
        join(workspace, n),
      );
      for (const p of paths) symlinkSync(victim, p);
      const roots = [workspace];
      await expect(new JsonReportReporter(paths[0]!, roots).publish(report)).rejects.toThrow(paths[0]);
      await expect(new SarifReporter(paths[1]!, roots).publish(report)).rejects.toThrow(paths[1]);
      const store = new LocalFileStore(paths[2]!, { roots });
      const read = await store.read();
      const version = read.status === 'missing' ? undefined : read.version;
      await expect(store.write({ kind: 'repository' }, emptyDocument(), version)).rejects.toThrow(paths[2]);
      expect(readFileSync(victim, 'utf8')).toBe(ORIGINAL);
    } finally {
      done();
    }
  });

  it('the local cache still writes its file through a fresh temporary file', async () => {
    const path = join(workspace, 'cache', '.file_hash_cache.json');
    const store = new LocalFileStore(path, { roots: [workspace] });
    expect(await store.write({ kind: 'repository' }, emptyDocument(), undefined)).toEqual({
      status: 'written',
    });
    expect(readdirSync(join(workspace, 'cache'))).toEqual(['.file_hash_cache.json']);
  });
});
