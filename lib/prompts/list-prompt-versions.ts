import { DEFAULT_PROMPTS } from "@/lib/ai/prompts";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type PromptVersionDto = { id: string; version: number; content: string; systemPrompt: string | null; isActive: boolean; notes: string | null; createdAt: string };

/** A task type's versions, newest first; a task type that is neither saved nor a platform default is a 404. */
export async function listPromptVersions(taskType: string): Promise<PromptVersionDto[]> {
  const rows = await db.promptTemplate.findMany({ where: { taskType }, orderBy: { version: "desc" } });
  if (rows.length === 0 && !DEFAULT_PROMPTS[taskType]) throw notFound("Prompt task type");
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    content: r.content,
    systemPrompt: r.systemPrompt,
    isActive: r.isActive,
    notes: r.notes,
    createdAt: r.createdAt.toISOString(),
  }));
}
