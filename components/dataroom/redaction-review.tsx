"use client";

import { ShieldCheck, Sparkles } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { reviewRedactionAction, startRedactionAction } from "@/lib/dataroom/actions";
import type { RedactionJobDto } from "@/lib/dataroom/redaction/list-redaction-jobs";
import { RefreshWhileProcessing } from "./refresh-while-processing";

const TYPE_LABEL: Record<string, string> = {
  EMAIL: "Email",
  PHONE: "Phone",
  IBAN: "IBAN",
  ACCOUNT_NUMBER: "Account number",
  NATIONAL_ID: "National ID",
  PERSON_NAME: "Name",
  ADDRESS: "Address",
};

type RedactionReviewProps = { documentId: string; job: RedactionJobDto | null; canWrite: boolean; viewerBase: string };

/** Start a scan, review each detection (approve or reject), and follow the job to its redacted copy. */
export function RedactionReview({ documentId, job, canWrite, viewerBase }: RedactionReviewProps) {
  const router = useRouter();
  const [approved, setApproved] = useState<Set<string>>(() => new Set(job?.detections.map((d) => d.id)));
  const start = useAction(startRedactionAction, { onSuccess: () => router.refresh() });
  const review = useAction(reviewRedactionAction, { onSuccess: () => router.refresh() });
  const busy = job?.status === "pending" || job?.status === "analyzing" || job?.status === "applying";
  const toggle = (id: string) =>
    setApproved((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="grid gap-4">
      <RefreshWhileProcessing kind="redaction" watch={busy && job ? [{ id: job.id, status: job.status }] : []} />
      {start.result.serverError ? <Alert variant="danger">{start.result.serverError.message}</Alert> : null}
      {!job || job.status === "done" || job.status === "failed" ? (
        canWrite ? (
          <Button className="w-fit" onClick={() => start.execute({ documentId })} disabled={start.isPending}>
            <ShieldCheck aria-hidden /> {start.isPending ? "Starting…" : job ? "Scan again" : "Scan for personal data"}
          </Button>
        ) : null
      ) : null}
      {busy ? (
        <Alert variant="info" title={job?.status === "applying" ? "Building the redacted copy…" : "Scanning the text…"}>
          This page updates by itself.
        </Alert>
      ) : null}
      {job?.status === "failed" ? (
        <Alert variant="danger" title="The redaction failed">
          {job.errorMessage}
        </Alert>
      ) : null}
      {job?.status === "done" && job.redactedDocumentId ? (
        <Alert variant="success" title={`${job.approvedCount} item(s) removed`}>
          The original is unchanged.{" "}
          <Link className="font-medium underline" href={`${viewerBase}/${job.redactedDocumentId}`}>
            Open the redacted copy
          </Link>
        </Alert>
      ) : null}
      {job?.status === "review" && job.aiDetection === "unavailable" ? (
        <Alert variant="warning" title="AI detection was unavailable">
          Not all of the text was checked by the AI engine, so only the offline rules&apos; findings (and any AI findings made before it stopped) are listed. Check names,
          addresses and ID numbers yourself. {job.aiError}
        </Alert>
      ) : null}
      {job?.status === "review" ? (
        job.detections.length === 0 ? (
          <Alert variant="success" title="No personal data found">
            {job.aiDetection === "used"
              ? "Neither the rules nor the AI engine found anything to redact in this document."
              : "The rules found nothing to redact in this document."}
          </Alert>
        ) : (
          <div className="grid gap-3">
            <p className="text-sm text-muted-foreground">
              {job.detections.length} item(s) found. Untick what should stay, then apply: a new redacted PDF is created next to the original.
            </p>
            <div className="rounded-lg border border-border bg-surface">
              <Table>
                <THead>
                  <TR>
                    <TH className="w-10">
                      <span className="sr-only">Redact</span>
                    </TH>
                    <TH>Type</TH>
                    <TH>Text</TH>
                    <TH>Page</TH>
                    <TH>Confidence</TH>
                  </TR>
                </THead>
                <TBody>
                  {job.detections.map((d) => (
                    <TR key={d.id} data-testid="detection-row">
                      <TD>
                        <input
                          type="checkbox"
                          className="size-4 accent-primary"
                          aria-label={`Redact ${TYPE_LABEL[d.type]} ${d.text}`}
                          checked={approved.has(d.id)}
                          onChange={() => toggle(d.id)}
                          disabled={!canWrite}
                        />
                      </TD>
                      <TD>
                        <span className="flex items-center gap-1.5">
                          <Badge variant="outline">{TYPE_LABEL[d.type] ?? d.type}</Badge>
                          {d.source === "ai" ? (
                            <Badge variant="info" title="Found by the AI engine; its position was checked against the page text">
                              <Sparkles aria-hidden /> AI
                            </Badge>
                          ) : null}
                        </span>
                      </TD>
                      <TD className="max-w-72 break-all font-mono text-xs">{d.text}</TD>
                      <TD>{d.page}</TD>
                      <TD>{Math.round(d.confidence * 100)}%</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </div>
            {review.result.serverError ? <Alert variant="danger">{review.result.serverError.message}</Alert> : null}
            {canWrite ? (
              <Button className="w-fit" disabled={review.isPending || approved.size === 0} onClick={() => review.execute({ jobId: job.id, approvedIds: [...approved] })}>
                {review.isPending ? "Applying…" : `Redact ${approved.size} item(s)`}
              </Button>
            ) : null}
          </div>
        )
      ) : null}
    </div>
  );
}
