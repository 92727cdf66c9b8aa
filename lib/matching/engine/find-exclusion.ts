import { countryName } from "./describe-words";
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

/** Why the mandate rules the project out, or null: an excluded country first, then an exclusion word in its name, description or technology. */
export function findExclusion(mandate: Pick<MandateForScoring, "exclusions" | "excludedGeographies">, project: ProjectForScoring): string | null {
  if (mandate.excludedGeographies.includes(project.country)) return `The mandate never invests in ${countryName(project.country)}.`;
  for (const word of mandate.exclusions) {
    if (word.trim() === "") continue;
    const place = PLACES.find(([key]) => wordPattern(word).test(project[key]));
    if (place) return `The mandate excludes "${word.trim()}", found in the project's ${place[1]}.`;
  }
  return null;
}
