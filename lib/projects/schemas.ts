import { z } from "zod";

export const PROJECT_TYPES = [
  "SOLAR", "WIND", "STORAGE", "HYDRO", "BIOMASS", "GEOTHERMAL", "GREEN_HYDROGEN",
  "EV_CHARGING", "ENERGY_EFFICIENCY", "NATURE_BASED", "WASTE_TO_ENERGY", "OTHER",
] as const;
export const PROJECT_STAGES = ["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"] as const;
export const PROJECT_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED", "SUSPENDED"] as const;

/** Money as a decimal string with at most 4 places: never through a float. */
export const moneySchema = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, "Enter an amount like 1250000 or 1250000.50 (up to 4 decimal places).");

export const createProjectSchema = z.object({
  name: z.string().trim().min(3, "Name must be at least 3 characters.").max(500),
  description: z.string().trim().min(20, "Describe the project in at least 20 characters.").max(20000),
  projectType: z.enum(PROJECT_TYPES, "Choose a technology."),
  stage: z.enum(PROJECT_STAGES, "Choose a stage."),
  geographyCountry: z.string().trim().regex(/^[A-Z]{2}$/, "Use a two-letter ISO 3166 country code, e.g. KE."),
  geographyRegion: z.string().trim().min(2, "Enter the region or state.").max(255),
  totalInvestmentRequired: moneySchema,
  currency: z.string().trim().regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code, e.g. USD."),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

export const projectIdSchema = z.object({ projectId: z.uuid("Unknown project.") });
