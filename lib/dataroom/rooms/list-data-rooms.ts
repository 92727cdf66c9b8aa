import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleDocumentsWhere } from "../access-rules";
import type { RoomRef } from "./room-ref";

export type DataRoomSummary = RoomRef & { name: string; status: string; documents: number; lastUploadAt: string | null };

/**
 * The org's data rooms with how many current documents the role may see in each: an ally's
 * projects (not archived), an investor's portfolios.
 */
export async function listDataRooms(tenant: Pick<TenantContext, "org" | "role">): Promise<DataRoomSummary[]> {
  const current = { ...visibleDocumentsWhere(tenant), newerVersions: { none: { isDeleted: false } } };
  if (tenant.org.type === "INVESTOR") {
    const portfolios = await db.portfolio.findMany({ where: { orgId: tenant.org.id }, select: { id: true, name: true, status: true }, orderBy: { name: "asc" } });
    const stats = await db.document.groupBy({
      by: ["portfolioId"],
      where: { ...current, portfolioId: { in: portfolios.map((p) => p.id) } },
      _count: { _all: true },
      _max: { createdAt: true },
    });
    const byId = new Map(stats.map((s) => [s.portfolioId, s]));
    return portfolios.map((p) => summary("portfolio", p, byId.get(p.id)));
  }
  const projects = await db.project.findMany({
    where: { orgId: tenant.org.id, status: { not: "ARCHIVED" } },
    select: { id: true, name: true, status: true },
    orderBy: { name: "asc" },
  });
  const stats = await db.document.groupBy({
    by: ["projectId"],
    where: { ...current, projectId: { in: projects.map((p) => p.id) } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const byId = new Map(stats.map((s) => [s.projectId, s]));
  return projects.map((p) => summary("project", p, byId.get(p.id)));
}

type Stat = { _count: { _all: number }; _max: { createdAt: Date | null } } | undefined;

function summary(kind: RoomRef["kind"], room: { id: string; name: string; status: string }, stat: Stat): DataRoomSummary {
  return { kind, ...room, documents: stat?._count._all ?? 0, lastUploadAt: stat?._max.createdAt?.toISOString() ?? null };
}
