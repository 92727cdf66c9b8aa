import { defineJob } from "@/lib/jobs/define-job";
import { notifyRedactionReady } from "@/lib/notifications/notify-redaction-ready";

/** redaction.analyzed -> "ready for review" for the requester (else the managers and admins). Writes its rows once per job. */
export const notifyRedactionReadyJob = defineJob({
  id: "notify-redaction-ready",
  on: "redaction.analyzed",
  entity: (data) => ({ type: "RedactionJob", id: data.redactionJobId }),
  async handler({ event, step }) {
    return step.run("create-notifications", () => notifyRedactionReady(event.data.orgId, event.data.redactionJobId));
  },
});
