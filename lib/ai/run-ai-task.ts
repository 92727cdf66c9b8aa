import { z } from "zod";
import type { AiAgentType } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { assertWithinBudget } from "./budget";
import { callModelTool, getModelConfig } from "./call-model-tool";
import { getActivePrompt, renderPrompt } from "./get-active-prompt";
import { estimateCallCost, OFFLINE_MODEL } from "./price-table";
import { recordAiTaskLog, truncateForLog } from "./record-ai-task-log";

/** Whose budget pays and who asked: a user, or none for system-triggered work. */
export type AiActor = { org: { id: string }; user: { id: string } | null };

export type AiTaskRequest<Output> = {
  actor: AiActor;
  agentType: AiAgentType;
  /** prompt_templates.task_type whose active version is used. */
  taskType: string;
  entity: { type: string; id: string } | null;
  /** Values for the prompt's {{placeholders}}; output_schema is filled in here. */
  variables: Record<string, string>;
  /** What the log records as the task's input (truncated). */
  input: unknown;
  outputSchema: z.ZodType<Output>;
  tool: { name: string; description: string };
  /** The offline analyser: the same output shape, computed from the data by rules. */
  analyse: () => Output | Promise<Output>;
  maxTokens?: number;
};

export type AiTaskResult<Output> = { output: Output; modelUsed: string; logId: string; promptVersion: number };

/** Schema failures are retried once: a second malformed answer is recorded FAILED and never used. */
const MAX_ATTEMPTS = 2;

/**
 * The one way the platform calls a model: active prompt version, budget check before every call,
 * structured output checked by zod, an ai_task_logs row for every outcome (success, schema
 * failure, refusal, outage), and the offline analyser when no API key is configured.
 */
export async function runAiTask<Output>(request: AiTaskRequest<Output>): Promise<AiTaskResult<Output>> {
  const prompt = await getActivePrompt(request.taskType);
  // The prompt version stays outside the truncation: which version answered is always queryable.
  const input = { prompt: { taskType: prompt.taskType, version: prompt.version, id: prompt.id }, input: truncateForLog(request.input) };
  const base = { actor: request.actor, agentType: request.agentType, entity: request.entity, input };
  const config = getModelConfig();

  if (!config) {
    const output = request.outputSchema.parse(await request.analyse());
    const log = await recordAiTaskLog({ ...base, status: "COMPLETED", output, model: OFFLINE_MODEL, tokensInput: null, tokensOutput: null });
    return { output, modelUsed: OFFLINE_MODEL, logId: log.id, promptVersion: prompt.version };
  }

  const inputSchema = z.toJSONSchema(request.outputSchema) as Record<string, unknown>;
  delete inputSchema.$schema;
  const rendered = renderPrompt(prompt.content, { ...request.variables, output_schema: JSON.stringify(inputSchema) });
  const maxTokens = request.maxTokens ?? 4_096;
  const estimate = estimateCallCost(config.model, rendered.length + (prompt.systemPrompt?.length ?? 0), maxTokens);
  const tokens = { input: 0, output: 0 };
  let model = config.model;
  let lastProblem = "";

  try {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await assertWithinBudget(request.actor.org.id, estimate);
      const answer = await callModelTool(config, {
        system: prompt.systemPrompt,
        prompt: rendered,
        toolName: request.tool.name,
        toolDescription: request.tool.description,
        inputSchema,
        maxTokens,
      });
      tokens.input += answer.tokensInput;
      tokens.output += answer.tokensOutput;
      model = answer.model;
      const parsed = request.outputSchema.safeParse(answer.toolInput);
      if (parsed.success) {
        const log = await recordAiTaskLog({ ...base, status: "COMPLETED", output: parsed.data, model, tokensInput: tokens.input, tokensOutput: tokens.output });
        return { output: parsed.data, modelUsed: model, logId: log.id, promptVersion: prompt.version };
      }
      lastProblem = answer.toolInput === undefined ? "no tool call in the answer" : z.prettifyError(parsed.error);
    }
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The AI call failed unexpectedly.";
    await recordAiTaskLog({ ...base, status: "FAILED", error: message, model, tokensInput: tokens.input, tokensOutput: tokens.output });
    throw error;
  }

  const error = `The model's answer did not match the expected shape after ${MAX_ATTEMPTS} attempts: ${lastProblem}`.slice(0, 2_000);
  await recordAiTaskLog({ ...base, status: "FAILED", error, model, tokensInput: tokens.input, tokensOutput: tokens.output });
  throw new AppError("SERVICE_UNAVAILABLE", "The AI answer was malformed twice and was discarded; try again.");
}
