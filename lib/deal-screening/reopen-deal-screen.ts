import { db } from "@/lib/db/client";

/** A retried screening run computes the same version again: FAILED goes back to PENDING, its failure note cleared. */
export async function reopenDealScreen(orgId: string, versionId: string): Promise<void> {
  await db.dealScreenVersion.updateMany({ where: { id: versionId, orgId, status: "FAILED" }, data: { status: "PENDING", rationale: null } });
}
