import { z } from "zod";
import { processUploadedDocument } from "@/lib/dataroom/process-uploaded-document";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * After an upload's bytes are stored: extracts text per page (feeding search and later AI passes)
 * and moves the document to READY, or ERROR with the reason. Idempotent: only a PROCESSING
 * document is touched.
 */
export const processUploadedDocumentJob = defineJob({
  id: "dataroom-process-uploaded-document",
  event: "dataroom/document.uploaded",
  schema: z.object({ orgId: z.uuid(), documentId: z.uuid() }),
  async handler({ event, step }) {
    return step.run("extract-text", () => processUploadedDocument(event.data.orgId, event.data.documentId));
  },
});
