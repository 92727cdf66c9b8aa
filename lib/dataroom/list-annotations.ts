import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { toAnnotationDto } from "./to-annotation-dto";

/** The document's annotations, visible to everyone in the org who may see the document. */
export async function listAnnotations(tenant: Pick<TenantContext, "org" | "role">, documentId: string) {
  const document = await getDocumentOrThrow(tenant, documentId);
  const rows = await db.documentAnnotation.findMany({
    where: { documentId: document.id, orgId: tenant.org.id },
    include: { user: { select: { fullName: true } } },
    orderBy: [{ pageNumber: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toAnnotationDto);
}
