import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

const STAGE_POINTS = { CONCEPT: 5, DEVELOPMENT: 12, CONSTRUCTION: 20, OPERATIONAL: 25 } as const;

export function scoreProjectViability(inputs: ScoreInputs) {
  const { project, milestones } = inputs;
  const descriptionPoints = project.description.length >= 200 ? 10 : project.description.length >= 80 ? 5 : 0;
  const milestonePoints = (milestones.total >= 3 ? 10 : milestones.total > 0 ? 5 : 0) + (milestones.completed > 0 ? 5 : 0);
  return toDimension([
    criterion("Development stage", 25, STAGE_POINTS[project.stage], `The project is at ${project.stage.toLowerCase()} stage; later stages carry less development risk.`),
    criterion("Capacity defined", 10, project.capacityMw && Number(project.capacityMw) > 0 ? 10 : 0, project.capacityMw ? `Capacity is ${project.capacityMw} MW.` : "No capacity is recorded on the project."),
    criterion("Project description", 10, descriptionPoints, descriptionPoints === 10 ? "The description explains the project in detail." : "A fuller description (200+ characters: site, technology, offtake) helps investors."),
    evidenceCriterion(inputs, ["resource_study"], "Resource or energy yield study", 20, "No resource or energy yield study (P50/P90) in the data room."),
    evidenceCriterion(inputs, ["grid_connection"], "Grid connection", 10, "No grid connection agreement or study in the data room."),
    evidenceCriterion(inputs, ["land_rights"], "Land rights", 10, "No land lease or land rights document in the data room."),
    criterion("Milestone plan", 15, milestonePoints, milestones.total ? `${milestones.total} milestones, ${milestones.completed} completed.` : "No milestones: add the path to financial close and COD."),
  ]);
}
