import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { INPUTS } from './inputs.js';

/**
 * The folder the action scans: the workspace, or the `path` input's folder inside it (a fork's pull request
 * checked out into a subfolder by a pull_request_target run). Its cache file and report files are relative
 * to it. A path that leaves the workspace, does not exist or is a file is an error naming the input.
 */
export function scanFolder(workspace: string, path: string | undefined): string {
  if (!path) return workspace;
  const folder = resolve(workspace, path);
  const rel = relative(workspace, folder);
  const bad = (why: string) =>
    new ConfigurationError(`Input '${INPUTS.path}' has an invalid value ${JSON.stringify(path)}: ${why}.`);
  if (isAbsolute(path) || rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw bad('expected a folder inside the workspace, relative to it (for example pr)');
  try {
    if (statSync(folder).isDirectory()) return folder;
  } catch {
    throw bad(
      'no such folder in the workspace (check it out there first, for example with actions/checkout path:)',
    );
  }
  throw bad('it is a file; expected the folder to scan');
}
