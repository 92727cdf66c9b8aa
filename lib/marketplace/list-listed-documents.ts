import { db } from "@/lib/db/client";
import type { ListedProject } from "./get-listed-project-or-throw";

export type ListedDocumentDto = { id: string; name: string; fileType: string; fileSizeBytes: number; updatedAt: string };

/** Only PUBLIC, live, latest versions: investors outside the ally's org get nothing classified above. */
export function listedDocumentsWhere(project: Pick<ListedProject, "id" | "orgId">) {
  return {
    projectId: project.id,
    orgId: project.orgId,
    classification: "PUBLIC",
    isDeleted: false,
    status: { not: "UPLOADING" },
    newerVersions: { none: { isDeleted: false } },
  } as const;
}

export async function listListedDocuments(project: Pick<ListedProject, "id" | "orgId">): Promise<ListedDocumentDto[]> {
  const documents = await db.document.findMany({
    where: listedDocumentsWhere(project),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 100,
    select: { id: true, name: true, fileType: true, fileSizeBytes: true, updatedAt: true },
  });
  return documents.map((d) => ({ ...d, updatedAt: d.updatedAt.toISOString() }));
}
