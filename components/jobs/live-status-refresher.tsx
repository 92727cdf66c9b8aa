"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { LiveStatusKind } from "@/lib/jobs/live-status/live-status-types";
import type { LiveWatch } from "./live-status-schedule";
import { useLiveStatus } from "./use-live-status";

type LiveStatusRefresherProps = {
  kind: LiveStatusKind;
  /** What the page shows as still working, each with the status it rendered; empty when nothing is. */
  watch: LiveWatch[];
  /** Shown when nothing has moved for ten minutes and the page stopped checking. */
  stalledMessage: string;
};

/** Re-renders the page as soon as the work it shows changes (useLiveStatus); after ten quiet minutes, offers a button to look again. */
export function LiveStatusRefresher({ kind, watch, stalledMessage }: LiveStatusRefresherProps) {
  const { gaveUp, lookAgain } = useLiveStatus(kind, watch);
  if (watch.length === 0 || !gaveUp) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm text-warning">
      <span>{stalledMessage}</span>
      <Button variant="outline" size="sm" onClick={lookAgain}>
        <RefreshCw aria-hidden /> Refresh
      </Button>
    </div>
  );
}
