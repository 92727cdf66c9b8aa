import { Prisma } from "@/lib/db/generated/client";

type Amounts = { estimatedAmount: Prisma.Decimal; actualAmount: Prisma.Decimal | null };

/** Running totals in exact decimals. Variance only counts lines that have an actual amount. */
export type BudgetAccumulator = { estimated: Prisma.Decimal; actual: Prisma.Decimal; estimatedWithActual: Prisma.Decimal; lines: number; linesWithActual: number };

export const emptyAccumulator = (): BudgetAccumulator => ({
  estimated: new Prisma.Decimal(0),
  actual: new Prisma.Decimal(0),
  estimatedWithActual: new Prisma.Decimal(0),
  lines: 0,
  linesWithActual: 0,
});

export function addLine(total: BudgetAccumulator, line: Amounts): BudgetAccumulator {
  const hasActual = line.actualAmount !== null;
  return {
    estimated: total.estimated.plus(line.estimatedAmount),
    actual: hasActual ? total.actual.plus(line.actualAmount!) : total.actual,
    estimatedWithActual: hasActual ? total.estimatedWithActual.plus(line.estimatedAmount) : total.estimatedWithActual,
    lines: total.lines + 1,
    linesWithActual: total.linesWithActual + (hasActual ? 1 : 0),
  };
}

/** Variance as strings: amount with 4 places, percent of the estimate with 1 (null when the estimate is 0). */
export function varianceOf(actual: Prisma.Decimal, estimated: Prisma.Decimal): { amount: string; pct: string | null } {
  const amount = actual.minus(estimated);
  return { amount: amount.toFixed(4), pct: estimated.isZero() ? null : amount.dividedBy(estimated).times(100).toFixed(1) };
}

/** A line's variance, or null before it has an actual amount (unspent is not "under budget"). */
export function lineVariance(line: Amounts) {
  return line.actualAmount === null ? null : varianceOf(line.actualAmount, line.estimatedAmount);
}

/** Plain totals for the client. Variance compares actuals with the estimates of the same lines. */
export function toBudgetTotals(total: BudgetAccumulator) {
  const variance = total.linesWithActual > 0 ? varianceOf(total.actual, total.estimatedWithActual) : null;
  return {
    estimated: total.estimated.toFixed(4),
    actual: total.actual.toFixed(4),
    /** The estimates of the lines with an actual: what the variance is measured against. */
    estimatedWithActual: total.estimatedWithActual.toFixed(4),
    variance: variance?.amount ?? null,
    variancePct: variance?.pct ?? null,
    lines: total.lines,
    linesWithActual: total.linesWithActual,
  };
}
export type BudgetTotals = ReturnType<typeof toBudgetTotals>;
