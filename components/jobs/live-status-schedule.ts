import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";

export const FIRST_LIVE_POLL_MS = 250;
export const MAX_LIVE_POLL_MS = 2_500;
/** The first polls stay fast: most runs (a re-score, a small upload) finish within a second or two. */
const FAST_POLLS = 4;
export const GIVE_UP_AFTER_MS = 10 * 60_000;

/**
 * How long to wait before the next status poll: 250 ms four times, then half as long again each
 * time up to 2.5 s. Null once nothing has changed for ten minutes: by then something is stuck, and
 * a person should decide whether to look again rather than the page asking forever.
 */
export function nextLivePollDelay(attempt: number, quietForMs: number): number | null {
  if (quietForMs >= GIVE_UP_AFTER_MS) return null;
  const delay = attempt < FAST_POLLS ? FIRST_LIVE_POLL_MS : Math.min(FIRST_LIVE_POLL_MS * 1.5 ** (attempt - FAST_POLLS + 1), MAX_LIVE_POLL_MS);
  return Math.round(Math.min(delay, GIVE_UP_AFTER_MS - quietForMs));
}

/** What the page shows for each watched id: the status it rendered. */
export type LiveWatch = { id: string; status: string };

export type LiveVerdict = {
  /** The page is stale: re-render it. */
  changed: boolean;
  /** Keep polling: something watched is still working (and nothing vanished). */
  keepPolling: boolean;
};

/**
 * Compares a poll with what the page rendered (`watch`) and with the previous poll: a status that
 * differs from the page's, a watched id that vanished (deleted, reclassified, never visible) or
 * progress that moved since the last poll makes the page stale. A null snapshot is a 404: nothing
 * watched is visible any more.
 */
export function judgeLiveSnapshot(watch: LiveWatch[], snapshot: LiveStatusSnapshot | null, previous: LiveStatusSnapshot | null): LiveVerdict {
  if (!snapshot) return { changed: watch.length > 0, keepPolling: false };
  let changed = false;
  let active = false;
  for (const { id, status } of watch) {
    const item = snapshot[id];
    if (!item) return { changed: true, keepPolling: false };
    if (item.status !== status) changed = true;
    if (previous?.[id] && previous[id].progress !== item.progress) changed = true;
    active ||= item.active;
  }
  return { changed, keepPolling: active };
}

/** A poll's identity: the same answer twice must not re-render the page twice. */
export function snapshotSignature(snapshot: LiveStatusSnapshot | null): string {
  if (!snapshot) return "gone";
  return Object.keys(snapshot)
    .sort()
    .map((id) => `${id}=${snapshot[id].status}|${snapshot[id].progress ?? ""}`)
    .join(";");
}
