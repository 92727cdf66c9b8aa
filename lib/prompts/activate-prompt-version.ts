import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";

/**
 * Makes one version the active prompt of its task type, in one transaction: the previous active
 * version is switched off first, so uq_prompt_templates_active_task (one active per task type)
 * holds at every statement and the next AI run reads the new version.
 */
export async function activatePromptVersion(actor: Actor, promptId: string) {
  return auditedWrite(actor, async (tx) => {
    const target = await tx.promptTemplate.findUnique({ where: { id: promptId } });
    if (!target) throw notFound("Prompt version");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`prompt:${target.taskType}`}, 0))`;
    const previous = await tx.promptTemplate.findFirst({ where: { taskType: target.taskType, isActive: true } });
    await tx.promptTemplate.updateMany({ where: { taskType: target.taskType, isActive: true, id: { not: target.id } }, data: { isActive: false } });
    const { count } = await tx.promptTemplate.updateMany({ where: { id: target.id, taskType: target.taskType }, data: { isActive: true } });
    if (count === 0) throw notFound("Prompt version");
    return {
      result: { taskType: target.taskType, version: target.version },
      audit: {
        action: "prompt_template.activated",
        entityType: "PromptTemplate",
        entityId: target.id,
        changes: { before: { taskType: target.taskType, activeVersion: previous?.version ?? null }, after: { taskType: target.taskType, activeVersion: target.version } },
      },
    };
  });
}
