import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getMatchOrThrow } from "./get-match-or-throw";

export type UpdateMatchNotesInput = { matchId: string; notes: string };

/**
 * Writes the actor's side's private notes, never the other side's: the column comes from the side.
 * Written in SQL so that updated_at stays as it was (Prisma would stamp it): it orders both
 * inboxes by the activity the two sides share, and private notes must not move the other side's.
 */
export async function updateMatchNotes(actor: Actor, input: UpdateMatchNotesInput): Promise<{ notes: string }> {
  const { match, scope } = await getMatchOrThrow(actor, input.matchId);
  const column = scope.side === "investor" ? "investorNotes" : "allyNotes";
  const before = match[column];
  if (before === input.notes) return { notes: before };
  return auditedWrite(actor, async (tx) => {
    const count =
      scope.side === "investor"
        ? await tx.$executeRaw`UPDATE match_results SET investor_notes = ${input.notes} WHERE id = ${match.id}::uuid AND investor_org_id = ${scope.orgId}::uuid`
        : await tx.$executeRaw`UPDATE match_results SET ally_notes = ${input.notes} WHERE id = ${match.id}::uuid AND ally_org_id = ${scope.orgId}::uuid`;
    if (count === 0) throw notFound("Match");
    return {
      result: { notes: input.notes },
      audit: {
        action: "match.notes_updated",
        entityType: "MatchResult",
        entityId: match.id,
        changes: { before: { [column]: before }, after: { [column]: input.notes } },
      },
    };
  });
}
