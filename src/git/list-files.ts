import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Git } from './git.js';

/** How a plan says it considers every file because there is no repository to ask. */
export const NOT_A_REPOSITORY = 'not a git repository: every file';

export interface Listing {
  paths: string[];
  /** False when the workspace is not a git repository (or git cannot read it): then every file was walked. */
  repository: boolean;
}

/**
 * Every file of the workspace: git's tracked files and the untracked ones it does not ignore; every file but
 * .git and node_modules when it is not a git repository. One git call on the common path: whether this is a
 * repository is asked only when listing fails.
 */
export async function listWorkspace(workspace: string): Promise<Listing> {
  const git = new Git(workspace);
  try {
    return { paths: await git.listFiles(), repository: true };
  } catch (e) {
    if (await git.isRepository()) throw e;
    return { paths: await walk(workspace), repository: false };
  }
}

async function walk(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('.git/') && !p.includes('node_modules/'));
}
