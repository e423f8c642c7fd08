import type { Finding } from '../findings.js';
import { numberLines, type ChangeShown } from '../prompt.js';
import { touched, type Region } from './regions.js';
import type { Hunk } from './line-diff.js';

/** Said once in a request that holds a change review, before the files (outside the untrusted frames). */
export const CHANGE_NOTE = [
  'Some files below are shown in part, for a change review: an earlier version of each was reviewed before, and',
  'only the regions around what changed since are shown, with their real line numbers ("[lines A-B not shown]"',
  'stands for unchanged code). Lines shown as "-| ..." were removed by the change and are not in the file. Review',
  'the regions shown for any issue in them, above all what the change introduces, removes (a check, a validation)',
  'or exposes in the code around it. The earlier findings listed for a file come from that earlier review, at their',
  'new lines: report again each one that still applies and lies in the regions shown (the others are kept without',
  'you). Report findings only at lines shown.',
].join('\n');

/** Removed lines shown per hunk; a larger removal is summarised by its count. */
const MAX_REMOVED_SHOWN = 30;
/** Earlier findings listed per file. */
const MAX_PREVIOUS_SHOWN = 50;

export interface ChangeInput {
  /** The new content's lines, as sent (secrets redacted). */
  lines: readonly string[];
  /** The old content's lines, secrets redacted: only removed ones are shown. */
  oldLines: readonly string[];
  hunks: readonly Hunk[];
  regions: readonly Region[];
  /** The earlier findings at their new lines (those whose lines survived). */
  previous: readonly Finding[];
}

/** The file as a change review shows it: a header, the earlier findings, then the regions with removed lines. */
export function renderChange(input: ChangeInput): ChangeShown {
  const { lines, hunks, regions } = input;
  const shown = regions.map((r) => `${r.first}-${r.last}`).join(', ');
  const changed = hunks.map((h) => touched(h, lines.length)).map((r) => `${r.first}-${r.last}`);
  const out = [
    `[change review: lines ${shown} of ${lines.length} shown; changed at lines ${changed.join(', ')}; the rest is unchanged and was reviewed before]`,
    ...input.previous
      .slice(0, MAX_PREVIOUS_SHOWN)
      .map(
        (f) =>
          `[earlier finding: lines ${f.startLine}-${f.endLine}, ${f.severity}${f.cwe ? `, ${f.cwe}` : ''}: ${JSON.stringify(f.title)}]`,
      ),
  ];
  let next = 1;
  for (const region of regions) {
    if (region.first > next) out.push(`[lines ${next}-${region.first - 1} not shown]`);
    out.push(...regionLines(input, region));
    next = region.last + 1;
  }
  if (next <= lines.length) out.push(`[lines ${next}-${lines.length} not shown]`);
  return { note: CHANGE_NOTE, lines: out, chars: out.reduce((n, l) => n + l.length + 1, 0) };
}

/** A region's numbered lines, each hunk's removed lines placed where they were (before its first new line). */
function regionLines(input: ChangeInput, region: Region): string[] {
  const content = input.lines.slice(region.first - 1, region.last).join('\n');
  const numbered = numberLines(content, region.first);
  const removals = input.hunks.filter(
    (h) => h.oldCount > 0 && h.newStart >= region.first && h.newStart <= region.last + 1,
  );
  const out: string[] = [];
  for (const line of numbered) {
    for (const h of removals)
      if (h.newStart >= line.first && h.newStart <= line.last) out.push(...removed(input, h));
    out.push(line.text);
  }
  for (const h of removals) if (h.newStart > region.last) out.push(...removed(input, h));
  return out;
}

function removed(input: ChangeInput, h: Hunk): string[] {
  const old = input.oldLines.slice(h.oldStart - 1, h.oldStart - 1 + Math.min(h.oldCount, MAX_REMOVED_SHOWN));
  const out = old.map((l) => `-| ${l}`);
  if (h.oldCount > MAX_REMOVED_SHOWN) out.push(`[${h.oldCount - MAX_REMOVED_SHOWN} more removed lines]`);
  return out;
}
