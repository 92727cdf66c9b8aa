import type { MatchInitiator, MatchStatus, ProjectStage, ProjectType, RiskTolerance } from "../../lib/db/generated/client";
import { allocatePoints } from "../../lib/matching/engine/allocate-points";
import type { MatchBreakdown } from "../../lib/matching/engine/match-breakdown";
import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSIONS, type MatchDimension } from "../../lib/matching/engine/match-dimensions";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateMandateInput = {
  orgId: string;
  name?: string;
  description?: string;
  projectTypes?: ProjectType[];
  geographies?: string[];
  stages?: ProjectStage[];
  ticketSizeMin?: string | null;
  ticketSizeMax?: string | null;
  currency?: string;
  /** Written as esg_requirements.minEsgScore. */
  minEsgScore?: number;
  exclusions?: string[];
  excludedGeographies?: string[];
  riskTolerance?: RiskTolerance;
  dimensionWeights?: Record<MatchDimension, number>;
  isDiscoverable?: boolean;
  isActive?: boolean;
  createdBy?: string;
};

export async function createInvestorMandate(db: FactoryDb, input: CreateMandateInput) {
  return db.investorMandate.create({
    data: {
      orgId: input.orgId,
      name: input.name ?? `Mandate ${uniqueSuffix()}`,
      description: input.description,
      projectTypes: input.projectTypes ?? ["SOLAR", "WIND"],
      geographies: input.geographies ?? ["KE"],
      stages: input.stages ?? ["DEVELOPMENT"],
      ticketSizeMin: input.ticketSizeMin === undefined ? "1000000.0000" : input.ticketSizeMin,
      ticketSizeMax: input.ticketSizeMax === undefined ? "20000000.0000" : input.ticketSizeMax,
      currency: input.currency ?? "USD",
      esgRequirements: input.minEsgScore === undefined ? {} : { minEsgScore: input.minEsgScore },
      exclusions: input.exclusions ?? [],
      excludedGeographies: input.excludedGeographies ?? [],
      riskTolerance: input.riskTolerance ?? "MODERATE",
      dimensionWeights: input.dimensionWeights ?? DEFAULT_DIMENSION_WEIGHTS,
      isDiscoverable: input.isDiscoverable ?? false,
      isActive: input.isActive ?? true,
      createdBy: input.createdBy,
    },
  });
}

export type CreateMatchInput = {
  investorOrgId: string;
  projectId: string;
  mandateId?: string;
  overallScore?: number;
  status?: MatchStatus;
  initiatedBy?: MatchInitiator;
};

/**
 * A version-1 breakdown that adds up to `overall` (every dimension scored `overall`, default
 * weights), so pages render it; it says it is a fixture. Matches the engine computes come from
 * lib/matching/engine.
 */
function fixtureBreakdown(overall: number): MatchBreakdown {
  const weights = MATCH_DIMENSIONS.map((dimension) => DEFAULT_DIMENSION_WEIGHTS[dimension]);
  const points = allocatePoints(
    weights.map((weight) => weight * overall),
    100,
    overall,
  );
  const dimensions = Object.fromEntries(
    MATCH_DIMENSIONS.map((dimension, index) => [dimension, { score: overall, weight: weights[index], points: points[index], reason: "Scored by the test factory." }]),
  ) as MatchBreakdown["dimensions"];
  return { version: 1, dimensions, excludedBy: null, fx: null, missingRate: null };
}

/** Matches an investor org with a project; the ally org is the project's owner. */
export async function createMatch(db: FactoryDb, input: CreateMatchInput) {
  const project = await db.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { orgId: true } });
  const score = input.overallScore ?? 75;
  return db.matchResult.create({
    data: {
      investorOrgId: input.investorOrgId,
      allyOrgId: project.orgId,
      projectId: input.projectId,
      mandateId: input.mandateId,
      overallScore: score,
      scoreBreakdown: fixtureBreakdown(score),
      status: input.status ?? "SUGGESTED",
      initiatedBy: input.initiatedBy ?? "SYSTEM",
    },
  });
}
