import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

const POINTS_LOST_PER_DELAY = 7;

export function scoreRiskAssessment(inputs: ScoreInputs) {
  const { milestones } = inputs;
  const health = milestones.total === 0 ? 0 : Math.max(0, 20 - milestones.delayed * POINTS_LOST_PER_DELAY);
  const healthText = milestones.total === 0
    ? "No milestones to track delivery risk against."
    : milestones.delayed === 0 ? "No milestone is delayed." : `${milestones.delayed} milestone(s) delayed.`;
  return toDimension([
    evidenceCriterion(inputs, ["identified_risk"], "Risks identified", 20, "No document discusses the project's risks."),
    evidenceCriterion(inputs, ["sensitivity"], "Sensitivity analysis", 15, "No sensitivity or downside case found."),
    evidenceCriterion(inputs, ["permits"], "Permits and licences", 20, "No permit, licence or approval found in the documents."),
    evidenceCriterion(inputs, ["insurance"], "Insurance", 10, "No insurance cover or broker indication with extracted text."),
    evidenceCriterion(inputs, ["contract_security"], "Contractual security", 15, "No payment security (letter of credit, guarantee) found."),
    criterion("Milestone health", 20, health, healthText),
  ]);
}
