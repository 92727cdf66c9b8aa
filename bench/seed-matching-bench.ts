/**
 * Mandates, published projects (with signal scores) and the week's FX rates for the matching
 * bench, written by INSERT ... SELECT over generate_series: every choice comes from hashint4 of the
 * row number and a purpose, so two runs seed the same rows. The projects' triggers fill
 * marketplace_listings as for any writer.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { PROJECT_TYPES } from "../lib/projects/project-options";
import { createOrg } from "../prisma/factories";

/** 100 markets, the first ones somewhat more common (deal flow clusters), none with more than ~2.5% of projects. */
const COUNTRIES = (
  "KE NG ZA IN BR MX EG MA GH TZ UG ET CL PE CO VN PH ID TR PK BD SN CI CM ZM ZW MZ RW NA BW " +
  "AR UY EC BO PY GT CR PA DO JM TH MY KH LK NP MN KZ UZ JO TN DZ SA AE OM ES PT GR IT PL RO US " +
  "CA AU NZ FR DE GB IE NL BE DK SE NO FI AT CH CZ SK HU BG HR RS UA GE AM AZ KG TJ LA MM " +
  "BJ TG BF ML NE TD GN SL LR MG MW"
).split(" ");
const CURRENCIES = ["USD", "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "INR", "ZAR"];
const STAGES = ["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"];
/**
 * Geography-led weights, as a regional fund's or a sector specialist's within its markets, where
 * nothing outside the mandate's countries reaches the threshold. The default weights are left out
 * on purpose: with them stage, size, ESG and evidence alone reach 55, and a mandate was suggested
 * a tenth of all projects whatever their country and sector (measured): the cold run then measures
 * a million index writes, not matching.
 */
const WEIGHT_PROFILES = [
  '{"geography": 50, "sector": 25, "stage": 10, "deal_size": 5, "esg": 5, "evidence": 5}',
  '{"geography": 50, "sector": 30, "stage": 10, "deal_size": 5, "esg": 5, "evidence": 0}',
];

const sqlArray = (items: readonly string[]) => `ARRAY[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(",")}]`;
/** A deterministic fraction in [0, 1) for row i and purpose k. */
const h = (k: number) => `((abs(hashint4(i * 131 + ${k})::bigint) % 1000003) / 1000003.0)`;
const pick = (items: readonly string[], k: number, skew = 1) => `(${sqlArray(items)})[1 + floor(power(${h(k)}, ${skew}) * ${items.length})::int]`;

export async function createBenchOrgs(db: DbClient, kind: "INVESTOR" | "ALLY", count: number, offset = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let index = offset; index < offset + count; index += 1) {
    ids.push((await createOrg(db, { name: `Matching ${kind} ${index + 1}`, slug: `matching-${kind.toLowerCase()}-${index + 1}`, type: kind })).id);
  }
  return ids;
}

/** `count` published, active projects numbered from `first`; seven in ten with a completed signal score (overall and ESG). */
export async function seedBenchProjects(db: DbClient, orgIds: string[], first: number, count: number) {
  await db.$executeRawUnsafe(`
    INSERT INTO projects (org_id, name, slug, description, project_type, status, stage, geography_country, geography_region,
      total_investment_required, currency, is_published, published_at, created_at, updated_at)
    SELECT (${sqlArray(orgIds)})[1 + i % ${orgIds.length}]::uuid, 'Bench project ' || i, 'matching-bench-' || i,
      'A renewable project ' || CASE WHEN ${h(1)} < 0.02 THEN 'replacing coal boilers' ELSE 'on a leased site' END || '.',
      ${pick(PROJECT_TYPES, 2, 1.3)}::project_type, 'ACTIVE', ${pick(STAGES, 3)}::project_stage, ${pick(COUNTRIES, 4, 1.2)}, 'Region',
      round((500000 + power(${h(5)}, 3) * 400000000)::numeric, 4), ${pick(CURRENCIES, 6)}, true, now(), now(), now()
    FROM generate_series(${first}, ${first + count - 1}) AS i`);
  await db.$executeRawUnsafe(`
    INSERT INTO signal_scores (org_id, project_id, version, overall_score, esg_score, status, updated_at)
    SELECT org_id, id, 1, round((20 + (abs(hashint4(hashtext(id::text))) % 7500) / 100.0)::numeric, 2),
      round((15 + (abs(hashint4(hashtext(id::text) + 2)) % 8000) / 100.0)::numeric, 2), 'COMPLETED', now()
    FROM projects WHERE slug LIKE 'matching-bench-%' AND NOT EXISTS (SELECT 1 FROM signal_scores s WHERE s.project_id = projects.id)
      AND abs(hashint4(hashtext(id::text) + 1)) % 10 < 7`);
}

/**
 * `count` active mandates numbered from `first`: one or two markets, one or two sectors, two
 * adjacent stages, a ticket range, mostly USD; a third exclude coal, six in ten set an ESG minimum.
 */
export async function seedBenchMandates(db: DbClient, orgIds: string[], first: number, count: number) {
  await db.$executeRawUnsafe(`
    INSERT INTO investor_mandates (org_id, name, project_types, geographies, stages, ticket_size_min, ticket_size_max, currency,
      esg_requirements, exclusions, risk_tolerance, dimension_weights, updated_at)
    SELECT (${sqlArray(orgIds)})[1 + i % ${orgIds.length}]::uuid, 'Bench mandate ' || i,
      ARRAY(SELECT DISTINCT ${pick(PROJECT_TYPES, 20, 1.3).replace(/i \* 131/g, "(i * 7 + n) * 131")}::project_type FROM generate_series(1, 1 + floor(${h(21)} * 2)::int) AS n),
      ARRAY(SELECT DISTINCT ${pick(COUNTRIES, 22).replace(/i \* 131/g, "(i * 7 + n) * 131")} FROM generate_series(1, 1 + floor(${h(23)} * 2)::int) AS n),
      ARRAY[stage, (${sqlArray(STAGES)})[least(array_position(${sqlArray(STAGES)}, stage) + 1, 4)]]::project_stage[],
      ticket_min, ticket_min + round((5 + ${h(24)} * 45)::numeric) * 1000000,
      CASE WHEN ${h(25)} < 0.8 THEN 'USD' ELSE 'EUR' END,
      CASE WHEN ${h(26)} < 0.6 THEN jsonb_build_object('minEsgScore', 50 + floor(${h(27)} * 20)::int) ELSE '{}'::jsonb END,
      CASE WHEN ${h(28)} < 0.33 THEN ARRAY['coal'] ELSE ARRAY[]::text[] END,
      ${pick(["CONSERVATIVE", "MODERATE", "AGGRESSIVE"], 29)}::risk_tolerance, (${sqlArray(WEIGHT_PROFILES)})[1 + i % 2]::jsonb, now()
    FROM (SELECT i, ${pick(STAGES.slice(0, 3), 30)} AS stage, round(power(${h(31)}, 2) * 20) * 1000000 AS ticket_min
            FROM generate_series(${first}, ${first + count - 1}) AS i) AS base`);
}

/** The last week's rates for the bench currencies, dated from today: the engine converts at today's rate. */
export async function seedBenchFxRates(db: DbClient) {
  await db.$executeRawUnsafe(`
    INSERT INTO fx_rates (rate_date, base, currency, rate, source)
    SELECT d::date, 'EUR', c.currency, c.rate, 'ECB'
      FROM generate_series(current_date - 6, current_date, interval '1 day') AS d
      CROSS JOIN (VALUES ('USD', 1.1684), ('GBP', 0.87058), ('INR', 109.047), ('ZAR', 19.3849)) AS c(currency, rate)
     WHERE extract(isodow FROM d) < 6
    ON CONFLICT DO NOTHING`);
}
