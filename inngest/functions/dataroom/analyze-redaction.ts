import { analyzeRedaction } from "@/lib/dataroom/redaction/analyze-redaction";
import { failRedactionJob } from "@/lib/dataroom/redaction/fail-redaction-job";
import { reopenRedactionJob } from "@/lib/dataroom/redaction/reopen-redaction-job";
import { defineJob } from "@/lib/jobs/define-job";

/** Detects PII in a document's extracted text and puts the job up for review. Idempotent. */
export const analyzeRedactionJob = defineJob({
  id: "dataroom-analyze-redaction",
  on: "redaction.requested",
  limits: { memoryMb: 1024, timeoutMs: 10 * 60_000 },
  entity: (data) => ({ type: "RedactionJob", id: data.redactionJobId }),
  async handler({ event, step }) {
    return step.run("detect-pii", () => analyzeRedaction(event.data.orgId, event.data.redactionJobId));
  },
  onFailure: ({ data, error }) => failRedactionJob(data.orgId, data.redactionJobId, error),
  onRetry: (data) => reopenRedactionJob(data.orgId, data.redactionJobId, "pending"),
});
