/** Small text helpers shared by messages and renderings. */

/** Cuts to at most maxLength UTF-16 units, never inside a surrogate pair, ending with an ellipsis when cut. */
export function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength <= 0) return '';
  let end = maxLength - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Runs of whitespace (line breaks included) as one space, trimmed: a message that fits on one log line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
