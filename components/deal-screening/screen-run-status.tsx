import { LoaderCircle } from "lucide-react";
import type { ScreenVersionSummary } from "@/lib/deal-screening/get-deal-screen-view";
import { ScreenStatusPoller } from "./screen-status-poller";

const STATUS_TEXT = { PENDING: "Queued", PROCESSING: "Reading the listing's public documents and screening" } as const;

/** A run in progress, polled live until it finishes. */
export function ScreenRunStatus({ running }: { running: ScreenVersionSummary }) {
  const status = running.status === "PENDING" ? "PENDING" : "PROCESSING";
  return (
    <>
      <ScreenStatusPoller versionId={running.id} status={running.status} />
      <div
        role="status"
        aria-live="polite"
        data-testid="screen-run-status"
        data-status={status}
        className="flex items-center gap-3 rounded-lg border border-info/20 bg-info-soft px-4 py-3 text-sm text-info"
      >
        <LoaderCircle aria-hidden className="size-4 animate-spin" />
        <span>
          <span className="font-semibold">
            Version {running.version}: {STATUS_TEXT[status]}…
          </span>{" "}
          This page updates by itself when it is done.
        </span>
      </div>
    </>
  );
}
