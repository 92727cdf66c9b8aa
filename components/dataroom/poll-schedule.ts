export const FIRST_POLL_MS = 1_000;
export const MAX_POLL_MS = 30_000;
export const GIVE_UP_AFTER_MS = 10 * 60_000;

/**
 * How long to wait before the next re-read while something is processing: 1 s, doubling up to
 * 30 s. Null once polling has run for ten minutes: by then something is stuck, and a person
 * should decide whether to look again rather than the page asking forever.
 */
export function nextPollDelay(attempt: number, elapsedMs: number): number | null {
  if (elapsedMs >= GIVE_UP_AFTER_MS) return null;
  const delay = Math.min(FIRST_POLL_MS * 2 ** attempt, MAX_POLL_MS);
  return Math.min(delay, GIVE_UP_AFTER_MS - elapsedMs);
}
