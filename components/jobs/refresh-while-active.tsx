"use client";

import { ALL_JOBS_ID } from "@/lib/jobs/live-status/live-status-types";
import { LiveStatusRefresher } from "./live-status-refresher";

/**
 * While some job of the list is queued or running, re-renders the page as soon as one of them
 * moves (starts, reports progress, finishes), and only then. `platform` follows every org's jobs.
 */
export function RefreshWhileActive({ active, platform = false }: { active: boolean; platform?: boolean }) {
  return (
    <LiveStatusRefresher
      kind={platform ? "platform-jobs" : "org-jobs"}
      watch={active ? [{ id: ALL_JOBS_ID, status: "active" }] : []}
      stalledMessage="Jobs are still queued or running after 10 minutes. This page has stopped checking by itself."
    />
  );
}
