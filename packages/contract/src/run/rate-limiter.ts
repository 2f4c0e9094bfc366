/** Thrown for a malformed option value; the CLI maps it to exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a Schemathesis-style rate limit: `N/s`, `N/m` or `N/h` (a bare number means per second).
 * Returns the minimum interval between request starts, in milliseconds.
 * @example parseRateLimit('100/m') // 600
 */
export function parseRateLimit(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(?:\/([smh]))?$/.exec(text.trim());
  if (!m || Number(m[1]) <= 0)
    throw new UsageError(`invalid rate limit '${text}' (expected N/s, N/m or N/h)`);
  return (UNITS[m[2] ?? 's'] as number) / Number(m[1]);
}

/** Waits `ms` milliseconds (the real clock; runs and tests may pass another). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Spaces request starts at least `intervalMs` apart (0 = no limit), whatever the number of workers. */
export function createRateLimiter(intervalMs: number, wait = sleep) {
  let next = 0;
  return async (): Promise<void> => {
    if (intervalMs <= 0) return;
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + intervalMs;
    if (at > now) await wait(at - now);
  };
}
