import type { z } from "zod";
import type { AccessRule } from "@/lib/access/access-rule";
import type { Actor } from "@/lib/auth/actor";
import type { AssistantCitation, AssistantToolName } from "../assistant-message";

/** Who the tools act for, and the turn's citation book that numbers what they cite. */
export type ToolContext = { actor: Actor; cite: (source: Omit<AssistantCitation, "n">) => AssistantCitation };

/**
 * A tool's answer: its data, the sources it read (numbered for this turn, so the answer can cite
 * [n]), and `available: false` with a sentence when there is nothing the user may see.
 */
export type ToolOutput = { available: true; data: unknown; citations: AssistantCitation[] } | { available: false; message: string; citations: [] };

export type AssistantTool<Input> = {
  name: AssistantToolName;
  /** The default description; the model is given the active `chat_with_tools` prompt version's, which starts from this. */
  description: string;
  inputSchema: z.ZodType<Input>;
  /** The page's own rule: the tool is offered only to users who may open that page, and checks it again when run. */
  rules: readonly AccessRule[];
  run: (context: ToolContext, input: Input) => Promise<ToolOutput>;
};

export function defineTool<Input>(tool: AssistantTool<Input>): AssistantTool<Input> {
  return tool;
}

export function unavailable(message: string): ToolOutput {
  return { available: false, message, citations: [] };
}
