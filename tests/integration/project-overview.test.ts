import { describe, expect, it, vi } from "vitest";
import { createBudgetItem } from "@/lib/budget/create-budget-item";
import { deleteBudgetItem } from "@/lib/budget/delete-budget-item";
import { listBudgetHealth } from "@/lib/dashboard/list-budget-health";
import { createMilestone } from "@/lib/milestones/create-milestone";
import { deleteMilestone } from "@/lib/milestones/delete-milestone";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { listProjectActivity } from "@/lib/projects/list-project-activity";
import { sumCapitalRaisedForProject } from "@/lib/projects/sum-capital-raised";
import { createTenant, createTenantProject, db } from "../support/test-db";

vi.mock("@/lib/jobs/send-job-event", () => ({ sendJobEvent: async () => {} }));

async function invest(projectId: string, holdings: { invested: string; currency?: string }[]) {
  const investor = await createTenant({ type: "INVESTOR" });
  const portfolio = await db.portfolio.create({ data: { orgId: investor.org.id, name: "Fund I", currency: "USD" } });
  for (const holding of holdings) {
    await db.portfolioHolding.create({
      data: {
        portfolioId: portfolio.id,
        orgId: investor.org.id,
        projectId,
        investmentDate: new Date("2026-01-15T00:00:00Z"),
        committedAmount: holding.invested,
        investedAmount: holding.invested,
        currency: holding.currency ?? "USD",
      },
    });
  }
  return investor;
}

describe("sumCapitalRaisedForProject", () => {
  it("sums investors' invested amounts in the project currency, as an aggregate, for the owner only", async () => {
    const ally = await createTenant();
    const project = await createTenantProject(ally, { currency: "USD", totalInvestmentRequired: "41500000" });
    await invest(project.id, [{ invested: "10000000.1" }, { invested: "0.2" }]);
    await invest(project.id, [{ invested: "2500000" }, { invested: "900000", currency: "EUR" }]);
    expect(await sumCapitalRaisedForProject(ally, project.id)).toEqual({
      amount: "12500000.3000",
      currency: "USD",
      holdingCount: 3,
      investorCount: 2,
      otherCurrencyHoldingCount: 1,
    });
    const overview = await getProjectOverview(ally, project.id);
    expect(overview.funding).toMatchObject({ target: "41500000.0000", pct: "30.1" });

    const stranger = await createTenant();
    await expect(sumCapitalRaisedForProject(stranger, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is null when nothing has been invested, so the page says so instead of 0%", async () => {
    const ally = await createTenant();
    const project = await createTenantProject(ally);
    expect(await sumCapitalRaisedForProject(ally, project.id)).toBeNull();
    expect((await getProjectOverview(ally, project.id)).funding).toMatchObject({ raised: null, pct: null });
  });
});

describe("listProjectActivity", () => {
  it("lists the project's rows and its children's, deleted ones included, newest first, and nothing of other projects", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor, { currency: "USD" });
    const other = await createTenantProject(actor, { currency: "USD" });
    await createMilestone(actor, { projectId: project.id, name: "Permits", description: "", targetDate: "2099-01-01", status: "NOT_STARTED", completionPct: 0 });
    const gone = await createMilestone(actor, {
      projectId: project.id,
      name: "Old idea",
      description: "",
      targetDate: "2099-01-01",
      status: "NOT_STARTED",
      completionPct: 0,
    });
    await deleteMilestone(actor, { projectId: project.id, milestoneId: gone.id });
    const line = await createBudgetItem(actor, {
      projectId: project.id,
      category: "Legal",
      description: "PPA counsel",
      estimatedAmount: "5",
      actualAmount: null,
      status: "PLANNED",
    });
    await deleteBudgetItem(actor, { projectId: project.id, budgetItemId: line.id });
    await createMilestone(actor, { projectId: other.id, name: "Other project's", description: "", targetDate: "2099-01-01", status: "NOT_STARTED", completionPct: 0 });

    const activity = await listProjectActivity(actor, project.id);
    expect(activity.map((a) => [a.action, a.subject])).toEqual([
      ["budget_item.deleted", "PPA counsel"],
      ["budget_item.created", "PPA counsel"],
      ["milestone.deleted", "Old idea"],
      ["milestone.created", "Old idea"],
      ["milestone.created", "Permits"],
    ]);
    expect(activity[4].actorName).toBe(actor.user.fullName);
    expect(await listProjectActivity(actor, project.id, 2)).toHaveLength(2);
    await expect(listProjectActivity(await createTenant(), project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listBudgetHealth", () => {
  it("puts over-budget projects first, counts only the org's projects and their own currency", async () => {
    const ally = await createTenant();
    await createTenantProject(ally, {
      name: "On track",
      currency: "USD",
      budget: [
        { category: "EPC", description: "a", estimated: "100", actual: "90", status: "SPENT" },
        { category: "EPC", description: "b", estimated: "50" },
      ],
    });
    const over = await createTenantProject(ally, {
      name: "Overrun",
      currency: "EUR",
      budget: [
        { category: "EPC", description: "a", estimated: "0.1", actual: "0.15", status: "SPENT" },
        { category: "Legal", description: "b", estimated: "0.2", actual: "0.2", status: "SPENT" },
      ],
    });
    await createTenantProject(ally, { name: "No budget" });
    await createTenantProject(await createTenant(), {
      name: "Someone else's",
      budget: [{ category: "EPC", description: "x", estimated: "1", actual: "9", status: "SPENT" }],
    });

    const health = await listBudgetHealth(ally.org.id);
    expect(health).toMatchObject({ projectCount: 2, overBudgetCount: 1 });
    expect(health.rows.map((r) => [r.projectName, r.estimated, r.actual, r.variance, r.variancePct, r.overBudget])).toEqual([
      ["Overrun", "0.3000", "0.3500", "0.0500", "16.7", true],
      ["On track", "150.0000", "90.0000", "-10.0000", "-10.0", false],
    ]);
    expect(health.rows[0].projectId).toBe(over.id);
  });

  it("returns `limit` rows, largest overrun first, while the counts cover every project with a budget", async () => {
    const ally = await createTenant();
    for (let i = 0; i < 8; i += 1) {
      await createTenantProject(ally, {
        name: `P${i}`,
        currency: "USD",
        budget: [{ category: "EPC", description: "a", estimated: "100", actual: String(100 + i * 10), status: "SPENT" }],
      });
    }
    const health = await listBudgetHealth(ally.org.id);
    expect(health).toMatchObject({ projectCount: 8, overBudgetCount: 7 });
    expect(health.rows.map((r) => [r.projectName, r.variancePct])).toEqual([
      ["P7", "70.0"],
      ["P6", "60.0"],
      ["P5", "50.0"],
      ["P4", "40.0"],
      ["P3", "30.0"],
      ["P2", "20.0"],
    ]);
  });
});
