import type { Actor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { logDocumentAccess } from "./log-document-access";

/**
 * Logs a print of a document the actor may see (another org's id is a 404). The browser prints,
 * not the server: the viewer reports its Print button and the window's `beforeprint` event.
 */
export async function recordDocumentPrint(actor: Actor, input: { documentId: string; page?: number; via: "button" | "browser" }) {
  const document = await getDocumentOrThrow(actor, input.documentId);
  await logDocumentAccess(actor, document.id, "PRINTED", { version: document.version, via: input.via, ...(input.page ? { page: input.page } : {}) });
  return { documentId: document.id };
}
