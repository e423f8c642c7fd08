import type { SkipReason } from './filters.js';

/** What the inspect worker is given: the paths to read, relative to the workspace, in order. */
export interface InspectRequest {
  workspace: string;
  paths: string[];
  maxBytes: number;
}

/** One result per path, in the same order: its hash and size, or why it is skipped. */
export interface InspectReply {
  results: ([sha256: string, size: number] | SkipReason)[];
}

/** The indices (into the paths) of the files whose bytes the main thread needs; answered with the Buffers. */
export interface ReadRequest {
  read: number[];
}
