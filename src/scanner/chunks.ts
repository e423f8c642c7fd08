import { SEVERITIES } from '../config/config.js';
import type { Finding } from './findings.js';
import { numberLines, splitLines, type NumberedLine } from './prompt.js';

/** A run of a file's lines small enough for one request, numbered from firstLine when sent. */
export interface Chunk {
  content: string;
  firstLine: number;
  lastLine: number;
  /** The characters its numbered lines take in the request. */
  chars: number;
}

/** Lines shared by neighbouring chunks, so code that spans a cut is seen whole by one of them. */
export const OVERLAP_LINES = 20;

/** The characters the numbered lines of a content take in a request (newlines included). */
export function numberedChars(content: string, firstLine = 1): number {
  return numberLines(content, firstLine).reduce((n, l) => n + l.text.length + 1, 0);
}

/**
 * Cuts a content into chunks whose numbered lines take at most maxChars each, on line boundaries, each one
 * repeating the last lines of the one before (up to OVERLAP_LINES, at most a tenth of maxChars). Runs of blank
 * or repeated lines are never cut (they take one line). A line longer than maxChars on its own is cut into
 * overlapping pieces, each numbered with that line's number.
 */
export function chunkContent(content: string, maxChars: number, firstLine = 1): Chunk[] {
  const units = numberLines(content, firstLine);
  const lines = splitLines(content);
  const cost = units.map((u, k) => u.text.length + 1 + shownAgain(units, k));
  const total = units.reduce((n, u) => n + u.text.length + 1, 0);
  if (total <= maxChars)
    return [{ content, firstLine, lastLine: firstLine + lines.length - 1, chars: total }];
  const slice = (from: NumberedLine, to: NumberedLine) =>
    lines.slice(from.first - firstLine, to.last - firstLine + 1).join('\n');
  const chunks: Chunk[] = [];
  for (let i = 0; i < units.length;) {
    if (cost[i]! > maxChars) {
      chunks.push(...lineSlices(lines[units[i]!.first - firstLine]!, units[i]!.first, maxChars));
      i++;
      continue;
    }
    // The first unit may be a repeat run whose repeated line is left in the previous chunk: it is shown again.
    let chars = cost[i]!;
    let j = i + 1;
    while (j < units.length && cost[j]! <= maxChars && chars + units[j]!.text.length + 1 <= maxChars)
      chars += units[j++]!.text.length + 1;
    chunks.push({
      content: slice(units[i]!, units[j - 1]!),
      firstLine: units[i]!.first,
      lastLine: units[j - 1]!.last,
      chars,
    });
    if (j >= units.length) break;
    i = overlapStart(units, i, j, maxChars);
  }
  return chunks;
}

/** What a repeat run costs beyond its marker when a chunk starts with it: the repeated line, shown again. */
function shownAgain(units: readonly NumberedLine[], k: number): number {
  return units[k]!.kind === 'repeat' && k > 0 ? units[k - 1]!.text.length + 1 : 0;
}

/** Where the chunk after [i, j) starts: far enough back to overlap, never at or before i. */
function overlapStart(units: readonly NumberedLine[], i: number, j: number, maxChars: number): number {
  let back = j;
  let chars = 0;
  while (back - 1 > i) {
    const unit = units[back - 1]!;
    const lines = units[j - 1]!.last - unit.first + 1;
    chars += unit.text.length + 1;
    if (lines > OVERLAP_LINES || chars > maxChars / 10) break;
    back--;
  }
  return back;
}

/** A single line too long for a chunk: pieces that overlap by a little, each under that line's number. */
function lineSlices(line: string, lineNo: number, maxChars: number): Chunk[] {
  const room = Math.max(1, maxChars - String(lineNo).length - 3);
  const overlap = Math.min(200, Math.floor(room / 10));
  const pieces: Chunk[] = [];
  for (let start = 0; ; start += room - overlap) {
    const content = line.slice(start, start + room);
    pieces.push({
      content,
      firstLine: lineNo,
      lastLine: lineNo,
      chars: content.length + String(lineNo).length + 3,
    });
    if (start + room >= line.length) break;
  }
  return pieces;
}

/**
 * The findings of a file's chunks as one list: a finding that a neighbouring chunk also reported (its lines
 * meet the other's, and it names the same CWE or the same title) is kept once, at the higher severity.
 * Findings from the same chunk are never merged: the model reported them apart.
 */
export function mergeChunkFindings(perChunk: readonly (readonly Finding[])[]): Finding[] {
  const kept: { finding: Finding; chunk: number }[] = [];
  perChunk.forEach((findings, chunk) => {
    for (const finding of findings) {
      const twin = kept.find((k) => k.chunk !== chunk && sameIssue(k.finding, finding));
      if (!twin) kept.push({ finding, chunk });
      else if (rank(finding) < rank(twin.finding)) twin.finding = finding;
    }
  });
  return kept.map((k) => k.finding);
}

function sameIssue(a: Finding, b: Finding): boolean {
  const meet = a.startLine <= b.endLine && b.startLine <= a.endLine;
  const named = (a.cwe !== undefined && a.cwe === b.cwe) || normalize(a.title) === normalize(b.title);
  return meet && named;
}

const normalize = (title: string) => title.toLowerCase().replace(/\W+/g, ' ').trim();
const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
