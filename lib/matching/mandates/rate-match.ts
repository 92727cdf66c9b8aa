import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { MATCH_FEEDBACK_ENTITY } from "./match-feedback";
import type { RateMatchInput } from "./schemas";

/**
 * Thumbs up or down, with an optional comment, on a match the actor's org is the investor of.
 * One current rating per user and match: rating again replaces the earlier one.
 */
export async function rateMatch(actor: Actor, input: RateMatchInput) {
  return auditedWrite(actor, async (tx) => {
    const match = await tx.matchResult.findFirst({ where: { id: input.matchId, investorOrgId: actor.org.id }, select: { id: true } });
    if (!match) throw notFound("Match");
    // Two ratings racing for the same user and match would both insert: take turns on this pair.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`match-feedback:${match.id}:${actor.user.id}`}, 0))`;
    const after = { rating: input.rating, comment: input.comment };
    const mine = { orgId: actor.org.id, userId: actor.user.id, entityType: MATCH_FEEDBACK_ENTITY, entityId: match.id };
    const existing = await tx.aiFeedback.findFirst({ where: mine });
    if (existing) {
      const { count } = await tx.aiFeedback.updateMany({ where: { ...mine, id: existing.id }, data: after });
      if (count === 0) throw notFound("Feedback");
      return {
        result: { id: existing.id, ...after },
        audit: {
          action: "ai_feedback.updated",
          entityType: "AiFeedback",
          entityId: existing.id,
          changes: diffChanges({ rating: existing.rating, comment: existing.comment }, after),
        },
      };
    }
    const created = await tx.aiFeedback.create({ data: { ...mine, ...after } });
    return {
      result: { id: created.id, ...after },
      audit: { action: "ai_feedback.created", entityType: "AiFeedback", entityId: created.id, changes: { before: null, after: { ...mine, ...after } } },
    };
  });
}
