/** A problem with how the scanner was configured: shown to the user as is, never as a stack trace. */
export class ConfigurationError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** One error for all the problems found, each on its own line when there are several. */
export function configurationError(problems: string[]): ConfigurationError {
  const message =
    problems.length === 1
      ? problems[0]!
      : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`;
  return new ConfigurationError(message, problems);
}
