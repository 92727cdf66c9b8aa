import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { createCovenant } from "@/lib/covenants/create-covenant";
import { deleteCovenant } from "@/lib/covenants/delete-covenant";
import { evaluateCovenant, warningLevelProblem } from "@/lib/covenants/evaluate-covenant";
import { getCovenantOrThrow } from "@/lib/covenants/get-covenant-or-throw";
import { listCovenants } from "@/lib/covenants/list-covenants";
import { reinstateCovenant } from "@/lib/covenants/reinstate-covenant";
import { createCovenantSchema, waiveCovenantSchema } from "@/lib/covenants/schemas";
import { waiveCovenant } from "@/lib/covenants/waive-covenant";
import { addHolding } from "@/lib/portfolios/add-holding";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addHoldingSchema, createPortfolioSchema, recordCashFlowSchema } from "@/lib/portfolios/schemas";
import { createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

/** An investor (analyst) with a manager colleague, holding an ally's project in the portfolio's own currency (no FX involved). */
async function world() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const manager = await createUser(db, { orgId: investor.org.id, role: "manager" });
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Lake Solar ${ally.org.id.slice(0, 6)}` });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Fund C", currency: "USD" }));
  const holding = await addHolding(
    investor,
    addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: project.id, investmentDate: "2024-01-10", committedAmount: "1000", currency: "USD" }),
  );
  const record = (kind: string, flowDate: string, amount: string) =>
    recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId: holding.id, kind, flowDate, amount }));
  await record("capital_call", "2024-01-10", "1000");
  return { investor, manager, ally, project, portfolio, holding, record };
}

const covenant = (actor: Actor, holdingId: string, fields: Record<string, unknown>) =>
  createCovenant(actor, createCovenantSchema.parse({ holdingId, name: "MOIC >= 1.0x", metricName: "moic", operator: ">=", thresholdBreach: "1.0", ...fields }));

describe("covenant evaluation", () => {
  it("breaches past the breach level, warns past the warning level, complies at a threshold", () => {
    const min = { operator: ">=" as const, thresholdBreach: "1.2", thresholdWarning: "1.3" };
    expect(evaluateCovenant(min, "1.19")).toBe("BREACH");
    expect(evaluateCovenant(min, "1.2")).toBe("WARNING");
    expect(evaluateCovenant(min, "1.3")).toBe("OK");
    const max = { operator: "<=" as const, thresholdBreach: "10", thresholdWarning: "7.5" };
    expect(evaluateCovenant(max, "10.0001")).toBe("BREACH");
    expect(evaluateCovenant(max, "8")).toBe("WARNING");
    expect(evaluateCovenant(max, "7.5")).toBe("OK");
    expect(evaluateCovenant({ operator: "=", thresholdBreach: "100", thresholdWarning: null }, "99.99")).toBe("BREACH");
    expect(evaluateCovenant({ operator: "=", thresholdBreach: "100", thresholdWarning: null }, "100.0000")).toBe("OK");
    expect(warningLevelProblem({ operator: ">=", thresholdBreach: "1.2", thresholdWarning: "1.1" })).toMatch(/at or above/);
    expect(warningLevelProblem({ operator: "<=", thresholdBreach: "10", thresholdWarning: "12" })).toMatch(/at or below/);
    expect(warningLevelProblem({ operator: "=", thresholdBreach: "1", thresholdWarning: "1" })).toMatch(/no warning/);
  });
});

describe("covenants", () => {
  it("a check breaches, keeps its history, emits, notifies the holding's team once, and clears when the metric recovers", async () => {
    const { investor, manager, holding, record } = await world();
    await record("valuation", "2024-06-03", "800");
    const moic = await covenant(investor, holding.id, { thresholdWarning: "1.1" });
    const first = await checkCovenants(investor, { covenantIds: [moic.id] }, new Date("2024-06-04T06:00:00Z"));
    expect(first).toMatchObject({ checked: 1, breach: 1, transitions: 1 });
    const breached = await db.covenant.findUniqueOrThrow({ where: { id: moic.id } });
    expect(breached).toMatchObject({ status: "BREACH" });
    expect(breached.currentValue?.toFixed(4)).toBe("0.8000");
    expect(breached.breachDate?.toISOString().slice(0, 10)).toBe("2024-06-04");
    const events = await db.outboxEvent.findMany({ where: { orgId: investor.org.id, name: "covenant.breached" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ covenantId: moic.id, holdingId: holding.id, value: "0.8000", threshold: "1.0000", operator: ">=" });
    const notes = await db.notification.findMany({ where: { orgId: investor.org.id, sourceKey: { startsWith: "covenant.breach:" } } });
    expect(notes.map((n) => n.userId).sort()).toEqual([investor.user.id, manager.id].sort());
    expect(notes[0]!.title).toMatch(/MOIC >= 1.0x on Lake Solar .* is in breach/);
    expect(await db.auditLog.count({ where: { orgId: investor.org.id, action: "covenant.breached", entityId: moic.id } })).toBe(1);

    // The same reading again: another check in the history, no new transition, nobody told twice.
    const again = await checkCovenants(investor, { covenantIds: [moic.id] }, new Date("2024-06-05T06:00:00Z"));
    expect(again).toMatchObject({ breach: 1, transitions: 0 });
    expect(await db.notification.count({ where: { orgId: investor.org.id, sourceKey: { startsWith: "covenant." } } })).toBe(2);

    await record("valuation", "2024-09-02", "1050");
    const warned = await checkCovenants(investor, { holdingIds: [holding.id] }, new Date("2024-09-03T06:00:00Z"));
    expect(warned).toMatchObject({ warning: 1, transitions: 1 });
    expect(await db.outboxEvent.count({ where: { orgId: investor.org.id, name: "covenant.warning" } })).toBe(1);
    await record("valuation", "2024-12-02", "1200");
    await checkCovenants(investor, { holdingIds: [holding.id] }, new Date("2024-12-03T06:00:00Z"));
    const cleared = await db.covenant.findUniqueOrThrow({ where: { id: moic.id } });
    expect(cleared.status).toBe("OK");
    expect(cleared.breachDate?.toISOString().slice(0, 10)).toBe("2024-06-04");
    const history = await db.covenantCheck.findMany({ where: { covenantId: moic.id }, orderBy: { checkedAt: "asc" } });
    expect(history.map((c) => [c.previousStatus, c.status, c.value?.toFixed(2)])).toEqual([
      ["OK", "BREACH", "0.80"],
      ["BREACH", "BREACH", "0.80"],
      ["BREACH", "WARNING", "1.05"],
      ["WARNING", "OK", "1.20"],
    ]);
    const board = await listCovenants(investor);
    expect(board.counts).toMatchObject({ OK: 1, WARNING: 0, BREACH: 0 });
    expect(board.covenants[0]!.checks[0]).toMatchObject({ status: "OK", value: "1.2000" });
  });

  it("a metric with no reading keeps the status and says why; a KPI metric nobody reports is refused", async () => {
    const { investor, ally, project, holding } = await world();
    const nav = await covenant(investor, holding.id, { name: "NAV >= 500", metricName: "nav", thresholdBreach: "500" });
    const summary = await checkCovenants(investor, { covenantIds: [nav.id] });
    expect(summary).toMatchObject({ noData: 1, transitions: 0 });
    const check = await db.covenantCheck.findFirstOrThrow({ where: { covenantId: nav.id } });
    expect(check).toMatchObject({ value: null, status: "OK", detail: "No valuation recorded yet." });

    await expect(covenant(investor, holding.id, { name: "DSCR", metricName: "dscr", thresholdBreach: "1.2" })).rejects.toThrow(
      /Nobody reports dscr for Lake Solar .*: set a KPI target for it first/,
    );
    await db.projectKpiActual.createMany({
      data: [
        { orgId: ally.org.id, projectId: project.id, metricName: "dscr", period: "2024-Q2", periodEnd: new Date("2024-06-30"), value: "1.15" },
        { orgId: ally.org.id, projectId: project.id, metricName: "dscr", period: "2024-Q3", periodEnd: new Date("2024-09-30"), value: "1.31" },
      ],
    });
    const dscr = await covenant(investor, holding.id, { name: "DSCR >= 1.20x", metricName: "dscr", thresholdBreach: "1.2", thresholdWarning: "1.35" });
    await checkCovenants(investor, { covenantIds: [dscr.id] });
    const read = await db.covenantCheck.findFirstOrThrow({ where: { covenantId: dscr.id } });
    expect(read).toMatchObject({ status: "WARNING", source: "reported for 2024-Q3" });
    expect(read.value?.toFixed(2)).toBe("1.31");

    const bad = createCovenantSchema.safeParse({ holdingId: holding.id, name: "", metricName: "Bad Name", operator: ">", thresholdBreach: "abc" });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["metricName", "name", "operator", "thresholdBreach"]);
    await expect(covenant(investor, holding.id, { thresholdWarning: "0.9" })).rejects.toThrow(/at or above the breach level/);
  });

  it("a waived covenant is skipped by checks until reinstated; another org cannot see, waive or delete it", async () => {
    const { investor, holding, record } = await world();
    await record("valuation", "2024-06-03", "800");
    const moic = await covenant(investor, holding.id, {});
    await checkCovenants(investor, { covenantIds: [moic.id] });
    await waiveCovenant(investor, waiveCovenantSchema.parse({ covenantId: moic.id, note: "Approved by the IC on 5 June: county payment delay." }));
    expect(await checkCovenants(investor, { holdingIds: [holding.id] })).toMatchObject({ checked: 0 });
    const waived = await db.covenant.findUniqueOrThrow({ where: { id: moic.id } });
    expect(waived).toMatchObject({ status: "WAIVED", notes: null });
    expect(
      await db.covenantCheck.count({ where: { covenantId: moic.id, status: "WAIVED", source: "waiver", detail: "Approved by the IC on 5 June: county payment delay." } }),
    ).toBe(1);

    const stranger = await createTenant({ type: "INVESTOR", role: "admin" });
    await expect(getCovenantOrThrow(stranger, moic.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(waiveCovenant(stranger, { covenantId: moic.id, note: "Intrusion attempt" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteCovenant(stranger, { covenantId: moic.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCovenants(stranger)).covenants).toHaveLength(0);

    const after = await reinstateCovenant(investor, { covenantId: moic.id });
    expect(after).toMatchObject({ checked: 1, breach: 1 });
    await deleteCovenant(investor, { covenantId: moic.id });
    expect(await db.covenantCheck.count({ where: { covenantId: moic.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: investor.org.id, action: { in: ["covenant.waived", "covenant.reinstated", "covenant.deleted"] } } })).toBe(3);
  });
});
