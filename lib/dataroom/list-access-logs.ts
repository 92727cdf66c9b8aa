import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { visibleClassifications } from "./access-rules";
import type { AccessLogQuery } from "./access-log-query";
import { getRoomOrThrow, roomDocumentsWhere } from "./rooms/get-room-or-throw";
import type { RoomRef } from "./rooms/room-ref";

export type AccessLogDto = {
  id: string;
  at: string;
  action: string;
  documentId: string;
  documentName: string;
  documentVersion: number;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  metadata: string;
  /** The outside recipient of a share link: named by its SHARED row and by the anonymous views and downloads through it. */
  recipientEmail: string | null;
};

/**
 * The room's access log, newest first, filtered. Rows of documents above the role's clearance
 * are left out (their names alone would say too much); deleted documents' rows stay.
 */
export function accessLogWhere(tenant: Pick<TenantContext, "org" | "role">, room: RoomRef, query: AccessLogQuery): Prisma.DocumentAccessLogWhereInput {
  const classification = { OR: [{ classification: null }, { classification: { in: visibleClassifications(tenant.role) } }] };
  return {
    orgId: tenant.org.id,
    document: { orgId: tenant.org.id, ...roomDocumentsWhere(room), ...classification },
    ...(query.action ? { action: query.action } : {}),
    ...(query.userId ? { userId: query.userId } : {}),
    ...(query.documentId ? { documentId: query.documentId } : {}),
    ...(query.from || query.to
      ? {
          createdAt: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

export const ACCESS_LOG_INCLUDE = {
  document: { select: { name: true, version: true } },
  user: { select: { fullName: true, email: true } },
} satisfies Prisma.DocumentAccessLogInclude;

export function toAccessLogDto(row: Prisma.DocumentAccessLogGetPayload<{ include: typeof ACCESS_LOG_INCLUDE }>): AccessLogDto {
  return {
    id: row.id,
    at: row.createdAt.toISOString(),
    action: row.action,
    documentId: row.documentId,
    documentName: row.document.name,
    documentVersion: row.document.version,
    userId: row.userId,
    userName: row.user?.fullName ?? null,
    userEmail: row.user?.email ?? null,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    metadata: row.metadata ? JSON.stringify(row.metadata) : "",
    recipientEmail: recipientOf(row.metadata),
  };
}

function recipientOf(metadata: Prisma.JsonValue): string | null {
  const email = metadata && typeof metadata === "object" && !Array.isArray(metadata) ? metadata.recipientEmail : null;
  return typeof email === "string" ? email : null;
}

export async function listAccessLogs(tenant: Pick<TenantContext, "org" | "role">, ref: RoomRef, query: AccessLogQuery, limit = 200) {
  const room = await getRoomOrThrow(tenant, ref);
  const rows = await db.documentAccessLog.findMany({
    where: accessLogWhere(tenant, room, query),
    include: ACCESS_LOG_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toAccessLogDto);
}

/** The people who appear in the room's log, for the user filter. */
export async function listAccessLogUsers(tenant: Pick<TenantContext, "org" | "role">, ref: RoomRef) {
  const room = await getRoomOrThrow(tenant, ref);
  return db.user.findMany({
    where: { orgId: tenant.org.id, documentAccessLogs: { some: { document: roomDocumentsWhere(room) } } },
    select: { id: true, fullName: true },
    orderBy: { fullName: "asc" },
  });
}
