import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { getListedProjectOrThrow } from "./get-listed-project-or-throw";
import type { SetWatchInput } from "./schemas";

/**
 * Watch or stop watching a listed project: its material changes (documents published, a new
 * signal score, milestones completed or delayed) then notify this user. Idempotent both ways.
 */
export async function setProjectWatch(actor: Actor, input: SetWatchInput): Promise<{ watching: boolean }> {
  const project = await getListedProjectOrThrow(input.projectId);
  return auditedWrite(actor, async (tx) => {
    const key = { userId: actor.user.id, projectId: project.id };
    if (input.watching) {
      await tx.projectWatch.upsert({ where: { userId_projectId: key }, create: { ...key, orgId: actor.org.id }, update: {} });
    } else {
      await tx.projectWatch.deleteMany({ where: { ...key, orgId: actor.org.id } });
    }
    return {
      result: { watching: input.watching },
      audit: { action: input.watching ? "project.watched" : "project.unwatched", entityType: "Project", entityId: project.id },
    };
  });
}
