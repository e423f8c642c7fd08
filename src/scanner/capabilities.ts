/** What a model supports, beside its price. Overridable for models this table does not know. */
export interface ModelCapabilities {
  forcedToolUse: boolean;
  temperature: boolean;
  promptCaching: boolean;
  /** The fewest tokens a cached prefix must hold for Bedrock to cache it. */
  cacheMinTokens: number;
  maxOutputTokens: number;
  /** The model's context window in tokens: what one request may hold, its answer included. */
  contextTokens: number;
}

const CLAUDE: ModelCapabilities = {
  forcedToolUse: true,
  temperature: true,
  promptCaching: true,
  cacheMinTokens: 1024,
  maxOutputTokens: 8192,
  contextTokens: 200_000,
};

const NOVA: ModelCapabilities = {
  forcedToolUse: false,
  temperature: true,
  promptCaching: true,
  cacheMinTokens: 1000,
  maxOutputTokens: 5000,
  contextTokens: 300_000,
};

const TABLE: [RegExp, ModelCapabilities][] = [
  // Opus 4.5 and Haiku 4.5 need longer prefixes before Bedrock caches them.
  [/claude-(opus-4-5|haiku-4-5)/, { ...CLAUDE, cacheMinTokens: 4096 }],
  [/claude-3-5-haiku/, { ...CLAUDE, cacheMinTokens: 2048 }],
  [/claude-3-haiku/, { ...CLAUDE, promptCaching: false, maxOutputTokens: 4096 }],
  [/anthropic\.claude/, CLAUDE],
  [/amazon\.nova-micro/, { ...NOVA, contextTokens: 128_000 }],
  [/amazon\.nova-(lite|pro)/, NOVA],
  [
    /amazon\.nova/,
    {
      forcedToolUse: false,
      temperature: true,
      promptCaching: false,
      cacheMinTokens: 1000,
      maxOutputTokens: 5000,
      contextTokens: 300_000,
    },
  ],
];

/**
 * Unknown models get the safe defaults: ask for JSON in text (the client falls back anyway), no caching, and a
 * small context (large files go in more chunks; a request still too long is split further).
 */
const UNKNOWN: ModelCapabilities = {
  forcedToolUse: true,
  temperature: true,
  promptCaching: false,
  cacheMinTokens: 1024,
  maxOutputTokens: 4096,
  contextTokens: 32_000,
};

export function capabilitiesFor(modelId: string): ModelCapabilities {
  return TABLE.find(([re]) => re.test(modelId))?.[1] ?? UNKNOWN;
}
