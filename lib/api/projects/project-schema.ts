import { z } from "zod";
import { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/projects/project-options";

const decimalText = z.string().meta({ description: "A decimal as text, so no precision is lost.", example: "125000000.0000" });

/** A project as the API returns it (toProjectDto's shape). */
export const apiProjectSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    projectType: z.enum(PROJECT_TYPES),
    status: z.enum(PROJECT_STATUSES),
    stage: z.enum(PROJECT_STAGES),
    geographyCountry: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    geographyRegion: z.string().nullable(),
    geographyCoordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    technologyDetails: z.record(z.string(), z.unknown()).nullable(),
    capacityMw: decimalText.nullable(),
    totalInvestmentRequired: decimalText,
    currency: z.string().length(3),
    targetCloseDate: z.iso.date().nullable(),
    coverImageUrl: z.string().nullable(),
    isPublished: z.boolean(),
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Project" });
