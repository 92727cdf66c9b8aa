import type { ScoreInputs } from "../score-inputs";
import { criterion } from "./criterion";

type Budget = ScoreInputs["budget"];

const pct = (value: number) => `${Math.round(value * 10) / 10}%`;

/** Budget lines exist, and they add up to the investment sought. */
export function capitalBudgetCriterion(budget: Budget) {
  const coverage = budget.coveragePct;
  if (budget.lines === 0) return criterion("Capital budget", 15, 0, "No capital budget lines on the project.");
  const coveragePoints = coverage === null ? 0 : coverage >= 90 ? 10 : coverage >= 50 ? 6 : coverage > 0 ? 3 : 0;
  const share = coverage === null ? "an unknown share" : pct(coverage);
  return criterion(
    "Capital budget",
    15,
    5 + coveragePoints,
    `${budget.lines} budget lines covering ${share} of the investment sought${coverage !== null && coverage < 50 ? " (under half)" : ""}.`,
  );
}

/** Lenders expect 5-10% of hard costs held back for the unknown; none means overruns need new money. */
export function contingencyCriterion(budget: Budget) {
  const share = budget.contingencyPct;
  if (budget.lines === 0) return criterion("Contingency", 10, 0, "No capital budget, so no contingency.");
  if (share === null) return criterion("Contingency", 10, 0, "No contingency line in the budget: any overrun would need new money (5-10% of the budget is typical).");
  if (share >= 5 && share <= 10) return criterion("Contingency", 10, 10, `Contingency is ${pct(share)} of the budget, within the typical 5-10%.`);
  if (share >= 3 && share <= 15) return criterion("Contingency", 10, 6, `Contingency is ${pct(share)} of the budget; 5-10% is typical.`);
  return criterion(
    "Contingency",
    10,
    3,
    `Contingency is ${pct(share)} of the budget, ${share < 3 ? "too thin to absorb an overrun" : "so large it suggests undefined scope"} (5-10% is typical).`,
  );
}

/** Spend so far against the estimates of the same lines, as the Budget tab's variance. */
export function costControlCriterion(budget: Budget) {
  const overrun = budget.overrunPct;
  if (budget.lines === 0) return criterion("Cost control", 10, 0, "No capital budget to track spend against.");
  if (overrun === null) return criterion("Cost control", 10, 5, "No actual spend recorded yet, so cost control cannot be shown.");
  const lines = `${budget.linesWithActual} line(s) with actuals`;
  const over = budget.overrunLines ? `; ${budget.overrunLines} line(s) over estimate` : "";
  if (overrun <= 5) return criterion("Cost control", 10, 10, `Spend is ${overrun > 0 ? `${pct(overrun)} over` : "within"} the estimates of the ${lines}${over}.`);
  const points = overrun <= 15 ? 6 : overrun <= 30 ? 3 : 0;
  return criterion("Cost control", 10, points, `Spend overruns the estimates by ${pct(overrun)} across the ${lines}${over}.`);
}
