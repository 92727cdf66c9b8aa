import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, AuditActor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

/** A run still PENDING/PROCESSING after this long is presumed lost (a restarted worker) and does not block a new one. */
const RUN_STALE_AFTER_MS = 10 * 60_000;

export type RequestedScore = { id: string; version: number; alreadyRunning: boolean };

/**
 * Creates the next version of a project's Signal Score (PENDING) and queues the job that computes
 * it. Repeated clicks (or automatic rescores) while a run is under way return that run instead
 * of queueing another.
 */
export async function requestSignalScore(actor: Actor, projectId: string): Promise<RequestedScore> {
  await getProjectOrThrow(actor, projectId);
  return queueSignalScore(actor, projectId);
}

/**
 * The request itself, for a project the caller has already found in the actor's org. The
 * automatic rescore job calls it as the system (triggeredBy NULL).
 */
export async function queueSignalScore(actor: AuditActor, projectId: string): Promise<RequestedScore> {
  const requested = await auditedWrite(actor, async (tx) => {
    // Serialises requests per project, so two clicks cannot both take version max+1.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`signal-score:${projectId}`}, 0))`;
    const running = await tx.signalScore.findFirst({
      where: { projectId, orgId: actor.org.id, status: { in: ["PENDING", "PROCESSING"] }, createdAt: { gte: new Date(Date.now() - RUN_STALE_AFTER_MS) } },
      orderBy: { version: "desc" },
    });
    if (running) return { result: { id: running.id, version: running.version, alreadyRunning: true }, audit: [] };
    const { _max } = await tx.signalScore.aggregate({ where: { projectId, orgId: actor.org.id }, _max: { version: true } });
    const version = (_max.version ?? 0) + 1;
    const score = await tx.signalScore.create({ data: { orgId: actor.org.id, projectId, version, status: "PENDING", triggeredBy: actor.user?.id ?? null } });
    await emit(tx, "signal_score.requested", { orgId: actor.org.id, projectId, scoreId: score.id });
    return {
      result: { id: score.id, version, alreadyRunning: false },
      audit: {
        action: "signal_score.requested",
        entityType: "SignalScore",
        entityId: score.id,
        changes: { before: null, after: { projectId, version, status: "PENDING" } },
      },
    };
  });
  return requested;
}
