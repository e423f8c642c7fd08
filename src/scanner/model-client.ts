import type { Usage } from '../cost/cost.js';
import { errorMessage } from '../errors.js';
import type { PromptFile } from './prompt.js';

export interface ModelAnswer {
  /** The parsed JSON the model gave (tool input, or JSON found in its text); validated by the caller. */
  answer: unknown;
  usage: Usage;
  stopReason: string;
}

/** A call for another task than the review (the verification pass): its own prompts and answer tool. */
export interface ModelRequest {
  system: string;
  prompt: string;
  /** The tool the model must answer through, and the top-level key of the JSON a text answer must hold. */
  tool: { name: string; description: string; schema: Record<string, unknown>; key: string };
}

/** One model call for one or more files. Errors are ModelError with a kind the scheduler acts on. */
export interface ModelClient {
  readonly modelId: string;
  analyze(files: readonly PromptFile[], signal?: AbortSignal): Promise<ModelAnswer>;
  /** A call with other prompts and tool; absent on a client that can only review. */
  ask?(request: ModelRequest, signal?: AbortSignal): Promise<ModelAnswer>;
}

/** A client built on first use, once: the SDK behind it is loaded only by a run that calls the model. */
export function lazyModelClient(modelId: string, build: () => Promise<ModelClient>): ModelClient {
  let client: Promise<ModelClient> | undefined;
  // A client that cannot be built (its SDK failed to load) can make no call: fatal, so the scan stops cleanly.
  const built = () =>
    build().catch((e: unknown) => {
      throw new ModelError(
        `the model client could not be built: ${errorMessage(e)}`,
        'fatal',
        undefined,
        undefined,
        false,
        false,
        false,
      );
    });
  return {
    modelId,
    analyze: async (files, signal) => (await (client ??= built())).analyze(files, signal),
    ask: async (request, signal) => {
      const c = await (client ??= built());
      if (!c.ask) throw new ModelError('this model client cannot verify findings', 'fatal');
      return c.ask(request, signal);
    },
  };
}

export type ModelErrorKind =
  /** Worth retrying later: throttling, timeouts, 5xx. */
  | 'transient'
  /** The request cannot succeed as it is (too large, truncated, malformed answer); split or give up on it. */
  | 'request'
  /** No call can succeed: access denied, unknown model, bad credentials. Stop calling. */
  | 'fatal';

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    message: string,
    readonly kind: ModelErrorKind,
    readonly usage?: Usage,
    readonly retryAfterMs?: number,
    /** A transient error that is the service shedding load (429, 503): lower the concurrency. */
    readonly throttle = false,
    /**
     * A server error or model timeout that may be the request's content's doing: a packed request that keeps
     * meeting it is split. Connection errors and load shedding say nothing about the content and never split.
     */
    readonly splittable = false,
    /** False when the request never left this machine (no credentials to sign it): no model call was made. */
    readonly sent = true,
  ) {
    super(message);
  }
}
