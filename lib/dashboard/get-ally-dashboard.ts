import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { countProjectsByStatus } from "./count-projects-by-status";
import { listBudgetHealth, type BudgetHealth } from "./list-budget-health";
import { listDelayedMilestones } from "./list-delayed-milestones";
import { listRecentActivity } from "./list-recent-activity";
import { listUpcomingMilestones } from "./list-upcoming-milestones";
import { sumInvestmentByCurrency } from "./sum-investment-by-currency";
import type { ActivityEntry, MilestoneList, MoneyTotal, ProjectStatusCounts } from "./types";

export type AllyDashboard = {
  projectsByStatus: ProjectStatusCounts;
  totalProjects: number;
  publishedCount: number;
  investmentSought: MoneyTotal[];
  upcomingMilestones: MilestoneList;
  delayedMilestones: MilestoneList;
  recentActivity: ActivityEntry[];
  budgetHealth: BudgetHealth;
};

/** Everything on an ally's dashboard, all of it scoped to the ally's own org. */
export async function getAllyDashboard(tenant: Pick<TenantContext, "org" | "role">): Promise<AllyDashboard> {
  const orgId = tenant.org.id;
  const [projectsByStatus, publishedCount, investmentSought, upcomingMilestones, delayedMilestones, recentActivity, budgetHealth] = await Promise.all([
    countProjectsByStatus(orgId),
    db.project.count({ where: { orgId, isPublished: true } }),
    sumInvestmentByCurrency(orgId),
    listUpcomingMilestones(orgId),
    listDelayedMilestones(orgId),
    listRecentActivity(tenant),
    listBudgetHealth(orgId),
  ]);
  const totalProjects = Object.values(projectsByStatus).reduce((sum, count) => sum + count, 0);
  return { projectsByStatus, totalProjects, publishedCount, investmentSought, upcomingMilestones, delayedMilestones, recentActivity, budgetHealth };
}
