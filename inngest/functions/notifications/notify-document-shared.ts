import { defineJob } from "@/lib/jobs/define-job";
import { notifyDocumentShared } from "@/lib/notifications/notify-document-shared";

/** document.shared -> the recipient, when their address is a platform user's. Once per link. */
export const notifyDocumentSharedJob = defineJob({
  id: "notify-document-shared",
  on: "document.shared",
  entity: (data) => ({ type: "Document", id: data.documentId }),
  async handler({ event, step }) {
    return step.run("create-notifications", () => notifyDocumentShared(event.data.orgId, event.data.sharedLogId));
  },
});
