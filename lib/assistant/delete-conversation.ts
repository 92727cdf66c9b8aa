import type { Actor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import { notFound } from "@/lib/errors/app-error";
import { getConversationOrThrow } from "./get-conversation-or-throw";

/** Deleting a conversation deletes its messages (the foreign key cascades); the audit row keeps its title. */
export async function deleteConversation(actor: Actor, conversationId: string): Promise<void> {
  const conversation = await getConversationOrThrow(actor, conversationId);
  await auditedWrite(actor, async (tx) => {
    const { count } = await tx.aiConversation.deleteMany({ where: { id: conversation.id, orgId: actor.org.id, userId: actor.user.id } });
    if (count !== 1) throw notFound("Conversation");
    return {
      result: undefined,
      audit: { action: "ai_conversation.deleted", entityType: "AiConversation", entityId: conversation.id, changes: { before: { title: conversation.title } } },
    };
  });
}
