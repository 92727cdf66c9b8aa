import type { ScoreInputs } from "../score-inputs";

/**
 * What makes a project description specific enough to act on: an investor wants to know where
 * the site is, who buys the power, where it connects and how big it is, not a longer text.
 */
const SITE_WORDS = /\b(?:located|near|site (?:at|in|near|of)|county|district|province|village|municipality|ward|sub-county)\b/i;
const OFFTAKER_LEAD =
  /\b(?:off-?taker(?: is)?|offtake (?:by|with|to|from)|PPA with|power purchase agreement with|sell(?:s|ing)? (?:its |the )?(?:power|electricity|energy|output) to|suppl(?:y|ies|ying) (?:power|electricity) to)\s+(?:the\s+)?(\S)/gi;
const GRID_POINT = /\bsubstation\b|\b\d+(?:\.\d+)?(?:\/\d+)?\s?kV\b|\bfeeder\b|point of connection|connection point/i;
const COORDINATES = /-?\d{1,2}\.\d{2,}\s*°?\s*[NS]?\s*,\s*-?\d{1,3}\.\d{2,}\s*°?\s*[EW]?|\d{1,3}(?:\.\d+)?\s*°\s*[NS]/;
const CAPACITY = /\b\d+(?:[.,]\d+)?\s?(?:MWp|MWac|MWdc|MWh|MW|kWp|kWh|kW|GWh|GW)\b/;

export type Specific = { label: string; present: boolean };

export function describeSpecifics(project: ScoreInputs["project"]): Specific[] {
  const text = project.description;
  const region = project.region.trim().toLowerCase();
  const namesOfftaker = [...text.matchAll(OFFTAKER_LEAD)].some((m) => /[A-Z]/.test(m[1]));
  return [
    { label: "the site", present: (region.length >= 3 && text.toLowerCase().includes(region)) || SITE_WORDS.test(text) },
    { label: "the offtaker", present: namesOfftaker },
    { label: "the grid connection point", present: GRID_POINT.test(text) },
    { label: "coordinates", present: project.hasCoordinates || COORDINATES.test(text) },
    { label: "the capacity", present: CAPACITY.test(text) },
  ];
}

/** "a, b and c" */
export function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
