import type { SkipReason } from '../skip-reasons.js';

/** What the inspect worker is given: the paths to consider (every file of the workspace when absent), the filters. */
export interface InspectRequest {
  workspace: string;
  paths: string[] | undefined;
  include: string[];
  exclude: string[];
  maxBytes: number;
  /** Code whose author may not be trusted (see Plan.underReview): content alone is weaker evidence then. */
  underReview: boolean;
}

/**
 * The paths considered (sorted, each once), how they were listed when the worker listed them, and one result
 * per path in the same order: its hash and size, or why it is skipped. Or why the files could not be listed.
 */
export type InspectReply =
  | {
      paths: string[];
      listed: 'git' | 'walk' | undefined;
      results: ([sha256: string, size: number] | SkipReason)[];
    }
  | { error: string };

/** The indices (into the paths) of the files whose bytes the main thread needs; answered with the Buffers. */
export interface ReadRequest {
  read: number[];
}
