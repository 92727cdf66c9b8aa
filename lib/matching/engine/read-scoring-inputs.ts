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

/**
 * The mandates whose gates let the project through (its country and sector, when the mandate
 * names any, and a country it does not exclude; find-exclusion.ts), and any with a row for it
 * already (a rescore may have to lower or remove it).
 */
function mandatesThatCouldFit(project: { id: string; country: string; projectType: string }) {
  return Prisma.sql`(id IN (SELECT mandate_id FROM match_results WHERE project_id = ${project.id}::uuid) OR (
    (cardinality(geographies) = 0 OR ${project.country} = ANY(geographies))
    AND (cardinality(project_types) = 0 OR ${project.projectType}::project_type = ANY(project_types))
    AND NOT (${project.country} = ANY(excluded_geographies))))`;
}

export async function readMandatesForScoring(
  client: Tx,
  filter: { ids?: readonly string[]; activeOnly: boolean; couldFit?: { id: string; country: string; projectType: string } },
): Promise<MandateWithState[]> {
  const conditions = [
    filter.activeOnly ? Prisma.sql`is_active` : Prisma.sql`TRUE`,
    filter.ids ? Prisma.sql`id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`,
    filter.couldFit ? mandatesThatCouldFit(filter.couldFit) : Prisma.sql`TRUE`,
  ];
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
    exclusions: row[9],
    excludedGeographies: row[10],
    riskTolerance: row[11],
    weights: parseDimensionWeights(row[12]),
    isActive: row[13],
  }));
}

type ProjectRow = [string, string, string, string, string, string, string, number | null, number | null];

/** The listings through the mandate's gates (as above), and any with a row for it. */
function projectsThatCouldFit(mandate: MandateForScoring) {
  const gates = [
    mandate.geographies.length ? Prisma.sql`l.geography_country = ANY(${[...mandate.geographies]}::text[])` : Prisma.sql`TRUE`,
    mandate.projectTypes.length ? Prisma.sql`l.project_type::text = ANY(${[...mandate.projectTypes]}::text[])` : Prisma.sql`TRUE`,
    Prisma.sql`NOT (l.geography_country = ANY(${[...mandate.excludedGeographies]}::text[]))`,
  ];
  return Prisma.sql`(l.project_id IN (SELECT project_id FROM match_results WHERE mandate_id = ${mandate.id}::uuid) OR (${Prisma.join(gates, " AND ")}))`;
}

/**
 * Published projects (marketplace_listings: published and ACTIVE, kept by triggers) with their
 * latest COMPLETED signal score's overall and ESG scores.
 */
export async function readProjectFacts(client: Tx, filter: { ids?: readonly string[]; couldFit?: MandateForScoring } = {}): Promise<ProjectFacts[]> {
  const where = Prisma.join(
    [
      filter.ids ? Prisma.sql`l.project_id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`,
      filter.couldFit ? projectsThatCouldFit(filter.couldFit) : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  const [{ rows }] = await client.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array(l.project_id, l.org_id, l.project_type, l.stage, l.geography_country, l.currency,
             l.total_investment_required::text, s.overall_score::float8, s.esg_score::float8) ORDER BY l.project_id), '[]')::text AS rows
      FROM marketplace_listings l
      LEFT JOIN LATERAL (SELECT overall_score, esg_score FROM signal_scores WHERE project_id = l.project_id AND status = 'COMPLETED'
                          ORDER BY version DESC, created_at DESC LIMIT 1) s ON TRUE
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
