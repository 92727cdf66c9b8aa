import type { AssistantToolName } from "../assistant-message";
import type { ToolOutput } from "../tools/tool-definition";

/** Runs one tool as a visible step of the answer (the runner streams its part) and returns what it found. */
export type ToolCaller = (name: AssistantToolName, input: Record<string, unknown>) => Promise<ToolOutput>;

/** The data of an available output, typed as the template reads it (the tools' own return shapes). */
export function dataOf<T>(output: ToolOutput): T | null {
  return output.available ? (output.data as T) : null;
}

export const cite = (n: number | undefined) => (n ? ` [${n}]` : "");

/** What an unavailable output says, as a sentence of the answer. */
export function messageOf(output: ToolOutput): string {
  return output.available ? "" : output.message;
}
