/**
 * A project's fixed choices and limits. Zod-free (and free of the country list), so client
 * components can import it: lib/projects/schemas would add ~50 KB gzip to their pages.
 */
export const PROJECT_TYPES = [
  "SOLAR",
  "WIND",
  "STORAGE",
  "HYDRO",
  "BIOMASS",
  "GEOTHERMAL",
  "GREEN_HYDROGEN",
  "EV_CHARGING",
  "ENERGY_EFFICIENCY",
  "NATURE_BASED",
  "WASTE_TO_ENERGY",
  "OTHER",
] as const;
/** The types whose technology details are free-form notes rather than structured fields. */
export const GENERIC_DETAIL_TYPES = ["GEOTHERMAL", "GREEN_HYDROGEN", "EV_CHARGING", "ENERGY_EFFICIENCY", "NATURE_BASED", "WASTE_TO_ENERGY", "OTHER"] as const;
export const PROJECT_STAGES = ["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"] as const;
export const PROJECT_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED", "SUSPENDED"] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const COVER_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** Investors need a real description: shorter ones may be saved, not published. */
export const PUBLISH_MIN_DESCRIPTION = 200;
