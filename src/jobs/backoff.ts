/**
 * When a failed job runs again: exponential backoff from 30 seconds, capped at one hour, with
 * jitter so that many jobs that failed together (a mail server that was down) do not all come
 * back in the same second. Eight attempts span about an hour, well inside a link's validity.
 */
export const retryBaseMs = 30_000;
export const retryCapMs = 60 * 60_000;

/** The longest wait after `failedAttempts` failures: tests move the clock by this much. */
export function longestRetryDelayMs(failedAttempts: number): number {
  return Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** A wait between half and all of the longest, chosen by `random` (0 ≤ random() < 1). */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const longest = longestRetryDelayMs(failedAttempts);
  return Math.round(longest / 2 + (random() * longest) / 2);
}
