import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";

/** How ai_feedback names a rated match (entity_id is match_results.id). */
export const MATCH_FEEDBACK_ENTITY = "MatchResult";
/** Comments shown per match on the mandate page, newest first. */
const COMMENTS_PER_MATCH = 5;

export type MatchFeedbackComment = { userName: string; rating: number; comment: string; createdAt: string };
export type MatchFeedback = { up: number; down: number; mine: { rating: number; comment: string | null } | null; comments: MatchFeedbackComment[] };

/**
 * The org's thumbs on a page of matches: the tallies (counted in the database), the signed-in
 * user's own rating and the latest comments, for the mandate owner to read.
 */
export async function listMatchFeedback(tenant: Pick<TenantContext, "org" | "user">, matchIds: string[]): Promise<Map<string, MatchFeedback>> {
  const feedback = new Map<string, MatchFeedback>(matchIds.map((id) => [id, { up: 0, down: 0, mine: null, comments: [] }]));
  if (matchIds.length === 0) return feedback;
  const where = { orgId: tenant.org.id, entityType: MATCH_FEEDBACK_ENTITY, entityId: { in: matchIds } };
  const [tallies, mine, comments] = await Promise.all([
    db.aiFeedback.groupBy({ by: ["entityId", "rating"], where, _count: { _all: true } }),
    db.aiFeedback.findMany({ where: { ...where, userId: tenant.user.id }, select: { entityId: true, rating: true, comment: true } }),
    db.aiFeedback.findMany({
      where: { ...where, comment: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: matchIds.length * COMMENTS_PER_MATCH,
      select: { entityId: true, rating: true, comment: true, createdAt: true, user: { select: { fullName: true } } },
    }),
  ]);
  for (const row of tallies) {
    const entry = feedback.get(row.entityId)!;
    if (row.rating > 0) entry.up += row._count._all;
    else if (row.rating < 0) entry.down += row._count._all;
  }
  for (const row of mine) feedback.get(row.entityId)!.mine = { rating: row.rating, comment: row.comment };
  for (const row of comments) {
    const entry = feedback.get(row.entityId)!;
    if (entry.comments.length < COMMENTS_PER_MATCH && row.comment) {
      entry.comments.push({ userName: row.user.fullName, rating: row.rating, comment: row.comment, createdAt: row.createdAt.toISOString() });
    }
  }
  return feedback;
}
