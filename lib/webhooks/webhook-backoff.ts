/** Attempts per message before it is given up (the first send plus seven retries, about an hour in all). */
export const MAX_WEBHOOK_ATTEMPTS = 8;
/** Consecutive failed attempts, across messages, after which the subscription is disabled. */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 10;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * When to try again after failed attempt `attempt` (1-based): 30 s, 1 min, 2 min, ... doubling,
 * capped at 6 h, with ±20% jitter so a receiver that was down is not hit by every retry at once.
 */
export function nextRetryAt(attempt: number, now: Date, random: () => number = Math.random): Date {
  const delay = Math.min(BASE_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + Math.round(delay * (0.8 + 0.4 * random())));
}
