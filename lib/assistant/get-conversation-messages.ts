import type { Actor } from "@/lib/auth/actor";
import { OFFLINE_MODEL } from "@/lib/ai/price-table";
import { db } from "@/lib/db/client";
import type { AssistantConversationSummary, AssistantUIMessage } from "./assistant-message";
import { getConversationOrThrow } from "./get-conversation-or-throw";
import { toConversationSummary } from "./to-conversation-summary";

/** The parts as streamed (persistTurn); an answer stored without them shows its text alone. */
function storedParts(row: { content: string; toolResults: unknown }): AssistantUIMessage["parts"] {
  const stored = row.toolResults as { parts?: AssistantUIMessage["parts"] } | null;
  return Array.isArray(stored?.parts) ? stored.parts : [{ type: "text", text: row.content }];
}

/** A conversation of the user's own and its messages, oldest first, as the panel renders them (the same parts the stream produced). */
export async function getConversationMessages(
  actor: Pick<Actor, "org" | "user">,
  conversationId: string,
  options: { latest?: number } = {},
): Promise<{ conversation: AssistantConversationSummary; messages: AssistantUIMessage[] }> {
  const conversation = await getConversationOrThrow(actor, conversationId);
  const where = { conversationId: conversation.id, role: { in: ["user" as const, "assistant" as const] } };
  const select = { id: true, role: true, content: true, modelUsed: true, toolResults: true, createdAt: true } as const;
  // `latest`: the model's history reads only the newest messages, however long the conversation.
  const rows = options.latest
    ? (await db.aiMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { role: "desc" }, { id: "desc" }], take: options.latest, select })).reverse()
    : await db.aiMessage.findMany({ where, orderBy: [{ createdAt: "asc" }, { role: "asc" }, { id: "asc" }], select });
  const messages = rows.map((row): AssistantUIMessage => {
    const model = row.modelUsed;
    const metadata = { conversationId: conversation.id, model, offline: model === OFFLINE_MODEL, createdAt: row.createdAt.toISOString() };
    return row.role === "user"
      ? { id: row.id, role: "user", parts: [{ type: "text", text: row.content }], metadata }
      : { id: row.id, role: "assistant", parts: storedParts(row), metadata };
  });
  return { conversation: toConversationSummary(conversation), messages };
}
