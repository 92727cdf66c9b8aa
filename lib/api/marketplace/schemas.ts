import { z } from "zod";
import { MARKETPLACE_SEARCH_MAX_CHARS, MARKETPLACE_SORTS } from "@/lib/marketplace/marketplace-query";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";

/** A comma-separated list in one query parameter (`type=SOLAR,WIND`): a repeated parameter would keep only its last value. */
const listOf = <T extends z.ZodType<string, string>>(item: T, description: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50))
    .optional()
    .meta({ description });

const bound = (description: string, max: number) => z.coerce.number(`Enter a number.`).min(0, "Must be at least 0.").max(max).optional().meta({ description });

/** GET /marketplace/projects: the marketplace page's filters, named for a program, each refused with its field when wrong. */
export const searchApiMarketplaceQuerySchema = z.object({
  q: z.string().trim().max(MARKETPLACE_SEARCH_MAX_CHARS).refine(hasNoNul, NUL_MESSAGE).optional().meta({ description: "Words to look for in the listings." }),
  type: listOf(z.enum(PROJECT_TYPES), "Project types, comma-separated: SOLAR,WIND."),
  stage: listOf(z.enum(PROJECT_STAGES), "Stages, comma-separated."),
  country: listOf(z.string().regex(/^[A-Za-z]{2}$/, "Use ISO 3166-1 alpha-2 codes."), "Countries, comma-separated ISO 3166-1 alpha-2 codes."),
  currency: listOf(z.string().regex(/^[A-Za-z]{3}$/, "Use ISO 4217 codes."), "Currencies, comma-separated ISO 4217 codes."),
  capacityMin: bound("Capacity at least, MW.", 1e15),
  capacityMax: bound("Capacity at most, MW.", 1e15),
  investmentMin: bound("Investment required at least, whole USD at the latest reference rate.", 1e15),
  investmentMax: bound("Investment required at most, whole USD.", 1e15),
  scoreMin: bound("Signal Score at least (0-100).", 100),
  scoreMax: bound("Signal Score at most (0-100).", 100),
  fits: z.enum(["true", "false"]).optional().meta({ description: "true: only projects that fit one of the org's active mandates." }),
  sort: z.enum(MARKETPLACE_SORTS).optional(),
  page: z.coerce.number("page must be a number.").int("page must be a whole number.").min(1, "page must be at least 1.").max(100_000).default(1),
});
export type SearchApiMarketplaceQuery = z.output<typeof searchApiMarketplaceQuerySchema>;

const decimalText = z.string().meta({ description: "A decimal as text, so no precision is lost." });

export const apiMarketplaceProjectSchema = z
  .object({
    projectId: z.uuid(),
    name: z.string(),
    orgName: z.string(),
    projectType: z.string(),
    stage: z.string(),
    country: z.string(),
    region: z.string(),
    currency: z.string(),
    capacityMw: decimalText.nullable(),
    totalInvestmentRequired: decimalText,
    investmentUsd: decimalText.nullable().meta({ description: "Whole USD at the latest reference rate; null when the currency has none." }),
    signalScore: z.number().nullable(),
    publishedAt: z.string(),
    coordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    snippet: z
      .array(z.object({ text: z.string(), hit: z.boolean() }))
      .nullable()
      .meta({ description: "Where q was found: plain text segments, `hit` marking the words." }),
    matchScore: z.number().nullable().meta({ description: "Best score of the org's active mandates for this project." }),
  })
  .meta({ id: "MarketplaceProject" });

export const apiMarketplacePageSchema = z.object({
  data: z.array(apiMarketplaceProjectSchema),
  page: z.number().int(),
  pageCount: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  notices: z.array(z.string()).meta({ description: "What the search adjusted: an unknown country dropped, a missing exchange rate." }),
});
