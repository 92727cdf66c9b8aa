"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { LiveStatusKind } from "@/lib/jobs/live-status/live-status-types";
import { readLiveSnapshot, startLivePoller } from "./live-status-poller";
import type { LiveWatch } from "./live-status-schedule";

/**
 * Follows work the page shows (`watch`: each id with the status the page rendered) through the
 * small status route (app/api/live-status): fast at first (250 ms), slower while nothing moves,
 * fast again after a change. The page is re-rendered from the server only when a poll differs
 * from what it shows, once per distinct answer. Stops when nothing watched is active, pauses
 * while the tab is hidden, and gives up after ten quiet minutes: `gaveUp`, with `lookAgain`.
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
    const watched = (JSON.parse(watchKey) as [string, string][]).map(([id, status]) => ({ id, status }));
    setGaveUp(false);
    if (watched.length === 0) return;
    const url = `/api/live-status/${kind}?ids=${encodeURIComponent(watched.map((w) => w.id).join(","))}`;
    const controller = new AbortController();
    const poller = startLivePoller(watched, {
      read: () => readLiveSnapshot(url, controller.signal),
      refresh: () => routerRef.current.refresh(),
      giveUp: () => setGaveUp(true),
      isHidden: () => document.visibilityState === "hidden",
    });
    const onVisibility = () => poller.visibilityChanged();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      poller.stop();
      controller.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [kind, watchKey, restarts]);

  return {
    gaveUp,
    lookAgain: () => {
      setRestarts((n) => n + 1);
      routerRef.current.refresh();
    },
  };
}
