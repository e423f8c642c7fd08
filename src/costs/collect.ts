import type { CacheDocument } from '../cache/cache-document.js';
import type { ObjectRuns } from './aggregate.js';

export type ObjectRead = { ok: true; doc: CacheDocument } | { ok: false; reason: string };

/** Where the cache objects are: listing and reading only (the costs command never writes). */
export interface CacheObjectReader {
  /** Every key under the prefix; throws when the listing itself fails (no bucket, denied, unreachable). */
  list(): AsyncIterable<string>;
  /** One object, validated as a cache document; a failure is a reason, not an exception. */
  read(key: string): Promise<ObjectRead>;
  describe(key: string): string;
}

/** Which repository (and pull request) a key belongs to: `<prefix><owner>/<repo>/scan-cache.json.gz` or `…/pr/<n>.json.gz`. */
export interface ObjectKey {
  repository: string;
  pullRequest: number | undefined;
}

/**
 * Parses a key under the prefix; undefined for anything else in the bucket. The repository is the path before
 * the object's name, with at least an owner and a name (GitLab's subgroups make it longer: group/sub/project).
 */
export function parseObjectKey(key: string, prefix: string): ObjectKey | undefined {
  if (!key.startsWith(prefix)) return undefined;
  const m = /^([^/]+\/.+?)\/(?:scan-cache|pr\/(\d{1,10}))\.json\.gz$/.exec(key.slice(prefix.length));
  if (!m) return undefined;
  return { repository: m[1]!, pullRequest: m[2] === undefined ? undefined : Number(m[2]) };
}

export interface Collected {
  objects: ObjectRuns[];
  /** Objects that could not be read (each one warned about). */
  unreadable: number;
}

/** Lists the prefix and reads every cache object, a few at a time; an unreadable object is a warning. */
export async function collectRuns(
  reader: CacheObjectReader,
  prefix: string,
  warn: (message: string) => void,
  concurrency = 8,
): Promise<Collected> {
  const keys: { key: string; parsed: ObjectKey }[] = [];
  for await (const key of reader.list()) {
    const parsed = parseObjectKey(key, prefix);
    if (parsed) keys.push({ key, parsed });
  }
  const objects: ObjectRuns[] = [];
  let unreadable = 0;
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const { key, parsed } = keys[next++]!;
      const location = reader.describe(key);
      const result = await reader.read(key);
      if (result.ok) objects.push({ repository: parsed.repository, location, runs: result.doc.runs });
      else {
        unreadable++;
        warn(`${location} could not be read (${result.reason}): its runs are not counted.`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, keys.length) }, worker));
  // Read in parallel; reported in key order, so the notes come out the same every time.
  objects.sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : 0));
  return { objects, unreadable };
}
