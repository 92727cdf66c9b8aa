import type { Actor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { AssistantConversationSummary } from "./assistant-message";
import { resolveContextLabel } from "./resolve-context-label";
import { type CreateConversationInput, createConversationSchema } from "./schemas";
import { CONVERSATION_SUMMARY_SELECT, toConversationSummary } from "./to-conversation-summary";

/** Until the first answer names it (generateConversationTitle), a conversation is called after its page. */
export const NEW_CONVERSATION_TITLE = "New conversation";

export async function createConversation(actor: Actor, input: CreateConversationInput): Promise<AssistantConversationSummary> {
  const { contextType, contextEntityId } = createConversationSchema.parse(input);
  const entityId = contextType === "GENERAL" ? null : (contextEntityId ?? null);
  const contextLabel = await resolveContextLabel(actor, contextType, entityId);
  return auditedWrite(actor, async (tx) => {
    const row = await tx.aiConversation.create({
      data: {
        orgId: actor.org.id,
        userId: actor.user.id,
        contextType,
        contextEntityId: entityId,
        title: contextLabel ? `About ${contextLabel}`.slice(0, 500) : NEW_CONVERSATION_TITLE,
        metadata: contextLabel ? { contextLabel } : {},
      },
      select: CONVERSATION_SUMMARY_SELECT,
    });
    return {
      result: toConversationSummary(row),
      audit: { action: "ai_conversation.created", entityType: "AiConversation", entityId: row.id, changes: { after: { contextType, contextEntityId: entityId } } },
    };
  });
}
