import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

export function scoreFinancialPlanning(inputs: ScoreInputs) {
  const { budget, project } = inputs;
  const coverage = budget.coveragePct;
  const budgetPoints = (budget.lines > 0 ? 10 : 0) + (coverage !== null && coverage >= 50 ? 10 : 0);
  const budgetText = budget.lines === 0
    ? "No capital budget lines on the project."
    : `${budget.lines} budget lines covering ${coverage === null ? "an unknown share" : `${Math.round(coverage)}%`} of the investment sought${coverage !== null && coverage < 50 ? " (under half)" : ""}.`;
  return toDimension([
    evidenceCriterion(inputs, ["financial_model"], "Financial model", 25, "No financial model in the data room."),
    evidenceCriterion(inputs, ["returns"], "Returns and debt cover", 15, "No IRR or DSCR figures found in the documents."),
    criterion("Capital budget", 20, budgetPoints, budgetText),
    evidenceCriterion(inputs, ["financing_structure"], "Financing structure", 15, "No debt/equity structure found in the documents."),
    evidenceCriterion(inputs, ["revenue_contract"], "Revenue contract", 15, "No PPA, offtake agreement or tariff found in the documents."),
    criterion("Target close date", 10, project.targetCloseDate ? 10 : 0, project.targetCloseDate ? `Financial close is targeted for ${project.targetCloseDate}.` : "No target close date on the project."),
  ]);
}
