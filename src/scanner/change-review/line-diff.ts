import { diffArrays } from 'diff';

/**
 * One changed run of lines, in 1-based line numbers of each side. A pure insertion has oldCount 0 and oldStart the
 * old line it comes before; a pure deletion has newCount 0 and newStart the new line that follows the gap.
 */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/**
 * The hunks that turn the old lines into the new ones (Myers' diff, from the `diff` package); undefined when
 * more than maxEdits lines differ, which the caller treats as a rewrite: the whole file is reviewed.
 */
export function lineHunks(
  oldLines: readonly string[],
  newLines: readonly string[],
  maxEdits: number,
): Hunk[] | undefined {
  const changes = diffArrays([...oldLines], [...newLines], { maxEditLength: maxEdits });
  if (!changes) return undefined;
  const hunks: Hunk[] = [];
  let oldLine = 1;
  let newLine = 1;
  let open: Hunk | undefined;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      open = undefined;
      oldLine += count;
      newLine += count;
      continue;
    }
    // A removal and the addition next to it are one hunk: the lines that replaced the old ones.
    if (!open) hunks.push((open = { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 }));
    if (change.removed) {
      open.oldCount += count;
      oldLine += count;
    } else {
      open.newCount += count;
      newLine += count;
    }
  }
  return hunks;
}

/**
 * Where an old line is in the new content: shifted by the hunks before it, undefined when a hunk removed or
 * replaced it (its code is not there any more, or not as it was).
 */
export function newLineOf(hunks: readonly Hunk[], oldLine: number): number | undefined {
  let shift = 0;
  for (const h of hunks) {
    if (oldLine < h.oldStart) break;
    if (oldLine < h.oldStart + h.oldCount) return undefined;
    shift += h.newCount - h.oldCount;
  }
  return oldLine + shift;
}
