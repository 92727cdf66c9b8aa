import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { CONVERSATION_SUMMARY_SELECT } from "./to-conversation-summary";

/** A conversation is its user's own: a colleague's, another org's or a missing id are the same 404. */
export async function getConversationOrThrow(actor: Pick<Actor, "org" | "user">, conversationId: string) {
  const conversation = looksLikeUuid(conversationId)
    ? await db.aiConversation.findFirst({ where: { id: conversationId, orgId: actor.org.id, userId: actor.user.id }, select: CONVERSATION_SUMMARY_SELECT })
    : null;
  if (!conversation) throw notFound("Conversation");
  return conversation;
}
