import { z } from "zod";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { createProjectJsonSchema } from "@/lib/projects/schemas";

/** POST /projects: the new-project form's own schema (less the cover image), so the API refuses what the form refuses. */
export const createApiProjectBodySchema = createProjectJsonSchema.meta({ id: "ProjectCreate" });

/**
 * PATCH /projects/{projectId}: the fields to change, each optional. The result (these over the
 * stored values) must then pass the edit form's schema, so the API refuses what the form refuses;
 * null clears an optional field.
 */
export const patchApiProjectBodySchema = z
  .strictObject({
    name: z.string(),
    slug: z.string(),
    description: z.string(),
    projectType: z.enum(PROJECT_TYPES),
    stage: z.enum(PROJECT_STAGES),
    geographyCountry: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    geographyRegion: z.string(),
    latitude: z.number().nullable().meta({ description: "Decimal degrees; give it with longitude, or clear both." }),
    longitude: z.number().nullable(),
    capacityMw: z.string().nullable().meta({ description: "A decimal as text, e.g. 48.25." }),
    totalInvestmentRequired: z.string().meta({ description: "A decimal as text, e.g. 125000000." }),
    currency: z.string().meta({ description: "ISO 4217." }),
    targetCloseDate: z.iso.date().nullable(),
    technologyDetails: z.record(z.string(), z.unknown()).nullable().meta({
      description:
        "Replaces the stored details; must fit the project's type. Percentages as 0-100 (stored and returned as fractions). A change of type without it clears them.",
    }),
    expectedUpdatedAt: z.iso.datetime().meta({
      description: "The updatedAt you last read: when given and the project has changed since, nothing is written and the answer is 409 STALE_WRITE.",
    }),
  })
  .partial()
  .meta({ id: "ProjectPatch" });
export type PatchApiProjectBody = z.output<typeof patchApiProjectBodySchema>;
