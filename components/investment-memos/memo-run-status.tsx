import { LoaderCircle } from "lucide-react";
import { LiveStatusRefresher } from "@/components/jobs/live-status-refresher";
import type { MemoStatus } from "@/lib/investment-memos/memo-status";

const STATUS_TEXT = { PENDING: "Queued", PROCESSING: "Writing the seven sections from the deal screen" } as const;

/** A memo being written, polled live until its job finishes (the page then re-renders with the editor or the failure). */
export function MemoRunStatus({ memoId, status }: { memoId: string; status: Extract<MemoStatus, "PENDING" | "PROCESSING"> }) {
  return (
    <>
      <LiveStatusRefresher
        kind="investment-memo"
        watch={[{ id: memoId, status }]}
        stalledMessage="This memo is still being written after 10 minutes. This page has stopped checking by itself."
      />
      <div
        role="status"
        aria-live="polite"
        data-testid="memo-run-status"
        data-status={status}
        className="flex items-center gap-3 rounded-lg border border-info/20 bg-info-soft px-4 py-3 text-sm text-info"
      >
        <LoaderCircle aria-hidden className="size-4 animate-spin" />
        <span>
          <span className="font-semibold">{STATUS_TEXT[status]}…</span> This page updates by itself when the memo is ready.
        </span>
      </div>
    </>
  );
}
