/**
 * Secrets inside the files to send are redacted before the model sees them: secretlint's recommended rules
 * (credential values: AWS, GitHub, Slack, npm, GCP service accounts, connection strings, private keys, ...) and
 * the armoured key material of key-material.ts. The file is still reviewed, its line numbers unchanged, and each
 * secret becomes a finding of its own, made here from where it is, never from its value. Loaded with import()
 * only when files are sent: a warm run never compiles the rule set.
 */
import type { SecretLintCoreConfig, SecretLintCoreResultMessage } from '@secretlint/types';
import type { SecretHit } from './secret-findings.js';
import { findKeyMaterial, lineAt, mergeSpans, redactSpans, type Span } from './key-material.js';

export interface RedactedFile {
  /** The text to send: each secret replaced by `[REDACTED:<rule>]`, every line break kept. */
  content: string;
  /** One per secret found, in file order. */
  secrets: SecretHit[];
}

const RULE_PREFIX = '@secretlint/secretlint-rule-';
/**
 * secretlint-disable comments are a directive of the reviewed content: the content must not decide what is
 * withheld from the model, so that rule is left out. An account id is no secret.
 */
const LEFT_OUT_RULES = new Set([`${RULE_PREFIX}filter-comments`]);
const LEFT_OUT_MESSAGES = new Set(['AWSAccountID']);
/** A value a rule reports is also looked for this far past its range (a rule may report a range too short). */
const VALUE_WINDOW = 256;

let config: Promise<SecretLintCoreConfig> | undefined;
/**
 * secretlint's profiler is on by default and keeps a performance mark per rule and file for the life of the
 * process: over thousands of files that is hundreds of megabytes. It is turned off before the first file.
 */
let profilerOff: Promise<void> | undefined;

/** The rule set, built once per process. */
function ruleSet(): Promise<SecretLintCoreConfig> {
  profilerOff ??= import('@secretlint/profiler').then(({ secretLintProfiler }) =>
    secretLintProfiler.setEnabled(false),
  );
  config ??= import('@secretlint/secretlint-rule-preset-recommend').then(({ rules }) => ({
    rules: rules
      .filter((rule) => !LEFT_OUT_RULES.has(rule.meta.id))
      .map((rule) => ({
        id: rule.meta.id,
        rule,
        // Access key ids too: an id next to its secret is half of the credential.
        options: rule.meta.id === `${RULE_PREFIX}aws` ? { enableIDScanRule: true } : {},
      })),
  }));
  return config;
}

/**
 * An AWS secret access key assigned to its usual name. secretlint's rule ends its pattern with a word boundary,
 * so it misses a key whose last character is `/`, `+` or `=` (about one key in fifty): this finds those too.
 */
const AWS_SECRET_KEY =
  /(?:aws)?_?secret_?access_?key["'`]?\s*(?:=>|:=|=|:)\s*["'`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;

function findAwsSecretKeys(text: string): Span[] {
  return [...text.matchAll(AWS_SECRET_KEY)].map((m) => {
    const end = m.index + m[0].length;
    return { start: end - 40, end, rule: 'aws' };
  });
}

/** Redacts the secrets in one file's text. */
export async function redactSecrets(path: string, text: string): Promise<RedactedFile> {
  const [{ lintSource }, rules] = await Promise.all([import('@secretlint/core'), ruleSet()]);
  await profilerOff;
  const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
  const result = await lintSource({
    source: { filePath: path, content: text, ext, contentType: 'text' },
    options: { config: rules, noPhysicFilePath: true },
  });
  const spans = [
    ...result.messages.flatMap((m) => (m.type === 'message' ? messageSpans(m, text) : [])),
    ...findKeyMaterial(text),
    ...findAwsSecretKeys(text),
  ];
  const merged = mergeSpans(spans);
  return {
    content: redactSpans(text, merged),
    secrets: merged.map((s) => ({
      rule: s.rule,
      startLine: lineAt(text, s.start),
      endLine: lineAt(text, Math.max(s.start, s.end - 1)),
    })),
  };
}

/**
 * A message's range, and every place near it where one of the values it reports stands: a rule's range may
 * cover the key name rather than the value (secretlint's AWS secret-key rule does), and the value is what must go.
 */
function messageSpans(m: SecretLintCoreResultMessage, text: string): Span[] {
  if (LEFT_OUT_MESSAGES.has(m.messageId)) return [];
  const short = m.ruleId.startsWith(RULE_PREFIX) ? m.ruleId.slice(RULE_PREFIX.length) : m.ruleId;
  const rule = short === 'privatekey' ? 'private-key' : short;
  const [start, end] = m.range;
  const spans: Span[] = [{ start, end, rule }];
  const values = Object.values(m.data ?? {}).filter(
    (v): v is string => typeof v === 'string' && v.length >= 8,
  );
  const window = text.slice(start, end + VALUE_WINDOW);
  for (const value of values)
    for (let i = window.indexOf(value); i !== -1; i = window.indexOf(value, i + value.length))
      spans.push({ start: start + i, end: start + i + value.length, rule });
  return spans;
}
