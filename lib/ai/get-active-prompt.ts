import { db } from "@/lib/db/client";
import { DEFAULT_PROMPTS } from "./prompts";

export type ActivePrompt = { id: string; taskType: string; version: number; content: string; systemPrompt: string | null };

/**
 * The active version of a task's prompt. A task with no versions at all gets its default as
 * version 1 (inserted idempotently: a seed or a concurrent run may have written it first); a task
 * whose versions are all inactive uses the newest, so a model call never runs without a prompt.
 */
export async function getActivePrompt(taskType: string): Promise<ActivePrompt> {
  const select = { id: true, taskType: true, version: true, content: true, systemPrompt: true } as const;
  const active = await db.promptTemplate.findFirst({ where: { taskType, isActive: true }, select });
  if (active) return active;
  const newest = await db.promptTemplate.findFirst({ where: { taskType }, orderBy: { version: "desc" }, select });
  if (newest) return newest;
  await insertDefaultPrompt(taskType);
  return db.promptTemplate.findFirstOrThrow({ where: { taskType }, orderBy: { version: "desc" }, select });
}

export async function insertDefaultPrompt(taskType: string): Promise<void> {
  const prompt = DEFAULT_PROMPTS[taskType];
  if (!prompt) throw new Error(`No default prompt for AI task type "${taskType}".`);
  // The active-per-task partial unique index and (task_type, version) make a racing insert a no-op.
  await db.$executeRaw`
    INSERT INTO prompt_templates (task_type, version, content, system_prompt, is_active, notes, updated_at)
    VALUES (${taskType}, 1, ${prompt.content}, ${prompt.systemPrompt}, true, 'Default prompt shipped with the platform.', now())
    ON CONFLICT DO NOTHING`;
}

/** Fills {{name}} placeholders; an unknown placeholder is left visible rather than silently emptied. */
export function renderPrompt(template: string, variables: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi, (match, name: string) => variables[name] ?? match);
}
