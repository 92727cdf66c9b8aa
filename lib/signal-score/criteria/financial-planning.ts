import type { ScoreInputs } from "../score-inputs";
import { capitalBudgetCriterion, contingencyCriterion, costControlCriterion } from "./budget-criteria";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

export function scoreFinancialPlanning(inputs: ScoreInputs) {
  const { budget, project } = inputs;
  return toDimension([
    evidenceCriterion(inputs, "financial_model", "Financial model", 25, "No financial model in the data room."),
    evidenceCriterion(inputs, "returns", "Returns and debt cover", 10, "No IRR or DSCR figures found in the documents."),
    capitalBudgetCriterion(budget),
    contingencyCriterion(budget),
    costControlCriterion(budget),
    evidenceCriterion(inputs, "financing_structure", "Financing structure", 10, "No debt/equity structure found in the documents."),
    evidenceCriterion(inputs, "revenue_contract", "Revenue contract", 15, "No PPA, offtake agreement or tariff found in the documents."),
    criterion(
      "Target close date",
      5,
      project.targetCloseDate ? 5 : 0,
      project.targetCloseDate ? `Financial close is targeted for ${project.targetCloseDate}.` : "No target close date on the project.",
    ),
  ]);
}
