"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_POLL_MS, nextPollDelay } from "./poll-schedule";

type Schedule = { startedAt: number; attempt: number; lastAt: number };

/**
 * Per page, so a component remounted by a refresh carries on with its backoff instead of
 * starting over at one second (which is how a page ends up re-reading itself non-stop).
 */
const schedules = new Map<string, Schedule>();

/**
 * While something on the page is processing, re-reads the page with exponential backoff, and
 * only then. After ten minutes it stops and offers a button to look again.
 */
export function RefreshWhileProcessing({ active }: { active: boolean }) {
  const router = useRouter();
  const routerRef = useRef(router);
  const [gaveUp, setGaveUp] = useState(false);
  const [restarts, setRestarts] = useState(0);

  useEffect(() => {
    routerRef.current = router;
  }, [router]);

  useEffect(() => {
    const key = window.location.pathname + window.location.search;
    if (!active) {
      schedules.delete(key);
      setGaveUp(false);
      return;
    }
    const now = Date.now();
    const known = schedules.get(key);
    const schedule = known && now - known.lastAt < 2 * MAX_POLL_MS ? known : { startedAt: now, attempt: 0, lastAt: now };
    schedules.set(key, schedule);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const plan = () => {
      const delay = nextPollDelay(schedule.attempt, Date.now() - schedule.startedAt);
      if (delay === null) {
        setGaveUp(true);
        return;
      }
      timer = setTimeout(() => {
        schedule.attempt += 1;
        schedule.lastAt = Date.now();
        routerRef.current.refresh();
        plan();
      }, delay);
    };
    plan();
    return () => clearTimeout(timer);
  }, [active, restarts]);

  if (!active || !gaveUp) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm text-warning">
      <span>Still processing after 10 minutes. This page has stopped checking by itself.</span>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          schedules.delete(window.location.pathname + window.location.search);
          setGaveUp(false);
          setRestarts((n) => n + 1);
          router.refresh();
        }}
      >
        <RefreshCw aria-hidden /> Refresh
      </Button>
    </div>
  );
}
