import { z } from "zod";
import { applyRedaction } from "@/lib/dataroom/redaction/apply-redaction";
import { defineJob } from "@/lib/jobs/define-job";

/** Builds the redacted copy once the review is approved. Idempotent: a done job is skipped. */
export const applyRedactionJob = defineJob({
  id: "dataroom-apply-redaction",
  event: "dataroom/redaction.approved",
  schema: z.object({ orgId: z.uuid(), jobId: z.uuid() }),
  async handler({ event, step }) {
    return step.run("build-redacted-pdf", () => applyRedaction(event.data.orgId, event.data.jobId));
  },
});
