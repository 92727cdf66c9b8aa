import { db } from "@/lib/db/client";
import { createNotifications } from "@/lib/notifications/create-notifications";
import type { NotificationContent } from "@/lib/notifications/notification-content";
import type { MatchSide } from "./match-transitions";

/**
 * Tells the other side's members who can act on matches (analysts and above: matching.write), so
 * a viewer is not paged for work they cannot do. The unread counts still show to everyone.
 * Called after the write commits: a notification reports a fact already recorded.
 */
export async function notifyOtherSide(match: { investorOrgId: string; allyOrgId: string }, actorSide: MatchSide, content: NotificationContent): Promise<string[]> {
  const orgId = actorSide === "investor" ? match.allyOrgId : match.investorOrgId;
  const members = await db.user.findMany({ where: { orgId, isActive: true, role: { in: ["analyst", "manager", "admin"] } }, select: { id: true } });
  return createNotifications(
    members.map((m) => ({ orgId, userId: m.id })),
    content,
  );
}
