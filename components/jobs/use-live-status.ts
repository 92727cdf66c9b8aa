"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { LiveStatusKind, LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";
import { judgeLiveSnapshot, type LiveWatch, nextLivePollDelay, snapshotSignature } from "./live-status-schedule";

/**
 * Follows work the page shows (`watch`: each id with the status the page rendered) through the
 * small status route: fast at first (250 ms), slower while nothing moves, again fast after a
 * change. The page is re-rendered from the server only when a poll differs from what it shows,
 * once per distinct answer. Stops when nothing watched is active, pauses while the tab is hidden
 * (and polls at once when it is shown again), and gives up after ten quiet minutes: `gaveUp`, with
 * `lookAgain` to start over.
 */
export function useLiveStatus(kind: LiveStatusKind, watch: LiveWatch[]): { gaveUp: boolean; lookAgain(): void } {
  const router = useRouter();
  const routerRef = useRef(router);
  const [gaveUp, setGaveUp] = useState(false);
  const [restarts, setRestarts] = useState(0);
  // The effect restarts when what the page shows changes, not on every render's new array.
  const watchKey = JSON.stringify(watch.map(({ id, status }) => [id, status]));

  useEffect(() => {
    routerRef.current = router;
  }, [router]);

  useEffect(() => {
    const watched: LiveWatch[] = (JSON.parse(watchKey) as [string, string][]).map(([id, status]) => ({ id, status }));
    setGaveUp(false);
    if (watched.length === 0) return;
    const url = `/api/live-status/${kind}?ids=${encodeURIComponent(watched.map((w) => w.id).join(","))}`;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polling = false;
    let finished = false;
    let attempt = 0;
    let lastChangeAt = Date.now();
    let previous: LiveStatusSnapshot | null = null;
    let refreshedFor: string | null = null;

    const schedule = () => {
      if (finished || document.visibilityState === "hidden") return;
      const delay = nextLivePollDelay(attempt, Date.now() - lastChangeAt);
      if (delay === null) {
        finished = true;
        setGaveUp(true);
        return;
      }
      timer = setTimeout(() => void poll(), delay);
    };

    const poll = async () => {
      timer = undefined;
      polling = true;
      attempt += 1;
      const answer = await readSnapshot(url, controller.signal);
      polling = false;
      if (controller.signal.aborted) return;
      if (answer === "stop") return void (finished = true);
      if (answer !== "retry") {
        const verdict = judgeLiveSnapshot(watched, answer, previous);
        previous = answer;
        if (verdict.changed) {
          attempt = 0;
          lastChangeAt = Date.now();
          const signature = snapshotSignature(answer);
          if (signature !== refreshedFor) (refreshedFor = signature), routerRef.current.refresh();
        }
        if (!verdict.keepPolling) return void (finished = true);
      }
      schedule();
    };

    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        clearTimeout(timer);
        timer = undefined;
        return;
      }
      if (finished || polling || timer !== undefined) return;
      attempt = 0;
      void poll();
    };

    schedule();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [kind, watchKey, restarts]);

  return { gaveUp, lookAgain: () => (setRestarts((n) => n + 1), routerRef.current.refresh()) };
}

/** A poll's answer: the snapshot, null for a 404 (nothing watched is visible), or what to do when there is none. */
async function readSnapshot(url: string, signal: AbortSignal): Promise<LiveStatusSnapshot | null | "retry" | "stop"> {
  try {
    const response = await fetch(url, { cache: "no-store", signal });
    if (response.ok) return ((await response.json()) as { items: LiveStatusSnapshot }).items;
    if (response.status === 404) return null;
    // Signed out or refused: asking again will not help. A server error or a 429 may pass.
    return response.status < 500 && response.status !== 429 ? "stop" : "retry";
  } catch {
    return "retry"; // Offline, the server restarting, or the effect cleaned up (then nothing follows).
  }
}
