import type { DocumentClassification } from "@/lib/db/generated/client";

/**
 * Which documents may leave the platform by link. Restricted and top-secret papers are for
 * managers and admins only inside the org, so they never go to someone outside it.
 */
export const SHAREABLE_CLASSIFICATIONS = ["PUBLIC", "CONFIDENTIAL"] as const satisfies readonly DocumentClassification[];

export function isShareable(classification: DocumentClassification | null): boolean {
  return classification === null || (SHAREABLE_CLASSIFICATIONS as readonly string[]).includes(classification);
}

export const NOT_SHAREABLE_MESSAGE = "Restricted and top-secret documents cannot be shared by link.";

/** The one answer to a bad link, whatever the reason: it says nothing about the document. */
export const DEAD_LINK_MESSAGE = "This link has expired or is no longer valid.";
