import type { TenantContext } from "@/lib/auth/tenant-context";
import { getProjectBudget } from "@/lib/budget/get-project-budget";
import { Prisma } from "@/lib/db/generated/client";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { getProjectOrThrow } from "./get-project-or-throw";
import { listProjectActivity } from "./list-project-activity";
import { sumCapitalRaisedForProject, type CapitalRaised } from "./sum-capital-raised";
import { toProjectDto } from "./to-project-dto";

export type FundingProgress = {
  /** total_investment_required, 4 decimals; null when it is not known (zero). */
  target: string | null;
  currency: string;
  raised: CapitalRaised | null;
  /** raised / target in percent, 1 decimal (may pass 100); null without both. */
  pct: string | null;
};

function toFundingProgress(target: Prisma.Decimal, currency: string, raised: CapitalRaised | null): FundingProgress {
  const known = !target.isZero();
  return {
    target: known ? target.toFixed(4) : null,
    currency: currency.trim(),
    raised,
    pct: known && raised ? new Prisma.Decimal(raised.amount).dividedBy(target).times(100).toFixed(1) : null,
  };
}

/**
 * Everything on a project's overview, as plain data: facts, funding progress, milestones (overdue
 * ones read as DELAYED), the budget by category and the latest activity. Another org's id is a 404.
 */
export async function getProjectOverview(tenant: Pick<TenantContext, "org">, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  const [milestones, budget, capitalRaised, activity] = await Promise.all([
    listMilestones(tenant, project.id),
    getProjectBudget(tenant, project.id),
    sumCapitalRaisedForProject(tenant, project.id),
    listProjectActivity(tenant, project.id, 10),
  ]);
  return {
    project: toProjectDto(project),
    funding: toFundingProgress(project.totalInvestmentRequired, project.currency, capitalRaised),
    milestones,
    budget,
    activity,
  };
}
export type ProjectOverview = Awaited<ReturnType<typeof getProjectOverview>>;
