import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isToolUIPart } from "ai";
import type { AssistantUIMessage } from "./assistant-message";
import { summaryFromExchange, titleFromQuestion } from "./describe-conversation-offline";

export type TurnRecord = {
  conversationId: string;
  question: { id: string; text: string; at: Date };
  answer: { message: AssistantUIMessage; at: Date; model: string; tokensInput: number | null; tokensOutput: number | null };
  /** When the conversation's title and summary come from a model (lib/assistant/model), its words; else derived from the exchange. */
  described?: { title: string | null; summary: string | null };
  /** A retry: the new answer replaces the last exchange when that asked the same question. */
  replacesLast?: boolean;
};

/** The text the answer showed, its parts joined: what ai_messages.content keeps for search and export. */
export function answerText(message: AssistantUIMessage): string {
  return message.parts
    .filter((part) => part.type === "text")
    .map((part) => part.text)
    .join("\n\n");
}

/**
 * Stores one exchange in one transaction: the question, then the answer with its tool calls and
 * results and the message exactly as streamed (tool_results.parts), so the history renders what the
 * user saw; a retry's answer takes the place of the exchange it retried. The conversation is named
 * after its first question unless its user renamed it.
 */
export async function persistTurn(actor: Pick<Actor, "org" | "user">, turn: TurnRecord): Promise<void> {
  const { message } = turn.answer;
  const tools = message.parts.filter(isToolUIPart);
  const toolCalls = tools.map((part) => ({ toolCallId: part.toolCallId, toolName: part.type.slice("tool-".length), input: part.input ?? null }));
  const results = tools.map((part) => ({
    toolCallId: part.toolCallId,
    toolName: part.type.slice("tool-".length),
    ...(part.state === "output-available" ? { output: part.output } : { errorText: part.state === "output-error" ? part.errorText : "The step did not finish." }),
  }));
  const content = answerText(message);
  await db.$transaction(async (tx) => {
    const conversation = await tx.aiConversation.findFirst({
      where: { id: turn.conversationId, orgId: actor.org.id, userId: actor.user.id },
      select: { id: true, metadata: true, _count: { select: { messages: true } } },
    });
    // Deleted while the answer streamed: nothing to keep.
    if (!conversation) return;
    if (turn.replacesLast) {
      const last = await tx.aiMessage.findFirst({ where: { conversationId: conversation.id, role: "user" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      if (last?.content === turn.question.text) await tx.aiMessage.deleteMany({ where: { conversationId: conversation.id, createdAt: { gte: last.createdAt } } });
    }
    await tx.aiMessage.create({
      data: { id: turn.question.id, conversationId: conversation.id, role: "user", content: turn.question.text, createdAt: turn.question.at },
    });
    await tx.aiMessage.create({
      data: {
        id: message.id,
        conversationId: conversation.id,
        role: "assistant",
        content,
        modelUsed: turn.answer.model.slice(0, 100),
        tokensInput: turn.answer.tokensInput,
        tokensOutput: turn.answer.tokensOutput,
        toolCalls: toolCalls.length ? (toolCalls as Prisma.InputJsonValue) : undefined,
        toolResults: { results, parts: message.parts } as unknown as Prisma.InputJsonValue,
        createdAt: turn.answer.at,
      },
    });
    const metadata = (conversation.metadata ?? {}) as { titledBy?: string };
    const first = conversation._count.messages === 0;
    const title = metadata.titledBy === "user" || !first ? undefined : (turn.described?.title ?? titleFromQuestion(turn.question.text));
    const summary = turn.described?.summary ?? summaryFromExchange(turn.question.text, content);
    await tx.aiConversation.update({ where: { id: conversation.id }, data: { ...(title ? { title: title.slice(0, 500) } : {}), summary, updatedAt: turn.answer.at } });
  });
}
