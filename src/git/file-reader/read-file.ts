import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { sha256 } from '../../cache/sha256.js';
import type { SkipReason } from '../skip-reasons.js';

export interface Inspected {
  sha256: string;
  size: number;
  content: Buffer;
}

/**
 * Reads and hashes one file, or says why it is skipped. One open per file: O_NOFOLLOW refuses a symlink (it
 * could point outside the workspace), O_NONBLOCK a FIFO that would never answer, and the size and type come
 * from the open descriptor, so what is checked is what is read. Synchronous: for the small files of a
 * repository one thread-pool round trip per system call costs several times the read itself.
 */
export function inspectFile(abs: string, maxBytes: number, rules: ContentRules = {}): Inspected | SkipReason {
  let fd: number;
  try {
    // Windows has no O_NOFOLLOW: there the link is refused by lstat first.
    if (constants.O_NOFOLLOW === undefined && lstatSync(abs).isSymbolicLink()) return 'symlink';
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'unreadable';
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'unreadable';
    if (stat.size > maxBytes) return 'too large';
    const content = readAll(fd, stat.size, maxBytes);
    if (!content) return 'too large'; // it grew past the limit after fstat
    const reason = contentFilter(content, rules);
    if (reason) return reason;
    // What is hashed is what is sent: a cached verdict is about the text the model saw.
    const sent = rules.text ? showControlBytes(content) : content;
    return { sha256: sha256(sent), size: sent.length, content: sent };
  } catch {
    return 'unreadable';
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes in one read on the common path: the size fstat gave plus one byte, which is there only to see
 * whether the file grew since. A short read, or a file that grew, is read on to its end, never cut (undefined
 * past the limit).
 */
function readAll(fd: number, size: number, maxBytes: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(size + 1);
  let n = readSync(fd, buffer, 0, buffer.length, 0);
  if (n === size) return buffer.subarray(0, n);
  for (let read = n; read > 0 && n <= maxBytes; n += read) {
    if (n === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    read = readSync(fd, buffer, n, buffer.length - n, n);
  }
  return n > maxBytes ? undefined : buffer.subarray(0, n);
}

/** What the file's path and the run say about how its content is judged. */
export interface ContentRules {
  /** Its name says it is source or text (see isTextName): reviewed whatever bytes it holds, never "binary". */
  text?: boolean;
  /** In a build-output folder: skipped as generated when its content shows it. */
  buildOutput?: boolean;
  /**
   * The run reviews code its author may not be trusted for (a pull request, any run but the default branch's):
   * a generated-file header, a line anyone can type, is then no evidence on its own.
   */
  underReview?: boolean;
}

/**
 * Decides from the content: empty files and binaries are not sent, and a file in a build-output folder is
 * skipped as generated when its content shows it. A file named as source or text is never binary, whatever
 * bytes it holds: one NUL byte must not take a backdoor out of review (its control bytes are shown instead, see
 * showControlBytes). Secrets are no reason to skip: they are redacted before sending.
 */
export function contentFilter(content: Buffer, rules: ContentRules = {}): SkipReason | undefined {
  if (content.length === 0) return 'empty';
  if (!rules.text && content.subarray(0, 8000).includes(0)) return 'binary';
  if (rules.buildOutput && looksGenerated(content, { headerCounts: !rules.underReview })) return 'generated';
  return undefined;
}

/**
 * Control bytes other than tab, line feed, form feed and carriage return, each replaced by its Unicode control
 * picture (NUL by U+2400 "␀", DEL by U+2421 "␡"): visible to the model and the reader, one character per byte,
 * no line added or removed, so findings keep their line numbers. The content itself when there is none.
 */
export function showControlBytes(content: Buffer): Buffer {
  let i = nextHiddenControl(content, 0);
  if (i === -1) return content;
  const parts: Buffer[] = [];
  let from = 0;
  for (; i !== -1; i = nextHiddenControl(content, i + 1)) {
    parts.push(content.subarray(from, i), Buffer.from(controlPicture(content[i]!), 'utf8'));
    from = i + 1;
  }
  parts.push(content.subarray(from));
  return Buffer.concat(parts);
}

const isHiddenControl = (b: number) =>
  (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f;
const controlPicture = (b: number) => String.fromCharCode(b === 0x7f ? 0x2421 : 0x2400 + b);

/**
 * The first hidden control byte at or after `from`, or -1. Every byte of every file is looked at, so the bytes
 * are read four at a time where the memory allows: a word with no byte below 0x20 and no DEL (most words of
 * source text; a word-wide test that never misses one) is passed over, the others are looked at byte by byte.
 */
function nextHiddenControl(content: Buffer, from: number): number {
  const end = content.length;
  let i = from;
  for (; i < end && (content.byteOffset + i) % 4 !== 0; i++) if (isHiddenControl(content[i]!)) return i;
  if (i >= end) return -1;
  const words = new Int32Array(content.buffer, content.byteOffset + i, (end - i) >> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    const del = x ^ 0x7f7f7f7f;
    // A byte below 0x20 (or a zero byte of x ^ DEL) sets its top bit here; a word without one never does.
    if ((((x - 0x20202020) & ~x) | ((del - 0x01010101) & ~del)) & 0x80808080)
      for (let j = i + 4 * w; j < i + 4 * w + 4; j++) if (isHiddenControl(content[j]!)) return j;
  }
  for (let j = i + 4 * words.length; j < end; j++) if (isHiddenControl(content[j]!)) return j;
  return -1;
}

/** A generated-file header near the top: "@generated", "Code generated ... DO NOT EDIT", a bundler's prelude. */
const GENERATED_HEADER =
  /@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bgenerated by\b|__webpack_require__|__nccwpck_require__|\/\*{6}\//i;
const SOURCE_MAP = /[#@] sourceMappingURL=\S+\s*(?:\*\/)?\s*$/;

/**
 * Whether a file is visibly machine-made: a generated-file header in its first 2 KB (unless headerCounts is
 * false), a source map comment at its end, or minified (lines averaging over 300 characters in a file over 2 KB).
 */
export function looksGenerated(content: Buffer, { headerCounts = true } = {}): boolean {
  if (headerCounts && GENERATED_HEADER.test(content.subarray(0, 2048).toString('latin1'))) return true;
  if (SOURCE_MAP.test(content.subarray(-512).toString('latin1'))) return true;
  if (content.length <= 2048) return false;
  let lines = 1;
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1)) lines++;
  return content.length / lines > 300;
}
