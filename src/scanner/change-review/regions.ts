import type { Hunk } from './line-diff.js';

/** A run of the new content's lines shown to the model, 1-based and inclusive. */
export interface Region {
  first: number;
  last: number;
}

/** How a language's blocks are found: by braces, by indentation, or not at all (fixed windows only). */
type Family = 'brace' | 'indent' | 'none';

/** Lines shown on either side of a change whatever the language: enough for the statements around it. */
export const WINDOW_LINES = 12;
/** The largest enclosing block shown whole; a larger one (a long class) leaves its inner block or the window. */
const MAX_BLOCK_LINES = 160;
/** Lines above a block's opening line kept with it: a signature on its own line, annotations, decorators. */
const HEADER_LINES = 3;
/** Regions this close to each other are shown as one: a gap of a few lines says nothing worth a marker. */
const MERGE_GAP = 3;

const BRACE =
  /\.(c|cc|cpp|cs|cxx|dart|go|groovy|h|hpp|java|js|jsx|kt|kts|mjs|cjs|php|rs|scala|swift|ts|tsx|mts|cts)$/i;
const INDENT = /\.(py|pyi)$/i;

function familyOf(path: string): Family {
  if (BRACE.test(path)) return 'brace';
  if (INDENT.test(path)) return 'indent';
  return 'none';
}

/** The new-side lines a hunk touched; a pure deletion touches the lines on either side of its gap. */
export function touched(hunk: Hunk, lineCount: number): Region {
  if (hunk.newCount > 0) return { first: hunk.newStart, last: hunk.newStart + hunk.newCount - 1 };
  const at = Math.min(Math.max(hunk.newStart, 1), Math.max(lineCount, 1));
  return { first: Math.max(1, at - 1), last: at };
}

/**
 * The regions to show for the hunks: each changed run with its enclosing block (the outermost function or class
 * around it that is at most MAX_BLOCK_LINES long, found by braces or indentation for the languages that have
 * them) and WINDOW_LINES on either side, clamped to the file; overlapping or nearly touching regions merged.
 */
export function changedRegions(path: string, lines: readonly string[], hunks: readonly Hunk[]): Region[] {
  const family = familyOf(path);
  const blocks = family === 'brace' ? braceBlocks(lines) : family === 'indent' ? indentBlocks(lines) : [];
  const regions = hunks.map((h) => {
    const change = touched(h, lines.length);
    const block = outermostBlock(blocks, change);
    const first = Math.min(change.first - WINDOW_LINES, block ? block.first - HEADER_LINES : Infinity);
    const last = Math.max(change.last + WINDOW_LINES, block?.last ?? -Infinity);
    return { first: Math.max(1, first), last: Math.min(lines.length, last) };
  });
  return mergeRegions(regions);
}

/** Sorted, with overlapping regions (or ones at most MERGE_GAP lines apart) joined. */
export function mergeRegions(regions: readonly Region[]): Region[] {
  const sorted = [...regions].sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: Region[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.first <= last.last + MERGE_GAP + 1) last.last = Math.max(last.last, r.last);
    else merged.push({ ...r });
  }
  return merged;
}

/** The largest block holding the whole change within MAX_BLOCK_LINES; undefined when none does. */
function outermostBlock(blocks: readonly Region[], change: Region): Region | undefined {
  let best: Region | undefined;
  for (const b of blocks) {
    const size = b.last - b.first + 1;
    if (b.first > change.first || b.last < change.last || size > MAX_BLOCK_LINES) continue;
    if (!best || size > best.last - best.first + 1) best = b;
  }
  return best;
}

/**
 * Every `{ ... }` block that spans lines, from its opening line to its closing one. Strings, template literals
 * and comments are skipped so that a brace inside them does not count; an unbalanced file yields the blocks
 * that did close (the windows cover the rest).
 */
export function braceBlocks(lines: readonly string[]): Region[] {
  const blocks: Region[] = [];
  const open: number[] = [];
  /** What the scan is inside of across lines: code, a block comment or a template literal. */
  let state: 'code' | 'comment' | 'template' = 'code';
  lines.forEach((line, index) => {
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const pair = c + (line[i + 1] ?? '');
      if (state === 'comment') {
        if (pair === '*/') state = 'code';
        if (pair === '*/') i++;
      } else if (state === 'template' || quote) {
        if (c === '\\') i++;
        else if (quote && c === quote) quote = undefined;
        else if (!quote && c === '`') state = 'code';
      } else if (pair === '//') break;
      else if (pair === '/*') {
        state = 'comment';
        i++;
      } else if (c === '`') state = 'template';
      else if (c === '"' || c === "'") quote = c;
      else if (c === '{') open.push(index + 1);
      else if (c === '}') closeBlock(open, index + 1, blocks);
    }
  });
  return blocks;
}

function closeBlock(open: number[], line: number, blocks: Region[]): void {
  const from = open.pop();
  if (from !== undefined && from < line) blocks.push({ first: from, last: line });
}

/**
 * Python's blocks: a line followed by more-indented lines, to the last of them (blank lines inside belong to
 * the block, trailing ones do not).
 */
export function indentBlocks(lines: readonly string[]): Region[] {
  const indent = lines.map((l) => (/^\s*$/.test(l) ? -1 : l.length - l.trimStart().length));
  const blocks: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (indent[i] === -1) continue;
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (indent[j] === -1) continue;
      if (indent[j]! <= indent[i]!) break;
      last = j;
    }
    if (last > i) blocks.push({ first: i + 1, last: last + 1 });
  }
  return blocks;
}
