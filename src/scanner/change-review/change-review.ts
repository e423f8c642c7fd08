import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sha256 } from '../../cache/sha256.js';
import { errorMessage } from '../../errors.js';
import { Git } from '../../git/git.js';
import { isTextName } from '../../git/filters.js';
import { showControlBytes } from '../../git/file-reader/read-file.js';
import type { Finding } from '../findings.js';
import { splitLines } from '../prompt.js';
import { redactSecrets } from '../redact-secrets.js';
import type { MissFile } from '../scan-files.js';
import { carryOver, relocate } from './carry-over.js';
import { renderChange } from './change-prompt.js';
import type { ChangePlan, ChangeRequest } from './depth.js';
import { lineHunks } from './line-diff.js';
import { changedRegions } from './regions.js';

const run = promisify(execFile);

/**
 * A change review is worth it while what it shows stays under this share of the file's lines; a change that
 * touches more is reviewed whole (the saving is small, and the model should see the file as it now is).
 */
const MAX_SHOWN_SHARE = 0.5;

/**
 * Plans the change reviews of the large modified files: each file whose previous version (the same path at the
 * diff base, read from git's objects, never from the working tree) has a fresh result in the cache gets what to
 * show (`file.change`) and the findings carried over. Any doubt or error leaves the file to a whole review.
 */
export async function planChangeReviews(req: ChangeRequest): Promise<Map<string, ChangePlan>> {
  const plans = new Map<string, ChangePlan>();
  const git = new Git(req.workspace);
  const from = (await git.mergeBase(req.base, 'HEAD')) ?? req.base;
  for (const [i, file] of req.files.entries()) {
    if (!req.eligible(i) || plans.has(file.sha256)) continue;
    try {
      const plan = await planOne(req, from, file, req.bytes[i]!);
      if (typeof plan === 'string') req.log(`${file.path}: reviewed whole (${plan}).`);
      else plans.set(file.sha256, plan);
    } catch (e) {
      // Fail closed: a change review that cannot be planned is a whole review.
      delete file.change;
      req.log(`${file.path}: reviewed whole (the change could not be read: ${errorMessage(e)}).`);
    }
  }
  return plans;
}

/** One file's plan, or why it is reviewed whole. */
async function planOne(
  req: ChangeRequest,
  from: string,
  file: MissFile,
  bytes: Buffer,
): Promise<ChangePlan | string> {
  const raw = await blobAt(req.workspace, from, file.path);
  if (!raw) return 'no earlier version at the diff base';
  // Hashed as the file reader hashes: what was reviewed is the text the model saw.
  const old = isTextName(file.path) ? showControlBytes(raw) : raw;
  const entry = req.previous(sha256(old));
  if (!entry) return 'its earlier version has no result in the cache';
  const oldText = old.toString('utf8');
  const oldLines = splitLines(oldText);
  const newLines = splitLines(bytes.toString('utf8'));
  const lines = splitLines(file.content);
  if (lines.length !== newLines.length) return 'the redacted content has other lines';
  const hunks = lineHunks(oldLines, newLines, Math.ceil(newLines.length * MAX_SHOWN_SHARE));
  if (!hunks?.length) return 'it was rewritten';
  const regions = changedRegions(file.path, newLines, hunks);
  const shownLines = regions.reduce((n, r) => n + r.last - r.first + 1, 0);
  if (shownLines > newLines.length * MAX_SHOWN_SHARE) return 'the change spans most of it';
  const previous = entry.findings.map((f) => relocate(f, hunks)).filter((f): f is Finding => !!f);
  // The old content is sent in part (the removed lines): its secrets are redacted as the new content's are.
  const oldRedacted = splitLines((await redactSecrets(file.path, oldText)).content);
  file.change = renderChange({ lines, oldLines: oldRedacted, hunks, regions, previous });
  return {
    path: file.path,
    carried: carryOver(entry.findings, hunks, regions),
    linesShown: shownLines,
    lines: newLines.length,
  };
}

/** The bytes of `path` (relative to the workspace) at `rev`; undefined when it was not there (a new file). */
async function blobAt(workspace: string, rev: string, path: string): Promise<Buffer | undefined> {
  if (rev.startsWith('-')) return undefined;
  const reading = run('git', ['cat-file', 'blob', `${rev}:./${path}`], {
    cwd: workspace,
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  reading.child.stdin?.end();
  return reading.then(
    ({ stdout }) => stdout,
    () => undefined,
  );
}
