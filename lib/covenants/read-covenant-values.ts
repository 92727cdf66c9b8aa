import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { computeLedgerMetrics, holdingNav } from "@/lib/portfolios/ledger-metrics";
import { loadBaseFlows } from "@/lib/portfolios/load-base-flows";
import type { IrrDto, LedgerMetricsDto } from "@/lib/portfolios/portfolio-dtos";
import { dayOf } from "@/lib/portfolios/today-iso";
import { isLedgerMetric, type LedgerMetric } from "./covenant-metrics";

export type CovenantReading = { value: Prisma.Decimal | null; source: string | null; detail: string | null };
type Watched = { id: string; metricName: string; holding: { id: string; projectId: string; status: string } };

const percent = (irr: IrrDto) => (irr.kind === "rate" ? new Prisma.Decimal(irr.rate).mul(100).toDecimalPlaces(4) : null);
const multiple = (value: string | null) => (value === null ? null : new Prisma.Decimal(value).toDecimalPlaces(4));

function ledgerReading(metric: LedgerMetric, m: LedgerMetricsDto): CovenantReading {
  const source = m.navDay ? `ledger to ${m.navDay}` : "ledger";
  const values: Record<LedgerMetric, Prisma.Decimal | null> = {
    nav: m.navDay ? new Prisma.Decimal(m.nav) : null,
    net_irr: percent(m.netIrr),
    gross_irr: percent(m.grossIrr),
    moic: multiple(m.net.moic),
    tvpi: multiple(m.net.tvpi),
    dpi: multiple(m.net.dpi),
    rvpi: multiple(m.net.rvpi),
  };
  const value = values[metric];
  if (value !== null) return { value, source, detail: null };
  const irr = metric === "net_irr" ? m.netIrr : metric === "gross_irr" ? m.grossIrr : null;
  const detail = irr?.kind === "undefined" ? `No IRR yet: ${irr.reason}` : metric === "nav" ? "No valuation recorded yet." : "Nothing paid in yet.";
  return { value: null, source, detail };
}

/**
 * The current value of each covenant's metric: ledger metrics computed from the holding's flows;
 * any other metric is the project's latest reported KPI actual (the developer's, shared by every
 * investor that holds the project). A metric with no reading yet comes back as null with a reason.
 */
export async function readCovenantValues(scope: { org: { id: string } }, covenants: readonly Watched[]): Promise<Map<string, CovenantReading>> {
  const ledgerHoldings = [...new Set(covenants.filter((c) => isLedgerMetric(c.metricName)).map((c) => c.holding.id))];
  const flows = ledgerHoldings.length ? await loadBaseFlows(scope, ledgerHoldings) : new Map();
  const kpiCovenants = covenants.filter((c) => !isLedgerMetric(c.metricName));
  const actuals = kpiCovenants.length
    ? await db.projectKpiActual.findMany({
        where: { OR: kpiCovenants.map((c) => ({ projectId: c.holding.projectId, metricName: c.metricName })) },
        orderBy: [{ periodEnd: "desc" }, { updatedAt: "desc" }],
        select: { projectId: true, metricName: true, period: true, periodEnd: true, value: true },
      })
    : [];
  const latest = new Map<string, (typeof actuals)[number]>();
  for (const actual of actuals) {
    const key = `${actual.projectId}/${actual.metricName}`;
    if (!latest.has(key)) latest.set(key, actual);
  }
  const metricsByHolding = new Map<string, LedgerMetricsDto>();
  const readings = new Map<string, CovenantReading>();
  for (const covenant of covenants) {
    if (isLedgerMetric(covenant.metricName)) {
      let metrics = metricsByHolding.get(covenant.holding.id);
      if (!metrics) {
        const own = flows.get(covenant.holding.id) ?? [];
        metrics = computeLedgerMetrics(own, holdingNav(covenant.holding.status, own));
        metricsByHolding.set(covenant.holding.id, metrics);
      }
      readings.set(covenant.id, ledgerReading(covenant.metricName, metrics));
      continue;
    }
    const actual = latest.get(`${covenant.holding.projectId}/${covenant.metricName}`);
    readings.set(
      covenant.id,
      actual
        ? { value: actual.value, source: `reported for ${actual.period}`, detail: `Period ending ${dayOf(actual.periodEnd)}.` }
        : { value: null, source: null, detail: "The developer has not reported this metric yet." },
    );
  }
  return readings;
}
