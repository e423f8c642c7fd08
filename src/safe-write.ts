import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Every file the product writes (the JSON report, SARIF, the local cache and their temporary files) goes through
 * here. The workspace is the code under review: a pull request can commit a symbolic link where a report is
 * written, or a link for one of the folders above it, and a plain write would follow it to any file the job can
 * write (the runner's own scripts, ~/.ssh, another checkout). So a write is refused when the path is not inside
 * one of the allowed folders (the workspace, the runner's temp folder, the system temp folder), or when the file
 * or any folder between that root and the file is a symbolic link. The content goes to a fresh, randomly named
 * temporary file opened with O_EXCL | O_NOFOLLOW in the same folder, then is renamed over the target: a rename
 * replaces a link at the target instead of following it, and an interrupted run never leaves half a file.
 */
export class UnsafeWriteError extends Error {
  override name = 'UnsafeWriteError';
}

const extraRoots = new Set<string>();

/**
 * Adds a folder the product may write under (the CLI's scanned folder, which need not be the current one).
 * The entry point calls it once with the workspace it was given.
 */
export function allowWritesUnder(dir: string): void {
  extraRoots.add(resolve(dir));
}

/** The folders writes may go to: the workspace (GITHUB_WORKSPACE, else the current folder), RUNNER_TEMP, the OS temp folder. */
export function writeRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = [env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP, tmpdir(), ...extraRoots];
  return [...new Set(roots.filter((r): r is string => Boolean(r)).map((r) => resolve(r)))];
}

/** Where a path may be written: the deepest allowed root that holds it (lexically), with the part below it. */
function placeUnder(target: string, roots: readonly string[]): { root: string; parts: string[] } | undefined {
  let best: { root: string; parts: string[] } | undefined;
  for (const root of roots) {
    const rel = relative(root, target);
    if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    const parts = rel.split(sep);
    if (!best || parts.length < best.parts.length) best = { root, parts };
  }
  return best;
}

/**
 * Writes `data` to `path` as described above, or throws an UnsafeWriteError naming the path and why. Folders
 * missing between the root and the file are created one at a time (never through a link).
 */
export async function safeWriteFile(
  path: string,
  data: string | Uint8Array,
  roots: readonly string[] = writeRoots(),
): Promise<void> {
  const target = resolve(path);
  const place = placeUnder(target, roots);
  if (!place)
    throw new UnsafeWriteError(
      `refused to write ${path}: it is outside the workspace and the runner's temp folder (${roots.join(', ')})`,
    );
  const refuse = (what: string) =>
    new UnsafeWriteError(
      `refused to write ${path}: ${what} is a symbolic link, and the scanner never writes through one (a link committed to the repository could point anywhere); remove it or choose another path`,
    );
  let dir = place.root;
  for (const part of place.parts.slice(0, -1)) {
    dir = join(dir, part);
    const kind = await kindOf(dir);
    if (kind === 'link') throw refuse(dir);
    if (kind === 'missing') await mkdir(dir).catch(ignoreExists);
    if ((await kindOf(dir)) !== 'dir')
      throw new UnsafeWriteError(`refused to write ${path}: ${dir} is not a folder`);
  }
  const final = join(dir, basename(target));
  if ((await kindOf(final)) === 'link') throw refuse(final);
  await writeThenRename(final, data, place.root, dir, path);
}

async function writeThenRename(
  final: string,
  data: string | Uint8Array,
  root: string,
  dir: string,
  shown: string,
): Promise<void> {
  const tmp = join(dir, `.${basename(final)}.${randomBytes(8).toString('hex')}.tmp`);
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_EXCL |
    ((constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0);
  const handle = await open(tmp, flags, 0o666);
  try {
    await handle.writeFile(data);
    await handle.close();
    // The folders were checked before the write: if one was swapped for a link since, the file is not kept.
    const expected = join(await realpath(root), relative(root, dir));
    if ((await realpath(dir)) !== expected)
      throw new UnsafeWriteError(
        `refused to write ${shown}: ${dir} changed into a link while it was written`,
      );
    await rename(tmp, final);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

async function kindOf(path: string): Promise<'missing' | 'link' | 'dir' | 'other'> {
  try {
    const s = await lstat(path);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
}

function ignoreExists(e: unknown): void {
  if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
}
