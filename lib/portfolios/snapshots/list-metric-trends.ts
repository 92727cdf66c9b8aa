import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { SeriesPoint } from "../portfolio-dtos";
import { SNAPSHOT_ENTITY } from "./snapshot-constants";

export type MetricTrendsDto = { netIrr: SeriesPoint[]; grossIrr: SeriesPoint[]; moic: SeriesPoint[]; first: string | null; last: string | null };

/** Points drawn at most: a ten-year daily history is thinned to every n-th day (the last day always kept). */
const MAX_POINTS = 400;

/**
 * The portfolio's IRR (as a fraction) and MOIC by snapshot day, from metric_snapshots. The caller
 * has loaded the portfolio through getPortfolioOrThrow; the org scopes the rows again all the same.
 */
export async function listMetricTrends(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<MetricTrendsDto> {
  const rows = await db.metricSnapshot.findMany({
    where: { orgId: scope.org.id, entityType: SNAPSHOT_ENTITY.portfolio, entityId: portfolioId, metricType: { in: ["net_irr", "gross_irr", "moic"] } },
    select: { metricType: true, snapshotDate: true, value: true },
    orderBy: { snapshotDate: "asc" },
  });
  const series = { net_irr: [] as SeriesPoint[], gross_irr: [] as SeriesPoint[], moic: [] as SeriesPoint[] };
  for (const row of rows) series[row.metricType as keyof typeof series].push({ day: row.snapshotDate.toISOString().slice(0, 10), value: row.value.toNumber() });
  const days = rows.map((row) => row.snapshotDate.toISOString().slice(0, 10));
  return { netIrr: thin(series.net_irr), grossIrr: thin(series.gross_irr), moic: thin(series.moic), first: days[0] ?? null, last: days.at(-1) ?? null };
}

function thin(points: SeriesPoint[]): SeriesPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  return points.filter((_, index) => index % step === 0 || index === points.length - 1);
}
