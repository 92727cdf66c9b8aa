import { z } from "zod";
import { analyzeRedaction } from "@/lib/dataroom/redaction/analyze-redaction";
import { defineJob } from "@/lib/jobs/define-job";

/** Detects PII in a document's extracted text and puts the job up for review. Idempotent. */
export const analyzeRedactionJob = defineJob({
  id: "dataroom-analyze-redaction",
  event: "dataroom/redaction.requested",
  schema: z.object({ orgId: z.uuid(), jobId: z.uuid() }),
  async handler({ event, step }) {
    return step.run("detect-pii", () => analyzeRedaction(event.data.orgId, event.data.jobId));
  },
});
