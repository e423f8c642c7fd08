/**
 * The model quotes, for each finding, one line of the file that shows the issue (its `evidence`). A finding
 * whose evidence is not in its file near the lines it names is not reported and not cached: it is a finding the
 * model made up, or one a file of a packed request steered onto a neighbour (then the quote is found in that
 * other file). The comparison forgives what a faithful quote may change: whitespace, a line number prefix, a
 * part of a long line, and a few lines of drift in the range.
 */
import type { Finding } from '../scanner/findings.js';
import { splitLines } from '../scanner/prompt.js';

/** How far outside its startLine-endLine a finding's evidence may be found. */
export const EVIDENCE_SLACK_LINES = 3;
/** A quote shorter than this (after normalising) must be a whole line: a fragment such as `x` proves nothing. */
const MIN_FRAGMENT = 12;

export interface EvidenceDrops {
  /** The quoted line is in none of the files of its request. */
  absent: number;
  /** The quoted line is in another file of the same (packed) request, not in the one the finding names. */
  wrongFile: number;
}

export const NO_DROPS: EvidenceDrops = { absent: 0, wrongFile: 0 };

export function addDrops(a: EvidenceDrops, b: EvidenceDrops): EvidenceDrops {
  return { absent: a.absent + b.absent, wrongFile: a.wrongFile + b.wrongFile };
}

/** The drops worth keeping with a result: undefined when there are none (most results, whose entries stay small). */
export function someDrops(d: EvidenceDrops | undefined): EvidenceDrops | undefined {
  return d && (d.absent || d.wrongFile) ? { absent: d.absent, wrongFile: d.wrongFile } : undefined;
}

/**
 * This run's drops with those kept with the cached results it used, each content once (as a run that sends it
 * counts it once): the same content reports the same drops whether it was reviewed now or read from the cache.
 */
export function withCachedDrops<T extends { dropped: EvidenceDrops }>(
  outcome: T,
  hits: readonly { file: { sha256: string }; entry: { dropped?: EvidenceDrops | undefined } }[],
): T {
  const byContent = new Map(hits.map((h) => [h.file.sha256, h.entry.dropped]));
  let dropped = outcome.dropped;
  for (const d of byContent.values()) if (d) dropped = addDrops(dropped, d);
  return dropped === outcome.dropped ? outcome : { ...outcome, dropped };
}

/** One file (or one chunk of it) as the request held it: its text and the number of its first line. */
export interface SentText {
  content: string;
  firstLine: number;
}

/** Whitespace runs as one space, trimmed; a leading `12| ` (the prompt's line number) taken off. */
export function normalizeLine(line: string): string {
  return line
    .replace(/^\s*\d+\|\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the evidence is on a line from startLine - slack to endLine + slack of the text. Every non-blank
 * line of a quote of several lines must be there, on consecutive lines; a quote shorter than MIN_FRAGMENT
 * must be the whole line.
 */
export function evidenceAt(
  evidence: string,
  text: SentText,
  range?: { startLine: number; endLine: number },
): boolean {
  const quote = evidence
    .split(/\r?\n/)
    .map(normalizeLine)
    .filter((l) => l !== '');
  if (quote.length === 0) return false;
  const lines = splitLines(text.content).map(normalizeLine);
  const from = range ? Math.max(0, range.startLine - EVIDENCE_SLACK_LINES - text.firstLine) : 0;
  const to = range
    ? Math.min(lines.length - 1, range.endLine + EVIDENCE_SLACK_LINES - text.firstLine)
    : lines.length - 1;
  for (let i = from; i <= to; i++) {
    if (quote.every((q, k) => i + k < lines.length && matches(lines[i + k]!, q))) return true;
  }
  return false;
}

function matches(line: string, quote: string): boolean {
  return line === quote || (quote.length >= MIN_FRAGMENT && line.includes(quote));
}

/**
 * Keeps the findings whose evidence is in the file they name, near their lines; counts the others by why, in
 * all and by the path the finding named (kept with that file's result, see someDrops). `sent` holds every file
 * of the request by path (for the wrong-file check).
 */
export function verifyEvidence(
  byPath: ReadonlyMap<string, Finding[]>,
  sent: ReadonlyMap<string, SentText>,
): { kept: Map<string, Finding[]>; drops: EvidenceDrops; dropsByPath: Map<string, EvidenceDrops> } {
  const kept = new Map<string, Finding[]>();
  const dropsByPath = new Map<string, EvidenceDrops>();
  let drops = NO_DROPS;
  for (const [path, findings] of byPath) {
    const own = sent.get(path);
    const ok: Finding[] = [];
    let mine = NO_DROPS;
    for (const f of findings) {
      if (f.evidence !== undefined && own && evidenceAt(f.evidence, own, f)) ok.push(f);
      else mine = addDrops(mine, { absent: 0, wrongFile: 0, [dropReason(f, path, sent)]: 1 });
    }
    kept.set(path, ok);
    if (mine !== NO_DROPS) dropsByPath.set(path, mine);
    drops = addDrops(drops, mine);
  }
  return { kept, drops, dropsByPath };
}

function dropReason(f: Finding, path: string, sent: ReadonlyMap<string, SentText>): keyof EvidenceDrops {
  if (f.evidence === undefined) return 'absent';
  for (const [other, text] of sent) if (other !== path && evidenceAt(f.evidence, text)) return 'wrongFile';
  return 'absent';
}
