import { backfillMetricSnapshots } from "../../lib/portfolios/snapshots/backfill-metric-snapshots";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo } from "./demo-ids";
import { portfolioId } from "./seed-portfolio";

/** The nightly job's history for the last ~180 days of the story. */
const DAYS = 180;

/**
 * Fund I's daily snapshots as the nightly job would have written them: the app's own backfill over
 * the seeded ledger (seedPortfolioCashFlows runs first), each day as of that day, so the trend
 * charts end on the figures the portfolio page computes. From the first flow if that is later.
 */
export async function seedMetricSnapshots(db: FactoryDb, ctx: DemoContext) {
  const first = await db.portfolioCashFlow.findFirst({
    where: { orgId: ctx.orgs.northwind, holding: { portfolioId } },
    orderBy: { flowDate: "asc" },
    select: { flowDate: true },
  });
  if (!first) throw new Error("Fund I has no cash flows: seed them before its snapshots.");
  const to = daysAgo(1, 0).toISOString().slice(0, 10);
  const from = [daysAgo(DAYS, 0).toISOString().slice(0, 10), first.flowDate.toISOString().slice(0, 10)].sort()[1]!;
  await backfillMetricSnapshots(db, { org: { id: ctx.orgs.northwind } }, portfolioId, { from, to });
}
