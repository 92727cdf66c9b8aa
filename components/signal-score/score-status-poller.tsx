"use client";

import { LiveStatusRefresher } from "@/components/jobs/live-status-refresher";

/** While a run is PENDING/PROCESSING, re-renders the page as soon as its status changes (within a quarter second at first). */
export function ScoreStatusPoller({ scoreId, status }: { scoreId: string; status: string }) {
  return (
    <LiveStatusRefresher
      kind="score"
      watch={[{ id: scoreId, status }]}
      stalledMessage="This score is still running after 10 minutes. This page has stopped checking by itself."
    />
  );
}
