import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";
import { holdingId } from "./seed-portfolio";

type Frequency = "monthly" | "quarterly";
/** [period, value, the day Helios reported it] */
type Actual = [string, string, string];
export type DemoKpi = {
  key: string;
  holding: "kisumu" | "mtElgon";
  metric: string;
  unit: string;
  target: string;
  tolerancePct: string;
  direction: "higher_is_better" | "lower_is_better";
  frequency: Frequency;
  actuals: Actual[];
};

/**
 * What Northwind asks of its two Helios holdings and what Helios reported. The covenants of
 * seed-portfolio read the same metrics: their statuses follow from these actuals (a test re-checks
 * them and expects no change).
 */
export const DEMO_KPIS: DemoKpi[] = [
  {
    key: "kisumu-dscr",
    holding: "kisumu",
    metric: "dscr",
    unit: "x",
    target: "1.3500",
    tolerancePct: "5",
    direction: "higher_is_better",
    frequency: "quarterly",
    actuals: [
      ["2026-Q1", "1.3800", "2026-04-18"],
      ["2026-Q2", "1.2900", "2026-07-17"],
      ["2026-Q3", "1.4100", "2026-10-16"],
    ],
  },
  {
    key: "kisumu-collections",
    holding: "kisumu",
    metric: "lease_collection_rate_pct",
    unit: "%",
    target: "97.0000",
    tolerancePct: "3",
    direction: "higher_is_better",
    frequency: "monthly",
    actuals: [
      ["2026-07", "96.1000", "2026-08-06"],
      ["2026-08", "94.8000", "2026-09-04"],
      ["2026-09", "93.2000", "2026-10-06"],
      ["2026-10", "89.5000", "2026-11-05"],
    ],
  },
  {
    key: "kisumu-generation",
    holding: "kisumu",
    metric: "generation_mwh",
    unit: "MWh",
    target: "1450.0000",
    tolerancePct: "10",
    direction: "higher_is_better",
    frequency: "quarterly",
    actuals: [
      ["2026-Q1", "1402.0000", "2026-04-18"],
      ["2026-Q2", "1515.0000", "2026-07-17"],
      ["2026-Q3", "1478.0000", "2026-10-16"],
    ],
  },
  {
    key: "elgon-capex",
    holding: "mtElgon",
    metric: "capex_overrun_pct",
    unit: "%",
    target: "5.0000",
    tolerancePct: "50",
    direction: "lower_is_better",
    frequency: "quarterly",
    actuals: [
      ["2026-Q2", "6.1000", "2026-07-21"],
      ["2026-Q3", "8.9000", "2026-10-20"],
    ],
  },
  {
    key: "elgon-gearing",
    holding: "mtElgon",
    metric: "gearing_pct",
    unit: "%",
    target: "70.0000",
    tolerancePct: "5",
    direction: "lower_is_better",
    frequency: "quarterly",
    actuals: [
      ["2026-Q2", "72.4000", "2026-07-21"],
      ["2026-Q3", "68.5000", "2026-10-20"],
    ],
  },
];

/** The last day of "2026-Q3", "2026-10" or "2026". */
export function periodEnd(period: string): Date {
  const [year, part] = period.split("-");
  const y = Number(year);
  if (!part) return new Date(Date.UTC(y, 11, 31));
  const month = part.startsWith("Q") ? Number(part.slice(1)) * 3 : Number(part);
  return new Date(Date.UTC(y, month, 0));
}

const at = (iso: string, hour: number) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);

/** Targets on the holdings, Helios's actuals, the requests behind them (one still open) and Kisumu shared with Helios. */
export async function seedProjectKpis(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const targetId = (k: DemoKpi) => demoId(`northwind/kpi-target/${k.key}`);
  await db.projectKpiTarget.createMany({
    skipDuplicates: true,
    data: DEMO_KPIS.map((k) => ({
      id: targetId(k),
      orgId: orgs.northwind,
      holdingId: holdingId(k.holding),
      projectId: projects[k.holding].id,
      metricName: k.metric,
      unit: k.unit,
      targetValue: k.target,
      tolerancePct: k.tolerancePct,
      direction: k.direction,
      frequency: k.frequency,
      createdBy: users.priya,
      createdAt: day(k.holding === "kisumu" ? "2025-03-03" : "2026-03-20"),
      updatedAt: day(k.holding === "kisumu" ? "2025-03-03" : "2026-03-20"),
    })),
  });
  await db.projectKpiActual.createMany({
    skipDuplicates: true,
    data: DEMO_KPIS.flatMap((k) =>
      k.actuals.map(([period, value, reported]) => ({
        id: demoId(`helios/kpi-actual/${k.holding}/${k.metric}/${period}`),
        orgId: orgs.helios,
        projectId: projects[k.holding].id,
        metricName: k.metric,
        period,
        periodEnd: periodEnd(period),
        value,
        note:
          k.metric === "lease_collection_rate_pct" && period === "2026-10"
            ? "Three county school sites unpaid since August; county budget release expected in December."
            : null,
        reportedBy: users.amara,
        createdAt: at(reported, 11),
        updatedAt: at(reported, 11),
      })),
    ),
  });
  const due = (period: string) => new Date(periodEnd(period).getTime() + 20 * 86_400_000);
  await db.projectKpiRequest.createMany({
    skipDuplicates: true,
    data: [
      ...DEMO_KPIS.flatMap((k) =>
        k.actuals.map(([period, , reported]) => ({
          id: demoId(`northwind/kpi-request/${k.key}/${period}`),
          orgId: orgs.northwind,
          targetId: targetId(k),
          projectId: projects[k.holding].id,
          allyOrgId: orgs.helios,
          period,
          dueDate: due(period),
          requestedBy: users.priya,
          fulfilledAt: at(reported, 11),
          createdAt: new Date(periodEnd(period).getTime() + 86_400_000),
        })),
      ),
      {
        id: demoId("northwind/kpi-request/kisumu-collections/2026-11"),
        orgId: orgs.northwind,
        targetId: targetId(DEMO_KPIS[1]!),
        projectId: projects.kisumu.id,
        allyOrgId: orgs.helios,
        period: "2026-11",
        dueDate: due("2026-11"),
        requestedBy: users.priya,
        fulfilledAt: null,
        createdAt: at("2026-11-10", 9),
      },
    ],
  });
  await db.portfolioHoldingShare.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("northwind/holding-share/kisumu"),
        orgId: orgs.northwind,
        holdingId: holdingId("kisumu"),
        projectId: projects.kisumu.id,
        sharedBy: users.priya,
        createdAt: day("2025-03-03"),
      },
    ],
  });
}
