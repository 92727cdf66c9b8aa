import type { Tx } from "@/lib/db/create-db-client";

/** Whether a queued or running job is still working on an entity: the sweep leaves those alone. */
export async function hasActiveRun(tx: Tx, entityType: string, entityId: string): Promise<boolean> {
  return (await tx.jobRun.count({ where: { entityType, entityId, status: { in: ["QUEUED", "RUNNING"] } } })) > 0;
}
