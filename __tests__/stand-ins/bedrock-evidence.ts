/**
 * The evidence line the answer schema requires on every finding, as a faithful model gives it: the text of the
 * line the finding starts at, in the file it names. An answer a test wrote without evidence gets it here, so
 * tests written before evidence was required keep meaning what they meant. A finding can be made to forge it:
 * a `FORGE-EVIDENCE:absent` marker on its line quotes a line that is in no file, `FORGE-EVIDENCE:other`
 * quotes a line of another file of the same request (a finding steered onto the wrong file).
 */
import type { SentFile } from './bedrock.js';

interface AnswerFinding {
  path?: unknown;
  startLine?: unknown;
  evidence?: unknown;
}

export function withEvidence(input: unknown, files: readonly SentFile[]): unknown {
  const findings = (input as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) return input;
  return {
    ...(input as object),
    findings: findings.map((f: AnswerFinding) =>
      f && typeof f === 'object' && f.evidence === undefined ? { ...f, evidence: evidenceFor(f, files) } : f,
    ),
  };
}

function evidenceFor(f: AnswerFinding, files: readonly SentFile[]): string {
  const file = files.find((x) => x.path === f.path);
  if (!file) return 'a line of a file that was not sent';
  const at = Math.max(0, file.numbers.indexOf(Number(f.startLine)));
  const line = file.lines[at] ?? '';
  if (line.includes('FORGE-EVIDENCE:absent')) return `query = "SELECT * FROM t WHERE id=" + ${Date.now()}`;
  if (line.includes('FORGE-EVIDENCE:other')) {
    const own = new Set(file.lines.map((l) => l.trim()));
    const other = files
      .filter((x) => x !== file)
      .flatMap((x) => x.lines)
      .find((l) => l.trim().length >= 12 && !own.has(l.trim()));
    return other ?? 'no other file in this request';
  }
  // A blank line says nothing: quote the nearest line with text, as a model would.
  const near = [at, at + 1, at - 1, at + 2, at - 2].map((i) => file.lines[i] ?? '').find((l) => l.trim());
  return (near ?? line).trim() || line;
}
