import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";
import { describeSpecifics, listed } from "./describe-specifics";

const STAGE_POINTS = { CONCEPT: 4, DEVELOPMENT: 10, CONSTRUCTION: 16, OPERATIONAL: 20 } as const;
const POINTS_PER_SPECIFIC = 3;

function descriptionCriterion(project: ScoreInputs["project"]) {
  const specifics = describeSpecifics(project);
  const named = specifics.filter((s) => s.present).map((s) => s.label);
  const missing = specifics.filter((s) => !s.present).map((s) => s.label);
  const text =
    named.length === 0
      ? `The description names none of ${listed(missing)}.`
      : `The description names ${listed(named)}${missing.length ? `; it does not name ${listed(missing)}` : ""}.`;
  return criterion("Project description", specifics.length * POINTS_PER_SPECIFIC, named.length * POINTS_PER_SPECIFIC, text);
}

export function scoreProjectViability(inputs: ScoreInputs) {
  const { project, milestones } = inputs;
  const milestonePoints = (milestones.total >= 3 ? 10 : milestones.total > 0 ? 5 : 0) + (milestones.completed > 0 ? 5 : 0);
  return toDimension([
    criterion("Development stage", 20, STAGE_POINTS[project.stage], `The project is at ${project.stage.toLowerCase()} stage; later stages carry less development risk.`),
    criterion(
      "Capacity defined",
      5,
      project.capacityMw && Number(project.capacityMw) > 0 ? 5 : 0,
      project.capacityMw ? `Capacity is ${project.capacityMw} MW.` : "No capacity is recorded on the project.",
    ),
    descriptionCriterion(project),
    evidenceCriterion(inputs, "resource_study", "Resource or energy yield study", 20, "No resource or energy yield study (P50/P90) in the data room."),
    evidenceCriterion(inputs, "grid_connection", "Grid connection", 15, "No grid connection agreement, application or study in the data room."),
    evidenceCriterion(inputs, "land_rights", "Land rights", 10, "No land lease or land rights document in the data room."),
    criterion(
      "Milestone plan",
      15,
      milestonePoints,
      milestones.total ? `${milestones.total} milestones, ${milestones.completed} completed.` : "No milestones: add the path to financial close and COD.",
    ),
  ]);
}
