import { type ToolSet, tool } from "ai";
import { availableTools, runAssistantTool } from "../tools/assistant-tools";
import type { ToolContext } from "../tools/tool-definition";

/**
 * The tools the user may use, as the SDK's tool set: each runs as the signed-in user through the
 * registry (its schema, its page's rule). A tool the model invents, or arguments that fail the
 * schema, become a failed step the model is told about, never a call.
 */
export function chatModelTools(context: ToolContext, descriptions: Map<string, string>): ToolSet {
  return Object.fromEntries(
    availableTools(context.actor).map((definition) => [
      definition.name,
      tool({
        description: descriptions.get(definition.name) ?? definition.description,
        inputSchema: definition.inputSchema,
        execute: (input: unknown) => runAssistantTool(context, definition.name, input),
      }),
    ]),
  );
}
