/** Where the core reports its own failures (a rule that threw); the host decides where they go. */
export interface Logger {
  error(message: string): void;
}

export const silentLogger: Logger = { error() {} };

/** What a failure says in a log: its stack where it has one. */
export function failureText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
