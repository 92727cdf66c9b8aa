import type { Tx } from "@/lib/db/create-db-client";
import { Prisma } from "@/lib/db/generated/client";
import { MATCH_DIMENSIONS } from "./match-dimensions";
import { type MandateForScoring, type ProjectFacts, parseDimensionWeights, parseMinEsgScore, type RiskToleranceName, technologyText } from "./scoring-inputs";

/**
 * The engine's reads. They take the client (the seed passes its own) and return each table as one
 * JSON array: at 100,000 projects a row per project through the driver costs more than the scoring.
 * Cross-org by nature: a project meets every investor's mandates; only the engine calls these.
 */

type MandateRow = [string, string, string[], string[], string[], string | null, string | null, string, unknown, string[], string[], RiskToleranceName, unknown, boolean];
export type MandateWithState = MandateForScoring & { isActive: boolean };

/**
 * Misses that cost more than this many points leave a pair below the threshold whatever the other
 * dimensions score (they can give at most the rest of 100): the sound bound both prefilters use.
 */
const missAllowance = (threshold: number) => 100 - threshold + 0.5;

/**
 * The mandates that could reach `threshold` with the project (geography and sector misses cost at
 * most what the rest can make up, its country not excluded), and any with a row for it already.
 * A mandate whose stored weights scoring would not accept (then the defaults) is always kept.
 */
function mandatesThatCouldFit(project: { id: string; country: string; projectType: string }, threshold: number) {
  const weight = (dimension: string) => Prisma.raw(`(dimension_weights ->> '${dimension}')`);
  // Whole numbers summing to 100, as parseDimensionWeights accepts them; otherwise scoring uses the
  // defaults and no mandate is left out. CASE, not AND: PostgreSQL does not promise to test the
  // pattern before it casts.
  const wellFormed = Prisma.join(
    MATCH_DIMENSIONS.map((dimension) => Prisma.sql`jsonb_typeof(dimension_weights -> ${dimension}) = 'number' AND ${weight(dimension)} ~ '^[0-9]{1,3}$'`),
    " AND ",
  );
  const total = Prisma.join(
    MATCH_DIMENSIONS.map((dimension) => Prisma.sql`${weight(dimension)}::int`),
    " + ",
  );
  return Prisma.sql`(id IN (SELECT mandate_id FROM match_results WHERE project_id = ${project.id}::uuid) OR (
    NOT (${project.country} = ANY(coalesce(excluded_geographies, ARRAY[]::text[]))) AND CASE WHEN ${wellFormed} THEN CASE WHEN ${total} = 100 THEN
        CASE WHEN cardinality(geographies) = 0 OR ${project.country} = ANY(geographies) THEN 0 ELSE ${weight("geography")}::int END
      + CASE WHEN cardinality(project_types) = 0 OR ${project.projectType}::project_type = ANY(project_types) THEN 0 ELSE ${weight("sector")}::int END
      ELSE 0 END ELSE 0 END <= ${missAllowance(threshold)}::numeric))`;
}

export async function readMandatesForScoring(
  client: Tx,
  filter: { ids?: readonly string[]; activeOnly: boolean; couldFit?: { project: { id: string; country: string; projectType: string }; threshold: number } },
): Promise<MandateWithState[]> {
  const conditions = [
    filter.activeOnly ? Prisma.sql`is_active` : Prisma.sql`TRUE`,
    filter.ids ? Prisma.sql`id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`,
    filter.couldFit ? mandatesThatCouldFit(filter.couldFit.project, filter.couldFit.threshold) : Prisma.sql`TRUE`,
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
    exclusions: row[9] ?? [],
    excludedGeographies: row[10] ?? [],
    riskTolerance: row[11],
    weights: parseDimensionWeights(row[12]),
    isActive: row[13],
  }));
}

type ProjectRow = [string, string, string, string, string, string, string, number | null, number | null];

/** The listings that could reach `threshold` with the mandate (the same bound as above, the mandate's weights as scoring reads them), and any with a row for it. */
function projectsThatCouldFit(mandate: MandateForScoring, threshold: number) {
  const geographyMiss = mandate.geographies.length === 0 ? 0 : mandate.weights.geography;
  const sectorMiss = mandate.projectTypes.length === 0 ? 0 : mandate.weights.sector;
  return Prisma.sql`(l.project_id IN (SELECT project_id FROM match_results WHERE mandate_id = ${mandate.id}::uuid) OR (
    NOT (l.geography_country = ANY(${[...mandate.excludedGeographies]}::text[]))
    AND CASE WHEN l.geography_country = ANY(${[...mandate.geographies]}::text[]) THEN 0 ELSE ${geographyMiss}::int END
      + CASE WHEN l.project_type::text = ANY(${[...mandate.projectTypes]}::text[]) THEN 0 ELSE ${sectorMiss}::int END <= ${missAllowance(threshold)}::numeric))`;
}

/**
 * Published projects (marketplace_listings: published and ACTIVE, kept by triggers) with their
 * latest COMPLETED signal score's overall and ESG scores.
 */
export async function readProjectFacts(
  client: Tx,
  filter: { ids?: readonly string[]; couldFit?: { mandate: MandateForScoring; threshold: number } } = {},
): Promise<ProjectFacts[]> {
  const where = Prisma.join(
    [
      filter.ids ? Prisma.sql`l.project_id = ANY(${[...filter.ids]}::uuid[])` : Prisma.sql`TRUE`,
      filter.couldFit ? projectsThatCouldFit(filter.couldFit.mandate, filter.couldFit.threshold) : Prisma.sql`TRUE`,
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
