import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { sha256 } from '../cache/sha256.js';
import type { SkipReason } from './skip-reasons.js';

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
export function inspectFile(abs: string, maxBytes: number): Inspected | SkipReason {
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
    return contentFilter(content) ?? { sha256: sha256(content), size: content.length, content };
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

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/;

/** Decides from the content: binaries, and files that hold a private key, are not sent. */
export function contentFilter(content: Buffer): SkipReason | undefined {
  if (content.length === 0) return 'empty';
  if (content.subarray(0, 8000).includes(0)) return 'binary';
  // The marker's first bytes are searched in the buffer; only a file that has them is decoded for the regex.
  if (content.includes('-----BEGIN ') && PRIVATE_KEY.test(content.toString('latin1'))) return 'secret';
  return undefined;
}
