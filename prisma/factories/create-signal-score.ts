import type { AiTaskStatus } from "../../lib/db/generated/client";
import type { FactoryDb } from "./types";

export type CreateSignalScoreInput = { orgId: string; projectId: string; overallScore?: string; status?: AiTaskStatus; triggeredBy?: string; narrative?: string };

/** Adds the project's next score version (1 for the first), as a recalculation would. */
export async function createSignalScore(db: FactoryDb, input: CreateSignalScoreInput) {
  const latest = await db.signalScore.findFirst({ where: { projectId: input.projectId }, orderBy: { version: "desc" }, select: { version: true } });
  const status = input.status ?? "COMPLETED";
  return db.signalScore.create({
    data: {
      orgId: input.orgId,
      projectId: input.projectId,
      version: (latest?.version ?? 0) + 1,
      overallScore: input.overallScore ?? "65.00",
      status,
      narrative: input.narrative ?? (status === "COMPLETED" ? "Scored by the offline rules from the project data." : null),
      modelVersion: "offline-rules-v1",
      triggeredBy: input.triggeredBy,
    },
  });
}
