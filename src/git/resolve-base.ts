import type { Git } from './git.js';

/**
 * The name under which the clone has a diff base, or undefined when it is neither in the clone nor on origin.
 * CI clones rarely hold a local branch of the base: actions/checkout of another branch, a Jenkins change build
 * and a GitLab merge request pipeline know `main` only as `origin/main` (or not at all). So a branch name is
 * tried as it is, then as origin's, then fetched from origin into `origin/<name>`; a commit is fetched by its
 * SHA. A shallow clone is deepened once before giving up.
 */
export async function resolveBase(
  git: Git,
  ref: string,
  log: (msg: string) => void,
): Promise<string | undefined> {
  const local = await found(git, ref);
  if (local) return local;
  log(`The diff base ${short(ref)} is not in the clone; fetching it.`);
  const branch = branchName(ref);
  if (SHA.test(ref)) await git.fetch(['--depth=1'], [ref]);
  // An explicit destination: `git fetch origin main` alone updates FETCH_HEAD, which a later diff never reads.
  else if (branch) await git.fetch(['--depth=50'], [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  const fetched = await found(git, ref);
  if (fetched) return fetched;
  if (await git.isShallow()) {
    await git.fetch(['--deepen=500']);
    return found(git, ref);
  }
  return undefined;
}

/** The ref itself when the clone has it, else origin's branch of that name (only for a plain branch name). */
async function found(git: Git, ref: string): Promise<string | undefined> {
  if (await git.hasCommit(ref)) return ref;
  if (ref.startsWith('origin/') || ref.startsWith('refs/') || SHA.test(ref)) return undefined;
  const branch = branchName(ref);
  const remote = branch && `origin/${branch}`;
  return remote && (await git.hasCommit(remote)) ? remote : undefined;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The branch a ref names on origin (origin/x, refs/remotes/origin/x, refs/heads/x and plain x are x), or
 * undefined for revision syntax (HEAD~1, v1^) or anything else that cannot stand in a refspec.
 */
function branchName(ref: string): string | undefined {
  const name = ref.replace(/^refs\/remotes\/origin\/|^origin\/|^refs\/heads\//, '');
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(name) || name.startsWith('-') || name.includes('..')) return undefined;
  return name;
}

/** A SHA as its first seven characters (as git shows it), any other ref as it is. */
export function short(ref: string): string {
  return /^[0-9a-f]{40}/.test(ref) ? ref.slice(0, 7) : ref;
}
