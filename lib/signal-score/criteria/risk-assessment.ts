import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

const POINTS_LOST_PER_DELAY = 7;
const POINTS_LOST_PER_LATE_COMPLETION = 3;

/** Milestones delayed now (the Milestones tab's rule) and milestones finished late. */
function deliveryRecordCriterion({ milestones }: ScoreInputs) {
  if (milestones.total === 0) return criterion("Delivery record", 20, 0, "No milestones to track delivery against.");
  const points = 20 - milestones.delayed * POINTS_LOST_PER_DELAY - milestones.completedLate * POINTS_LOST_PER_LATE_COMPLETION;
  const parts: string[] = [];
  if (milestones.delayed) {
    const worst = milestones.mostOverdue;
    const overdue = worst ? ` ("${worst.name}" is ${worst.daysOverdue} day(s) past its target date ${worst.targetDate})` : "";
    parts.push(`${milestones.delayed} milestone(s) delayed${overdue}`);
  }
  if (milestones.completedLate) parts.push(`${milestones.completedLate} completed after the target date`);
  const text = parts.length ? `${parts.join("; ")}.` : `No milestone is delayed or finished late (${milestones.total} tracked, ${milestones.completed} completed).`;
  return criterion("Delivery record", 20, points, text);
}

export function scoreRiskAssessment(inputs: ScoreInputs) {
  return toDimension([
    evidenceCriterion(inputs, "identified_risk", "Risks identified", 20, "No document discusses the project's risks."),
    evidenceCriterion(inputs, "sensitivity", "Sensitivity analysis", 15, "No sensitivity or downside case found."),
    evidenceCriterion(inputs, "permits", "Permits and licences", 20, "No permit, licence or approval found in the documents."),
    evidenceCriterion(inputs, "insurance", "Insurance", 10, "No insurance cover or broker indication with extracted text."),
    evidenceCriterion(inputs, "contract_security", "Contractual security", 15, "No payment security (letter of credit, guarantee) found."),
    deliveryRecordCriterion(inputs),
  ]);
}
