import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";

/** The scoring job gave up: the version ends FAILED with the reason in its narrative, never half-scored. */
export async function failSignalScore(orgId: string, scoreId: string, reason: string): Promise<boolean> {
  return auditedWrite(systemActor(orgId, "score-signal"), async (tx) => {
    const score = await tx.signalScore.findFirst({ where: { id: scoreId, orgId, status: { in: ["PENDING", "PROCESSING"] } }, select: { status: true, projectId: true } });
    if (!score) return { result: false, audit: [] };
    await tx.signalScore.updateMany({ where: { id: scoreId, orgId, status: score.status }, data: { status: "FAILED", narrative: `Scoring failed: ${reason}` } });
    await emit(tx, "signal_score.completed", { orgId, projectId: score.projectId, scoreId, status: "FAILED" });
    return {
      result: true,
      audit: {
        action: "signal_score.failed",
        entityType: "SignalScore",
        entityId: scoreId,
        changes: { before: { status: score.status }, after: { status: "FAILED", error: reason } },
      },
    };
  });
}
