import { z } from "zod";
import { MATCH_DIMENSIONS, type MatchDimension } from "./match-dimensions";

/**
 * What match_results.score_breakdown holds (version 1), written by the matching engine. Server
 * code parses it with parseMatchBreakdown; client components import the type only (no zod).
 */
export type MatchDimensionScore = {
  /** 0-100: how well the project fits the mandate on this dimension. */
  score: number;
  /** Points of 100 this dimension carries for the mandate. */
  weight: number;
  /** weight x score / 100, rounded so that the points of all dimensions add up to the overall score. */
  points: number;
  /** One line in words, e.g. "Kenya is one of the mandate's geographies." */
  reason: string;
};

export type MatchBreakdown = {
  version: 1;
  dimensions: Record<MatchDimension, MatchDimensionScore>;
  /** Why the project is excluded by the mandate (an exclusion word or an excluded country), or null. */
  excludedBy: string | null;
  /** The dated rate the project's need was converted with, when its currency differs from the mandate's. */
  fx: { rate: string; rateDate: string; source: string; from: string; to: string } | null;
  /** The rate that was needed and not found (the deal size then scores 0), e.g. "No ECB rate for KES on or before 2026-12-07". */
  missingRate: string | null;
};

const dimensionScore = z.object({
  score: z.number().int().min(0).max(100),
  weight: z.number().int().min(0).max(100),
  points: z.number().int().min(0).max(100),
  reason: z.string(),
});

export const matchBreakdownSchema = z.object({
  version: z.literal(1),
  dimensions: z.object(Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, dimensionScore])) as Record<MatchDimension, typeof dimensionScore>),
  excludedBy: z.string().nullable(),
  fx: z.object({ rate: z.string(), rateDate: z.string(), source: z.string(), from: z.string(), to: z.string() }).nullable(),
  missingRate: z.string().nullable(),
});

/** The breakdown of a match row, or null for rows written before version 1 (or not by the engine). */
export function parseMatchBreakdown(json: unknown): MatchBreakdown | null {
  const parsed = matchBreakdownSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
