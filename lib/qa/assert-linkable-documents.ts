import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";
import { listingVisibility } from "@/lib/marketplace/get-listed-project-or-throw";
import { listedDocumentsWhere } from "@/lib/marketplace/list-listed-documents";

type Project = { id: string; orgId: string; marketplaceSettings: Parameters<typeof listingVisibility>[0]["marketplaceSettings"] };

/**
 * Q&A links only documents the investor can open: the project's PUBLIC documents shown on its
 * listing. Anything else would name a document to someone cleared for none of it.
 */
export async function assertLinkableDocuments(tx: Tx, project: Project, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const visible = listingVisibility(project).showDocuments ? await tx.document.count({ where: { ...listedDocumentsWhere(project), id: { in: [...ids] } } }) : 0;
  if (visible !== ids.length) {
    throw new AppError("VALIDATION", "Link only documents shown on the project's marketplace page (public documents).", {
      fieldErrors: { linkedDocumentIds: ["Not a document investors can open."] },
    });
  }
}
