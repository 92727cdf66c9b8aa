import "server-only";
import { db } from "@/lib/db/client";
import type { ActivityEntry } from "./types";

/** The org's latest audit rows, newest first. */
export async function listRecentActivity(orgId: string, limit = 10): Promise<ActivityEntry[]> {
  const rows = await db.auditLog.findMany({
    where: { orgId },
    orderBy: { timestamp: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      entityType: true,
      changes: true,
      timestamp: true,
      user: { select: { fullName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    actorName: row.user?.fullName ?? null,
    action: row.action,
    entityType: row.entityType,
    subject: subjectOf(row.changes),
    at: row.timestamp.toISOString(),
  }));
}

/** Audit rows carry {before, after}; a `name` on either side names the thing that changed. */
function subjectOf(changes: unknown): string | null {
  if (!changes || typeof changes !== "object") return null;
  for (const side of ["after", "before"] as const) {
    const value = (changes as Record<string, unknown>)[side];
    if (value && typeof value === "object") {
      const name = (value as Record<string, unknown>).name;
      if (typeof name === "string" && name.trim()) return name;
    }
  }
  return null;
}
