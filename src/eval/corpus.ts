import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../config/errors.js';
import { errorMessage } from '../errors.js';
import type { CaseKind, ExpectedFinding } from './score.js';

/** The file of a case that says what it should find; never scanned. */
const EXPECTED_FILE = 'expected.json';

const ExpectedSchema = z.strictObject({
  description: z.string().max(2000),
  findings: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(1024),
        cwe: z.string().regex(/^CWE-\d{1,5}$/),
        startLine: z.number().int().min(1),
        endLine: z.number().int().min(1),
        note: z.string().max(2000).optional(),
      }),
    )
    .max(200),
});

/** One case of a corpus: the files to scan (and, for a modified-file case, their previous version). */
export interface EvalCase {
  name: string;
  kind: CaseKind;
  description: string;
  /** The tree scored: the case's folder, or its `after/` folder. */
  root: string;
  files: string[];
  /** A modified-file case's `before/` tree, scanned first so that its results are cached. */
  before?: { root: string; files: string[] };
  expected: ExpectedFinding[];
}

const CASE_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** Reads DIR/cases/<case>/: every problem found is named with its file and how to fix it. */
export async function loadCorpus(dir: string): Promise<EvalCase[]> {
  const casesDir = join(dir, 'cases');
  let names: string[];
  try {
    const entries = await readdir(casesDir, { withFileTypes: true });
    names = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (e) {
    throw new ConfigurationError(
      `the corpus ${JSON.stringify(dir)} has no readable cases/ folder (${errorMessage(e)}): expected DIR/cases/<case>/ with an ${EXPECTED_FILE} in each (see docs/eval.md).`,
    );
  }
  if (names.length === 0)
    throw new ConfigurationError(`the corpus ${JSON.stringify(dir)} has no case in cases/.`);
  const problems: string[] = [];
  const cases: EvalCase[] = [];
  for (const name of names.sort()) {
    try {
      cases.push(await loadCase(join(casesDir, name), name));
    } catch (e) {
      problems.push(`cases/${name}: ${errorMessage(e)}`);
    }
  }
  if (problems.length)
    throw new ConfigurationError(
      `the corpus ${JSON.stringify(dir)} is invalid:\n- ${problems.join('\n- ')}`,
      problems,
    );
  return cases;
}

async function loadCase(caseDir: string, name: string): Promise<EvalCase> {
  if (!CASE_NAME.test(name)) throw new Error('a case name is lower-case letters, digits, ".", "_" and "-"');
  const expected = await readExpected(join(caseDir, EXPECTED_FILE));
  const top = (await listFiles(caseDir)).filter((f) => f !== EXPECTED_FILE);
  const modified = top.some((f) => f.startsWith('before/')) || top.some((f) => f.startsWith('after/'));
  if (!modified) {
    await checkFindings(caseDir, top, expected.findings);
    return {
      name,
      kind: expected.findings.length ? 'vulnerable' : 'clean',
      description: expected.description,
      root: caseDir,
      files: top,
      expected: expected.findings.map(stripNote),
    };
  }
  const stray = top.filter((f) => !f.startsWith('before/') && !f.startsWith('after/'));
  if (stray.length) throw new Error(`a modified-file case holds only before/ and after/ (found ${stray[0]})`);
  const before = top.filter((f) => f.startsWith('before/')).map((f) => f.slice('before/'.length));
  const after = top.filter((f) => f.startsWith('after/')).map((f) => f.slice('after/'.length));
  if (!before.length || !after.length)
    throw new Error('a modified-file case needs both before/ and after/ files');
  const root = join(caseDir, 'after');
  await checkFindings(root, after, expected.findings);
  await checkChanged(join(caseDir, 'before'), root, before, expected.findings);
  return {
    name,
    kind: 'modified',
    description: expected.description,
    root,
    files: after,
    before: { root: join(caseDir, 'before'), files: before },
    expected: expected.findings.map(stripNote),
  };
}

function stripNote(f: ExpectedFinding & { note?: string }): ExpectedFinding {
  return { path: f.path, cwe: f.cwe, startLine: f.startLine, endLine: f.endLine };
}

async function readExpected(path: string): Promise<z.infer<typeof ExpectedSchema>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Error(`${EXPECTED_FILE} is missing or not JSON (${errorMessage(e)})`, { cause: e });
  }
  const parsed = ExpectedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${EXPECTED_FILE}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every expected finding names a file of the tree and lines it has. */
async function checkFindings(root: string, files: string[], findings: ExpectedFinding[]): Promise<void> {
  for (const f of findings) {
    if (!files.includes(f.path))
      throw new Error(`${EXPECTED_FILE} names ${f.path}, which is not a file of the case`);
    const lines = (await readFile(join(root, f.path), 'utf8')).split('\n').length;
    if (f.startLine > f.endLine || f.endLine > lines)
      throw new Error(
        `${EXPECTED_FILE}: ${f.path} lines ${f.startLine}-${f.endLine} are not a range of its lines`,
      );
  }
}

/**
 * An expected finding of a modified-file case is in a file the change touches: the after run reviews only
 * those, and an unchanged file's findings were the before run's.
 */
async function checkChanged(
  before: string,
  after: string,
  beforeFiles: string[],
  findings: ExpectedFinding[],
) {
  for (const f of findings) {
    if (!beforeFiles.includes(f.path)) continue;
    const [a, b] = await Promise.all([readFile(join(before, f.path)), readFile(join(after, f.path))]);
    if (a.equals(b))
      throw new Error(
        `${EXPECTED_FILE} names ${f.path}, which the change leaves as it was: only changed files are scored`,
      );
  }
}

/** The regular files under a folder, as sorted /-separated relative paths; a link is refused. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    const path = relative(root, join(e.parentPath, e.name)).split(sep).join('/');
    if (e.isSymbolicLink()) throw new Error(`${path} is a symbolic link: a corpus holds regular files only`);
    // Eval runs git in the scratch copy of a modified case: a .git of the corpus's (hooks, config) could run code.
    if (path.split('/').some((part) => part.toLowerCase() === '.git'))
      throw new Error(`${path} is inside a .git folder: a case may not hold one`);
    if (e.isFile()) files.push(path);
    else if (!e.isDirectory()) throw new Error(`${path} is not a regular file`);
  }
  if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  return files.sort();
}
