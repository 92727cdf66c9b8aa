import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { startOfUtcDay } from "@/lib/utils/dates";
import { getProjectOrThrow } from "./get-project-or-throw";
import { toProjectDto } from "./to-project-dto";

/** A project with its milestones and budget lines, as plain data. Overdue milestones read as DELAYED. */
export async function getProjectOverview(tenant: Pick<TenantContext, "org">, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  const [milestones, budget] = await Promise.all([
    db.projectMilestone.findMany({ where: { projectId: project.id }, orderBy: { orderIndex: "asc" } }),
    db.projectBudgetItem.findMany({ where: { projectId: project.id }, orderBy: { category: "asc" } }),
  ]);
  const today = startOfUtcDay();
  return {
    project: toProjectDto(project),
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      targetDate: m.targetDate.toISOString().slice(0, 10),
      status: m.status !== "COMPLETED" && m.targetDate < today ? "DELAYED" : m.status,
      completionPct: m.completionPct,
    })),
    budget: budget.map((b) => ({
      id: b.id,
      category: b.category,
      description: b.description,
      estimatedAmount: b.estimatedAmount.toFixed(4),
      actualAmount: b.actualAmount?.toFixed(4) ?? null,
      currency: b.currency,
      status: b.status,
    })),
  };
}
