import { db } from "@/lib/db/client";
import type { CovenantStatus } from "@/lib/db/generated/client";
import { dayOf } from "@/lib/portfolios/today-iso";
import { covenantMetricLabel } from "./covenant-metrics";
import type { CovenantDto, CovenantStatusCounts } from "./covenant-dtos";

const STATUS_ORDER: Record<CovenantStatus, number> = { BREACH: 0, WARNING: 1, OK: 2, WAIVED: 3 };

/**
 * The org's covenants, worst first (breaches, then warnings), each with its latest checks: the
 * board shows every holding's, a holding's page its own, the API one portfolio's. Counts are over all the org's covenants in
 * scope, before the status filter, so the filter chips always say what each would show.
 */
export async function listCovenants(
  scope: { org: { id: string } },
  options: { holdingId?: string; portfolioId?: string; status?: CovenantStatus; checksPerCovenant?: number } = {},
): Promise<{ covenants: CovenantDto[]; counts: CovenantStatusCounts }> {
  const where = {
    orgId: scope.org.id,
    ...(options.holdingId ? { holdingId: options.holdingId } : {}),
    ...(options.portfolioId ? { holding: { portfolioId: options.portfolioId } } : {}),
  };
  const [rows, grouped] = await Promise.all([
    db.covenant.findMany({
      where: { ...where, ...(options.status ? { status: options.status } : {}) },
      include: {
        holding: { select: { id: true, status: true, project: { select: { name: true } }, portfolio: { select: { id: true, name: true, currency: true } } } },
        checks: {
          orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
          take: options.checksPerCovenant ?? 5,
          include: { checkedByUser: { select: { fullName: true } } },
        },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.covenant.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const counts: CovenantStatusCounts = { OK: 0, WARNING: 0, BREACH: 0, WAIVED: 0 };
  for (const group of grouped) counts[group.status] = group._count._all;
  const covenants = rows.map(
    (c): CovenantDto => ({
      id: c.id,
      name: c.name,
      metricName: c.metricName,
      metricLabel: covenantMetricLabel(c.metricName),
      operator: c.operator,
      thresholdBreach: c.thresholdBreach.toFixed(4),
      thresholdWarning: c.thresholdWarning?.toFixed(4) ?? null,
      currentValue: c.currentValue?.toFixed(4) ?? null,
      status: c.status,
      lastCheckedAt: c.lastCheckedAt?.toISOString() ?? null,
      breachDate: c.breachDate ? dayOf(c.breachDate) : null,
      notes: c.notes,
      holding: {
        id: c.holding.id,
        status: c.holding.status,
        projectName: c.holding.project.name,
        portfolioId: c.holding.portfolio.id,
        portfolioName: c.holding.portfolio.name,
        currency: c.holding.portfolio.currency,
      },
      checks: c.checks.map((check) => ({
        id: check.id,
        checkedAt: check.checkedAt.toISOString(),
        value: check.value?.toFixed(4) ?? null,
        status: check.status,
        previousStatus: check.previousStatus,
        source: check.source,
        detail: check.detail,
        checkedBy: check.checkedByUser?.fullName ?? null,
      })),
    }),
  );
  covenants.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return { covenants, counts };
}
