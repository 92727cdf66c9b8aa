import { createAnthropic } from "@ai-sdk/anthropic";
import { convertToModelMessages, stepCountIs, streamText } from "ai";
import { assertWithinBudget } from "@/lib/ai/budget";
import type { ModelConfig } from "@/lib/ai/call-model-tool";
import { getActivePrompt } from "@/lib/ai/get-active-prompt";
import { estimateCallCost } from "@/lib/ai/price-table";
import { recordAiTaskLog } from "@/lib/ai/record-ai-task-log";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors/app-error";
import type { AssistantConversationSummary, AssistantUIMessage } from "../assistant-message";
import type { ToolContext } from "../tools/tool-definition";
import type { AssistantChunk, TurnWriter } from "../turn-writer";
import { buildChatPrompt } from "./chat-prompt";
import { chatModelTools } from "./chat-model-tools";

/** Tool steps a turn may take before the model must answer with what it has. */
export const ASSISTANT_STEP_CAP = 6;
const MAX_OUTPUT_TOKENS = 2_048;
/** The history sent with a question: the latest exchanges, so a long conversation's cost stays bounded. */
export const ASSISTANT_HISTORY_MESSAGES = 12;

/** `answered`: the model finished its answer (no budget refusal, failure or step cap). */
export type ModelTurnResult = { model: string; tokensInput: number; tokensOutput: number; answered: boolean };

type Turn = {
  actor: Actor;
  config: ModelConfig;
  conversation: AssistantConversationSummary;
  history: AssistantUIMessage[];
  question: string;
  context: ToolContext;
  out: TurnWriter;
};

/**
 * The model path of a turn: the org's budget before the turn (a budget notice instead of a call),
 * the active `chat_with_tools` prompt, streamText with the user's tools for up to
 * ASSISTANT_STEP_CAP steps, each step (one model call) logged with its tokens and cost as
 * RALPH_CHAT. A model error mid-stream ends the answer with an error notice and a FAILED log; what
 * streamed before it is kept.
 */
export async function answerWithModel(turn: Turn): Promise<ModelTurnResult> {
  const { actor, config, out } = turn;
  const prompt = await getActivePrompt("chat_with_tools");
  const { system, descriptions } = buildChatPrompt(prompt, actor, turn.conversation);
  const usage = { model: config.model, tokensInput: 0, tokensOutput: 0, answered: false };
  try {
    await assertWithinBudget(actor.org.id, estimateCallCost(config.model, system.length + turn.question.length * 4, MAX_OUTPUT_TOKENS));
  } catch (error) {
    if (!isAppError(error) || error.code !== "BUDGET_EXCEEDED") throw error;
    out.notice("budget", error.message);
    out.text("I cannot answer this one: your organisation's monthly AI budget is used up. An organisation admin can raise it, or try again next month.");
    return usage;
  }

  const log = {
    actor: { org: { id: actor.org.id }, user: { id: actor.user.id } },
    agentType: "RALPH_CHAT" as const,
    entity: { type: "AiConversation", id: turn.conversation.id },
  };
  const logInput = (step: number) => ({
    prompt: { taskType: prompt.taskType, version: prompt.version, id: prompt.id },
    input: { step, question: turn.question.slice(0, 2_000) },
  });
  const anthropic = createAnthropic({ apiKey: config.apiKey, ...(config.baseURL ? { baseURL: `${config.baseURL.replace(/\/$/, "")}/v1` } : {}) });
  const history = await convertToModelMessages(turn.history.slice(-ASSISTANT_HISTORY_MESSAGES), { ignoreIncompleteToolCalls: true });
  let step = 0;
  let failure: unknown = null;

  const result = streamText({
    model: anthropic(config.model),
    system,
    messages: [...history, { role: "user", content: turn.question }],
    tools: chatModelTools(turn.context, descriptions),
    stopWhen: stepCountIs(ASSISTANT_STEP_CAP),
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    maxRetries: 3,
    onStepFinish: async (finished) => {
      step += 1;
      usage.model = finished.response.modelId || usage.model;
      usage.tokensInput += finished.usage.inputTokens ?? 0;
      usage.tokensOutput += finished.usage.outputTokens ?? 0;
      await recordAiTaskLog({
        ...log,
        status: "COMPLETED",
        input: logInput(step),
        output: {
          text: finished.text.slice(0, 4_000),
          toolCalls: finished.toolCalls.map((call) => ({ toolName: call.toolName, input: call.input })),
          finishReason: finished.finishReason,
        },
        model: usage.model,
        tokensInput: finished.usage.inputTokens ?? 0,
        tokensOutput: finished.usage.outputTokens ?? 0,
      });
    },
    onError: ({ error }) => {
      failure = error;
    },
  });

  let finishReason: string | undefined;
  for await (const chunk of result.toUIMessageStream<AssistantUIMessage>({ sendStart: false, sendFinish: false, onError: () => "The model failed while answering." })) {
    if (chunk.type === "error") continue;
    out.write(chunk as AssistantChunk);
    if (chunk.type === "tool-output-available") out.citations();
  }
  try {
    finishReason = await result.finishReason;
  } catch (error) {
    failure ??= error;
  }

  if (failure) {
    console.error("[assistant model]", failure);
    await recordAiTaskLog({
      ...log,
      status: "FAILED",
      input: logInput(step + 1),
      error: "The model call failed mid-answer.",
      model: usage.model,
      tokensInput: 0,
      tokensOutput: 0,
    });
    out.notice("error", "The AI model failed while answering; what you see above is all it wrote. Ask again to retry.");
  } else if (finishReason === "tool-calls" && step >= ASSISTANT_STEP_CAP) {
    out.notice("step-limit", `The assistant stopped after ${ASSISTANT_STEP_CAP} tool steps without a final answer; ask a narrower question.`);
  } else {
    usage.answered = true;
  }
  return usage;
}
