import type { DocumentClassification } from "@/lib/db/generated/client";

/** open: members work in it; closed: the deal is done or off; archived: kept for the record. Only an open room lets members in. */
export const DEAL_ROOM_STATUSES = ["open", "closed", "archived"] as const;
export type DealRoomStatus = (typeof DEAL_ROOM_STATUSES)[number];

/** viewer: opens documents in the browser; downloader: may also download them. */
export const MEMBER_ACCESS_LEVELS = ["viewer", "downloader"] as const;
export type MemberAccessLevel = (typeof MEMBER_ACCESS_LEVELS)[number];

/**
 * What a room may hand to another org. A room is the ally's deliberate disclosure under NDA, so it
 * carries CONFIDENTIAL (and unclassified) documents as well as PUBLIC ones; RESTRICTED and
 * TOP_SECRET stay inside the ally's org whatever is shared, and a document reclassified upwards
 * after sharing drops out of the room.
 */
export const ROOM_CLASSIFICATIONS: readonly DocumentClassification[] = ["PUBLIC", "CONFIDENTIAL"];

export function isRoomClassification(classification: DocumentClassification | null): boolean {
  return classification === null || ROOM_CLASSIFICATIONS.includes(classification);
}

/**
 * The data room has no document category, so a financial document is known by where it is filed:
 * in a folder (or under a folder) whose name speaks of finance ("03 Financial", "Finance",
 * "Financials"). Decided when the document is shared and stored with the share, so the ally sees
 * the flag it applies.
 */
export function isFinancialFolderPath(folderNames: readonly string[]): boolean {
  return folderNames.some((name) => /financ/i.test(name));
}

export const DEAL_ROOM_STATUS_LABELS: Record<DealRoomStatus, string> = { open: "Open", closed: "Closed", archived: "Archived" };
