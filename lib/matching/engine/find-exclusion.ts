import { countryName, listNames, sectorName } from "./describe-words";
import type { MandateForScoring, ProjectForScoring } from "./scoring-inputs";

const patterns = new Map<string, RegExp>();

/** A whole word or phrase, any case: "coal" finds "Coal-fired" but not "charcoal". */
function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const escaped = word
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
    if (patterns.size > 5_000) patterns.clear();
    patterns.set(word, pattern);
  }
  return pattern;
}

const PLACES = [
  ["name", "name"],
  ["description", "description"],
  ["technologyText", "technology details"],
] as const;

type ExclusionRules = Pick<MandateForScoring, "exclusions" | "excludedGeographies" | "geographies" | "projectTypes">;

/**
 * Why the mandate rules the project out, or null. The mandate's countries and sectors are gates,
 * as an investor means them: a Senegal-only solar fund is never shown a Kenyan wind farm, however
 * well it scores on size and evidence. Then an excluded country, then an exclusion word in the
 * project's name, description or technology.
 */
export function findExclusion(mandate: ExclusionRules, project: ProjectForScoring): string | null {
  if (mandate.excludedGeographies.includes(project.country)) return `The mandate never invests in ${countryName(project.country)}.`;
  if (mandate.geographies.length > 0 && !mandate.geographies.includes(project.country)) {
    return `${countryName(project.country)} is outside the mandate's geographies (${listNames(mandate.geographies.map(countryName))}).`;
  }
  if (mandate.projectTypes.length > 0 && !mandate.projectTypes.includes(project.projectType)) {
    return `${sectorName(project.projectType)} is not among the mandate's sectors (${listNames(mandate.projectTypes.map(sectorName))}).`;
  }
  for (const word of mandate.exclusions) {
    if (word.trim() === "") continue;
    const place = PLACES.find(([key]) => wordPattern(word).test(project[key]));
    if (place) return `The mandate excludes "${word.trim()}", found in the project's ${place[1]}.`;
  }
  return null;
}
