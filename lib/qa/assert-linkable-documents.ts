import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";
import { listingVisibility } from "@/lib/marketplace/get-listed-project-or-throw";
import { listedDocumentsWhere } from "@/lib/marketplace/list-listed-documents";
import { roomDocumentIdsOpenToAsker } from "./room-documents-open-to-asker";

type Project = { id: string; orgId: string; marketplaceSettings: Parameters<typeof listingVisibility>[0]["marketplaceSettings"] };
/** The question's parties: the asking org, and the deal room it was asked in, if any. */
type Question = { project: Project; orgId: string; dealRoomId: string | null };

/**
 * Q&A links only documents the asking investor can open: the project's PUBLIC documents shown on
 * its listing and, for a question asked in a deal room, what the room opens to that org. Anything
 * else would name a document to someone cleared for none of it.
 */
export async function assertLinkableDocuments(tx: Tx, question: Question, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const inRoom = new Set(await roomDocumentIdsOpenToAsker(question, tx));
  const elsewhere = ids.filter((id) => !inRoom.has(id));
  const listed =
    elsewhere.length && listingVisibility(question.project).showDocuments
      ? await tx.document.count({ where: { ...listedDocumentsWhere(question.project), id: { in: elsewhere } } })
      : 0;
  if (listed !== elsewhere.length) {
    throw new AppError(
      "VALIDATION",
      question.dealRoomId
        ? "Link only documents the investor can open in the deal room or on the listing."
        : "Link only documents shown on the project's marketplace page (public documents).",
      {
        fieldErrors: { linkedDocumentIds: ["Not a document investors can open."] },
      },
    );
  }
}
