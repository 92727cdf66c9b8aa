import { randomUUID } from "node:crypto";
import { createUIMessageStream } from "ai";
import { getModelConfig } from "@/lib/ai/call-model-tool";
import { OFFLINE_MODEL } from "@/lib/ai/price-table";
import type { Actor } from "@/lib/auth/actor";
import type { AssistantChatRequest, AssistantUIMessage } from "./assistant-message";
import { getConversationMessages } from "./get-conversation-messages";
import { getConversationOrThrow } from "./get-conversation-or-throw";
import { ASSISTANT_HISTORY_MESSAGES, answerWithModel } from "./model/answer-with-model";
import { describeConversation } from "./model/describe-conversation";
import { answerOffline, OFFLINE_NOTICE } from "./offline/answer-offline";
import { answerText, persistTurn, type TurnRecord } from "./persist-turn";
import { chatRequestSchema } from "./schemas";
import { toConversationSummary } from "./to-conversation-summary";
import { runAssistantTool, ToolInputError } from "./tools/assistant-tools";
import { CitationBook } from "./tools/citation-book";
import type { ToolOutput } from "./tools/tool-definition";
import { TurnWriter } from "./turn-writer";

const TOOL_FAILED = "The tool failed; its data could not be read this time.";

/**
 * One question and its answer as a UI message stream. What can be refused is refused before the
 * stream starts (the conversation is the user's own, the input is valid); from then on every
 * outcome, a failed tool or the model's error included, is written into the answer and stored
 * with it, so the conversation holds each question with the answer the user saw.
 */
/** Fixed ids and clock: the demo seed replays its conversations at their story's dates with stable ids. */
export type ChatTurnOptions = { questionId?: string; answerId?: string; now?: () => Date; offline?: boolean };

export async function runChatTurn(actor: Actor, request: AssistantChatRequest, options: ChatTurnOptions = {}): Promise<ReadableStream> {
  const now = options.now ?? (() => new Date());
  const { conversationId, text, retry = false } = chatRequestSchema.parse(request);
  const question = { id: options.questionId ?? randomUUID(), text, at: now() };
  const config = options.offline ? null : getModelConfig();
  const offline = config === null;
  let model = config?.model ?? OFFLINE_MODEL;
  // The model is given the conversation so far (one read with the conversation); the offline assistant answers each question alone.
  const { conversation, messages: history } = offline
    ? { conversation: toConversationSummary(await getConversationOrThrow(actor, conversationId)), messages: [] }
    : await getConversationMessages(actor, conversationId, { latest: ASSISTANT_HISTORY_MESSAGES }).then((loaded) => ({
        ...loaded,
        messages: retry ? withoutRetriedExchange(loaded.messages, text) : loaded.messages,
      }));

  return createUIMessageStream<AssistantUIMessage>({
    onError: () => "The assistant failed while answering; the question was kept, try again.",
    execute: async ({ writer }) => {
      const book = new CitationBook();
      const out = new TurnWriter(writer, book);
      const messageId = options.answerId ?? randomUUID();
      out.write({ type: "start", messageId, messageMetadata: { conversationId, model, offline, createdAt: now().toISOString() } });
      const context = { actor, cite: (source: Parameters<CitationBook["cite"]>[0]) => book.cite(source) };
      const usage: { input: number | null; output: number | null } = { input: null, output: null };
      let answered = false;

      if (offline) {
        out.notice("offline", OFFLINE_NOTICE);
        let step = 0;
        const answer = await answerOffline(actor, conversation, text, async (toolName, input): Promise<ToolOutput> => {
          const toolCallId = `offline-${++step}`;
          out.write({ type: "start-step" });
          out.write({ type: "tool-input-available", toolCallId, toolName, input });
          try {
            const output = await runAssistantTool(context, toolName, input);
            out.write({ type: "tool-output-available", toolCallId, output });
            out.citations();
            return output;
          } catch (error) {
            if (!(error instanceof ToolInputError)) console.error("[assistant tool]", error);
            out.write({ type: "tool-output-error", toolCallId, errorText: error instanceof ToolInputError ? error.message : TOOL_FAILED });
            return { available: false, message: TOOL_FAILED, citations: [] };
          } finally {
            out.write({ type: "finish-step" });
          }
        });
        out.text(answer);
      } else {
        const result = await answerWithModel({ actor, config: config!, conversation, history, question: text, context, out });
        model = result.model;
        usage.input = result.tokensInput;
        usage.output = result.tokensOutput;
        answered = result.answered;
      }

      out.write({ type: "finish", finishReason: "stop" });
      const message = await out.message();
      // After an answered model turn the model names and summarises the conversation; otherwise both are derived from the exchange.
      const described: TurnRecord["described"] = answered
        ? await describeConversation(actor, conversationId, [...exchangesOf(history), { question: text, answer: answerText(message) }])
        : undefined;
      await persistTurn(actor, {
        conversationId,
        question,
        answer: { message, at: now(), model, tokensInput: usage.input, tokensOutput: usage.output },
        described,
        replacesLast: retry,
      });
    },
  });
}

/** The question and answer texts of a history, pair by pair. */
function exchangesOf(history: readonly AssistantUIMessage[]): { question: string; answer: string }[] {
  const exchanges: { question: string; answer: string }[] = [];
  for (const message of history) {
    if (message.role === "user") exchanges.push({ question: answerText(message), answer: "" });
    else if (message.role === "assistant" && exchanges.length) exchanges[exchanges.length - 1]!.answer = answerText(message);
  }
  return exchanges;
}

/** A retried question is not shown to the model twice: the exchange it replaces leaves the history. */
function withoutRetriedExchange(history: AssistantUIMessage[], text: string): AssistantUIMessage[] {
  const lastQuestion = history.findLastIndex((message) => message.role === "user");
  return lastQuestion >= 0 && answerText(history[lastQuestion]!).trim() === text ? history.slice(0, lastQuestion) : history;
}
