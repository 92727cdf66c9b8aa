import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { describeAuditRows } from "./describe-audit-rows";
import { groupAuditEntries } from "./group-audit-entries";
import type { ActivityItem, AuditFeedEntry } from "./types";

export function toActivityItem(entry: AuditFeedEntry): ActivityItem {
  if (entry.kind === "single") {
    const { row } = entry;
    return { id: row.id, at: row.at, actorName: row.actor?.name ?? null, action: row.action, sentence: row.sentence, details: [] };
  }
  const actorName = entry.rows[0].actor?.name ?? null;
  return { id: entry.id, at: entry.at, actorName, action: entry.action, sentence: entry.sentence, details: entry.rows.map((row) => row.sentence) };
}

/**
 * The latest entries of the org (optionally narrowed by `scope`) as sentences, floods folded:
 * what the dashboard lists as recent activity.
 */
export async function listAuditFeed(tenant: Pick<TenantContext, "org" | "role">, limit: number, scope?: Prisma.AuditLogWhereInput): Promise<ActivityItem[]> {
  // Fetched generously: a folded flood of awards should not leave the card half empty.
  const rows = await db.auditLog.findMany({
    where: { AND: [{ orgId: tenant.org.id }, ...(scope ? [scope] : [])] },
    orderBy: [{ timestamp: "desc" }, { id: "desc" }],
    take: limit * 3,
    include: { user: { select: { id: true, fullName: true, email: true } } },
  });
  return groupAuditEntries(await describeAuditRows(tenant, rows))
    .slice(0, limit)
    .map(toActivityItem);
}
