"use client";

import { LiveStatusRefresher } from "@/components/jobs/live-status-refresher";
import type { LiveWatch } from "@/components/jobs/live-status-schedule";

type RefreshWhileProcessingProps = {
  /** Documents being uploaded or processed, or a redaction job under way. */
  kind: "document" | "redaction";
  /** Each such item with the status the page shows; empty when nothing is processing. */
  watch: LiveWatch[];
};

/** While something on the page is processing, re-renders the page as soon as its status or progress changes, and only then. */
export function RefreshWhileProcessing({ kind, watch }: RefreshWhileProcessingProps) {
  return <LiveStatusRefresher kind={kind} watch={watch} stalledMessage="Still processing after 10 minutes. This page has stopped checking by itself." />;
}
