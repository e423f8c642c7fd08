/**
 * What a failed GitHub call means for the user, apart from the client itself: the reporters use these without
 * loading Octokit, which only a run that talks to GitHub needs.
 */
import { errorMessage } from '../errors.js';
import { clip, oneLine } from '../text.js';

export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * One sentence for a failed GitHub call that says what to do: the permission to grant on 403 and 404 (GitHub
 * answers 404 for what a token may not see), a wait on rate limits, a retry later on server errors.
 */
export function apiProblem(e: unknown, what: string, permission: string): string {
  const status = statusOf(e);
  const detail = clip(oneLine(errorMessage(e)), 300);
  const grant = `Add \`${permission}\` to the job's \`permissions:\` (a pull request from a fork gets a read-only token; its results stay in the job summary)`;
  if (status === 403 && /rate limit/i.test(detail))
    return `could not ${what}: GitHub's API rate limit was hit (403: ${detail}).`;
  if (status === 403 || status === 401)
    return `could not ${what}: GitHub refused (${status}: ${detail}). ${grant}.`;
  if (status === 404)
    return `could not ${what}: GitHub answered 404 (${detail}); the token cannot see it. ${grant}.`;
  if (status === 422) return `could not ${what}: GitHub rejected the request (422: ${detail}).`;
  if (status !== undefined && status >= 500)
    return `could not ${what}: GitHub failed (${status}: ${detail}) after retries. If it keeps failing, check that the job has \`${permission}\`.`;
  return `could not ${what}: ${detail}${status ? ` (HTTP ${status})` : ''}.`;
}

/** Denied for good (no point in trying other calls of the same kind in this run). */
export function isDenied(e: unknown): boolean {
  const status = statusOf(e);
  return status === 401 || status === 403 || status === 404;
}
