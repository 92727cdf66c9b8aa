import { Prisma } from "@/lib/db/generated/client";

export type KpiStanding = "on_target" | "within_tolerance" | "off_target";
export type KpiVariance = { variancePct: string | null; standing: KpiStanding };

/**
 * How an actual compares with its target: the variance in percent of the target (positive means
 * above it) and where that leaves it given the direction that is good and the tolerance (a percent
 * of the target). A zero target has no percentage variance; any miss is then off target.
 */
export function kpiVariance(
  target: { targetValue: Prisma.Decimal | string; tolerancePct: Prisma.Decimal | string; direction: string },
  actual: Prisma.Decimal | string,
): KpiVariance {
  const t = new Prisma.Decimal(target.targetValue);
  const a = new Prisma.Decimal(actual);
  const better = target.direction === "lower_is_better" ? a.lte(t) : a.gte(t);
  if (t.isZero()) return { variancePct: null, standing: better ? "on_target" : "off_target" };
  const variance = a.sub(t).div(t.abs()).mul(100);
  if (better) return { variancePct: variance.toFixed(2), standing: "on_target" };
  return { variancePct: variance.toFixed(2), standing: variance.abs().lte(target.tolerancePct) ? "within_tolerance" : "off_target" };
}
