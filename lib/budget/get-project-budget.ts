import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { summarizeBudget } from "./summarize-budget";

/** The project's budget by category with totals; another org's project is a 404. */
export async function getProjectBudget(tenant: { org: Pick<TenantContext["org"], "id"> }, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  const items = await db.projectBudgetItem.findMany({
    where: { projectId: project.id },
    orderBy: [{ category: "asc" }, { estimatedAmount: "desc" }, { id: "asc" }],
  });
  return summarizeBudget(items, project.currency);
}
