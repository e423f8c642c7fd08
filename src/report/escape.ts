import { secrets } from '../secret-registry.js';
import { clip } from '../text.js';

/**
 * Everything the model wrote (and every file name, which the pull request's author chose) is untrusted. Rendered
 * anywhere it must stay inert: no HTML, no links or images, no math, no @mentions or #references that notify
 * people or link elsewhere, no invisible or direction-changing characters, bounded in length.
 */
const ZWSP = '\u200b';

/**
 * C0/C1 controls (except tab and newline), bidirectional overrides and isolates ("Trojan Source"), zero-width
 * characters and the BOM: they hide or reorder text, so they are dropped before anything else.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Mentions (@user, @org/team), issue references (#123, GH-123) and bare URLs are broken with a zero-width space. */
function neutraliseLinks(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\bGH(?=\\?-\d)/gi, (m) => `${m}${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * One line of inline markdown from untrusted text: HTML is escaped, every markdown punctuation is backslash-escaped
 * (no emphasis, code, links, images, tables or alerts), `$` becomes an entity (no math), and mentions, references
 * and URLs are broken. The length is capped before escaping (maxLength characters of the original text).
 */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  const clipped = clip(
    stripInvisible(text)
      .replace(/\s*[\r\n\t]+\s*/g, ' ')
      .trim(),
    maxLength,
  );
  const escaped = clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+!|~^=-])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.'); // "1." would open an ordered list
  // Last: the entity for `$` holds a `#` and digits that the reference rule above would otherwise break.
  return neutraliseLinks(escaped).replace(/\$/g, '&#36;');
}

/**
 * A file path inside inline code: nothing inside a code span is markdown (no mentions, links or HTML), but a
 * backtick would close it and a newline would end the line, so those are replaced.
 */
export function codePath(path: string, maxLength = 200): string {
  const safe = clip(stripInvisible(path), maxLength)
    .replace(/`/g, "'")
    .replace(/[\r\n\t]+/g, ' ');
  // A code span's content that begins or ends with a space loses one; a space pad keeps it as written.
  const padded = /^ | $/.test(safe) ? ` ${safe} ` : safe;
  return `\`${padded}\``;
}

/**
 * A file path as a URL path: each segment percent-encoded down to the unreserved characters (letters, digits,
 * `-._~`). encodeURIComponent alone keeps `(`, `)`, `!`, `'` and `*`, and a `)` ends a markdown link's target:
 * the rest of the name would become text, where `www.example.com` is a live link to another host.
 */
export function pathUrl(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** An http(s) URL that can stand in a markdown link target as it is (no space, parenthesis or angle bracket). */
export function isLinkSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s()<>\\`"']+$/.test(url);
}

/**
 * Plain text (check-run annotation titles and messages, workflow annotations, check titles): GitHub shows it as
 * text, so HTML and markdown need no escaping, but invisible characters are dropped, mentions and references are
 * broken anyway (defence in depth), and the length is capped. Newlines are kept only when `multiline`.
 */
export function plainText(text: string, maxLength: number, multiline = false): string {
  const flat = stripInvisible(text).replace(multiline ? /\r\n?/g : /\s*[\r\n]+\s*/g, multiline ? '\n' : ' ');
  return clip(neutraliseLinks(flat), maxLength);
}

/**
 * A SARIF message's text: plain text in which `[text](target)` is an embedded link (SARIF 2.1.0 §3.11.6), so
 * brackets and backslashes are escaped, as are mentions and references for viewers that render markdown.
 */
export function sarifText(text: string, maxLength: number): string {
  const flat = clip(stripInvisible(text).replace(/\s*[\r\n\t]+\s*/g, ' '), maxLength);
  return neutraliseLinks(flat.replace(/([\\[\]])/g, '\\$1'));
}

/** Text for a hidden HTML comment: it must not close the comment or break its line. */
export function commentSafe(text: string, maxLength = 100): string {
  return clip(stripInvisible(text), maxLength)
    .replace(/[\r\n<>]+/g, ' ')
    .replace(/-{2,}/g, '-');
}

/**
 * A line for the job's log. The runner reads a line as a workflow command only when it starts with `::`
 * (leading spaces aside), and the legacy `##[command]` form wherever it appears; so a newline (which could start
 * a line of the value's choosing) becomes a space, a leading `::` is broken with a zero-width space, and so is
 * every `##[`. Nothing else changes: an ARN (`arn:aws:iam::123456789012:role/x`), a URL or a `host::port` is
 * printed as it is and copies correctly. Every value registered as secret is masked too (the runner masks only
 * what was registered with it, and only in the log; the CLI has no mask at all).
 */
export function logSafe(text: string): string {
  return secrets
    .scrub(text)
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(/^(\s*):(?=:)/, `$1:${ZWSP}`)
    .replace(/##\[/g, `#${ZWSP}#[`);
}
