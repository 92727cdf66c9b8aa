import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleDocumentsWhere } from "./access-rules";

export type DataRoomProject = { id: string; name: string; status: string; documents: number; lastUploadAt: string | null };

/** The org's projects with how many current documents the role may see in each, for the picker. */
export async function listDataRoomProjects(tenant: Pick<TenantContext, "org" | "role">): Promise<DataRoomProject[]> {
  const projects = await db.project.findMany({
    where: { orgId: tenant.org.id, status: { not: "ARCHIVED" } },
    select: { id: true, name: true, status: true },
    orderBy: { name: "asc" },
  });
  const stats = await db.document.groupBy({
    by: ["projectId"],
    where: { ...visibleDocumentsWhere(tenant), projectId: { in: projects.map((p) => p.id) }, newerVersions: { none: { isDeleted: false } } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const byProject = new Map(stats.map((s) => [s.projectId, s]));
  return projects.map((p) => {
    const stat = byProject.get(p.id);
    return { ...p, documents: stat?._count._all ?? 0, lastUploadAt: stat?._max.createdAt?.toISOString() ?? null };
  });
}
