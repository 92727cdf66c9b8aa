import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";

/** A line of an already tenant-checked project; any other id is the same 404. */
export async function findBudgetItemOrThrow(tx: Tx, projectId: string, budgetItemId: string) {
  const item = await tx.projectBudgetItem.findFirst({ where: { id: budgetItemId, projectId } });
  if (!item) throw notFound("Budget line");
  return item;
}
