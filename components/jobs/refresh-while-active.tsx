"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const POLL_MS = 3_000;
const GIVE_UP_AFTER_MS = 10 * 60_000;

/**
 * Re-reads the page every few seconds while some job is queued or running, and only then; a
 * hidden tab skips its turns. After ten minutes of the same busy page it stops (a queue that long
 * wants a person, not a page asking forever) and offers a button to carry on.
 */
export function RefreshWhileActive({ active }: { active: boolean }) {
  const [round, setRound] = useState(0);
  // A new round is a new poller: its ten minutes start again.
  return <Poller key={round} active={active} onRestart={() => setRound((n) => n + 1)} />;
}

function Poller({ active, onRestart }: { active: boolean; onRestart(): void }) {
  const router = useRouter();
  const routerRef = useRef(router);
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    routerRef.current = router;
  }, [router]);

  useEffect(() => {
    if (!active) {
      setGaveUp(false);
      return;
    }
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - startedAt >= GIVE_UP_AFTER_MS) {
        clearInterval(timer);
        setGaveUp(true);
        return;
      }
      if (document.visibilityState === "visible") routerRef.current.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active]);

  if (!active || !gaveUp) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm text-warning">
      <span>Jobs are still queued or running after 10 minutes. This page has stopped checking by itself.</span>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          onRestart();
          router.refresh();
        }}
      >
        <RefreshCw aria-hidden /> Refresh
      </Button>
    </div>
  );
}
