import type { Actor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import { notFound } from "@/lib/errors/app-error";
import type { AssistantConversationSummary } from "./assistant-message";
import { getConversationOrThrow } from "./get-conversation-or-throw";
import { renameConversationSchema } from "./schemas";
import { CONVERSATION_SUMMARY_SELECT, toConversationSummary } from "./to-conversation-summary";

export async function renameConversation(actor: Actor, conversationId: string, input: { title: string }): Promise<AssistantConversationSummary> {
  const { title } = renameConversationSchema.parse(input);
  const before = await getConversationOrThrow(actor, conversationId);
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.aiConversation.updateMany({
      where: { id: before.id, orgId: actor.org.id, userId: actor.user.id },
      data: { title, metadata: { ...((before.metadata ?? {}) as object), titledBy: "user" } },
    });
    if (count !== 1) throw notFound("Conversation");
    const row = await tx.aiConversation.findUniqueOrThrow({ where: { id: before.id }, select: CONVERSATION_SUMMARY_SELECT });
    return {
      result: toConversationSummary(row),
      audit: { action: "ai_conversation.renamed", entityType: "AiConversation", entityId: row.id, changes: { before: { title: before.title }, after: { title } } },
    };
  });
}
