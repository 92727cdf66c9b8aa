import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import { getMatchOrThrow, type LoadedMatch, type MatchScope } from "./get-match-or-throw";
import { matchStatusContent } from "./match-notification-content";
import { findMatchTransition, illegalMatchTransitionMessage, isVisibleToAlly, MATCH_STATUS_LABELS } from "./match-transitions";
import { notifyOtherSide } from "./notify-other-side";

export type TransitionMatchInput = { matchId: string; to: MatchStatusName };

const word = (status: MatchStatusName) => MATCH_STATUS_LABELS[status].toLowerCase();

/** Moves a match along MATCH_TRANSITIONS for the actor's side; see applyMatchTransition. */
export async function transitionMatch(actor: Actor, input: TransitionMatchInput): Promise<{ id: string; status: MatchStatusName }> {
  return applyMatchTransition(actor, await getMatchOrThrow(actor, input.matchId), input.to);
}

/**
 * The move is written only if the match is still in the status it was read in (a conditional
 * update), so of two people moving it at once one wins and the other is told what happened
 * instead of overwriting it. The audit row and `match.status_changed` commit with the move; the
 * other side is told afterwards, unless the match stays out of its sight (a suggestion the
 * investor viewed or declined) or the move was automatic.
 */
export async function applyMatchTransition(
  actor: Actor,
  { match, scope }: { match: LoadedMatch; scope: MatchScope },
  to: MatchStatusName,
): Promise<{ id: string; status: MatchStatusName }> {
  const from = match.status;
  const transition = findMatchTransition(scope.side, match, to);
  if (!transition) throw new AppError("INVALID_TRANSITION", illegalMatchTransitionMessage(scope.side, match, to));

  const eventId = await auditedWrite(actor, async (tx) => {
    const where = { ...scope.where, id: match.id };
    const { count } = await tx.matchResult.updateMany({ where: { ...where, status: from }, data: { status: to } });
    if (count === 0) {
      const current = await tx.matchResult.findFirst({ where, select: { status: true } });
      if (!current) throw notFound("Match");
      throw new AppError(
        "STALE_WRITE",
        `Someone moved this match from ${word(from)} to ${word(current.status)} meanwhile, so it was not made ${word(to)}. Reload to see it.`,
      );
    }
    const id = await emit(tx, "match.status_changed", { orgId: actor.org.id, matchId: match.id, from, to });
    return {
      result: id,
      audit: { action: "match.status_changed", entityType: "MatchResult", entityId: match.id, changes: { before: { status: from }, after: { status: to } } },
    };
  });

  const otherSees = scope.side === "ally" || isVisibleToAlly({ status: to, initiatedBy: match.initiatedBy });
  if (!transition.automatic && otherSees) {
    await notifyOtherSide(
      match,
      scope.side,
      matchStatusContent({
        matchId: match.id,
        projectName: match.project.name,
        actorOrgName: actor.org.name,
        by: scope.side,
        from,
        to,
        sourceKey: `match.status_changed:${eventId}`,
      }),
    );
  }
  return { id: match.id, status: to };
}
