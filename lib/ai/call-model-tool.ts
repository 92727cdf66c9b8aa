import Anthropic from "@anthropic-ai/sdk";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_MODEL } from "./price-table";

export type ModelConfig = { apiKey: string; baseURL?: string; model: string };

/** The real model when ANTHROPIC_API_KEY is set; null means the offline analysers answer. */
export function getModelConfig(env: NodeJS.ProcessEnv = process.env): ModelConfig | null {
  if (!env.ANTHROPIC_API_KEY) return null;
  return { apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL || undefined, model: env.ANTHROPIC_MODEL || DEFAULT_MODEL };
}

export type ToolCall = { system: string | null; prompt: string; toolName: string; toolDescription: string; inputSchema: Record<string, unknown>; maxTokens: number };
export type ToolCallResult = { toolInput: unknown; model: string; tokensInput: number; tokensOutput: number };

/**
 * One Messages API call that must answer through one tool (tool_choice forces it), so the
 * answer is structured. The SDK retries 429, 529 (overloaded) and other 5xx with exponential
 * backoff, honouring retry-after; what still fails is a SERVICE_UNAVAILABLE the user can read.
 */
export async function callModelTool(config: ModelConfig, call: ToolCall): Promise<ToolCallResult> {
  const client = new Anthropic({ apiKey: config.apiKey, baseURL: config.baseURL, maxRetries: 3, timeout: 120_000 });
  try {
    const response = await client.messages.create({
      model: config.model,
      max_tokens: call.maxTokens,
      ...(call.system ? { system: call.system } : {}),
      messages: [{ role: "user", content: call.prompt }],
      tools: [{ name: call.toolName, description: call.toolDescription, input_schema: { ...call.inputSchema, type: "object" } }],
      tool_choice: { type: "tool", name: call.toolName },
    });
    const block = response.content.find((part) => part.type === "tool_use" && part.name === call.toolName);
    return {
      toolInput: block && block.type === "tool_use" ? block.input : undefined,
      model: response.model || config.model,
      tokensInput: response.usage.input_tokens,
      tokensOutput: response.usage.output_tokens,
    };
  } catch (error) {
    if (error instanceof Anthropic.APIError) {
      const overloaded = error.status === 529 || error.status === 429;
      throw new AppError(
        "SERVICE_UNAVAILABLE",
        overloaded ? "The AI service is overloaded right now; try again in a few minutes." : `The AI service refused the request (HTTP ${error.status ?? "error"}).`,
        { cause: error },
      );
    }
    throw error;
  }
}
