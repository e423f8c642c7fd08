/**
 * The cache hits verify-findings has to call for (model findings, no current verdicts), known before any file is
 * read: the selection reads its files once, so their contents are read with the misses' (shareRead), redacted as
 * the review redacts what it sends.
 */
import type { CacheEntry } from '../cache/cache-document.js';
import type { ScanFile, Selection } from '../git/select-files.js';
import type { Finding } from '../scanner/findings.js';
import { askable, isCurrent } from './verify-findings.js';

/** The hits whose findings need a verification call (one per content), none with verify-findings off. */
export function hitsToVerify(
  hits: readonly { file: ScanFile; entry: CacheEntry }[],
  modelId: string,
  enabled: boolean,
): ScanFile[] {
  if (!enabled) return [];
  const need = hits.filter(
    (h) =>
      askable(h.entry.findings).length > 0 &&
      !h.entry.findings.some(steers) &&
      !isCurrent(h.entry.verification, modelId),
  );
  return [...new Map(need.map((h) => [h.file.sha256, h.file])).values()];
}

const steers = (f: Finding) => f.by === 'scanner' && f.cwe === 'CWE-1427';

/**
 * The selection with a read that also reads `extra` (in the same, single read), and the extra files' bytes.
 * With no extra file it is the selection as it was.
 */
export function shareRead(
  selection: Selection,
  extra: readonly ScanFile[],
): { selection: Selection; extra: () => Promise<Buffer[]> } {
  if (extra.length === 0) return { selection, extra: () => Promise.resolve([]) };
  let reading: { files: readonly ScanFile[]; bytes: Promise<Buffer[]> } | undefined;
  const readBoth = (files: readonly ScanFile[]) => {
    reading ??= { files, bytes: selection.read([...files, ...extra]) };
    if (files.length && files !== reading.files) throw new Error('The file contents were already read.');
    return reading.bytes;
  };
  const read = async (files: readonly ScanFile[]) => (await readBoth(files)).slice(0, files.length);
  const extraBytes = async () => {
    const all = await readBoth([]);
    return all.slice(all.length - extra.length);
  };
  return { selection: { ...selection, read }, extra: extraBytes };
}
