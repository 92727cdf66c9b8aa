import { randomUUID } from "node:crypto";
import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { collectBadgeEvents } from "./collect-badge-events";
import { evaluateBadgeCriteria, parseBadgeCriteria } from "./evaluate-badge-criteria";

export type AwardBadgesInput = { orgId: string; userId?: string; projectId?: string };

type NewAward = { id: string; badgeId: string; slug: string; userId: string; projectId: string | null };

/** The awards the org's members now qualify for and do not hold yet; an org-wide badge held on any project counts as held. */
async function findNewAwards({ orgId, userId, projectId }: AwardBadgesInput): Promise<NewAward[]> {
  const badges = await db.badge.findMany({ select: { id: true, slug: true, criteria: true } });
  const rules = badges.flatMap((badge) => {
    const criteria = parseBadgeCriteria(badge.criteria);
    return criteria ? [{ badge, criteria }] : [];
  });
  if (rules.length === 0) return [];
  const events = await collectBadgeEvents(orgId, new Set(rules.map((r) => r.criteria.event)), userId);
  const held = await db.userBadge.findMany({ where: { user: { orgId } }, select: { userId: true, projectId: true, badgeId: true } });
  const heldKeys = new Set(held.flatMap((h) => [`${h.badgeId}/${h.userId}/${h.projectId ?? ""}`, `${h.badgeId}/${h.userId}/*`]));
  return rules.flatMap(({ badge, criteria }) =>
    evaluateBadgeCriteria(criteria, events)
      // Asked about one project: its project badges, and org-wide ones (cheap, and earned anywhere).
      .filter((key) => !projectId || key.projectId === null || key.projectId === projectId)
      .filter((key) => !heldKeys.has(criteria.scope === "org" ? `${badge.id}/${key.userId}/*` : `${badge.id}/${key.userId}/${key.projectId ?? ""}`))
      .map((key) => ({ id: randomUUID(), badgeId: badge.id, slug: badge.slug, ...key })),
  );
}

/**
 * Awards every badge the org's members have earned and do not hold, with one `badge.awarded`
 * audit row per award. Idempotent: held badges are skipped, and a concurrent run's insert is
 * absorbed by the unique index (skipDuplicates); only rows actually inserted are audited.
 */
export async function awardBadges(input: AwardBadgesInput): Promise<{ awarded: number }> {
  const candidates = await findNewAwards(input);
  if (candidates.length === 0) return { awarded: 0 };
  return auditedWrite(systemActor(input.orgId, "evaluate-badges"), async (tx) => {
    await tx.userBadge.createMany({ data: candidates.map(({ id, badgeId, userId, projectId }) => ({ id, badgeId, userId, projectId })), skipDuplicates: true });
    const inserted = new Set((await tx.userBadge.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, select: { id: true } })).map((r) => r.id));
    const fresh = candidates.filter((c) => inserted.has(c.id));
    return {
      result: { awarded: fresh.length },
      audit: fresh.map((c) => ({
        action: "badge.awarded" as const,
        entityType: "UserBadge",
        entityId: c.id,
        changes: { before: null, after: { badge: c.slug, userId: c.userId, projectId: c.projectId } },
      })),
    };
  });
}
