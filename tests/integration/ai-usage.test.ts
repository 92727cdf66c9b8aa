import { describe, expect, it } from "vitest";
import { getOrgAiUsage } from "@/lib/ai-usage/get-org-ai-usage";
import { unsafeGetPlatformAiUsage } from "@/lib/ai-usage/unsafe-get-platform-ai-usage";
import { resolveUsageMonth, selectableMonths } from "@/lib/ai-usage/usage-month";
import { createTenant, db } from "../support/test-db";

const NOW = new Date("2031-03-10T12:00:00Z");

async function log(orgId: string, agentType: "SIGNAL_SCORE" | "DEAL_SCREENING", costUsd: string, at: string, status: "COMPLETED" | "FAILED" = "COMPLETED") {
  await db.aiTaskLog.create({ data: { orgId, agentType, status, costUsd, modelUsed: "claude-sonnet-5-5", tokensInput: 100, tokensOutput: 10, createdAt: new Date(at) } });
}

describe("AI usage", () => {
  it("sums this month's spend for the org only, by agent type and by day, against its budget", async () => {
    const actor = await createTenant();
    const other = await createTenant();
    await db.organization.update({ where: { id: actor.org.id }, data: { aiMonthlyBudget: "10" } });
    await log(actor.org.id, "SIGNAL_SCORE", "1.250000", "2031-03-02T09:00:00Z");
    await log(actor.org.id, "SIGNAL_SCORE", "0.750000", "2031-03-02T18:00:00Z", "FAILED");
    await log(actor.org.id, "DEAL_SCREENING", "3.000000", "2031-03-09T09:00:00Z");
    await log(actor.org.id, "DEAL_SCREENING", "9.000000", "2031-02-27T09:00:00Z");
    await log(other.org.id, "SIGNAL_SCORE", "7.000000", "2031-03-02T09:00:00Z");

    const usage = await getOrgAiUsage(actor, "2031-03", NOW);
    expect(usage).toMatchObject({ budgetUsd: "10.00", budgetIsCustom: true, spentUsd: "5.000000", usedPct: 50, runs: 3, failed: 1 });
    expect(usage.byAgent.map((a) => [a.agentType, a.costUsd, a.runs, a.failed])).toEqual([
      ["DEAL_SCREENING", "3.000000", 1, 0],
      ["SIGNAL_SCORE", "2.000000", 2, 1],
    ]);
    expect(usage.byDay).toHaveLength(10);
    expect(usage.byDay[1]).toEqual({ date: "2031-03-02", costUsd: "2.000000", runs: 2 });
    expect(usage.byDay[0]).toEqual({ date: "2031-03-01", costUsd: "0.000000", runs: 0 });
  });

  it("the platform view lists every org with its tier default when it has no budget", async () => {
    const actor = await createTenant();
    await log(actor.org.id, "SIGNAL_SCORE", "25.000000", "2031-03-03T09:00:00Z");
    const platform = await unsafeGetPlatformAiUsage("2031-03", NOW);
    const row = platform.orgs.find((o) => o.orgId === actor.org.id);
    expect(row).toMatchObject({ budgetUsd: "250.00", spentUsd: "25.000000", usedPct: 10, runs: 1, tier: "professional" });
    expect(Number(platform.spentUsd)).toBeGreaterThanOrEqual(25);
  });

  it("shows a past month whole, and twelve months of spend for the trend, the org's only", async () => {
    const actor = await createTenant();
    const other = await createTenant();
    await log(actor.org.id, "DEAL_SCREENING", "9.000000", "2031-02-27T09:00:00Z");
    await log(actor.org.id, "SIGNAL_SCORE", "0.500000", "2031-02-01T00:00:00Z");
    await log(actor.org.id, "SIGNAL_SCORE", "4.000000", "2030-04-15T09:00:00Z");
    await log(actor.org.id, "SIGNAL_SCORE", "8.000000", "2030-03-15T09:00:00Z");
    await log(actor.org.id, "SIGNAL_SCORE", "1.000000", "2031-03-01T00:00:00Z");
    await log(other.org.id, "SIGNAL_SCORE", "7.000000", "2031-02-02T09:00:00Z");

    const february = await getOrgAiUsage(actor, "2031-02", NOW);
    expect(february).toMatchObject({ monthStart: "2031-02-01T00:00:00.000Z", spentUsd: "9.500000", runs: 2 });
    expect(february.byDay).toHaveLength(28);
    expect(february.byDay[26]).toEqual({ date: "2031-02-27", costUsd: "9.000000", runs: 1 });
    expect(february.byMonth.map((m) => m.month)).toEqual(selectableMonths(NOW).reverse());
    expect(february.byMonth[0]).toEqual({ month: "2030-04", costUsd: "4.000000", runs: 1 });
    expect(february.byMonth.at(-2)).toEqual({ month: "2031-02", costUsd: "9.500000", runs: 2 });
    expect(february.byMonth.at(-1)).toEqual({ month: "2031-03", costUsd: "1.000000", runs: 1 });
  });

  it("offers the last twelve months and falls back to the current one for anything else", () => {
    expect(selectableMonths(NOW)).toHaveLength(12);
    expect(selectableMonths(NOW)[0]).toBe("2031-03");
    expect(selectableMonths(NOW)[11]).toBe("2030-04");
    expect(resolveUsageMonth("2030-04", NOW)).toBe("2030-04");
    expect(resolveUsageMonth("2030-03", NOW)).toBe("2031-03");
    expect(resolveUsageMonth("2031-13", NOW)).toBe("2031-03");
    expect(resolveUsageMonth(["2031-01"], NOW)).toBe("2031-03");
    expect(resolveUsageMonth(undefined, NOW)).toBe("2031-03");
  });
});
