"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 2_000;
const GIVE_UP_AFTER_MS = 10 * 60_000;

/** While a backfill is queued or running, re-renders the page every two seconds (its progress and, at the end, the charts); stops after ten minutes. */
export function RefreshWhileBackfilling({ active, progress }: { active: boolean; progress: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => (Date.now() - started > GIVE_UP_AFTER_MS ? clearInterval(timer) : router.refresh()), EVERY_MS);
    return () => clearInterval(timer);
  }, [active, progress, router]);
  return null;
}
