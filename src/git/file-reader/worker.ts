/**
 * The worker that lists, filters, reads and hashes the files to scan (bundled on its own as file-reader-worker.js),
 * so none of that waits on the main thread while it loads the SDKs and the cache. It answers with the hashes,
 * keeps the bytes, and hands over only those the main thread asks for (the cache misses), so a warm run never
 * copies a file between threads.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { isTextName, pathFilter } from '../filters.js';
import { inspectFile } from './read-file.js';
import { listWorkspace } from '../list-files.js';
import type { InspectReply, InspectRequest, ReadRequest } from './protocol.js';
import { errorMessage } from '../../errors.js';

const port = parentPort!;
port.once('message', (request: InspectRequest) => {
  const contents: Buffer[] = [];
  inspectAll(request, contents).then(
    (reply) => {
      port.postMessage(reply);
      port.once('message', ({ read }: ReadRequest) => {
        port.postMessage(read.map((i) => contents[i]));
        port.close();
      });
    },
    (e: unknown) => {
      port.postMessage({ error: errorMessage(e) } satisfies InspectReply);
      port.close();
    },
  );
});

async function inspectAll(
  { workspace, paths, include, exclude, maxBytes, underReview }: InspectRequest,
  contents: Buffer[],
): Promise<InspectReply> {
  const listing = paths ? undefined : await listWorkspace(workspace);
  const considered = [...new Set(paths ?? listing!.paths)].sort();
  const filter = pathFilter(include, exclude);
  const results = considered.map((path, i) => {
    const reason = filter(path);
    if (reason) return reason;
    const r = inspectFile(join(workspace, path), maxBytes, {
      text: isTextName(path),
      buildOutput: filter.needsEvidence(path),
      underReview,
    });
    if (typeof r === 'string') return r;
    contents[i] = r.content;
    return [r.sha256, r.size] as [string, number];
  });
  return { paths: considered, listed: listing && (listing.repository ? 'git' : 'walk'), results };
}
