/** What a model supports, beside its price. Overridable for models this table does not know. */
export interface ModelCapabilities {
  forcedToolUse: boolean;
  temperature: boolean;
  promptCaching: boolean;
  /** The fewest tokens a cached prefix must hold for Bedrock to cache it. */
  cacheMinTokens: number;
  maxOutputTokens: number;
}

const CLAUDE: ModelCapabilities = {
  forcedToolUse: true,
  temperature: true,
  promptCaching: true,
  cacheMinTokens: 1024,
  maxOutputTokens: 8192,
};

const TABLE: [RegExp, ModelCapabilities][] = [
  // Opus 4.5 and Haiku 4.5 need longer prefixes before Bedrock caches them.
  [/claude-(opus-4-5|haiku-4-5)/, { ...CLAUDE, cacheMinTokens: 4096 }],
  [/claude-3-5-haiku/, { ...CLAUDE, cacheMinTokens: 2048 }],
  [/claude-3-haiku/, { ...CLAUDE, promptCaching: false, maxOutputTokens: 4096 }],
  [/anthropic\.claude/, CLAUDE],
  [
    /amazon\.nova-(micro|lite|pro)/,
    {
      forcedToolUse: false,
      temperature: true,
      promptCaching: true,
      cacheMinTokens: 1000,
      maxOutputTokens: 5000,
    },
  ],
  [
    /amazon\.nova/,
    {
      forcedToolUse: false,
      temperature: true,
      promptCaching: false,
      cacheMinTokens: 1000,
      maxOutputTokens: 5000,
    },
  ],
];

/** Unknown models get the safe defaults: ask for JSON in text (the client falls back anyway), no caching. */
const UNKNOWN: ModelCapabilities = {
  forcedToolUse: true,
  temperature: true,
  promptCaching: false,
  cacheMinTokens: 1024,
  maxOutputTokens: 4096,
};

export function capabilitiesFor(modelId: string): ModelCapabilities {
  return TABLE.find(([re]) => re.test(modelId))?.[1] ?? UNKNOWN;
}
