import type { Tx } from "@/lib/db/create-db-client";

/**
 * Serialises writes that depend on the whole milestone list (append at the end, reorder): two at
 * once would otherwise read the same list and hand out the same order_index. Locks the parent
 * project row until the transaction ends.
 */
export async function lockProjectMilestones(tx: Tx, projectId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM projects WHERE id = ${projectId}::uuid FOR UPDATE`;
}
