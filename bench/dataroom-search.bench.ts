/**
 * Data room search (lib/dataroom/search-documents.ts) over 2,000 documents of 20 pages (about
 * 85 MB of text), with a neighbour org's 200 documents in the same tables so the org filter does
 * real work. Measures the query searchDocuments runs (searchDocumentsQuery, over the stored chunk
 * vectors) and, for the ratio, the query it replaced (legacySearch: to_tsvector of every text at
 * query time, with the expression index it had). Goal (issue 13): p95 under 50 ms on PostgreSQL.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { Prisma } from "../lib/db/generated/client";
import { type SearchRow, type SearchScope, searchDocumentsQuery } from "../lib/dataroom/search-documents-query";
import { createOrg } from "../prisma/factories";
import type { BenchDatabase } from "./databases";
import { measure, type Timing } from "./measure";
import type { BenchCase } from "./projects-list.bench";
import { seedSearchCorpus } from "./seed-search-corpus";

export const SEARCH_BUDGET_P95_MS = 50;
export const SEARCH_LIMIT = 20;

/** What people type: a word most documents say, one a few say, a phrase, two words, nothing. */
export const SEARCH_QUERIES: [name: string, query: string][] = [
  ["common word", "turbine"],
  ["rare word", "archaeological"],
  ["phrase", '"performance ratio"'],
  ["two words", "curtailment compensated"],
  ["no match", "geothermal"],
];

/** The search before issue 13, as it was (commit 3762284), for the ratio only. */
export function legacySearch(scope: SearchScope, text: string, limit: number): Prisma.Sql {
  const searchText = Prisma.raw("left(coalesce(e.content, ''), 125000)");
  const searchVector = Prisma.sql`to_tsvector('english', ${searchText})`;
  return Prisma.sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS query)
    SELECT d.id, d.name, d.file_type, d.project_id, d.portfolio_id, d.folder_id, d.version,
           ts_rank(${searchVector}, q.query)::float8 AS rank,
           ts_headline('english', ${searchText}, q.query,
             ${'StartSel=\u0002, StopSel=\u0003, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'}) AS headline
    FROM q, documents d
    JOIN document_extractions e ON e.document_id = d.id AND e.extraction_type = 'TEXT' AND e.status = 'COMPLETED'
    WHERE d.org_id = ${scope.orgId}::uuid
      AND d.is_deleted = false
      AND d.status = 'READY'
      AND (d.classification IS NULL OR d.classification::text = ANY(${[...scope.classifications]}::text[]))
      AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.parent_version_id = d.id AND n.is_deleted = false)
      AND ${searchVector} @@ q.query
    ORDER BY rank DESC, d.created_at DESC
    LIMIT ${limit}`;
}

const LEGACY_INDEX = `CREATE INDEX IF NOT EXISTS "document_extractions_text_search_idx" ON "document_extractions"
  USING GIN (to_tsvector('english', left(coalesce("content", ''), 125000))) WHERE "extraction_type" = 'TEXT'`;

export type SearchBenchRow = {
  name: string;
  query: string;
  hits: number;
  current: Timing;
  legacy: Timing | null;
  legacyHits: number | null;
  sameDocuments: boolean | null;
};
export type SearchBenchReport = {
  documents: number;
  seedSeconds: number;
  neighbourSeedSeconds: number;
  chunks: number;
  legacyIndexSeconds: number | null;
  rows: SearchBenchRow[];
  budgetP95Ms: number;
};

/** Seeds the corpus (and the neighbour org) and returns the admin's scope over the whole org. */
export async function prepareSearchCorpus(db: DbClient, options: { documents?: number; pages?: number } = {}) {
  const org = await createOrg(db, { name: "Search Bench Ally", slug: "search-bench-ally" });
  const neighbour = await createOrg(db, { name: "Search Bench Neighbour", slug: "search-bench-neighbour" });
  const corpus = await seedSearchCorpus(db, org.id, options);
  const other = await seedSearchCorpus(db, neighbour.id, { documents: Math.ceil((options.documents ?? 2_000) / 10), pages: options.pages });
  const scope: SearchScope = { orgId: org.id, classifications: ["PUBLIC", "CONFIDENTIAL", "RESTRICTED", "TOP_SECRET"], room: null };
  return { scope, seedSeconds: corpus.seconds, neighbourSeedSeconds: other.seconds };
}

/**
 * The whole comparison on one database: seed, then each query `iterations` times after `warmup`
 * calls; the legacy query `legacyIterations` times (it parses the whole corpus on every call, so
 * a few calls take minutes), with its expression index built first and dropped after.
 */
export async function runDataroomSearchBench(
  db: DbClient,
  options: { documents?: number; pages?: number; warmup?: number; iterations?: number; legacyIterations?: number } = {},
): Promise<SearchBenchReport> {
  const { scope, seedSeconds, neighbourSeedSeconds } = await prepareSearchCorpus(db, options);
  const chunks = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM document_search_chunks WHERE org_id = ${scope.orgId}::uuid`)[0].n);
  const rows: SearchBenchRow[] = [];
  for (const [name, query] of SEARCH_QUERIES) {
    const run = () => db.$queryRaw<SearchRow[]>(searchDocumentsQuery(scope, query, SEARCH_LIMIT));
    const hits = await run();
    const current = await measure(run, { warmup: options.warmup ?? 20, iterations: options.iterations ?? 200 });
    rows.push({ name, query, hits: hits.length, current, legacy: null, legacyHits: null, sameDocuments: null });
  }
  const legacyIterations = options.legacyIterations ?? 1;
  if (legacyIterations === 0)
    return { documents: options.documents ?? 2_000, seedSeconds, neighbourSeedSeconds, chunks, legacyIndexSeconds: null, rows, budgetP95Ms: SEARCH_BUDGET_P95_MS };

  const indexStarted = performance.now();
  await db.$executeRawUnsafe(LEGACY_INDEX);
  await db.$executeRawUnsafe("ANALYZE document_extractions");
  const legacyIndexSeconds = (performance.now() - indexStarted) / 1000;
  try {
    for (const row of rows) {
      let legacyHits: SearchRow[] = [];
      row.legacy = await measure(async () => (legacyHits = await db.$queryRaw<SearchRow[]>(legacySearch(scope, row.query, SEARCH_LIMIT))), {
        warmup: 0,
        iterations: legacyIterations,
      });
      row.legacyHits = legacyHits.length;
      // Where every match fits in one page of 50, both queries must find the same documents.
      const current = await db.$queryRaw<SearchRow[]>(searchDocumentsQuery(scope, row.query, 50));
      if (current.length < 50) {
        const before = legacyHits.length < SEARCH_LIMIT ? legacyHits : await db.$queryRaw<SearchRow[]>(legacySearch(scope, row.query, 50));
        row.sameDocuments = JSON.stringify(current.map((r) => r.id).sort()) === JSON.stringify(before.map((r) => r.id).sort());
      }
    }
  } finally {
    await db.$executeRawUnsafe('DROP INDEX IF EXISTS "document_extractions_text_search_idx"');
  }
  return { documents: options.documents ?? 2_000, seedSeconds, neighbourSeedSeconds, chunks, legacyIndexSeconds, rows, budgetP95Ms: SEARCH_BUDGET_P95_MS };
}

export function formatSearchBenchReport(backend: string, report: SearchBenchReport): string {
  const ms = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(1)).padStart(9);
  const lines = [
    `data room search on ${backend}: ${report.documents} documents seeded in ${report.seedSeconds.toFixed(1)} s (${report.chunks} chunks), the neighbour's in ${report.neighbourSeedSeconds.toFixed(1)} s` +
      (report.legacyIndexSeconds === null ? "" : `; legacy expression index built in ${report.legacyIndexSeconds.toFixed(1)} s`),
    `${"query".padEnd(34)}${"hits".padStart(5)}${"p50".padStart(9)}${"p95".padStart(9)}${"old p50".padStart(9)}${"old p95".padStart(9)}${"x faster".padStart(9)}  budget`,
  ];
  for (const row of report.rows) {
    const ratio = row.legacy ? (row.legacy.p50 / row.current.p50).toFixed(0) : "-";
    const verdict = row.current.p95 < report.budgetP95Ms ? "ok" : "OVER";
    const same = row.sameDocuments === null ? "" : row.sameDocuments ? ", same documents as before" : ", DIFFERENT documents from before";
    lines.push(
      `${`${row.name} (${row.query})`.padEnd(34)}${String(row.hits).padStart(5)}${ms(row.current.p50)}${ms(row.current.p95)}${ms(row.legacy?.p50)}${ms(row.legacy?.p95)}${ratio.padStart(9)}  p95 < ${report.budgetP95Ms}: ${verdict}${same}`,
    );
  }
  return lines.join("\n");
}

/** The same queries in `npm run bench`'s shape (bench/run.ts BENCHES), the current query only. */
export const dataroomSearchBench = {
  name: "dataroom search",
  budgetP95Ms: SEARCH_BUDGET_P95_MS,
  async prepare(database: BenchDatabase): Promise<BenchCase[]> {
    const { scope } = await prepareSearchCorpus(database.db);
    const cases = SEARCH_QUERIES.map(([name, query]) => ({ name, run: () => database.db.$queryRaw<SearchRow[]>(searchDocumentsQuery(scope, query, SEARCH_LIMIT)) }));
    for (const benchCase of cases) {
      const hits = await benchCase.run();
      if ((hits.length === 0) !== (benchCase.name === "no match"))
        throw new Error(`bench case "${benchCase.name}" found ${hits.length} documents: the seed does not exercise it`);
    }
    return cases;
  },
};
