import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { visibleDocumentsWhere } from "../access-rules";
import { DATA_ROOM_PAGE_SIZE, type ListDataRoomsQuery, listDataRoomsQuerySchema } from "./list-data-rooms-query";
import type { RoomRef } from "./room-ref";

export type DataRoomSummary = RoomRef & { name: string; status: string; documents: number; lastUploadAt: string | null };

export type DataRoomPage = {
  rows: DataRoomSummary[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Tells "no rooms yet" from "nothing matches the search"; only asked when nothing matched. */
  orgHasRooms: boolean;
  query: ListDataRoomsQuery;
};

type RoomRow = { id: string; name: string; status: string };
type Stat = { _count: { _all: number }; _max: { createdAt: Date | null } };

/**
 * One page of the org's data rooms (an ally's projects that are not archived, an investor's
 * portfolios), searched by name and sorted in the database, with how many current documents the
 * role may see in each: one grouped query over the rooms on the page, never over the whole org.
 * A page past the end (a stale link) is answered with the last page.
 */
export async function listDataRooms(tenant: Pick<TenantContext, "org" | "role">, input: Partial<ListDataRoomsQuery> = {}): Promise<DataRoomPage> {
  const query = listDataRoomsQuerySchema.parse(input);
  const kind: RoomRef["kind"] = tenant.org.type === "INVESTOR" ? "portfolio" : "project";
  // Prisma passes `contains` to ILIKE unescaped: a typed % or _ must match itself, not anything.
  const name = query.q ? { contains: query.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const } : undefined;
  const orderBy = query.sort === "updated" ? [{ updatedAt: "desc" as const }, { id: "desc" as const }] : [{ name: "asc" as const }, { id: "asc" as const }];
  const select = { id: true, name: true, status: true } as const;
  const skip = (page: number) => (page - 1) * DATA_ROOM_PAGE_SIZE;

  const projectsWhere: Prisma.ProjectWhereInput = { orgId: tenant.org.id, status: { not: "ARCHIVED" }, name };
  const portfoliosWhere: Prisma.PortfolioWhereInput = { orgId: tenant.org.id, name };
  const findPage = (page: number): Promise<RoomRow[]> =>
    kind === "portfolio"
      ? db.portfolio.findMany({ where: portfoliosWhere, select, orderBy, skip: skip(page), take: DATA_ROOM_PAGE_SIZE })
      : db.project.findMany({ where: projectsWhere, select, orderBy, skip: skip(page), take: DATA_ROOM_PAGE_SIZE });
  /** `searched: false` counts the org's rooms whatever the search, to tell "no rooms yet" from "no match". */
  const count = (searched = true) => {
    const named = searched ? name : undefined;
    return kind === "portfolio" ? db.portfolio.count({ where: { ...portfoliosWhere, name: named } }) : db.project.count({ where: { ...projectsWhere, name: named } });
  };

  let page = query.page;
  let [rows, total] = await Promise.all([findPage(page), count()]);
  const pageCount = Math.max(1, Math.ceil(total / DATA_ROOM_PAGE_SIZE));
  if (rows.length === 0 && page > pageCount) {
    page = pageCount;
    rows = await findPage(page);
  }
  const orgHasRooms = total > 0 || (Boolean(query.q) && (await count(false)) > 0);
  const stats = await countRoomDocuments(tenant, kind, rows);
  return {
    rows: rows.map((row) => summary(kind, row, stats.get(row.id))),
    total,
    page,
    pageCount,
    pageSize: DATA_ROOM_PAGE_SIZE,
    orgHasRooms,
    query: { ...query, page },
  };
}

/** Current versions (no live newer version) the role may see, per room of the page. */
async function countRoomDocuments(tenant: Pick<TenantContext, "org" | "role">, kind: RoomRef["kind"], rooms: RoomRow[]): Promise<Map<string, Stat>> {
  if (rooms.length === 0) return new Map();
  const current = { ...visibleDocumentsWhere(tenant), newerVersions: { none: { isDeleted: false } } };
  const ids = rooms.map((room) => room.id);
  const aggregate = { _count: { _all: true }, _max: { createdAt: true } } as const;
  if (kind === "portfolio") {
    const stats = await db.document.groupBy({ by: ["portfolioId"], where: { ...current, portfolioId: { in: ids } }, ...aggregate });
    return new Map(stats.map((s) => [s.portfolioId!, s]));
  }
  const stats = await db.document.groupBy({ by: ["projectId"], where: { ...current, projectId: { in: ids } }, ...aggregate });
  return new Map(stats.map((s) => [s.projectId!, s]));
}

function summary(kind: RoomRef["kind"], room: RoomRow, stat: Stat | undefined): DataRoomSummary {
  return { kind, ...room, documents: stat?._count._all ?? 0, lastUploadAt: stat?._max.createdAt?.toISOString() ?? null };
}
