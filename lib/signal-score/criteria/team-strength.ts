import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, located, strongestEvidence, toDimension } from "./criterion";

export function scoreTeamStrength(inputs: ScoreInputs) {
  const { team } = inputs;
  const sizePoints = team.members >= 4 ? 20 : team.members >= 2 ? 12 : team.members === 1 ? 5 : 0;
  const profiles = strongestEvidence(inputs, "team_profiles");
  const openRoles = strongestEvidence(inputs, "open_roles")?.sources ?? [];
  const rolesPoints = !profiles ? 0 : openRoles.length ? 10 : 20;
  const rolesText = !profiles
    ? "Key roles cannot be assessed without team profiles."
    : openRoles.length
      ? `Key roles are still open (${located(openRoles)}).`
      : "No open key roles are reported.";
  return toDimension([
    criterion("Team size on the platform", 20, sizePoints, `${team.members} active member(s) in the organisation.`),
    evidenceCriterion(inputs, "team_profiles", "Management profiles", 30, "No management CVs naming people and their roles in the data room."),
    evidenceCriterion(inputs, "track_record", "Track record", 20, "No track record (projects delivered, MW built, financial closes reached) documented."),
    criterion(
      "Key roles filled",
      20,
      rolesPoints,
      rolesText,
      openRoles.map((s) => s.n),
    ),
    criterion(
      "Data room contributors",
      10,
      team.documentUploaders >= 2 ? 10 : team.documentUploaders === 1 ? 5 : 0,
      `${team.documentUploaders} people have uploaded documents.`,
    ),
  ]);
}
