import type { Tx } from "@/lib/db/create-db-client";

/**
 * "grid connection" joins an existing "Grid Connection" group instead of starting a second one
 * that differs only in case.
 */
export async function matchExistingCategory(tx: Tx, projectId: string, category: string): Promise<string> {
  const existing = await tx.projectBudgetItem.findFirst({
    where: { projectId, category: { equals: category, mode: "insensitive" } },
    select: { category: true },
    orderBy: { id: "asc" },
  });
  return existing?.category ?? category;
}
