/**
 * The investor marketplace (lib/marketplace/search-marketplace.ts) over 100,000 published
 * projects of 40 allies, for an investor with one mandate and 2,000 matches, against a naive
 * version of the same answers (bench/marketplace-naive.ts) in the same run. Goal (issue 14): the
 * first page with three facets, a text search and all facet counts at p95 under 30 ms on the
 * embedded database and on PostgreSQL.
 */
import { type MarketplaceQuery, parseMarketplaceQuery } from "../lib/marketplace/marketplace-query";
import { createOrg } from "../prisma/factories";
import type { BenchDatabase } from "./databases";
import { naiveMarketplace } from "./marketplace-naive";
import { measure, type Timing } from "./measure";
import { seedBenchFxRates, seedMarketplace } from "./seed-marketplace";

export const MARKETPLACE_BUDGET_P95_MS = 30;
export const MARKETPLACE_LISTINGS = 100_000;
const BUDGETED_CASE = "3 facets + text + counts";

export const MARKETPLACE_CASES: [name: string, params: Record<string, string | string[]>][] = [
  ["first page, no filters", {}],
  [BUDGETED_CASE, { type: ["SOLAR", "WIND"], stage: ["DEVELOPMENT", "CONSTRUCTION"], country: ["KE", "NG", "ZA"], q: "desalination" }],
  ["common word + 1 facet", { q: "battery storage", type: "SOLAR" }],
  ["USD range + sort", { investment_min: "5000000", investment_max: "50000000", sort: "investment_desc" }],
  ["page 50", { page: "50" }],
];

export type MarketplaceBenchRow = { name: string; total: number; current: Timing; naive: Timing | null; sameCounts: boolean | null; budgeted: boolean };
export type MarketplaceBenchReport = { backend: string; listings: number; seedSeconds: number; rows: MarketplaceBenchRow[]; budgetP95Ms: number };

/** An investor org with one active mandate matched (score 40 to 99) to 2,000 of the listings. */
async function seedInvestor(database: BenchDatabase) {
  const org = await createOrg(database.db, { name: "Marketplace Bench Investor", slug: "marketplace-bench-investor", type: "INVESTOR" });
  const [{ id: mandateId }] = await database.db.$queryRaw<{ id: string }[]>`
    INSERT INTO investor_mandates (org_id, name, currency, updated_at) VALUES (${org.id}::uuid, 'Bench mandate', 'USD', now()) RETURNING id`;
  await database.db.$executeRaw`
    INSERT INTO match_results (investor_org_id, ally_org_id, project_id, mandate_id, overall_score, updated_at)
    SELECT ${org.id}::uuid, org_id, project_id, ${mandateId}::uuid, 40 + abs(hashint4(hashtext(project_id::text))) % 60, now()
    FROM marketplace_listings ORDER BY project_id LIMIT 2000`;
  return { org: { id: org.id, name: org.name, slug: org.slug, type: org.type, logoUrl: org.logoUrl, tier: org.subscriptionTier, status: org.subscriptionStatus } };
}

export async function runMarketplaceBench(
  database: BenchDatabase,
  options: { warmup: number; iterations: number; naiveIterations: number },
): Promise<MarketplaceBenchReport> {
  const { searchMarketplace } = await import("../lib/marketplace/search-marketplace");
  const started = performance.now();
  await seedMarketplace(database.db, { count: MARKETPLACE_LISTINGS });
  await seedBenchFxRates(database.db);
  const tenant = await seedInvestor(database);
  // The state autovacuum leaves the tables in: fresh statistics, a visibility map for index-only scans.
  await database.db.$executeRawUnsafe("VACUUM ANALYZE");
  const seedSeconds = (performance.now() - started) / 1000;

  const rows: MarketplaceBenchRow[] = [];
  for (const [name, params] of MARKETPLACE_CASES) {
    const { query, notices } = parseMarketplaceQuery(params);
    if (notices.length > 0) throw new Error(`bench case "${name}": ${notices.join(" ")}`);
    const page = await searchMarketplace(tenant, query);
    if (page.rows.length === 0) throw new Error(`bench case "${name}" found no listing: the seed does not exercise it`);
    const budgeted = name === BUDGETED_CASE;
    // The unbudgeted cases scan every listing: a third of the calls tells their figure well enough in a third of the time.
    const calls = budgeted ? options : { warmup: Math.ceil(options.warmup / 3), iterations: Math.max(20, Math.round(options.iterations / 3)) };
    const current = await measure(() => searchMarketplace(tenant, query), calls);
    const row: MarketplaceBenchRow = { name, total: page.total, current, naive: null, sameCounts: null, budgeted };
    if (options.naiveIterations > 0) {
      // Seconds a call (a COUNT per facet value): no warm-up, and the last call's answers are compared.
      let naive: Awaited<ReturnType<typeof naiveMarketplace>> | undefined;
      row.naive = await measure(async () => (naive = await naiveMarketplace(database.db, query, page.pageSize)), { warmup: 0, iterations: options.naiveIterations });
      row.sameCounts = sameCounts(page, naive!, query);
    }
    rows.push(row);
  }
  return { backend: database.backend, listings: MARKETPLACE_LISTINGS, seedSeconds, rows, budgetP95Ms: MARKETPLACE_BUDGET_P95_MS };
}

/** The naive query's total and every facet count equal the real one's (ILIKE and the stemmed search agree on a plain word). */
function sameCounts(
  page: Awaited<ReturnType<typeof import("../lib/marketplace/search-marketplace").searchMarketplace>>,
  naive: Awaited<ReturnType<typeof naiveMarketplace>>,
  query: MarketplaceQuery,
) {
  if (query.q.includes(" ")) return null;
  const counts = Object.entries(page.facets).flatMap(([facet, values]) => values.map((value) => [`${facet}:${value.value}`, value.count] as const));
  return page.total === naive.total && counts.every(([key, count]) => (naive.facets[key] ?? 0) === count);
}

export function formatMarketplaceBenchReport(report: MarketplaceBenchReport): string {
  const ms = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(1)).padStart(9);
  const lines = [
    `marketplace on ${report.backend}: ${report.listings.toLocaleString("en")} published projects seeded in ${report.seedSeconds.toFixed(1)} s`,
    `${"case".padEnd(28)}${"total".padStart(8)}${"p50".padStart(9)}${"p95".padStart(9)}${"naive p50".padStart(11)}${"naive p95".padStart(11)}${"x faster".padStart(9)}  budget`,
  ];
  for (const row of report.rows) {
    const ratio = row.naive ? (row.naive.p50 / row.current.p50).toFixed(0) : "-";
    const verdict = !row.budgeted ? "" : `p95 < ${report.budgetP95Ms}: ${row.current.p95 < report.budgetP95Ms ? "ok" : "OVER"}`;
    const same = row.sameCounts === null ? "" : row.sameCounts ? "  (naive: same counts)" : "  (naive: DIFFERENT counts)";
    lines.push(
      `${row.name.padEnd(28)}${String(row.total).padStart(8)}${ms(row.current.p50)}${ms(row.current.p95)}  ${ms(row.naive?.p50)}  ${ms(row.naive?.p95)}${ratio.padStart(9)}  ${verdict}${same}`,
    );
  }
  return lines.join("\n");
}

export function marketplaceBenchFailed(report: MarketplaceBenchReport): boolean {
  return report.rows.some((row) => (row.budgeted && row.current.p95 >= report.budgetP95Ms) || row.sameCounts === false);
}
