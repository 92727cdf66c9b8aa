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

type HealthRow = {
  project_id: string;
  project_name: string;
  currency: string;
  estimated: string;
  actual: string;
  estimated_with_actual: string;
  lines: number;
  lines_with_actual: number;
  over_budget: boolean;
  project_count: number;
  over_budget_count: number;
};

/**
 * Per project with budget lines: estimate, actual to date and variance, over-budget projects
 * first (largest overrun first). The sums, the ranking and the counts run in the database, so the
 * dashboard reads `limit` rows however many projects the org has; only lines in the project's own
 * currency count, as on the budget page.
 */
export async function listBudgetHealth(orgId: string, { limit = 6 } = {}): Promise<BudgetHealth> {
  const rows = await db.$queryRaw<HealthRow[]>`
    WITH sums AS (
      SELECT p.id AS project_id, p.name AS project_name, btrim(p.currency) AS currency,
        SUM(b.estimated_amount) AS estimated,
        COALESCE(SUM(b.actual_amount), 0) AS actual,
        COALESCE(SUM(b.estimated_amount) FILTER (WHERE b.actual_amount IS NOT NULL), 0) AS estimated_with_actual,
        COUNT(*)::int AS lines,
        COUNT(b.actual_amount)::int AS lines_with_actual
      FROM project_budget_items b
      JOIN projects p ON p.id = b.project_id
      WHERE p.org_id = ${orgId}::uuid AND btrim(b.currency) = btrim(p.currency)
      GROUP BY p.id
    ), ranked AS (
      SELECT *, lines_with_actual > 0 AND actual > estimated_with_actual AS over_budget,
        CASE WHEN estimated_with_actual <> 0 THEN (actual - estimated_with_actual) / estimated_with_actual END AS overrun
      FROM sums
    )
    SELECT project_id::text, project_name, currency, estimated::text, actual::text, estimated_with_actual::text, lines, lines_with_actual, over_budget,
      (COUNT(*) OVER ())::int AS project_count, (COUNT(*) FILTER (WHERE over_budget) OVER ())::int AS over_budget_count
    FROM ranked
    ORDER BY over_budget DESC, CASE WHEN over_budget THEN COALESCE(overrun, 0) END DESC, lower(project_name), project_id
    LIMIT ${limit}`;
  return {
    rows: rows.map(toBudgetHealthRow),
    projectCount: rows[0]?.project_count ?? 0,
    overBudgetCount: rows[0]?.over_budget_count ?? 0,
  };
}

function toBudgetHealthRow(row: HealthRow): BudgetHealthRow {
  const actual = new Prisma.Decimal(row.actual);
  const estimatedWithActual = new Prisma.Decimal(row.estimated_with_actual);
  const variance = row.lines_with_actual > 0 ? varianceOf(actual, estimatedWithActual) : null;
  return {
    projectId: row.project_id,
    projectName: row.project_name,
    currency: row.currency,
    estimated: new Prisma.Decimal(row.estimated).toFixed(4),
    actual: actual.toFixed(4),
    estimatedWithActual: estimatedWithActual.toFixed(4),
    lines: row.lines,
    linesWithActual: row.lines_with_actual,
    variance: variance?.amount ?? null,
    variancePct: variance?.pct ?? null,
    overBudget: row.over_budget,
  };
}
