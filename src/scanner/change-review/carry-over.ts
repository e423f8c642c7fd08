import type { Finding } from '../findings.js';
import { newLineOf, type Hunk } from './line-diff.js';
import type { Region } from './regions.js';

/**
 * The previous version's findings that still stand without the model: those outside every region shown, moved
 * to their new lines. A finding whose lines were all removed or replaced is dropped (its code is gone); one
 * that meets a shown region is left to the model, which saw those lines and the previous findings (its answer
 * for the region wins).
 */
export function carryOver(
  previous: readonly Finding[],
  hunks: readonly Hunk[],
  shown: readonly Region[],
): Finding[] {
  const kept: Finding[] = [];
  for (const f of previous) {
    const moved = relocate(f, hunks);
    if (!moved) continue;
    if (shown.some((r) => moved.startLine <= r.last && r.first <= moved.endLine)) continue;
    kept.push(moved);
  }
  return kept;
}

/**
 * A finding at its new lines: each end moved as its line moved; an end on a removed line takes the nearest
 * surviving line inside the finding's old range; undefined when no line of the range survived.
 */
export function relocate(f: Finding, hunks: readonly Hunk[]): Finding | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (let line = f.startLine; line <= f.endLine && start === undefined; line++)
    start = newLineOf(hunks, line);
  for (let line = f.endLine; line >= f.startLine && end === undefined; line--) end = newLineOf(hunks, line);
  if (start === undefined || end === undefined) return undefined;
  return { ...f, startLine: start, endLine: Math.max(start, end) };
}

/**
 * The change review's findings: the model's, then the carried ones that the model (or the secret check) did not
 * report again at the same lines under the same title.
 */
export function withCarried(fresh: readonly Finding[], carried: readonly Finding[]): Finding[] {
  const same = (a: Finding, b: Finding) =>
    a.startLine === b.startLine && a.endLine === b.endLine && a.title === b.title;
  return [...fresh, ...carried.filter((c) => !fresh.some((f) => same(f, c)))];
}
