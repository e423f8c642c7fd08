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
