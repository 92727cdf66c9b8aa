import type { z } from "zod";
import { hasAccess } from "@/lib/access/check-access";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors/app-error";
import type { AssistantToolName } from "../assistant-message";
import { getDealRoomActivityTool } from "./get-deal-room-activity";
import { getPortfolioTool } from "./get-portfolio";
import { getProjectTool } from "./get-project";
import { getSignalScoreTool } from "./get-signal-score";
import { listMatchesTool } from "./list-matches";
import { listQuestionsTool } from "./list-questions";
import { readDocumentPageTool } from "./read-document-page";
import { searchDataRoomTool } from "./search-data-room";
import { searchProjectsTool } from "./search-projects";
import { type AssistantTool, type ToolContext, type ToolOutput, unavailable } from "./tool-definition";

type AnyTool = AssistantTool<unknown>;

/** Forgets a tool's input type: the registry only ever runs a tool on what its own schema parsed. */
function erase<Input>(tool: AssistantTool<Input>): AnyTool {
  return { ...tool, inputSchema: tool.inputSchema as z.ZodType<unknown>, run: (context, input) => tool.run(context, input as Input) };
}

export const ASSISTANT_TOOLS: Record<AssistantToolName, AnyTool> = {
  searchProjects: erase(searchProjectsTool),
  getProject: erase(getProjectTool),
  searchDataRoom: erase(searchDataRoomTool),
  readDocumentPage: erase(readDocumentPageTool),
  getSignalScore: erase(getSignalScoreTool),
  listMatches: erase(listMatchesTool),
  listQuestions: erase(listQuestionsTool),
  getPortfolio: erase(getPortfolioTool),
  getDealRoomActivity: erase(getDealRoomActivityTool),
};

/** The tools whose page the user may open: the others are never offered (the model does not learn they exist). */
export function availableTools(actor: Actor): AnyTool[] {
  return Object.values(ASSISTANT_TOOLS).filter((tool) => tool.rules.some((rule) => hasAccess(actor, rule)));
}

export class ToolInputError extends Error {
  override name = "ToolInputError";
}

/**
 * Runs one tool call as the signed-in user: the name must be a tool the user may use, the input
 * must pass the tool's schema (else ToolInputError, which the caller shows as a failed step), and
 * a 404 or a refusal from the page's own gate becomes "not available" rather than an error, so
 * nobody learns whether another org's record exists.
 */
export async function runAssistantTool(context: ToolContext, name: string, input: unknown): Promise<ToolOutput> {
  const tool = (ASSISTANT_TOOLS as Record<string, AnyTool | undefined>)[name];
  if (!tool?.rules.some((rule) => hasAccess(context.actor, rule))) throw new ToolInputError(`There is no tool named "${String(name).slice(0, 60)}".`);
  const parsed = tool.inputSchema.safeParse(input ?? {});
  if (!parsed.success)
    throw new ToolInputError(`The arguments of ${tool.name} are not valid: ${parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`);
  try {
    return await tool.run(context, parsed.data);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) {
      return unavailable("That item is not available: it does not exist or you do not have access to it.");
    }
    throw error;
  }
}
