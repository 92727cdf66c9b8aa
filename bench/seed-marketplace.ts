/**
 * A marketplace of published, active projects for benchmarks, written by one INSERT ... SELECT
 * over generate_series (then scored and published in bulk) so 100,000 rows load in a few minutes;
 * the triggers of migration 20261210100000_marketplace_matching fill marketplace_listings exactly
 * as for any other writer.
 * Every choice comes from hashint4 of the row number, so two runs seed the same rows.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { PROJECT_TYPES } from "../lib/projects/project-options";
import { createOrg } from "../prisma/factories";

/** ~60 countries, the first ones far more common (u² skew), as deal flow clusters in a few markets. */
export const BENCH_COUNTRIES = (
  "KE NG ZA IN BR MX EG MA GH TZ UG ET CL PE CO VN PH ID TR PK BD SN CI CM ZM ZW MZ RW NA BW " +
  "AR UY EC BO PY GT CR PA DO JM TH MY KH LK NP MN KZ UZ JO TN DZ SA AE OM ES PT GR IT PL RO US"
).split(" ");
export const BENCH_CURRENCIES = ["USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "ZAR", "INR", "INR"];
const PLACES =
  "Turkana Kisumu Garissa Nakuru Mombasa Atacama Cusco Arequipa Sonora Oaxaca Ouarzazate Tangier Kano Accra Kumasi Dodoma Arusha Lusaka Ndola Gujarat Rajasthan Mindanao Luzon Java Sumatra Ceara Bahia Patagonia Andalusia Anatolia Limpopo Karoo Sindh Punjab Tigray Amhara Kigali Gulu Mwanza Tamale".split(
    " ",
  );
const SUFFIXES = ["Park", "Farm", "Portfolio", "Plant", "Expansion", "Phase II", "Cluster", "Hub", "Programme", "Initiative"];
/**
 * Sixty phrases, drawn six times per description with a cube-root skew (the first in most
 * descriptions, the last in about 3 in 100), so words are as unevenly common as in real text and a
 * search hits anything from under 1% to over half of the listings.
 */
const PHRASES = [
  "with a signed land lease and a completed grid connection study",
  "selling power under a long-term power purchase agreement to the national utility",
  "backed by a development finance institution term sheet",
  "with an environmental and social impact assessment approved by the regulator",
  "in a region with strong irradiation and a reliable wind resource",
  "with community benefit sharing agreed with local authorities",
  "serving industrial customers through a private wire",
  "combining battery storage for evening peak shaving",
  "with a feasibility study by an independent engineer",
  "using bifacial modules on single-axis trackers",
  "displacing diesel generators at agricultural processing sites",
  "connected to a mini-grid serving twelve villages",
  "where curtailment is compensated under the grid code",
  "with an engineering, procurement and construction contract under negotiation",
  "with a blended finance structure including concessional tranches",
  "financed partly through green bonds listed in Luxembourg",
  "with carbon credits certified under the Gold Standard",
  "on a rehabilitated mining site with existing transmission",
  "supplying a cement factory under a take-or-pay contract",
  "with geotechnical surveys completed and archaeological clearance granted",
  "alongside an electrolyser producing green hydrogen for fertiliser",
  "including a desalination plant powered at night by storage",
  "with a political risk guarantee from a multilateral agency",
  "feeding a cold chain for smallholder dairy cooperatives",
  "with turbines sited after two years of met mast measurements",
  "on floating platforms across an irrigation reservoir",
  "recovering methane from a municipal landfill",
  "burning bagasse from a neighbouring sugar mill",
  "with run-of-river intake works and a short penstock",
  "drilling two production wells into a proven geothermal field",
  "retrofitting public buildings with efficient lighting and chillers",
  "charging electric buses at a depot with rooftop solar",
  "restoring mangroves to protect the coastline and store carbon",
  "with an agrivoltaic layout that keeps grazing under the panels",
  "hybridising an existing hydro plant with floating solar",
  "with a currency hedge arranged by a regional development bank",
  "under a feed-in tariff indexed to inflation",
  "with a women-led cooperative operating the maintenance contract",
  "powering telecom towers that run on diesel today",
  "with a tolling agreement for grid-scale batteries",
  "upgrading a transmission substation owned by the utility",
  "converting rice husks into pellets for industrial boilers",
  "with a biodiversity offset plan for an endangered bird species",
  "capturing heat from a steel mill to drive a turbine",
  "pumping irrigation water for horticulture exporters",
  "with a virtual power purchase agreement for a technology company",
  "supplying ice-making machines to fishing communities",
  "operating a pay-as-you-go solar home system portfolio",
  "with resettlement avoided through a redesigned access road",
  "replacing kerosene lamps in refugee settlements",
  "using vertical-axis turbines on a mountain ridge",
  "with a tidal stream pilot in a narrow channel",
  "drying cocoa beans with solar thermal collectors",
  "with reclaimed water cooling a concentrated solar power tower",
  "monitored by drones and satellite imagery for vegetation growth",
  "converting abattoir waste into biogas for a nearby town",
  "electrifying a ferry route across a lake",
  "with a heritage survey of rock art near the access track",
  "producing green ammonia for export through a deepwater port",
  "with seismic isolation designed for an active fault zone",
];

/**
 * Creates `orgs` ally orgs and `count` published, active projects spread over them. The indexes
 * of projects and listings that back no constraint (the listings' search vector, the projects'
 * trigram and sort indexes, ...) are dropped for the load and rebuilt from their own definitions
 * after (storage options such as fastupdate = off included): built in bulk they take seconds,
 * where 100,000 single inserts into each take minutes. signal_scores keeps its indexes: the
 * listing trigger looks each project's latest score up by them.
 */
export async function seedMarketplace(db: DbClient, options: { count: number; orgs?: number }) {
  const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename IN ('projects', 'marketplace_listings')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  try {
    return await insertMarketplace(db, options);
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
}

async function insertMarketplace(db: DbClient, options: { count: number; orgs?: number }) {
  const orgIds: string[] = [];
  for (let index = 0; index < (options.orgs ?? 40); index += 1) {
    orgIds.push((await createOrg(db, { name: `Marketplace Ally ${index + 1}`, slug: `marketplace-ally-${index + 1}` })).id);
  }
  // h(k) is a deterministic pseudo-random fraction in [0, 1) per row and purpose k.
  const h = (k: number) => `((abs(hashint4(i * 97 + ${k})::bigint) % 1000003) / 1000003.0)`;
  const pick = (items: readonly string[], k: number, skew = 1) => `(${sqlArray(items)})[1 + floor(power(${h(k)}, ${skew}) * ${items.length})::int]`;
  const phrase = (k: number) => pick(PHRASES, k, 3);
  await db.$executeRawUnsafe(`
    INSERT INTO projects (org_id, name, slug, description, project_type, status, stage, geography_country, geography_region,
      geography_coordinates, capacity_mw, total_investment_required, currency, is_published, published_at, created_at, updated_at)
    SELECT org_id, name, 'marketplace-' || i,
      name || ': ' || ${phrase(11)} || ', ' || ${phrase(12)} || ', ' || ${phrase(13)} || '. The project is ' || ${phrase(14)} || ', ' || ${phrase(18)} || ' and ' || ${phrase(19)} || '.',
      project_type::project_type, 'ACTIVE', ${pick(["CONCEPT", "DEVELOPMENT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"], 3)}::project_stage,
      ${pick(BENCH_COUNTRIES, 4, 2)}, place,
      CASE WHEN ${h(5)} < 0.8 THEN jsonb_build_object('lat', round((${h(6)} * 120 - 50)::numeric, 4), 'lng', round((${h(7)} * 300 - 120)::numeric, 4)) END,
      CASE WHEN ${h(8)} < 0.85 THEN round((0.5 + power(${h(9)}, 3) * 500)::numeric, 4) END,
      round((500000 + power(${h(10)}, 3) * 400000000)::numeric, 4), ${pick(BENCH_CURRENCIES, 15)}, false, published_at, published_at, published_at
    FROM (
      SELECT i, (${sqlArray(orgIds)})[1 + i % ${orgIds.length}]::uuid AS org_id, ${pick(PROJECT_TYPES, 1, 1.6)} AS project_type, ${pick(PLACES, 2)} AS place,
        timestamp '2026-11-01' - (${h(16)} * 700) * interval '1 day' AS published_at
      FROM generate_series(1, ${options.count}) AS i
    ) AS base
    CROSS JOIN LATERAL (SELECT place || ' ' || initcap(replace(project_type, '_', ' ')) || ' ' || ${pick(SUFFIXES, 17)} || ' ' || i AS name) AS named`);
  // Seven in ten projects have a completed signal score before they are published, as the app
  // asks; publishing then lists each once (a score after publishing would rewrite its listing).
  await db.$executeRawUnsafe(`
    INSERT INTO signal_scores (org_id, project_id, version, overall_score, status, updated_at)
    SELECT org_id, id, 1, round((20 + (abs(hashint4(hashtext(id::text))) % 7500) / 100.0)::numeric, 2), 'COMPLETED', now()
    FROM projects WHERE slug LIKE 'marketplace-%' AND abs(hashint4(hashtext(id::text) + 1)) % 10 < 7`);
  await db.$executeRawUnsafe("UPDATE projects SET is_published = true WHERE slug LIKE 'marketplace-%' AND NOT is_published");
  return { orgIds };
}

/** A year of daily EUR-based rates for the bench currencies (the latest row per currency is what converts). */
export async function seedBenchFxRates(db: DbClient) {
  await db.$executeRawUnsafe(`
    INSERT INTO fx_rates (rate_date, base, currency, rate, source)
    SELECT d::date, 'EUR', c.currency, round((c.rate * (1 + (abs(hashint4(extract(doy FROM d)::int)) % 200 - 100) / 5000.0))::numeric, 8), 'ECB'
    FROM generate_series(date '2025-12-01', date '2026-11-30', interval '1 day') AS d
    CROSS JOIN (VALUES ('USD', 1.08), ('GBP', 0.85), ('ZAR', 20.1), ('INR', 90.2), ('JPY', 162.0), ('CHF', 0.95)) AS c(currency, rate)
    WHERE extract(isodow FROM d) < 6`);
}

function sqlArray(items: readonly string[]): string {
  return `ARRAY[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(",")}]`;
}
