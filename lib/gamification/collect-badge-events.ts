import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { BadgeEvent } from "./evaluate-badge-criteria";

/** Events whose facts live in the org's domain tables (authoritative, and present for seeded data too). */
const TABLE_EVENTS = new Set(["document.uploaded", "document.version_uploaded", "signal_score.completed", "deal_room.nda_accepted"]);

/** Audit actions that record a criteria event under another name: adding a member is how a user invites one. */
const AUDIT_ALIASES: Record<string, string[]> = { "user.invited": ["user.invited", "user.created"] };

type Raw = Omit<BadgeEvent, "projectId"> & { projectId: string | null | undefined };

async function documentEvents(orgId: string): Promise<Raw[]> {
  // An upload that never finished (UPLOADING) or was deleted earns nothing.
  const rows = await db.document.findMany({
    where: { orgId, isDeleted: false, status: { not: "UPLOADING" } },
    select: { uploadedBy: true, projectId: true, parentVersionId: true },
  });
  return rows.map((d) => ({ type: d.parentVersionId ? "document.version_uploaded" : "document.uploaded", userId: d.uploadedBy, projectId: d.projectId, data: {} }));
}

/** Each completed score, credited to whoever requested it, with its rise over the project's lowest earlier score. */
async function signalScoreEvents(orgId: string): Promise<Raw[]> {
  const rows = await db.signalScore.findMany({
    where: { orgId, status: "COMPLETED" },
    orderBy: [{ projectId: "asc" }, { version: "asc" }],
    select: { projectId: true, overallScore: true, triggeredBy: true },
  });
  const lowest = new Map<string, number>();
  const events: Raw[] = [];
  for (const row of rows) {
    const score = row.overallScore.toNumber();
    const floor = lowest.get(row.projectId);
    lowest.set(row.projectId, Math.min(floor ?? score, score));
    if (row.triggeredBy)
      events.push({
        type: "signal_score.completed",
        userId: row.triggeredBy,
        projectId: row.projectId,
        data: { score, increase: floor === undefined ? 0 : score - floor },
      });
  }
  return events;
}

/** An investor accepting the NDA of a room this org opened: credited to the user who opened it. */
async function ndaEvents(orgId: string): Promise<Raw[]> {
  const rows = await db.dealRoomMember.findMany({
    where: { ndaAcceptedAt: { not: null }, dealRoom: { allyOrgId: orgId } },
    select: { dealRoom: { select: { createdBy: true, projectId: true } } },
  });
  return rows.map((m) => ({ type: "deal_room.nda_accepted", userId: m.dealRoom.createdBy, projectId: m.dealRoom.projectId, data: {} }));
}

/** Everything else from the org's audit rows written by a person: the event's data is the row's `after`. */
async function auditEvents(orgId: string, types: string[]): Promise<Raw[]> {
  const typeOf = new Map(types.flatMap((type) => (AUDIT_ALIASES[type] ?? [type]).map((action) => [action, type] as const)));
  if (typeOf.size === 0) return [];
  const rows = await db.auditLog.findMany({
    where: { orgId, action: { in: [...typeOf.keys()] }, userId: { not: null } },
    select: { action: true, userId: true, entityType: true, entityId: true, changes: true },
  });
  return rows.map((row) => {
    const after = (row.changes as Prisma.JsonObject | null)?.after;
    const data = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
    const projectId = row.entityType === "Project" ? row.entityId : typeof data.projectId === "string" ? data.projectId : null;
    return { type: typeOf.get(row.action)!, userId: row.userId!, projectId, data };
  });
}

/**
 * The org's events of the given types, from its own rows only. Events of users who are not active
 * members of the org are dropped, and a project that is not the org's becomes null, so another
 * org's data can never count.
 */
export async function collectBadgeEvents(orgId: string, types: ReadonlySet<string>, userId?: string): Promise<BadgeEvent[]> {
  const wanted = (type: string) => types.has(type);
  const batches = await Promise.all([
    wanted("document.uploaded") || wanted("document.version_uploaded") ? documentEvents(orgId) : [],
    wanted("signal_score.completed") ? signalScoreEvents(orgId) : [],
    wanted("deal_room.nda_accepted") ? ndaEvents(orgId) : [],
    auditEvents(
      orgId,
      [...types].filter((t) => !TABLE_EVENTS.has(t)),
    ),
  ]);
  const [users, projects] = await Promise.all([
    db.user.findMany({ where: { orgId, isActive: true, ...(userId ? { id: userId } : {}) }, select: { id: true } }),
    db.project.findMany({ where: { orgId }, select: { id: true } }),
  ]);
  const members = new Set(users.map((u) => u.id));
  const orgProjects = new Set(projects.map((p) => p.id));
  return batches
    .flat()
    .filter((e) => wanted(e.type) && members.has(e.userId))
    .map((e) => ({ ...e, projectId: e.projectId && orgProjects.has(e.projectId) ? e.projectId : null }));
}
