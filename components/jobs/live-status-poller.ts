import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";
import { judgeLiveSnapshot, type LiveWatch, nextLivePollDelay, snapshotSignature } from "./live-status-schedule";

/** A poll's answer: the snapshot, null for a 404 (nothing watched is visible), or what to do when there is none. */
export type LiveReadResult = LiveStatusSnapshot | null | "retry" | "stop";

export type LivePollerDeps = {
  read: () => Promise<LiveReadResult>;
  /** Re-render the page from the server. */
  refresh: () => void;
  /** Nothing changed for ten minutes: polling has stopped. */
  giveUp: () => void;
  isHidden: () => boolean;
  now?: () => number;
};

/**
 * The polling loop behind useLiveStatus, free of React and the DOM: one poll at a time on the
 * schedule of nextLivePollDelay, a refresh once per distinct answer that differs from what the
 * page shows, no timer while hidden (and a poll at once when shown again), done once nothing
 * watched is active. Call `visibilityChanged` on visibilitychange and `stop` on unmount.
 */
export function startLivePoller(watched: LiveWatch[], { read, refresh, giveUp, isHidden, now = Date.now }: LivePollerDeps) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polling = false;
  let finished = watched.length === 0;
  let attempt = 0;
  let lastChangeAt = now();
  let previous: LiveStatusSnapshot | null = null;
  let refreshedFor: string | null = null;

  const schedule = () => {
    if (finished || isHidden()) return;
    const delay = nextLivePollDelay(attempt, now() - lastChangeAt);
    if (delay === null) {
      finished = true;
      giveUp();
      return;
    }
    timer = setTimeout(() => void poll(), delay);
  };

  const poll = async () => {
    timer = undefined;
    polling = true;
    attempt += 1;
    const answer = await read();
    polling = false;
    if (finished) return;
    if (answer === "stop") {
      finished = true;
      return;
    }
    if (answer !== "retry") {
      const verdict = judgeLiveSnapshot(watched, answer, previous);
      previous = answer;
      if (verdict.changed) {
        attempt = 0;
        lastChangeAt = now();
        const signature = snapshotSignature(answer);
        if (signature !== refreshedFor) {
          refreshedFor = signature;
          refresh();
        }
      }
      if (!verdict.keepPolling) {
        finished = true;
        return;
      }
    }
    schedule();
  };

  schedule();
  return {
    visibilityChanged() {
      if (isHidden()) {
        clearTimeout(timer);
        timer = undefined;
        return;
      }
      if (finished || polling || timer !== undefined) return;
      attempt = 0;
      void poll();
    },
    stop() {
      finished = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** One poll of the status route: the snapshot, null for a 404, "stop" when signed out or refused, "retry" otherwise. */
export async function readLiveSnapshot(url: string, signal?: AbortSignal): Promise<LiveReadResult> {
  try {
    const response = await fetch(url, { cache: "no-store", signal });
    if (response.ok) return ((await response.json()) as { items: LiveStatusSnapshot }).items;
    if (response.status === 404) return null;
    // Signed out or refused: asking again will not help. A server error or a 429 may pass.
    return response.status < 500 && response.status !== 429 ? "stop" : "retry";
  } catch {
    return "retry"; // Offline, the server restarting, or the page gone (aborted): the next turn, if any, tries again.
  }
}
