import { db } from "@/lib/db/client";
import { createNotifications } from "./create-notifications";
import { listOrgRecipients } from "./list-org-recipients";
import { signalScoreContent } from "./notification-content";

/**
 * signal_score.completed -> the person who asked for the score (else the org's managers and
 * admins, for an automatic rescore): "ready" with the score, or a warning that it failed.
 */
export async function notifySignalScoreCompleted(orgId: string, scoreId: string): Promise<string[]> {
  const score = await db.signalScore.findFirst({
    where: { id: scoreId, orgId, status: { in: ["COMPLETED", "FAILED"] } },
    select: { id: true, status: true, version: true, overallScore: true, triggeredBy: true, project: { select: { id: true, name: true } } },
  });
  if (!score) return [];
  const recipients = await listOrgRecipients(orgId, { userIds: [score.triggeredBy] });
  return createNotifications(
    recipients,
    signalScoreContent({
      scoreId: score.id,
      projectId: score.project.id,
      projectName: score.project.name,
      version: score.version,
      status: score.status === "FAILED" ? "FAILED" : "COMPLETED",
      overallScore: Number(score.overallScore),
    }),
  );
}
