import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";

export type RatableOutput = "SignalScore" | "ImprovementQuest";
export type RateInput = { entityType: RatableOutput; entityId: string; rating: 1 | -1; comment?: string };

/** Each rated output type is checked to belong to the actor's org before feedback is written. */
const OUTPUT_IN_ORG: Record<RatableOutput, (tx: Tx, orgId: string, id: string) => Promise<boolean>> = {
  SignalScore: async (tx, orgId, id) => (await tx.signalScore.count({ where: { id, orgId, status: "COMPLETED" } })) > 0,
  ImprovementQuest: async (tx, orgId, id) => (await tx.improvementQuest.count({ where: { id, project: { orgId } } })) > 0,
};

/** Thumbs up/down with an optional comment; a user's second rating of the same output replaces the first. */
export async function rateAiOutput(actor: Actor, input: RateInput) {
  return auditedWrite(actor, async (tx) => {
    if (!(await OUTPUT_IN_ORG[input.entityType](tx, actor.org.id, input.entityId))) throw notFound("AI output");
    const after = { rating: input.rating, comment: input.comment?.trim() || null };
    const existing = await tx.aiFeedback.findFirst({ where: { orgId: actor.org.id, userId: actor.user.id, entityType: input.entityType, entityId: input.entityId } });
    if (existing) {
      const { count } = await tx.aiFeedback.updateMany({ where: { id: existing.id, orgId: actor.org.id, userId: actor.user.id }, data: after });
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
    const created = await tx.aiFeedback.create({
      data: { orgId: actor.org.id, userId: actor.user.id, entityType: input.entityType, entityId: input.entityId, ...after },
    });
    return {
      result: { id: created.id, ...after },
      audit: {
        action: "ai_feedback.created",
        entityType: "AiFeedback",
        entityId: created.id,
        changes: { before: null, after: { entityType: input.entityType, entityId: input.entityId, ...after } },
      },
    };
  });
}
