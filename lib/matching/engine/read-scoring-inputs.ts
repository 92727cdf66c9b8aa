import type { Tx } from "@/lib/db/create-db-client";
import { Prisma } from "@/lib/db/generated/client";
import { type MandateForScoring, type ProjectFacts, parseDimensionWeights, parseMinEsgScore, type RiskToleranceName, technologyText } from "./scoring-inputs";

/**
 * The engine's reads. They take the client (the seed passes its own) and return each table as one
 * JSON array: at 100,000 projects a row per project through the driver costs more than the scoring.
 * Cross-org by nature: a project meets every investor's mandates; only the engine calls these.
 */

type MandateRow = [string, string, string[], string[], string[], string | null, string | null, string, unknown, string[], string[], RiskToleranceName, unknown, boolean];
export type MandateWithState = MandateForScoring & { isActive: boolean };

export async function readMandatesForScoring(client: Tx, filter: { ids?: readonly string[]; activeOnly: boolean }): Promise<MandateWithState[]> {
  const conditions = [filter.activeOnly ? Prisma.sql`is_active` : Prisma.sql`TRUE`, filter.ids ? Prisma.sql`id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`];
  const [{ rows }] = await client.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array(id, org_id, project_types, geographies, stages, ticket_size_min::text, ticket_size_max::text,
             currency, esg_requirements -> 'minEsgScore', exclusions, excluded_geographies, risk_tolerance, dimension_weights, is_active) ORDER BY id), '[]')::text AS rows
      FROM investor_mandates WHERE ${Prisma.join(conditions, " AND ")}`;
  return (JSON.parse(rows) as MandateRow[]).map((row) => ({
    id: row[0],
    orgId: row[1],
    projectTypes: row[2],
    geographies: row[3],
    stages: row[4],
    ticketSizeMin: row[5],
    ticketSizeMax: row[6],
    currency: row[7].trim(),
    minEsgScore: parseMinEsgScore({ minEsgScore: row[8] }),
    exclusions: row[9] ?? [],
    excludedGeographies: row[10] ?? [],
    riskTolerance: row[11],
    weights: parseDimensionWeights(row[12]),
    isActive: row[13],
  }));
}

type ProjectRow = [string, string, string, string, string, string, string, number | null, number | null];

/**
 * Published projects (marketplace_listings: published and ACTIVE, kept by triggers) with their
 * latest COMPLETED signal score's overall and ESG scores.
 */
export async function readProjectFacts(client: Tx, filter: { ids?: readonly string[] } = {}): Promise<ProjectFacts[]> {
  const where = filter.ids ? Prisma.sql`l.project_id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`;
  const [{ rows }] = await client.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array(l.project_id, l.org_id, l.project_type, l.stage, l.geography_country, l.currency,
             l.total_investment_required::text, s.overall_score::float8, s.esg_score::float8) ORDER BY l.project_id), '[]')::text AS rows
      FROM marketplace_listings l
      LEFT JOIN (SELECT DISTINCT ON (project_id) project_id, overall_score, esg_score FROM signal_scores
                  WHERE status = 'COMPLETED' ORDER BY project_id, version DESC, created_at DESC) s ON s.project_id = l.project_id
     WHERE ${where}`;
  return (JSON.parse(rows) as ProjectRow[]).map((row) => ({
    id: row[0],
    orgId: row[1],
    projectType: row[2],
    stage: row[3],
    country: row[4],
    currency: row[5].trim(),
    totalInvestmentRequired: row[6],
    signalScore: row[7],
    esgScore: row[8],
  }));
}

export type ProjectText = { name: string; description: string; technologyText: string };

/** What exclusion words are searched in, read only for the projects a mandate could be suggested. */
export async function readProjectTexts(client: Tx, ids: readonly string[]): Promise<Map<string, ProjectText>> {
  if (ids.length === 0) return new Map();
  const rows = await client.project.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, description: true, technologyDetails: true } });
  return new Map(rows.map((row) => [row.id, { name: row.name, description: row.description, technologyText: technologyText(row.technologyDetails) }]));
}
