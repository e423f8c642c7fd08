/** Where every module writes its progress: the action's log or the CLI's standard error. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}
