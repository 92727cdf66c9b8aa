"use client";

import { useEffect, useRef } from "react";
import { ENGAGEMENT_FLUSH_INTERVAL_MS, ENGAGEMENT_IDLE_AFTER_MS, ENGAGEMENT_MAX_PAGES_PER_BATCH } from "@/lib/deal-rooms/engagement/engagement-options";

const INPUT_EVENTS = ["pointermove", "pointerdown", "keydown", "wheel", "scroll", "touchstart"] as const;

/** Sends one batch the way that survives the page going away: a beacon, else a keepalive fetch. */
function send(endpoint: string, pages: { page: number; ms: number }[]) {
  for (let i = 0; i < pages.length; i += ENGAGEMENT_MAX_PAGES_PER_BATCH) {
    const body = JSON.stringify({ pages: pages.slice(i, i + ENGAGEMENT_MAX_PAGES_PER_BATCH) });
    if (navigator.sendBeacon?.(endpoint, body)) continue;
    void fetch(endpoint, { method: "POST", body, keepalive: true, credentials: "same-origin" }).catch(() => {});
  }
}

/**
 * Measures how long the page in view is actually seen: the clock runs while the tab is visible and
 * the reader has touched pointer, keys or wheel in the last minute, and is charged to the page shown
 * at the time. Every 15 s it sends the whole seconds measured (keeping fractions for later); when
 * the tab is hidden, the page is left or the viewer unmounts, everything left. Cheap: no timer
 * besides the flush, input events only stamp a time.
 */
export function usePageEngagement(endpoint: string, page: number, enabled = true) {
  const state = useRef({ page, pending: new Map<number, number>(), lastTick: 0, lastInput: 0, tick: null as (() => void) | null });

  useEffect(() => {
    if (!enabled) return;
    const s = state.current;
    s.lastTick = s.lastInput = performance.now();

    // `seen`: whether the stretch since the last tick was visible. When the tab hides, the event comes after the fact.
    const tick = (seen = document.visibilityState === "visible") => {
      const now = performance.now();
      const until = Math.min(now, s.lastInput + ENGAGEMENT_IDLE_AFTER_MS);
      if (seen && until > s.lastTick) s.pending.set(s.page, (s.pending.get(s.page) ?? 0) + (until - s.lastTick));
      s.lastTick = now;
    };
    const flush = (everything: boolean, seen?: boolean) => {
      tick(seen);
      const pages: { page: number; ms: number }[] = [];
      for (const [pageNumber, ms] of s.pending) {
        // The endpoint keeps whole seconds: a last remainder under half a second would record nothing.
        const sent = everything ? (ms >= 500 ? Math.round(ms) : 0) : Math.floor(ms / 1000) * 1000;
        if (sent >= 1) pages.push({ page: pageNumber, ms: Math.min(sent, 600_000) });
        if (everything || ms - sent < 1) s.pending.delete(pageNumber);
        else s.pending.set(pageNumber, ms - sent);
      }
      if (pages.length > 0) send(endpoint, pages);
    };
    const onInput = () => {
      const now = performance.now();
      // Back from idle: close the counted stretch at the idle cut-off before restarting the clock.
      if (now - s.lastInput > ENGAGEMENT_IDLE_AFTER_MS) tick();
      s.lastInput = now;
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush(true, true);
      else s.lastTick = s.lastInput = performance.now();
    };
    const onPageHide = () => flush(true);

    const interval = window.setInterval(() => flush(false), ENGAGEMENT_FLUSH_INTERVAL_MS);
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    s.tick = tick;
    return () => {
      window.clearInterval(interval);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      // Leaving the viewer inside the app fires no pagehide: send what was read.
      flush(true);
      s.tick = null;
    };
  }, [endpoint, enabled]);

  // A new page: the time so far belongs to the one that was shown.
  useEffect(() => {
    const s = state.current;
    s.tick?.();
    s.page = page;
  }, [page]);
}
