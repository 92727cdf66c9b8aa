import { ROLE_RANK } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Recipient } from "./create-notifications";

/**
 * The active members of one org a notification may go to: `userIds` when given (the requester),
 * falling back to the org's managers and admins when none of them qualifies (a job no one asked
 * for, a requester since deactivated). `minRole` keeps a message naming something (a document
 * above someone's clearance) from reaching anyone who may not see it.
 */
export async function listOrgRecipients(orgId: string, options: { userIds: (string | null)[]; minRole?: Role }): Promise<Recipient[]> {
  const minRank = ROLE_RANK[options.minRole ?? "viewer"];
  const mayRead = (role: Role) => ROLE_RANK[role] >= minRank;
  const wanted = options.userIds.filter((id): id is string => Boolean(id));
  if (wanted.length) {
    const named = await db.user.findMany({ where: { orgId, id: { in: wanted }, isActive: true }, select: { id: true, role: true } });
    const allowed = named.filter((u) => mayRead(u.role));
    if (allowed.length) return allowed.map((u) => ({ orgId, userId: u.id }));
  }
  const leads = await db.user.findMany({
    where: { orgId, isActive: true, role: { in: ["manager", "admin"] } },
    select: { id: true, role: true },
    orderBy: { createdAt: "asc" },
  });
  return leads.filter((u) => mayRead(u.role)).map((u) => ({ orgId, userId: u.id }));
}
