import type { ScoreInputs } from "../score-inputs";
import { criterion, evidenceCriterion, toDimension } from "./criterion";

/** Technologies whose main purpose is low-carbon energy; OTHER and efficiency need their own evidence. */
const CLEAN_TECHNOLOGIES = new Set([
  "SOLAR",
  "WIND",
  "HYDRO",
  "GEOTHERMAL",
  "STORAGE",
  "GREEN_HYDROGEN",
  "BIOMASS",
  "EV_CHARGING",
  "NATURE_BASED",
  "WASTE_TO_ENERGY",
  "ENERGY_EFFICIENCY",
]);

export function scoreEsg(inputs: ScoreInputs) {
  const clean = CLEAN_TECHNOLOGIES.has(inputs.project.projectType);
  return toDimension([
    evidenceCriterion(inputs, "esia", "Environmental and social assessment", 30, "No ESIA or environmental impact assessment in the data room."),
    evidenceCriterion(inputs, "standards", "International standards", 15, "No reference to IFC Performance Standards or similar."),
    evidenceCriterion(inputs, "emissions", "Climate impact quantified", 20, "Avoided emissions (tCO2e) are not quantified."),
    evidenceCriterion(inputs, "community", "Community and social impact", 20, "No community engagement, livelihood or local employment plan found."),
    criterion(
      "Low-carbon technology",
      15,
      clean ? 15 : 5,
      clean ? "The technology is low-carbon by design." : "The technology's climate benefit needs its own evidence.",
    ),
  ]);
}
