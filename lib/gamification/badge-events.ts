/** Asks the award job to evaluate an org's badges; data { orgId, userId?, projectId? }. Kept apart from the sender so jobs import it without a cycle. */
export const BADGES_EVALUATE = "gamification/badges.evaluate" as const;
