// Loaded with --import into a measured process: records its peak resident memory (KiB) at exit. Worker threads
// load it too (they inherit --import); only the main thread records, once, for the whole process.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread)
  process.on('exit', () => {
    if (process.env.BENCH_RSS_FILE)
      writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
  });
