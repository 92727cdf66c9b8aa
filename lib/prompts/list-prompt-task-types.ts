import { DEFAULT_PROMPTS } from "@/lib/ai/prompts";
import { db } from "@/lib/db/client";

export type PromptTaskTypeSummary = { taskType: string; versions: number; activeVersion: number | null; updatedAt: string | null };

/** Every task type with versions, plus the platform's default tasks that have none saved yet. */
export async function listPromptTaskTypes(): Promise<PromptTaskTypeSummary[]> {
  const rows = await db.promptTemplate.findMany({ select: { taskType: true, version: true, isActive: true, updatedAt: true } });
  const byType = new Map<string, PromptTaskTypeSummary>();
  for (const taskType of Object.keys(DEFAULT_PROMPTS)) byType.set(taskType, { taskType, versions: 0, activeVersion: null, updatedAt: null });
  for (const row of rows) {
    const summary = byType.get(row.taskType) ?? { taskType: row.taskType, versions: 0, activeVersion: null, updatedAt: null };
    summary.versions += 1;
    if (row.isActive) summary.activeVersion = row.version;
    const updated = row.updatedAt.toISOString();
    if (!summary.updatedAt || updated > summary.updatedAt) summary.updatedAt = updated;
    byType.set(row.taskType, summary);
  }
  return [...byType.values()].sort((x, y) => x.taskType.localeCompare(y.taskType));
}
