import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";

/**
 * A milestone of an already tenant-checked project. Scoping by projectId makes another project's
 * (or another org's) milestone id the same 404 as one that does not exist.
 */
export async function findMilestoneOrThrow(tx: Tx, projectId: string, milestoneId: string) {
  const milestone = await tx.projectMilestone.findFirst({ where: { id: milestoneId, projectId } });
  if (!milestone) throw notFound("Milestone");
  return milestone;
}
