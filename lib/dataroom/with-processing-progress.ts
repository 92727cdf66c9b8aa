import { getRunningProgress } from "@/lib/jobs/get-running-progress";
import type { DocumentDto } from "./to-document-dto";

/** The documents, each PROCESSING one with how many of its pages its job has read so far. */
export async function withProcessingProgress(orgId: string, documents: DocumentDto[]): Promise<DocumentDto[]> {
  const processing = documents.filter((document) => document.status === "PROCESSING").map((document) => document.id);
  const progress = await getRunningProgress(orgId, "Document", processing);
  if (progress.size === 0) return documents;
  return documents.map((document) => ({ ...document, progress: progress.get(document.id) ?? null }));
}
