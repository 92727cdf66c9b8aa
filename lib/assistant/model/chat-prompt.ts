import type { ActivePrompt } from "@/lib/ai/get-active-prompt";
import { renderPrompt } from "@/lib/ai/get-active-prompt";
import type { Actor } from "@/lib/auth/actor";
import type { AssistantConversationSummary } from "../assistant-message";

export type ChatPrompt = { system: string; descriptions: Map<string, string> };

const TOOL_LINE = /^-\s*([A-Za-z]+):\s*(.+)$/;

/**
 * The active `chat_with_tools` version as the model gets it: its system prompt, then its content
 * with the conversation's context filled in. The content's tool lines are the tools' descriptions,
 * so editing them in the prompt admin changes what the model is told each tool does. Only the
 * user's name, role and org go in: no keys, no other org.
 */
export function buildChatPrompt(prompt: Pick<ActivePrompt, "content" | "systemPrompt">, actor: Actor, conversation: AssistantConversationSummary): ChatPrompt {
  const context =
    conversation.contextType === "GENERAL" || !conversation.contextEntityId
      ? "no particular page"
      : `the ${conversation.contextType.toLowerCase()} page of “${conversation.contextLabel ?? "an item"}” (id ${conversation.contextEntityId})`;
  const content = renderPrompt(prompt.content, {
    user_name: actor.user.fullName,
    user_role: actor.role,
    org_name: actor.org.name,
    org_type: actor.org.type === "ALLY" ? "project developer" : actor.org.type === "INVESTOR" ? "investor" : "platform operator",
    context,
  });
  const descriptions = new Map<string, string>();
  for (const line of content.split("\n")) {
    const match = TOOL_LINE.exec(line.trim());
    if (match) descriptions.set(match[1]!, match[2]!.trim());
  }
  return { system: [prompt.systemPrompt, content].filter(Boolean).join("\n\n"), descriptions };
}
