import { applyRedaction } from "@/lib/dataroom/redaction/apply-redaction";
import { failRedactionJob } from "@/lib/dataroom/redaction/fail-redaction-job";
import { reopenRedactionJob } from "@/lib/dataroom/redaction/reopen-redaction-job";
import { defineJob } from "@/lib/jobs/define-job";

/** Builds the redacted copy once the review is approved. Idempotent: a done job is skipped. */
export const applyRedactionJob = defineJob({
  id: "dataroom-apply-redaction",
  on: "redaction.approved",
  limits: { memoryMb: 1536, timeoutMs: 15 * 60_000 },
  entity: (data) => ({ type: "RedactionJob", id: data.redactionJobId }),
  async handler({ event, step, progress }) {
    return step.run("build-redacted-pdf", () => applyRedaction(event.data.orgId, event.data.redactionJobId, { onProgress: progress }));
  },
  onFailure: ({ data, error }) => failRedactionJob(data.orgId, data.redactionJobId, error),
  onRetry: (data) => reopenRedactionJob(data.orgId, data.redactionJobId, "applying"),
});
