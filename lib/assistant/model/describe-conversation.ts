import { z } from "zod";
import { runAiTask } from "@/lib/ai/run-ai-task";
import type { Actor } from "@/lib/auth/actor";
import { summaryFromExchange, titleFromQuestion } from "../describe-conversation-offline";

const describeSchema = z.object({
  title: z.string().trim().min(1).max(120).describe("At most eight words, no quotation marks."),
  summary: z.string().trim().min(1).max(600).describe("One or two sentences: what was asked and what the answers found."),
});
export type ConversationDescription = z.infer<typeof describeSchema>;

export type Exchange = { question: string; answer: string };

/** The conversation as the prompt reads it: the latest exchanges, each side cut, so the call stays small. */
const EXCHANGE_CHARS = 1_500;
function transcript(exchanges: readonly Exchange[]): string {
  return exchanges
    .slice(-4)
    .map((e) => `User: ${e.question.slice(0, EXCHANGE_CHARS)}\nRalph: ${e.answer.replace(/\s*\[\d+\]/g, "").slice(0, EXCHANGE_CHARS)}`)
    .join("\n\n");
}

/**
 * The title and summary the model writes after an answered turn, through runAiTask: the active
 * `conversation_title` prompt, the org's budget, an AI task log (RALPH_CHAT) with its cost. The
 * offline analyser derives them from the latest exchange. A refusal or a failure costs the user
 * nothing: runAiTask has logged why, and the derived title and summary stand (undefined here).
 */
export async function describeConversation(
  actor: Pick<Actor, "org" | "user">,
  conversationId: string,
  exchanges: readonly Exchange[],
): Promise<ConversationDescription | undefined> {
  const latest = exchanges.at(-1);
  if (!latest) return undefined;
  try {
    const { output } = await runAiTask({
      actor: { org: { id: actor.org.id }, user: { id: actor.user.id } },
      agentType: "RALPH_CHAT",
      taskType: "conversation_title",
      entity: { type: "AiConversation", id: conversationId },
      variables: { conversation: transcript(exchanges) },
      input: { exchanges: exchanges.length, question: latest.question.slice(0, 500) },
      outputSchema: describeSchema,
      tool: { name: "describe_conversation", description: "Record the conversation's title and summary." },
      analyse: () => ({ title: titleFromQuestion(exchanges[0]!.question), summary: summaryFromExchange(latest.question, latest.answer) }),
      maxTokens: 400,
    });
    return output;
  } catch {
    return undefined;
  }
}
