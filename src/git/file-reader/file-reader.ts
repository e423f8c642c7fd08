import { Worker } from 'node:worker_threads';
import type { InspectReply, InspectRequest, ReadRequest } from './protocol.js';
import { NOT_A_REPOSITORY } from '../list-files.js';
import type { Plan, ScanFile, Selection, SelectionOptions, SkippedFile } from '../select-files.js';

/**
 * Lists (for a full scan), filters, reads and hashes files in a worker thread, so that the main thread is free
 * meanwhile to load the SDKs and fetch and parse the cache (a warm run is those two things). Started before the
 * inputs are read, so the thread is up by the time the plan is. The bytes stay in the worker until `read` asks
 * for those still needed: the cache misses.
 */
export class FileReader {
  private readonly worker = startWorker();
  private used = false;
  private released = false;

  constructor() {
    // The worker never keeps the process alive: a run that fails before reading the bytes still ends.
    this.worker.unref();
  }

  /** Lists the files of a full scan, filters the planned files by path, then reads and hashes the rest. Called once. */
  async inspect(plan: Plan, opts: SelectionOptions): Promise<Selection> {
    if (this.used) throw new Error('A FileReader inspects one plan.');
    this.used = true;
    const replied = nextMessage<InspectReply>(this.worker);
    const request: InspectRequest = {
      workspace: opts.workspace,
      paths: plan.paths,
      include: opts.include,
      exclude: opts.exclude,
      maxBytes: opts.maxFileSizeKb * 1024,
      // Unknown means under review: a plan that does not say is not trusted.
      underReview: plan.underReview ?? true,
    };
    this.worker.postMessage(request);
    const reply = await replied;
    // Listing failed in a git repository (the same error as the git call's on this thread).
    if ('error' in reply) throw new Error(reply.error);
    const files: ScanFile[] = [];
    const skipped: SkippedFile[] = [];
    /** Where each file is in the worker's list; the map back from a file is built only for a read. */
    const positions: number[] = [];
    reply.results.forEach((r, index) => {
      const path = reply.paths[index]!;
      if (typeof r === 'string') return skipped.push({ path, reason: r });
      files.push({ path, sha256: r[0], size: r[1] });
      positions.push(index);
    });
    const indexOf = (chosen: readonly ScanFile[]) => {
      const at = new Map(files.map((f, i) => [f, positions[i]!]));
      return chosen.map((f) => at.get(f) ?? -1);
    };
    return {
      ...plan,
      how: reply.listed === 'walk' ? NOT_A_REPOSITORY : plan.how,
      paths: reply.paths,
      files,
      skipped,
      read: (chosen) => this.read(chosen.length ? indexOf(chosen) : []),
    };
  }

  private async read(indices: number[]): Promise<Buffer[]> {
    if (this.released) throw new Error('The file contents were already read.');
    if (indices.includes(-1)) throw new Error('Only files of this selection can be read.');
    this.released = true;
    // A warm run needs no bytes: the worker is told to let them go, and nobody waits for its answer.
    if (indices.length === 0) {
      this.worker.postMessage({ read: [] } satisfies ReadRequest);
      return [];
    }
    const reading = nextMessage<Uint8Array[]>(this.worker);
    this.worker.postMessage({ read: indices } satisfies ReadRequest);
    // A Buffer arrives as a Uint8Array: view the same bytes as a Buffer again, no copy.
    return (await reading).map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }
}

/** Filters, reads and hashes the planned files in one call. */
export async function inspectFiles(plan: Plan, opts: SelectionOptions): Promise<Selection> {
  return new FileReader().inspect(plan, opts);
}

/**
 * dist/ holds the worker's own bundle beside this file. A run from source (the tests) has the TypeScript file
 * instead, which the worker loads through tsx's API (Node 20 passes no loader on to a worker).
 */
function startWorker(): Worker {
  // The path alone: a loader may add a query (@github/local-action's tsx names its modules file.ts?tsx-...).
  const fromSource = new URL(import.meta.url).pathname.endsWith('.ts');
  // Built from parts so that the bundler leaves the path alone (it would copy the file it names into dist/).
  const file = new URL(['.', fromSource ? 'worker.ts' : 'file-reader-worker.js'].join('/'), import.meta.url);
  if (!fromSource) return new Worker(file);
  const source = JSON.stringify(file.href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => (register(), import(${source})));`, {
    eval: true,
  });
}

/** The worker's next message, or its error if it fails or exits first. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: T) => (cleanup(), resolve(m));
    const onError = (e: Error) => (cleanup(), reject(new Error(`Reading the files failed: ${e.message}`)));
    const onExit = (code: number) => (
      cleanup(),
      reject(new Error(`Reading the files failed: the reader stopped (exit code ${code}).`))
    );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}
