/**
 * The worker that reads and hashes the selected files (bundled on its own as inspect-worker.js). It answers
 * with the hashes, keeps the bytes, and hands over only those the main thread asks for (the cache misses),
 * so a warm run never copies a file between threads.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { inspectFile } from './inspect.js';
import type { InspectReply, InspectRequest, ReadRequest } from './inspect-protocol.js';

const port = parentPort!;
port.once('message', ({ workspace, paths, maxBytes }: InspectRequest) => {
  const contents: Buffer[] = [];
  const reply: InspectReply = { results: [] };
  paths.forEach((path, i) => {
    const r = inspectFile(join(workspace, path), maxBytes);
    if (typeof r === 'string') return reply.results.push(r);
    reply.results.push([r.sha256, r.size]);
    contents[i] = r.content;
  });
  port.postMessage(reply);
  port.once('message', ({ read }: ReadRequest) => {
    port.postMessage(read.map((i) => contents[i]));
    port.close();
  });
});
