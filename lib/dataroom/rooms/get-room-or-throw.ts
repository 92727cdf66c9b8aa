import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { portfolioRootFolderId } from "./portfolio-root-folder-id";
import type { RoomRef } from "./room-ref";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

export type Room = RoomRef & {
  name: string;
  /** What "top level" is stored as: NULL in a project, the hidden root folder in a portfolio. */
  rootFolderId: string | null;
};

/** The tenant's project or portfolio room; another org's id (or none) is the same 404. */
export async function getRoomOrThrow(tenant: { org: Pick<TenantContext["org"], "id"> }, ref: RoomRef): Promise<Room> {
  if (ref.kind === "project") {
    const project = await getProjectOrThrow(tenant, ref.id);
    return { kind: "project", id: project.id, name: project.name, rootFolderId: null };
  }
  const portfolio = looksLikeUuid(ref.id) ? await db.portfolio.findFirst({ where: { id: ref.id, orgId: tenant.org.id }, select: { id: true, name: true } }) : null;
  if (!portfolio) throw notFound("Portfolio");
  return { kind: "portfolio", id: portfolio.id, name: portfolio.name, rootFolderId: portfolioRootFolderId(portfolio.id) };
}

/** The owner columns of a document filed in this room. */
export function roomOwner(room: RoomRef): { projectId: string | null; portfolioId: string | null } {
  return room.kind === "project" ? { projectId: room.id, portfolioId: null } : { projectId: null, portfolioId: room.id };
}

export function roomDocumentsWhere(room: RoomRef): Prisma.DocumentWhereInput {
  return room.kind === "project" ? { projectId: room.id } : { portfolioId: room.id };
}

/**
 * The room's top level. In a portfolio that is its root folder, and also no folder at all: a
 * portfolio document filed by code that knows nothing of the root (a generated report, say) is
 * still listed rather than lost.
 */
export function roomTopLevelWhere(room: Room): Prisma.DocumentWhereInput {
  return room.rootFolderId ? { OR: [{ folderId: room.rootFolderId }, { folderId: null }] } : { folderId: null };
}

/**
 * Writes into a portfolio room need its root folder row (folder FKs point at it); made on first
 * use. Not audited by itself: it is the room's container, and the write that needs it is audited.
 */
export async function ensureRoomRoot(tx: Tx | typeof db, orgId: string, room: Room): Promise<void> {
  if (!room.rootFolderId) return;
  await tx.documentFolder.createMany({
    data: [{ id: room.rootFolderId, orgId, projectId: null, parentFolderId: null, name: room.name }],
    skipDuplicates: true,
  });
}
