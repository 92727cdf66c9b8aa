import { failDocumentProcessing } from "@/lib/dataroom/fail-document-processing";
import { processUploadedDocument } from "@/lib/dataroom/process-uploaded-document";
import { reopenDocumentProcessing } from "@/lib/dataroom/reopen-document-processing";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * After an upload's bytes are stored: extracts text per page (feeding search and later AI passes)
 * and moves the document to READY, or ERROR with the reason. Runs in the heavy lane: a file that
 * inflates past the memory cap or runs past the time limit ends in ERROR, not in a dead server.
 * Pages read so far show as the run's progress (Settings > Jobs, the document list).
 */
export const processUploadedDocumentJob = defineJob({
  id: "dataroom-process-uploaded-document",
  on: "document.uploaded",
  limits: { memoryMb: 1024, timeoutMs: 5 * 60_000 },
  entity: (data) => ({ type: "Document", id: data.documentId }),
  async handler({ event, step, progress }) {
    return step.run("extract-text", () => processUploadedDocument(event.data.orgId, event.data.documentId, { onProgress: progress }));
  },
  onFailure: ({ data, error }) => failDocumentProcessing(data.orgId, data.documentId, error),
  onRetry: (data) => reopenDocumentProcessing(data.orgId, data.documentId),
});
