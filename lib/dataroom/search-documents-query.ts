import { Prisma } from "@/lib/db/generated/client";
import type { DocumentClassification } from "@/lib/db/generated/client";

/** ts_headline's markers: control characters no extracted text keeps (see sanitizeExtractedText). */
export const SNIPPET_START = "\u0002";
export const SNIPPET_STOP = "\u0003";

export type SearchScope = {
  orgId: string;
  classifications: readonly DocumentClassification[];
  room: { kind: "project" | "portfolio"; id: string } | null;
};

export type SearchRow = {
  id: string;
  name: string;
  file_type: string;
  project_id: string | null;
  portfolio_id: string | null;
  folder_id: string | null;
  version: number;
  rank: number;
  headline: string;
};

/**
 * The data room search in one statement, over the stored vectors of `document_search_chunks`
 * and `document_search_passages` (migration 20261209100000_document_search_chunks):
 * 1. the GIN index finds the org's chunks that match; the documents the scope may see (current
 *    version, not deleted, READY, a visible classification, the room) with a published
 *    extraction keep theirs, each ranked by ts_rank on its stored vector (no text is parsed);
 * 2. the best chunk stands for its document, best documents first, `limit` of them;
 * 3. each of those takes its snippet from its chunk's best passage (stored vectors again), and
 *    ts_headline parses that passage only: a page of text per hit.
 * The tsquery is written out each time rather than taken from a CTE, so the planner sees a
 * constant and estimates it from the column's statistics (a rare word reads the index).
 */
export function searchDocumentsQuery(scope: SearchScope, text: string, limit: number): Prisma.Sql {
  const query = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const roomFilter = !scope.room
    ? Prisma.empty
    : scope.room.kind === "project"
      ? Prisma.sql`AND d.project_id = ${scope.room.id}::uuid`
      : Prisma.sql`AND d.portfolio_id = ${scope.room.id}::uuid`;
  return Prisma.sql`
    WITH best AS (
      SELECT DISTINCT ON (c.document_id) c.document_id, c.id AS chunk_id, ts_rank(c.search_vector, ${query})::float8 AS rank
      FROM document_search_chunks c
      JOIN documents d ON d.id = c.document_id
      JOIN document_extractions e ON e.id = c.extraction_id
      WHERE c.org_id = ${scope.orgId}::uuid
        AND c.search_vector @@ ${query}
        AND e.status = 'COMPLETED'
        AND d.org_id = ${scope.orgId}::uuid
        AND d.is_deleted = false
        AND d.status = 'READY'
        AND (d.classification IS NULL OR d.classification::text = ANY(${[...scope.classifications]}::text[]))
        AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.parent_version_id = d.id AND n.is_deleted = false)
        ${roomFilter}
      ORDER BY c.document_id, rank DESC, c.chunk_index
    ),
    top AS (
      SELECT d.id, d.name, d.file_type, d.project_id, d.portfolio_id, d.folder_id, d.version, d.created_at, best.rank, best.chunk_id
      FROM best
      JOIN documents d ON d.id = best.document_id
      ORDER BY best.rank DESC, d.created_at DESC, d.id
      LIMIT ${limit}
    )
    SELECT top.id, top.name, top.file_type, top.project_id, top.portfolio_id, top.folder_id, top.version, top.rank,
           ts_headline('english', passage.content, ${query},
             ${`StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`}) AS headline
    FROM top
    CROSS JOIN LATERAL (
      -- A match only in the name (or a phrase across two passages) matches no passage: the first one speaks for the chunk.
      SELECT p.content FROM document_search_passages p
      WHERE p.chunk_id = top.chunk_id
      ORDER BY p.search_vector @@ ${query} DESC, ts_rank(p.search_vector, ${query}) DESC, p.passage_index
      LIMIT 1
    ) passage
    ORDER BY top.rank DESC, top.created_at DESC, top.id`;
}
