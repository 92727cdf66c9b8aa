import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { CreatePromptVersionInput } from "./schemas";

/** Saves the next version of a task's prompt, inactive: activating it is a separate, deliberate step. */
export async function createPromptVersion(actor: Actor, input: CreatePromptVersionInput) {
  return auditedWrite(actor, async (tx) => {
    // Serialises version numbering per task type (uq_prompt_task_version would otherwise fail a racing save).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`prompt:${input.taskType}`}, 0))`;
    const { _max } = await tx.promptTemplate.aggregate({ where: { taskType: input.taskType }, _max: { version: true } });
    const version = (_max.version ?? 0) + 1;
    const created = await tx.promptTemplate.create({
      data: { taskType: input.taskType, version, content: input.content, systemPrompt: input.systemPrompt || null, notes: input.notes, isActive: false },
    });
    return {
      result: { id: created.id, taskType: created.taskType, version },
      audit: {
        action: "prompt_template.created",
        entityType: "PromptTemplate",
        entityId: created.id,
        changes: { before: null, after: { taskType: input.taskType, version, notes: input.notes } },
      },
    };
  });
}
