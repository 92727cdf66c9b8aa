import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId, noise } from "./demo-ids";
import { HOLDINGS, holdingId, portfolioId } from "./seed-portfolio";

const DAYS = 90;
/** Fund I reports in USD; the Mount Elgon holding is in EUR, converted at a fixed demo rate. */
const EUR_USD = 1.08;
const DAY_MS = 86_400_000;
const BATCH_ROWS = 100;

/** Money-weighted return approximated from the multiple and time held: enough for a trend line. */
function annualisedIrrPct(moic: number, daysHeld: number): number {
  return (moic ** (365 / Math.max(daysHeld, 30)) - 1) * 100;
}

/** ~90 days of daily NAV, IRR and MOIC per holding and for the portfolio, ending today at each holding's current value. */
export async function seedMetricSnapshots(db: FactoryDb, ctx: DemoContext) {
  const orgId = ctx.orgs.northwind;
  const rows: Prisma.MetricSnapshotCreateManyInput[] = [];
  const add = (entityType: string, entityId: string, date: Date, metricType: string, value: number, currency: string | null, metadata: Prisma.InputJsonValue) =>
    rows.push({
      id: demoId(`northwind/snapshot/${entityId}/${metricType}/${date.toISOString().slice(0, 10)}`),
      orgId,
      entityType,
      entityId,
      metricType,
      value: value.toFixed(metricType === "nav" ? 2 : 4),
      currency,
      snapshotDate: date,
      metadata,
      createdAt: new Date(date.getTime() + 2 * 3_600_000),
    });

  for (let offset = DAYS - 1; offset >= 0; offset -= 1) {
    const date = daysAgo(offset, 0);
    const progress = (DAYS - 1 - offset) / (DAYS - 1);
    let portfolioNav = 0;
    let portfolioInvested = 0;
    let weightedDaysHeld = 0;
    for (const key of Object.keys(HOLDINGS) as (keyof typeof HOLDINGS)[]) {
      const h = HOLDINGS[key];
      const wobble = offset === 0 ? 0 : noise(`${key}/${offset}`) * h.current * 0.004;
      const nav = h.navNinetyDaysAgo + (h.current - h.navNinetyDaysAgo) * progress + wobble;
      const daysHeld = (date.getTime() - day(h.investedOn).getTime()) / DAY_MS;
      const moic = nav / h.invested;
      const meta = { source: "monthly valuation, daily interpolated" };
      add("Holding", holdingId(key), date, "nav", nav, h.currency, meta);
      add("Holding", holdingId(key), date, "moic", moic, null, meta);
      add("Holding", holdingId(key), date, "irr", annualisedIrrPct(moic, daysHeld), null, meta);
      const toUsd = h.currency === "EUR" ? EUR_USD : 1;
      portfolioNav += nav * toUsd;
      portfolioInvested += h.invested * toUsd;
      weightedDaysHeld += daysHeld * h.invested * toUsd;
    }
    const moic = portfolioNav / portfolioInvested;
    const meta = { holdings: Object.keys(HOLDINGS).length, fxRates: { EURUSD: EUR_USD } };
    add("Portfolio", portfolioId, date, "nav", portfolioNav, "USD", meta);
    add("Portfolio", portfolioId, date, "moic", moic, null, meta);
    add("Portfolio", portfolioId, date, "irr", annualisedIrrPct(moic, weightedDaysHeld / portfolioInvested), null, meta);
  }
  // Modest statements: on the embedded PGlite a very large bind message can interleave with other connections' queries.
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await db.metricSnapshot.createMany({ data: rows.slice(start, start + BATCH_ROWS), skipDuplicates: true });
  }
}
