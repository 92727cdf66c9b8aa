import type { LiveWatch } from "@/components/jobs/live-status-schedule";

export function isProcessing(document: { status: string }): boolean {
  return document.status === "UPLOADING" || document.status === "PROCESSING";
}

/** The processing documents among those a page lists (a document may be listed twice: in its folder and among the recent ones). */
export function processingWatch(documents: { id: string; status: string }[]): LiveWatch[] {
  const byId = new Map(documents.filter(isProcessing).map((document) => [document.id, { id: document.id, status: document.status }]));
  // The status route takes 100 ids at a time: past that, the rest are watched once the first have finished.
  return [...byId.values()].slice(0, 100);
}
