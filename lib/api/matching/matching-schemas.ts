import { z } from "zod";
import { matchBreakdownSchema } from "@/lib/matching/engine/match-breakdown";
import { MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import { RISK_TOLERANCES } from "@/lib/matching/mandates/mandate-options";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { keysetQueryFields } from "../keyset-query";

const decimalText = z.string().meta({ description: "A decimal as text, so no precision is lost." });
const nextCursor = z.string().nullable().meta({ description: "Pass back as cursor for the next page; null on the last." });

/** An investor's mandate (toMandateDto's shape) with its match count and best score. */
export const apiMandateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    projectTypes: z.array(z.enum(PROJECT_TYPES)),
    geographies: z.array(z.string()),
    excludedGeographies: z.array(z.string()),
    stages: z.array(z.enum(PROJECT_STAGES)),
    ticketSizeMin: decimalText.nullable(),
    ticketSizeMax: decimalText.nullable(),
    currency: z.string(),
    targetIrrPct: decimalText.nullable(),
    esgRequirements: z.object({ minEsgScore: z.number().nullable(), ifcPerformanceStandards: z.boolean(), requireFpic: z.boolean() }),
    exclusions: z.array(z.string()),
    instrumentTypes: z.array(z.string()),
    riskTolerance: z.enum(RISK_TOLERANCES),
    dimensionWeights: z.record(z.enum(MATCH_DIMENSIONS), z.number().int()),
    isDiscoverable: z.boolean(),
    isActive: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    matchCount: z.number().int(),
    bestScore: z.number().nullable(),
  })
  .meta({ id: "Mandate" });

export const listApiMandatesQuerySchema = z.object({ ...keysetQueryFields });

export const apiMandatesPageSchema = z.object({ data: z.array(apiMandateSchema), nextCursor });

export const apiMatchSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(MATCH_STATUSES),
    initiatedBy: z.enum(["SYSTEM", "INVESTOR", "ALLY"]),
    overallScore: z.number(),
    projectName: z.string(),
    counterpartName: z.string().meta({ description: "The other side's org: the developer for an investor, the investor for a developer." }),
    mandateName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().meta({ description: "Latest activity: a status move or a message." }),
  })
  .meta({ id: "Match" });

export const listApiMatchesQuerySchema = z.object({ status: z.enum(MATCH_STATUSES).optional(), ...keysetQueryFields });

export const apiMatchesPageSchema = z.object({
  side: z.enum(["investor", "ally"]),
  data: z.array(apiMatchSchema),
  nextCursor,
});

export const apiMandateMatchSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(MATCH_STATUSES),
    initiatedBy: z.enum(["SYSTEM", "INVESTOR", "ALLY"]),
    overallScore: z.number(),
    project: z.object({ id: z.uuid(), name: z.string(), country: z.string(), projectType: z.enum(PROJECT_TYPES) }),
    breakdown: matchBreakdownSchema
      .nullable()
      .meta({ description: "Per dimension: score 0-100, weight, points and the reason in words; null for rows scored before the breakdown existed." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "MandateMatch" });

export const apiMandateMatchesPageSchema = z.object({ data: z.array(apiMandateMatchSchema), nextCursor });
