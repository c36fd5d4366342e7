/**
 * When a failed webhook delivery is tried again (W2): about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h
 * and 10 h after each failure, each between 90% and 110% of that, so that the deliveries that
 * failed together (an endpoint that was down) do not all come back in the same second.
 */
export const webhookRetryDelaysMs = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;

function nominal(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), webhookRetryDelaysMs.length) - 1;
  return webhookRetryDelaysMs[index] as number;
}

/** The longest wait after `failedAttempts` failures: tests move the clock by this much. */
export function longestWebhookRetryDelayMs(failedAttempts: number): number {
  return Math.ceil(nominal(failedAttempts) * 1.1);
}

export function webhookRetryDelayMs(failedAttempts: number, random: () => number): number {
  return Math.round(nominal(failedAttempts) * (0.9 + 0.2 * random()));
}
