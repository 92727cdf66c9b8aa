"use client";

import { LiveStatusRefresher } from "@/components/jobs/live-status-refresher";

/** While a screening run is PENDING/PROCESSING, re-renders the page as soon as its status changes. */
export function ScreenStatusPoller({ versionId, status }: { versionId: string; status: string }) {
  return (
    <LiveStatusRefresher
      kind="deal-screen"
      watch={[{ id: versionId, status }]}
      stalledMessage="This screening is still running after 10 minutes. This page has stopped checking by itself."
    />
  );
}
