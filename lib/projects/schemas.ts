import countries from "i18n-iso-countries";
import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import {
  COVER_IMAGE_MAX_BYTES,
  GENERIC_DETAIL_TYPES,
  PROJECT_STAGES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectStatus,
  type ProjectType,
  PUBLISH_MIN_DESCRIPTION,
} from "./project-options";
import { biomassDetailsSchema, genericDetailsSchema, hydroDetailsSchema, solarDetailsSchema, storageDetailsSchema, windDetailsSchema } from "./technology-details-schema";

export { COVER_IMAGE_MAX_BYTES, GENERIC_DETAIL_TYPES, PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES, type ProjectStatus, type ProjectType, PUBLISH_MIN_DESCRIPTION };

/** ISO 4217 codes as the runtime knows them; the form's select is built from the same list. */
export const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf("currency");
const currencySet = new Set(CURRENCY_CODES);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Money as a decimal string with at most 4 places: never through a float. */
export const moneySchema = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, "Enter an amount like 1250000 or 1250000.50 (up to 4 decimal places).");

const slugSchema = z
  .string()
  .max(120, "Keep the slug under 120 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens, e.g. turkana-solar-park.");

const optionalText = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(schema.optional());

function coordinate(label: string, limit: number) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value))
    .pipe(
      z
        .number(`${label}: enter a number in decimal degrees, e.g. ${label === "Latitude" ? "-1.2921" : "36.8219"}.`)
        .min(-limit, `${label} must be between -${limit} and ${limit}.`)
        .max(limit, `${label} must be between -${limit} and ${limit}.`)
        .optional(),
    );
}

const projectFields = {
  name: z.string().trim().min(3, "Name must be at least 3 characters.").max(500, "Name must be at most 500 characters.").refine(hasNoNul, NUL_MESSAGE),
  /** Optional when creating: without one, the name's slug is used (made unique). */
  slug: optionalText(slugSchema),
  description: z
    .string()
    .trim()
    .min(20, "Describe the project in at least 20 characters.")
    .max(20000, "Keep the description under 20,000 characters.")
    .refine(hasNoNul, NUL_MESSAGE),
  stage: z.enum(PROJECT_STAGES, "Choose a stage."),
  geographyCountry: z
    .string("Choose a country.")
    .trim()
    .toUpperCase()
    .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), "Choose a country from the list (ISO 3166 alpha-2, e.g. KE)."),
  geographyRegion: z.string().trim().min(2, "Enter the region or state.").max(255, "Keep the region under 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
  capacityMw: z
    .string()
    .trim()
    .optional()
    .transform((value) => value?.replace(/,/g, "") || undefined)
    .pipe(
      z
        .string()
        .superRefine((value, ctx) => {
          if (value.startsWith("-")) ctx.addIssue({ code: "custom", message: "Capacity cannot be negative." });
          else if (!/^\d{1,15}(\.\d{1,4})?$/.test(value)) {
            ctx.addIssue({ code: "custom", message: "Enter the capacity in MW, e.g. 48 or 48.25 (up to 4 decimal places)." });
          }
        })
        .optional(),
    ),
  totalInvestmentRequired: z
    .string("Enter the amount to raise.")
    .trim()
    .transform((value) => value.replace(/,/g, ""))
    .pipe(moneySchema.refine((value) => /[1-9]/.test(value), "The amount to raise must be more than 0.")),
  currency: z
    .string("Choose a currency.")
    .trim()
    .toUpperCase()
    .refine((code) => currencySet.has(code), "Choose a currency from the list (ISO 4217, e.g. USD)."),
  targetCloseDate: optionalText(
    z.iso.date("Enter the date as YYYY-MM-DD.").refine((date) => date >= "2000-01-01" && date <= "2100-12-31", "Choose a date between 2000 and 2100."),
  ),
  coverImage: z
    .instanceof(Blob, { message: "Choose an image file." })
    .refine((file) => file.size > 0, "The cover image file is empty.")
    .refine((file) => file.size <= COVER_IMAGE_MAX_BYTES, "The cover image is larger than 5 MB: choose a smaller image.")
    .optional(),
};

/** Present as typed: when other fields fail, the refinement may see the raw text rather than numbers. */
const isGiven = (value: unknown) => typeof value === "number" || (typeof value === "string" && value.trim() !== "");

function checkCoordinates(value: { latitude?: unknown; longitude?: unknown }, ctx: z.RefinementCtx) {
  if (!value || typeof value !== "object") return;
  const hasLat = isGiven(value.latitude);
  const hasLng = isGiven(value.longitude);
  if (hasLat && !hasLng) ctx.addIssue({ code: "custom", path: ["longitude"], message: "Enter the longitude too, or clear the latitude." });
  if (hasLng && !hasLat) ctx.addIssue({ code: "custom", path: ["latitude"], message: "Enter the latitude too, or clear the longitude." });
}

/** One option per project type: technology_details must match the type it describes. */
function withTechnologyDetails<S extends z.ZodRawShape>(shape: S) {
  return z
    .discriminatedUnion(
      "projectType",
      [
        z.object({ ...shape, projectType: z.literal("SOLAR"), technologyDetails: solarDetailsSchema.optional() }),
        z.object({ ...shape, projectType: z.literal("WIND"), technologyDetails: windDetailsSchema.optional() }),
        z.object({ ...shape, projectType: z.literal("STORAGE"), technologyDetails: storageDetailsSchema.optional() }),
        z.object({ ...shape, projectType: z.literal("HYDRO"), technologyDetails: hydroDetailsSchema.optional() }),
        z.object({ ...shape, projectType: z.literal("BIOMASS"), technologyDetails: biomassDetailsSchema.optional() }),
        z.object({ ...shape, projectType: z.enum(GENERIC_DETAIL_TYPES), technologyDetails: genericDetailsSchema.optional() }),
      ],
      "Choose a technology.",
    )
    .superRefine((value, ctx) => checkCoordinates(value as { latitude?: unknown; longitude?: unknown }, ctx), {
      // Other fields' errors must not hide this one; a coordinate that failed itself already has its message.
      when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "latitude" || issue.path?.[0] === "longitude"),
    });
}

export const createProjectSchema = withTechnologyDetails(projectFields);
export type CreateProjectInput = z.output<typeof createProjectSchema>;
export type CreateProjectFormInput = z.input<typeof createProjectSchema>;

const { coverImage: _coverImage, ...jsonProjectFields } = projectFields;
/** The public API's JSON body for a new project: the form's fields and rules, less the cover image (a file). */
export const createProjectJsonSchema = withTechnologyDetails(jsonProjectFields);

export const updateProjectSchema = withTechnologyDetails({
  ...projectFields,
  projectId: z.uuid("Unknown project."),
  slug: z.string().trim().min(1, "Enter a slug.").pipe(slugSchema),
  /** The project's updated_at when the form loaded: a different one means someone else saved meanwhile. */
  expectedUpdatedAt: z.iso.datetime("Reload the page: the form lost track of the version it edits."),
  removeCover: z.boolean().optional(),
});
export type UpdateProjectInput = z.output<typeof updateProjectSchema>;
export type UpdateProjectFormInput = z.input<typeof updateProjectSchema>;

export const projectIdSchema = z.object({ projectId: z.uuid("Unknown project.") });

export const changeProjectStatusSchema = z.object({
  projectId: z.uuid("Unknown project."),
  status: z.enum(PROJECT_STATUSES, "Choose a status."),
});
export type ChangeProjectStatusInput = z.output<typeof changeProjectStatusSchema>;
