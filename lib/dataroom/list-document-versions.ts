import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Document } from "@/lib/db/generated/client";
import { visibleDocumentsWhere } from "./access-rules";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { toDocumentDto, type DocumentDto } from "./to-document-dto";

/** The newest live version of the chain the document belongs to. */
export async function latestVersionOf(tenant: Pick<TenantContext, "org" | "role">, documentId: string) {
  let current = await getDocumentOrThrow(tenant, documentId);
  for (let hops = 0; hops < 1000; hops += 1) {
    const newer = await db.document.findFirst({ where: { parentVersionId: current.id, ...visibleDocumentsWhere(tenant) }, orderBy: { version: "desc" } });
    if (!newer) return current;
    current = newer;
  }
  return current;
}

/** Every live version of the document's chain, newest first. */
export async function listDocumentVersions(tenant: Pick<TenantContext, "org" | "role">, documentId: string): Promise<DocumentDto[]> {
  const latest = await latestVersionOf(tenant, documentId);
  const versions: DocumentDto[] = [];
  const seen = new Set<string>();
  for (let id: string | null = latest.id; id && !seen.has(id); ) {
    seen.add(id);
    const row: (Document & { uploader: { fullName: string } }) | null = await db.document.findFirst({
      where: { id, orgId: tenant.org.id },
      include: { uploader: { select: { fullName: true } } },
    });
    if (!row) break;
    if (!row.isDeleted) versions.push(toDocumentDto(row));
    id = row.parentVersionId;
  }
  return versions;
}
