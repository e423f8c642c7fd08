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
    const { stdout } = await run('git', args, {
      cwd: this.cwd,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
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
    return this.git(['cat-file', '-e', `${ref}^{commit}`]).then(
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

  /** Fetches a commit (or deepens history) from origin so a diff base becomes available. */
  async fetch(args: string[]): Promise<boolean> {
    return this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--quiet', ...args]).then(
      () => true,
      () => false,
    );
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.git(['merge-base', a, b]).then(
      (out) => out.trim() || undefined,
      () => undefined,
    );
  }

  /** Files changed from `base` to HEAD, renames detected, NUL-separated so any file name survives. */
  async diff(base: string): Promise<ChangedFile[]> {
    const out = await this.git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, 'HEAD', '--']);
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
