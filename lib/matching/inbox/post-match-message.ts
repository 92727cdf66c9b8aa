import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import { getMatchOrThrow } from "./get-match-or-throw";
import { matchMessageContent } from "./match-notification-content";
import { MATCH_STATUS_LABELS, MESSAGING_STATUSES } from "./match-transitions";
import { notifyOtherSide } from "./notify-other-side";
import { type MatchMessageDto, toMatchMessageDto } from "./to-match-message-dto";

export type PostMatchMessageInput = { matchId: string; content: string };

function closedThreadMessage(status: MatchStatusName): string {
  if (status === "WITHDRAWN") return "This match was withdrawn: its conversation is closed.";
  return `Messages open once the investor is interested; this match is ${MATCH_STATUS_LABELS[status].toLowerCase()}.`;
}

/**
 * Posts to the thread of an INTERESTED or CONNECTED match, from either side. The match row is
 * locked while the message is written, so a message cannot slip in after a concurrent withdrawal.
 * Posting is activity both sides share: it moves the match up both inboxes (updated_at).
 */
export async function postMatchMessage(actor: Actor, input: PostMatchMessageInput): Promise<MatchMessageDto> {
  const { match, scope } = await getMatchOrThrow(actor, input.matchId);
  const message = await auditedWrite(actor, async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: MatchStatusName }[]>`SELECT status FROM match_results WHERE id = ${match.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound("Match");
    if (!MESSAGING_STATUSES.includes(locked.status)) throw new AppError("CONFLICT", closedThreadMessage(locked.status));
    const row = await tx.matchMessage.create({
      data: { matchId: match.id, senderId: actor.user.id, content: input.content },
      include: { sender: { select: { fullName: true, orgId: true } } },
    });
    await tx.matchResult.update({ where: { id: match.id }, data: { updatedAt: row.createdAt } });
    await emit(tx, "match.message_posted", { orgId: actor.org.id, matchId: match.id, messageId: row.id });
    return {
      result: row,
      audit: { action: "match.message_posted", entityType: "MatchResult", entityId: match.id, changes: { after: { messageId: row.id, length: row.content.length } } },
    };
  });
  await notifyOtherSide(
    match,
    scope.side,
    matchMessageContent({
      matchId: match.id,
      projectName: match.project.name,
      actorOrgName: actor.org.name,
      messageId: message.id,
      senderName: actor.user.fullName,
      excerpt: input.content,
    }),
  );
  return toMatchMessageDto(message, actor.user.id, { orgId: actor.org.id });
}
