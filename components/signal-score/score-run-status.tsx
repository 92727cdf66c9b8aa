import { LoaderCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import type { ScoreVersionView } from "@/lib/signal-score/get-signal-score-view";
import { afterFailure } from "./after-failure";
import { ScoreStatusPoller } from "./score-status-poller";

const STATUS_TEXT = { PENDING: "Queued", PROCESSING: "Reading the data room and scoring" } as const;

type ScoreRunStatusProps = {
  running: ScoreVersionView | null;
  failed: ScoreVersionView | null;
  /** The newest completed version, still shown below a failure; null when none has completed. */
  lastCompletedVersion: number | null;
};

/** A run in progress (polled live until it finishes) or the newest run's failure. */
export function ScoreRunStatus({ running, failed, lastCompletedVersion }: ScoreRunStatusProps) {
  if (running) {
    const status = running.status === "PENDING" ? "PENDING" : "PROCESSING";
    return (
      <>
        <ScoreStatusPoller scoreId={running.id} status={running.status} />
        <div
          role="status"
          aria-live="polite"
          data-testid="score-run-status"
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
  if (failed) {
    return (
      <Alert variant="danger" title={`Version ${failed.version} did not complete`}>
        {failed.narrative ?? "Scoring failed. Try again; if it keeps failing, contact support."} {afterFailure(failed.version, lastCompletedVersion)}
      </Alert>
    );
  }
  return null;
}
