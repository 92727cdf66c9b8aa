import { db } from "@/lib/db/client";

/** A retried scoring run computes the same version again: FAILED goes back to PENDING, its failure note cleared. */
export async function reopenSignalScore(orgId: string, scoreId: string): Promise<void> {
  await db.signalScore.updateMany({ where: { id: scoreId, orgId, status: "FAILED" }, data: { status: "PENDING", narrative: null } });
}
