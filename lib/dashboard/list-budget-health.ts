import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { varianceOf } from "@/lib/budget/budget-variance";

export type BudgetHealthRow = {
  projectId: string;
  projectName: string;
  currency: string;
  /** All lines' estimates, 4 decimals. */
  estimated: string;
  /** Actual amounts recorded so far, 4 decimals. */
  actual: string;
  /** The estimates of only the lines that have an actual: what the variance compares with. */
  estimatedWithActual: string;
  lines: number;
  linesWithActual: number;
  /** actual - estimate over the lines that have an actual; null before any has one. */
  variance: string | null;
  variancePct: string | null;
  overBudget: boolean;
};

export type BudgetHealth = { rows: BudgetHealthRow[]; projectCount: number; overBudgetCount: number };

const ZERO = new Prisma.Decimal(0);

/**
 * Per project with budget lines: estimate, actual to date and variance, over-budget projects
 * first (largest overrun first). Sums run in the database per (project, currency); only lines in
 * the project's own currency count, as on the budget page.
 */
export async function listBudgetHealth(orgId: string, { limit = 6 } = {}): Promise<BudgetHealth> {
  const where = { project: { orgId } };
  const [all, withActual] = await Promise.all([
    db.projectBudgetItem.groupBy({ by: ["projectId", "currency"], where, _sum: { estimatedAmount: true }, _count: { _all: true } }),
    db.projectBudgetItem.groupBy({
      by: ["projectId", "currency"],
      where: { ...where, actualAmount: { not: null } },
      _sum: { estimatedAmount: true, actualAmount: true },
      _count: { _all: true },
    }),
  ]);
  const projects = await db.project.findMany({
    where: { orgId, id: { in: [...new Set(all.map((row) => row.projectId))] } },
    select: { id: true, name: true, currency: true },
  });
  const spentKey = (projectId: string, currency: string) => `${projectId}:${currency.trim()}`;
  const estimates = new Map(all.map((row) => [spentKey(row.projectId, row.currency), row]));
  const spent = new Map(withActual.map((row) => [spentKey(row.projectId, row.currency), row]));

  const rows = projects.flatMap((project): BudgetHealthRow[] => {
    const currency = project.currency.trim();
    const all = estimates.get(spentKey(project.id, currency));
    if (!all) return [];
    const spentRow = spent.get(spentKey(project.id, currency));
    const actuals = spentRow?._sum;
    const variance = actuals ? varianceOf(actuals.actualAmount ?? ZERO, actuals.estimatedAmount ?? ZERO) : null;
    return [
      {
        projectId: project.id,
        projectName: project.name,
        currency,
        estimated: (all._sum.estimatedAmount ?? ZERO).toFixed(4),
        actual: (actuals?.actualAmount ?? ZERO).toFixed(4),
        estimatedWithActual: (actuals?.estimatedAmount ?? ZERO).toFixed(4),
        lines: all._count._all,
        linesWithActual: spentRow?._count._all ?? 0,
        variance: variance?.amount ?? null,
        variancePct: variance?.pct ?? null,
        overBudget: variance !== null && new Prisma.Decimal(variance.amount).greaterThan(0),
      },
    ];
  });
  rows.sort(byRisk);
  return { rows: rows.slice(0, limit), projectCount: rows.length, overBudgetCount: rows.filter((row) => row.overBudget).length };
}

/** Over budget first, largest overrun (by percent) first; then the rest by name. */
function byRisk(a: BudgetHealthRow, b: BudgetHealthRow): number {
  if (a.overBudget !== b.overBudget) return a.overBudget ? -1 : 1;
  if (a.overBudget) return new Prisma.Decimal(b.variancePct ?? 0).comparedTo(new Prisma.Decimal(a.variancePct ?? 0));
  return a.projectName.localeCompare(b.projectName);
}
