import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import { visibleDocumentsWhere } from "./access-rules";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * A live document of the tenant's org that the role may see. Another org's id, a deleted
 * document and one above the role's clearance are the same 404: the caller learns nothing.
 */
export async function getDocumentOrThrow(
  tenant: { org: Pick<TenantContext["org"], "id">; role: TenantContext["role"] },
  documentId: string,
  client: Tx | typeof db = db,
) {
  const document = looksLikeUuid(documentId) ? await client.document.findFirst({ where: { id: documentId, ...visibleDocumentsWhere(tenant) } }) : null;
  if (!document) throw notFound("Document");
  return document;
}
