/** Where the core reports its own failures (a rule that threw); the host decides where they go. */
export interface Logger {
  error(message: string): void;
}

export const silentLogger: Logger = { error() {} };
