/**
 * Polls `probe` until it returns a value other than undefined/null/false, or fails after the deadline.
 * The error says what was awaited and, when `seen` is given, what the screen showed last.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: { timeoutMs?: number; intervalMs?: number; seen?: () => Promise<unknown> | unknown } = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) {
      let last = '';
      if (options.seen) {
        try {
          last = `; last seen: ${JSON.stringify(await options.seen())}`;
        } catch (e) {
          last = `; could not read the screen: ${String(e)}`;
        }
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
