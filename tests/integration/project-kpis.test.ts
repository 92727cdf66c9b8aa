import { describe, expect, it } from "vitest";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { createCovenant } from "@/lib/covenants/create-covenant";
import { createCovenantSchema } from "@/lib/covenants/schemas";
import { addHolding } from "@/lib/portfolios/add-holding";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { addHoldingSchema, createPortfolioSchema } from "@/lib/portfolios/schemas";
import { deleteKpiTarget } from "@/lib/project-kpis/delete-kpi-target";
import { importKpiSheet } from "@/lib/project-kpis/import/import-kpi-sheet";
import { planKpiSheet } from "@/lib/project-kpis/import/plan-kpi-sheet";
import { lastCompletedPeriod, periodBounds, periodFrequency } from "@/lib/project-kpis/kpi-periods";
import { kpiVariance } from "@/lib/project-kpis/kpi-variance";
import { listAllyKpiRequests } from "@/lib/project-kpis/list-ally-kpi-requests";
import { listHoldingKpis } from "@/lib/project-kpis/list-holding-kpis";
import { listProjectHolders } from "@/lib/project-kpis/list-project-holders";
import { reportKpiActual } from "@/lib/project-kpis/report-kpi-actual";
import { requestKpiActuals } from "@/lib/project-kpis/request-kpi-actuals";
import { reportKpiActualSchema, requestKpiActualsSchema, setKpiTargetSchema } from "@/lib/project-kpis/schemas";
import { setKpiTarget } from "@/lib/project-kpis/set-kpi-target";
import { shareHolding } from "@/lib/project-kpis/share-holding";
import { recheckCovenantsOnKpiJob } from "@/inngest/functions/covenants/recheck-covenants";
import { createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

async function world() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY", role: "analyst" });
  const allyManager = await createUser(db, { orgId: ally.org.id, role: "manager" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Delta Wind ${ally.org.id.slice(0, 6)}` });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Fund K", currency: "USD" }));
  const holding = await addHolding(
    investor,
    addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: project.id, investmentDate: "2024-01-10", committedAmount: "1000", currency: "USD" }),
  );
  const target = (fields: Record<string, unknown> = {}) =>
    setKpiTarget(
      investor,
      setKpiTargetSchema.parse({
        holdingId: holding.id,
        metricName: "dscr",
        unit: "x",
        targetValue: "1.35",
        tolerancePct: "5",
        direction: "higher_is_better",
        frequency: "quarterly",
        ...fields,
      }),
    );
  const report = (fields: Record<string, unknown>) => reportKpiActual(ally, reportKpiActualSchema.parse({ projectId: project.id, metricName: "dscr", ...fields }));
  return { investor, ally, allyManager, project, portfolio, holding, target, report };
}

describe("KPI periods and variance", () => {
  it("reads periods and compares actuals with targets by direction and tolerance", () => {
    expect(periodBounds("2026-Q3")).toEqual({ start: "2026-07-01", end: "2026-09-30" });
    expect(periodBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(periodBounds("2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect([periodFrequency("2026-Q1"), periodFrequency("2026-01"), periodFrequency("2026")]).toEqual(["quarterly", "monthly", "annual"]);
    expect([lastCompletedPeriod("quarterly", "2026-01-15"), lastCompletedPeriod("monthly", "2026-01-15"), lastCompletedPeriod("quarterly", "2026-12-07")]).toEqual([
      "2025-Q4",
      "2025-12",
      "2026-Q3",
    ]);
    const dscr = { targetValue: "1.35", tolerancePct: "5", direction: "higher_is_better" };
    expect(kpiVariance(dscr, "1.41")).toEqual({ variancePct: "4.44", standing: "on_target" });
    expect(kpiVariance(dscr, "1.29")).toEqual({ variancePct: "-4.44", standing: "within_tolerance" });
    expect(kpiVariance(dscr, "1.2")).toEqual({ variancePct: "-11.11", standing: "off_target" });
    const capex = { targetValue: "5", tolerancePct: "50", direction: "lower_is_better" };
    expect(kpiVariance(capex, "6.1")).toEqual({ variancePct: "22.00", standing: "within_tolerance" });
    expect(kpiVariance(capex, "4")).toMatchObject({ standing: "on_target" });
    expect(kpiVariance({ targetValue: "0", tolerancePct: "10", direction: "lower_is_better" }, "1")).toEqual({ variancePct: null, standing: "off_target" });
  });
});

describe("project KPIs", () => {
  it("the investor sets a target and asks; the developer is told, reports, and the investor sees the variance", async () => {
    const { investor, ally, allyManager, holding, project, target, report } = await world();
    await expect(requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2024-Q2", dueDate: "2099-01-01" }))).rejects.toThrow(
      /No quarterly KPI is set on Delta Wind/,
    );
    await target();
    await target({ metricName: "generation_mwh", unit: "MWh", targetValue: "1450", frequency: "monthly" });
    await expect(requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2099-Q1", dueDate: "2099-06-01" }))).rejects.toThrow(
      /2099-Q1 has not ended yet/,
    );
    expect(await requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2024-q2", dueDate: "2099-01-01" }))).toEqual({
      requested: 1,
      skipped: 0,
    });
    await expect(requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2024-Q2", dueDate: "2099-01-01" }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const told = await db.notification.findMany({ where: { orgId: ally.org.id, sourceKey: { startsWith: "kpi.requested:" } } });
    expect(told.map((n) => n.userId)).toEqual([allyManager.id]);
    expect(told[0]!.title).toMatch(/asks for Delta Wind .*'s 2024-Q2 KPIs/);
    expect((await listAllyKpiRequests(ally)).open).toEqual([
      expect.objectContaining({ period: "2024-Q2", metricName: "dscr", targetValue: "1.3500", overdue: false, actual: null }),
    ]);

    await expect(report({ metricName: "availability_pct", period: "2024-Q2", value: "97" })).rejects.toThrow(/No investor tracks Availability/);
    const bad = reportKpiActualSchema.safeParse({ projectId: project.id, metricName: "dscr", period: "Q2 2024", value: "1,2a" });
    expect(bad.error!.flatten().fieldErrors).toMatchObject({ period: [expect.stringMatching(/2026-Q3 \(quarter\)/)], value: [expect.stringMatching(/number/)] });
    await report({ period: "2024-Q2", value: "1.29" });
    const answered = await listAllyKpiRequests(ally);
    expect(answered.open).toHaveLength(0);
    expect(answered.answered[0]).toMatchObject({ actual: { value: "1.2900", standing: "within_tolerance", variancePct: "-4.44" } });
    expect(await db.outboxEvent.count({ where: { orgId: ally.org.id, name: "kpi.actual_reported" } })).toBe(1);
    const investorTold = await db.notification.findMany({ where: { orgId: investor.org.id, sourceKey: { startsWith: "kpi.reported:" } } });
    expect(investorTold.map((n) => n.userId)).toEqual([investor.user.id]);

    await report({ period: "2024-Q2", value: "1.31", note: "Restated after the audit" });
    const kpis = await listHoldingKpis(investor, { id: holding.id, projectId: project.id });
    expect(kpis.find((k) => k.metricName === "dscr")!.actuals).toEqual([
      expect.objectContaining({ period: "2024-Q2", value: "1.3100", note: "Restated after the audit" }),
    ]);
    expect(await db.auditLog.count({ where: { orgId: ally.org.id, action: { in: ["kpi_actual.reported", "kpi_actual.corrected"] } } })).toBe(2);
  });

  it("a developer's actual re-checks every investor's covenants on that KPI", async () => {
    const { investor, holding, target, report } = await world();
    await target();
    const dscr = await createCovenant(
      investor,
      createCovenantSchema.parse({ holdingId: holding.id, name: "DSCR >= 1.2x", metricName: "dscr", operator: ">=", thresholdBreach: "1.2" }),
    );
    await checkCovenants(investor, { covenantIds: [dscr.id] });
    await report({ period: "2024-Q3", value: "1.05" });
    const event = await db.outboxEvent.findFirstOrThrow({ where: { name: "kpi.actual_reported", payload: { path: ["projectId"], equals: holding.projectId } } });
    const step = { run: <T>(_id: string, work: () => Promise<T>) => work() };
    await recheckCovenantsOnKpiJob.handler({ event: { id: event.id, name: event.name, data: event.payload as never }, step, attempt: 1, progress: async () => {} });
    expect(await db.covenant.findUniqueOrThrow({ where: { id: dscr.id } })).toMatchObject({ status: "BREACH" });
  });

  it("holdings are shown to the developer only when shared; another org cannot touch the targets", async () => {
    const { investor, ally, holding, project, target } = await world();
    expect(await listProjectHolders(ally, project.id)).toEqual([]);
    await shareHolding(investor, { holdingId: holding.id, shared: true });
    expect(await listProjectHolders(ally, project.id)).toEqual([{ investorName: investor.org.name, since: "2024-01-10" }]);
    const stranger = await createTenant({ type: "ALLY" });
    expect(await listProjectHolders(stranger, project.id)).toEqual([]);
    await shareHolding(investor, { holdingId: holding.id, shared: false });
    expect(await listProjectHolders(ally, project.id)).toEqual([]);

    const kpi = await target();
    const rival = await createTenant({ type: "INVESTOR" });
    await expect(deleteKpiTarget(rival, { targetId: kpi.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(shareHolding(rival, { holdingId: holding.id, shared: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      reportKpiActual(stranger, reportKpiActualSchema.parse({ projectId: project.id, metricName: "dscr", period: "2024-Q1", value: "1" })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await deleteKpiTarget(investor, { targetId: kpi.id });
    expect(await db.projectKpiTarget.count({ where: { holdingId: holding.id } })).toBe(0);
  });

  it("a sheet of actuals is checked row by row and reported all at once, or not at all", async () => {
    const { investor, ally, holding, project, target } = await world();
    await target();
    await target({ metricName: "generation_mwh", unit: "MWh", targetValue: "1450", frequency: "monthly" });
    await requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2024-Q2", dueDate: "2099-01-01" }));
    const sheet = (lines: string[]) => ({ fileName: "actuals.csv", file: new TextEncoder().encode(["Project,KPI,Period,Value,Note", ...lines].join("\r\n")) });
    const bad = sheet([
      `${project.name},DSCR,2024-Q2,"1,31",`,
      `${project.name},Net generation,2024-05,"1,402.5",`,
      `${project.name},availability_pct,2024-05,97,`,
      "Nowhere Solar,dscr,2099-Q1,1,",
    ]);
    const plan = await planKpiSheet(ally, bad);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Value"],
      [4, "KPI"],
      [5, "Project"],
      [5, "Period"],
    ]);
    expect(plan.errors[0]!.message).toMatch(/Mixed decimal separators/);
    await expect(importKpiSheet(ally, { ...bad, expectedRows: 4 })).rejects.toThrow(/nothing was reported/);
    expect(await db.projectKpiActual.count({ where: { projectId: project.id } })).toBe(0);

    const good = sheet([`${project.name},DSCR,2024-Q2,1.31,Audited`, `${project.name},generation_mwh,2024-05,1402.5,`]);
    expect((await planKpiSheet(ally, good)).errors).toEqual([]);
    await expect(importKpiSheet(ally, { ...good, expectedRows: 3 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await importKpiSheet(ally, { ...good, expectedRows: 2 })).toEqual({ reported: 2 });
    const actuals = await db.projectKpiActual.findMany({ where: { projectId: project.id }, orderBy: { metricName: "asc" } });
    expect(actuals.map((a) => [a.metricName, a.period, a.value.toFixed(2), a.note])).toEqual([
      ["dscr", "2024-Q2", "1.31", "Audited"],
      ["generation_mwh", "2024-05", "1402.50", null],
    ]);
    expect(await db.projectKpiRequest.count({ where: { projectId: project.id, fulfilledAt: null } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: ally.org.id, action: "kpi_actuals.imported" } })).toBe(1);
    const tooLong = sheet(Array.from({ length: 501 }, () => `${project.name},DSCR,2024-Q2,1.31,`));
    await expect(planKpiSheet(ally, tooLong)).rejects.toThrow(/501 rows: report at most 500/);
  });
});
