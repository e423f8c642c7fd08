/**
 * The message of anything thrown: an Error's message, the message of an error-like object (an SDK's plain
 * error object), else the value as a string, so a thrown string or number still reads as what it says.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string')
    return e.message;
  return String(e);
}
