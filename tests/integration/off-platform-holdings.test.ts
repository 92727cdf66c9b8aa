import { describe, expect, it } from "vitest";
import { listCovenants } from "@/lib/covenants/list-covenants";
import { createCovenant } from "@/lib/covenants/create-covenant";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { createCovenantSchema } from "@/lib/covenants/schemas";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { getHoldingView } from "@/lib/portfolios/get-holding-view";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import { addOffPlatformHolding } from "@/lib/portfolios/off-platform/add-off-platform-holding";
import { offPlatformRegisterSlug } from "@/lib/portfolios/off-platform/off-platform-register";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addOffPlatformHoldingSchema, createPortfolioSchema, recordCashFlowSchema } from "@/lib/portfolios/schemas";
import { getHoldingKpisView } from "@/lib/project-kpis/get-holding-kpis-view";
import { recordKpiActual } from "@/lib/project-kpis/record-kpi-actual";
import { requestKpiActuals } from "@/lib/project-kpis/request-kpi-actuals";
import { recordKpiActualSchema, requestKpiActualsSchema, setKpiTargetSchema } from "@/lib/project-kpis/schemas";
import { setKpiTarget } from "@/lib/project-kpis/set-kpi-target";
import { shareHolding } from "@/lib/project-kpis/share-holding";
import { createTenant, db } from "../support/test-db";

const terms = (portfolioId: string, fields: Record<string, unknown> = {}) =>
  addOffPlatformHoldingSchema.parse({
    portfolioId,
    projectName: "Naivasha Geothermal II",
    developerName: "Rift Power Ltd",
    projectType: "GEOTHERMAL",
    stage: "OPERATIONAL",
    geographyCountry: "ke",
    capacityMw: "35",
    investmentDate: "2024-03-01",
    committedAmount: "2,000,000",
    currency: "EUR",
    ...fields,
  });

async function world() {
  const investor = await createTenant({ type: "INVESTOR", role: "manager" });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Fund OP", currency: "EUR" }));
  return { investor, portfolio };
}

describe("off-platform holdings", () => {
  it("records the project privately in the investor's own register and holds it like any other", async () => {
    const { investor, portfolio } = await world();
    const holding = await addOffPlatformHolding(investor, terms(portfolio.id));
    const project = await db.project.findUniqueOrThrow({ where: { id: holding.projectId }, include: { org: { include: { _count: { select: { users: true } } } } } });
    expect(project).toMatchObject({ name: "Naivasha Geothermal II", projectType: "GEOTHERMAL", geographyCountry: "KE", isPublished: false, currency: "EUR" });
    expect(project.org).toMatchObject({ type: "ALLY", slug: offPlatformRegisterSlug(investor.org.id), _count: { users: 0 } });
    expect(project.totalInvestmentRequired.toFixed(4)).toBe("2000000.0000");
    await expect(getListedProjectOrThrow(project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const view = await getHoldingView(investor, holding.id);
    expect(view.project).toEqual({ id: project.id, name: project.name, offPlatform: true, description: "Developed by Rift Power Ltd, off the platform." });
    await recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId: holding.id, kind: "capital_call", flowDate: "2024-03-04", amount: "500000" }));
    expect((await getHoldingView(investor, holding.id)).flows[0]).toMatchObject({ amount: "500000.0000", amountBase: "500000.0000" });

    const second = await addOffPlatformHolding(investor, terms(portfolio.id, { projectName: "Kisumu Solar", developerName: "" }));
    const secondProject = await db.project.findUniqueOrThrow({ where: { id: second.projectId } });
    expect(secondProject.orgId).toBe(project.orgId);
    expect(secondProject.description).toBe("Developed off the platform.");

    const listed = await getPortfolioView(investor, portfolio.id);
    // Both were invested the same day, so the page orders them by id: compare as a set.
    expect(listed.holdings.map((h) => `${h.projectName}: ${h.offPlatform}`).sort()).toEqual(["Kisumu Solar: true", "Naivasha Geothermal II: true"]);

    const audit = await db.auditLog.findMany({ where: { orgId: investor.org.id, entityId: { in: [holding.id, project.id] } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["cash_flow.recorded", "holding.added", "project.created"]);
  });

  it("gives each investor its own register, and another org's holding is a 404", async () => {
    const a = await world();
    const b = await world();
    const [ha, hb] = await Promise.all([addOffPlatformHolding(a.investor, terms(a.portfolio.id)), addOffPlatformHolding(b.investor, terms(b.portfolio.id))]);
    const [pa, pb] = await Promise.all([db.project.findUniqueOrThrow({ where: { id: ha.projectId } }), db.project.findUniqueOrThrow({ where: { id: hb.projectId } })]);
    expect(pa.orgId).not.toBe(pb.orgId);
    await expect(getHoldingView(b.investor, ha.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addOffPlatformHolding(b.investor, terms(a.portfolio.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("makes one register when two first holdings race", async () => {
    const { investor, portfolio } = await world();
    const both = await Promise.all([
      addOffPlatformHolding(investor, terms(portfolio.id)),
      addOffPlatformHolding(investor, terms(portfolio.id, { projectName: "Other" })),
    ]);
    const orgs = new Set((await db.project.findMany({ where: { id: { in: both.map((h) => h.projectId) } } })).map((p) => p.orgId));
    expect(orgs.size).toBe(1);
  });

  it("refuses a register slug somebody else's org took", async () => {
    const { investor, portfolio } = await world();
    await db.organization.create({ data: { name: "Squatter", slug: offPlatformRegisterSlug(investor.org.id), type: "ALLY" } });
    await expect(addOffPlatformHolding(investor, terms(portfolio.id))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.portfolioHolding.count({ where: { portfolioId: portfolio.id } })).toBe(0);
  });

  it("rejects bad input field by field and writes nothing", () => {
    const bad = addOffPlatformHoldingSchema.safeParse({
      portfolioId: "00000000-0000-4000-8000-000000000000",
      projectName: " ",
      projectType: "COAL",
      stage: "OPERATIONAL",
      geographyCountry: "XX",
      capacityMw: "-3",
      investmentDate: "2024-03-01",
      committedAmount: "-5",
      currency: "ZZZ",
    });
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["capacityMw", "committedAmount", "currency", "geographyCountry", "projectName", "projectType"]);
  });

  it("lets the investor record KPI actuals (nobody to ask), which feed covenants; asking and sharing are refused", async () => {
    const { investor, portfolio } = await world();
    const holding = await addOffPlatformHolding(investor, terms(portfolio.id));
    await setKpiTarget(
      investor,
      setKpiTargetSchema.parse({
        holdingId: holding.id,
        metricName: "availability_pct",
        unit: "%",
        targetValue: "95",
        tolerancePct: "2",
        direction: "higher_is_better",
        frequency: "quarterly",
      }),
    );
    await expect(requestKpiActuals(investor, requestKpiActualsSchema.parse({ holdingId: holding.id, period: "2025-Q4", dueDate: "2099-01-01" }))).rejects.toThrow(
      /off the platform/,
    );
    await expect(shareHolding(investor, { holdingId: holding.id, shared: true })).rejects.toThrow(/off the platform/);
    const record = (fields: Record<string, unknown>) =>
      recordKpiActual(investor, recordKpiActualSchema.parse({ holdingId: holding.id, metricName: "availability_pct", ...fields }));
    await expect(record({ period: "2099-Q1", value: "90" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(record({ metricName: "dscr", period: "2025-Q4", value: "1.2" })).rejects.toThrow(/set a target/);
    await record({ period: "2025-Q4", value: "91.5", note: "Operator's Q4 report" });
    const kpis = await getHoldingKpisView(investor, { id: holding.id, projectId: holding.projectId, offPlatform: true });
    expect(kpis.targets[0]!.actuals[0]).toMatchObject({ period: "2025-Q4", value: "91.5000", standing: "off_target" });

    await createCovenant(
      investor,
      createCovenantSchema.parse({ holdingId: holding.id, name: "Availability", metricName: "availability_pct", operator: ">=", thresholdBreach: "92" }),
    );
    await checkCovenants(investor, { holdingIds: [holding.id] });
    const { covenants } = await listCovenants(investor, { holdingId: holding.id });
    expect(covenants[0]).toMatchObject({ status: "BREACH", currentValue: "91.5000" });
  });
});
