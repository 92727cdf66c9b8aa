import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { queueSignalScore, type RequestedScore } from "./request-signal-score";

export type RescoreOutcome = RequestedScore | { skipped: "missing" | "archived" };

/**
 * The debounced rescore job's work: a new score version requested by the system, or the run
 * already under way. The project is reloaded in the payload's org; an archived one is left alone.
 */
export async function rescoreProject(orgId: string, projectId: string): Promise<RescoreOutcome> {
  const project = await db.project.findFirst({ where: { id: projectId, orgId }, select: { status: true } });
  if (!project) return { skipped: "missing" };
  if (project.status === "ARCHIVED") return { skipped: "archived" };
  return queueSignalScore(systemActor(orgId, "rescore-signal"), projectId);
}
