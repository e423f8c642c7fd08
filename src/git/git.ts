import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed';
  previousPath?: string;
}

/** The few git questions file selection asks, run with execFile (no shell, arguments never interpolated). */
export class Git {
  constructor(private readonly cwd: string) {}

  private async git(args: string[]): Promise<string> {
    const running = run('git', args, {
      cwd: this.cwd,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    // No git command here reads standard input: closed, an argument that asks for it (--stdin) cannot hang the run.
    running.child.stdin?.end();
    const { stdout } = await running;
    return stdout;
  }

  async isRepository(): Promise<boolean> {
    return this.git(['rev-parse', '--is-inside-work-tree']).then(
      (out) => out.trim() === 'true',
      () => false,
    );
  }

  /** Tracked files plus untracked ones that are not ignored: what a developer expects scanned. */
  async listFiles(): Promise<string[]> {
    const out = await this.git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    return [...new Set(out.split('\0').filter(Boolean))];
  }

  async hasCommit(ref: string): Promise<boolean> {
    return this.git(['cat-file', '-e', '--end-of-options', `${ref}^{commit}`]).then(
      () => true,
      () => false,
    );
  }

  async isShallow(): Promise<boolean> {
    return this.git(['rev-parse', '--is-shallow-repository']).then(
      (out) => out.trim() === 'true',
      () => false,
    );
  }

  /**
   * Fetches a commit (or deepens history) from origin so a diff base becomes available. Options first, then the
   * refspecs after `--` (never read as options); stdin is closed, so nothing can make git wait on it.
   */
  async fetch(options: string[], refspecs: string[] = []): Promise<boolean> {
    const args = ['-c', 'protocol.version=2', 'fetch', '--no-tags', '--quiet', ...options, 'origin'];
    return this.git(refspecs.length ? [...args, '--', ...refspecs] : args).then(
      () => true,
      () => false,
    );
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.git(['merge-base', '--end-of-options', a, b]).then(
      (out) => out.trim() || undefined,
      () => undefined,
    );
  }

  /** Whether `ancestor` is `of` or one of its ancestors (false when either is not in the clone). */
  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return this.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, of]).then(
      () => true,
      () => false,
    );
  }

  async head(): Promise<string | undefined> {
    return this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).then(
      (out) => out.trim() || undefined,
      () => undefined,
    );
  }

  /** Whether git tracks `path` (relative to the working folder); undefined when git cannot tell. */
  async isTracked(path: string): Promise<boolean | undefined> {
    return this.git(['--literal-pathspecs', 'ls-files', '-z', '--', path]).then(
      (out) => out.length > 0,
      () => undefined,
    );
  }

  /** Files changed from `base` to HEAD, renames detected, NUL-separated so any file name survives. */
  async diff(base: string, paths: string[] = []): Promise<ChangedFile[]> {
    const out = await this.git([
      '--literal-pathspecs',
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-ext-diff',
      '--end-of-options',
      base,
      'HEAD',
      '--',
      ...paths,
    ]);
    return parseNameStatus(out);
  }
}

export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; i++) {
    const code = parts[i];
    if (!code) continue;
    const letter = code[0];
    if (letter === 'R' || letter === 'C') {
      const previousPath = parts[++i]!;
      const path = parts[++i]!;
      files.push({ path, previousPath, status: letter === 'R' ? 'renamed' : 'copied' });
      continue;
    }
    const path = parts[++i]!;
    const status =
      ({ A: 'added', M: 'modified', D: 'deleted', T: 'type-changed' } as const)[letter as 'A'] ?? 'modified';
    files.push({ path, status });
  }
  return files;
}
