/**
 * Everything the model wrote (and every file name) is untrusted. Rendered into markdown it must stay inert:
 * no HTML, no links or images, no @mentions or #references that notify people, bounded in length.
 */
const ZWSP = '\u200b';

export function escapeMarkdown(text: string, maxLength = 1000): string {
  const clipped = clip(text.replace(/[\r\n\t]+/g, ' '), maxLength);
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/** A file path inside inline code: backticks cannot be escaped there, so they are replaced. */
export function codePath(path: string, maxLength = 200): string {
  const safe = clip(path, maxLength).replace(/`/g, "'").replace(/[\r\n]/g, ' ').replace(/\|/g, '\\|');
  return `\`${safe}\``;
}

/** URL-encodes each path segment for a link target. */
export function pathUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function clip(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** Workflow-command injection: ::cmd:: at a line start, or a newline smuggled in a name, is neutralised. */
export function logSafe(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}
