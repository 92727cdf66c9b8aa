import { addLine, emptyAccumulator, toBudgetTotals } from "@/lib/budget/budget-variance";
import { Prisma } from "@/lib/db/generated/client";
import type { ScoreInputs } from "./score-inputs";

/** A budget line as the score reads it: amounts as decimal strings. */
export type RawBudgetItem = { category: string; description: string; estimatedAmount: string; actualAmount: string | null; currency: string };

const CONTINGENCY = /contingenc/i;

const percentOf = (part: Prisma.Decimal, whole: Prisma.Decimal) => part.div(whole).mul(100).toDecimalPlaces(1).toNumber();

/**
 * What an investor reads in a capital budget, in the project currency only (as the Budget tab
 * totals it): how much of the investment sought it covers, how much contingency it holds, and
 * whether spend so far overruns the estimates (variance over the lines that have an actual).
 */
export function summariseBudgetQuality(items: RawBudgetItem[], projectCurrency: string, investmentSought: string): ScoreInputs["budget"] {
  const currency = projectCurrency.trim();
  const lines = items
    .filter((item) => item.currency.trim() === currency)
    .map((item) => ({
      isContingency: CONTINGENCY.test(item.category) || CONTINGENCY.test(item.description),
      estimatedAmount: new Prisma.Decimal(item.estimatedAmount),
      actualAmount: item.actualAmount === null ? null : new Prisma.Decimal(item.actualAmount),
    }));
  const total = lines.reduce(addLine, emptyAccumulator());
  const contingency = lines.filter((l) => l.isContingency).reduce(addLine, emptyAccumulator());
  const sought = new Prisma.Decimal(investmentSought);
  const variancePct = toBudgetTotals(total).variancePct;
  return {
    lines: items.length,
    coveragePct: sought.gt(0) && lines.length ? percentOf(total.estimated, sought) : null,
    contingencyPct: contingency.lines === 0 ? null : total.estimated.gt(0) ? percentOf(contingency.estimated, total.estimated) : 0,
    linesWithActual: total.linesWithActual,
    overrunLines: lines.filter((l) => l.actualAmount?.gt(l.estimatedAmount)).length,
    overrunPct: variancePct === null ? null : Number(variancePct),
  };
}
