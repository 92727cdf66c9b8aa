import { offPlatformDescription } from "../../lib/portfolios/off-platform/off-platform-description";
import { offPlatformRegisterSlug } from "../../lib/portfolios/off-platform/off-platform-register";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";
import { portfolioId } from "./seed-portfolio";
import { type DemoFlow, toDemoFlowRows } from "./seed-portfolio-cash-flows";
import { periodEnd } from "./seed-project-kpis";

const HOLDING_ID = demoId("northwind/holding/naivasha-geothermal");
const PROJECT_ID = demoId("northwind/off-platform/naivasha-geothermal");

const LEDGER: DemoFlow[] = [
  ["capital_call", "2025-05-20", 3_000_000, "Co-investment alongside the DFI lenders"],
  ["valuation", "2025-12-31", 3_150_000],
  ["distribution_income", "2026-03-31", 90_000, "Dividend, FY2025"],
  ["valuation", "2026-06-30", 3_240_000],
  ["valuation", "2026-09-30", 3_310_000],
];

const AVAILABILITY: [period: string, value: string, note: string | null][] = [
  ["2026-Q1", "96.4000", "Operator's quarterly report"],
  ["2026-Q2", "93.1000", "Well KW-4 workover in May"],
  ["2026-Q3", "97.2000", "Operator's quarterly report"],
];

/**
 * Fund I's holding in a plant whose developer is not on the platform: the project sits in
 * Northwind's off-platform register (lib/portfolios/off-platform), in USD like the fund, and
 * Northwind enters its availability itself from the operator's reports.
 */
export async function seedOffPlatformHolding(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  const registerId = demoId("northwind/off-platform-register");
  await db.organization.createMany({
    skipDuplicates: true,
    data: [
      {
        id: registerId,
        name: "Northwind Climate Capital · off-platform holdings",
        slug: offPlatformRegisterSlug(orgs.northwind),
        type: "ALLY",
        settings: { offPlatformRegisterOf: orgs.northwind },
        subscriptionStatus: "active",
        createdAt: day("2025-05-20"),
      },
    ],
  });
  await db.project.createMany({
    skipDuplicates: true,
    data: [
      {
        id: PROJECT_ID,
        orgId: registerId,
        name: "Naivasha Geothermal II",
        slug: "naivasha-geothermal-ii",
        description: offPlatformDescription("Rift Geothermal Power Ltd"),
        projectType: "GEOTHERMAL",
        status: "ACTIVE",
        stage: "OPERATIONAL",
        geographyCountry: "KE",
        geographyRegion: "Nakuru County",
        capacityMw: "35.0000",
        totalInvestmentRequired: "3500000.0000",
        currency: "USD",
        isPublished: false,
        createdAt: day("2025-05-20"),
      },
    ],
  });
  await db.portfolioHolding.createMany({
    skipDuplicates: true,
    data: [
      {
        id: HOLDING_ID,
        portfolioId,
        orgId: orgs.northwind,
        projectId: PROJECT_ID,
        investmentDate: day("2025-05-20"),
        committedAmount: "3500000.0000",
        investedAmount: "3000000.0000",
        currentValue: "3310000.0000",
        currency: "USD",
        ownershipPct: "12.5000",
        status: "ACTIVE",
        createdAt: day("2025-05-20"),
        updatedAt: daysAgo(0, 5),
      },
    ],
  });
  const rows = await toDemoFlowRows(db, ctx, {
    holdingId: HOLDING_ID,
    label: "northwind/holding/naivasha-geothermal",
    currency: "USD",
    baseCurrency: "USD",
    flows: LEDGER,
  });
  await db.portfolioCashFlow.createMany({ skipDuplicates: true, data: rows });
  await db.projectKpiTarget.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("northwind/kpi-target/naivasha-availability"),
        orgId: orgs.northwind,
        holdingId: HOLDING_ID,
        projectId: PROJECT_ID,
        metricName: "availability_pct",
        unit: "%",
        targetValue: "95.0000",
        tolerancePct: "2",
        direction: "higher_is_better",
        frequency: "quarterly",
        createdBy: users.priya,
        createdAt: day("2025-06-02"),
        updatedAt: day("2025-06-02"),
      },
    ],
  });
  await db.projectKpiActual.createMany({
    skipDuplicates: true,
    data: AVAILABILITY.map(([period, value, note]) => ({
      id: demoId(`northwind/kpi-actual/naivasha/availability_pct/${period}`),
      orgId: registerId,
      projectId: PROJECT_ID,
      metricName: "availability_pct",
      period,
      periodEnd: periodEnd(period),
      value,
      note,
      reportedBy: users.priya,
      createdAt: new Date(periodEnd(period).getTime() + 25 * 86_400_000),
      updatedAt: new Date(periodEnd(period).getTime() + 25 * 86_400_000),
    })),
  });
}
