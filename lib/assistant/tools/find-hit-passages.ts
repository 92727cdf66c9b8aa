import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type HitPassage = { documentId: string; pageNumber: number; content: string };

/**
 * For documents the data room search already returned (so the org, the role's classifications and
 * the current version were checked there), the page and text of each one's best matching passage,
 * from the same stored vectors: the citation opens the document at that page.
 */
export async function findHitPassages(orgId: string, documentIds: readonly string[], text: string): Promise<Map<string, HitPassage>> {
  if (documentIds.length === 0) return new Map();
  const query = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const rows = await db.$queryRaw<{ document_id: string; page_number: number; content: string }[]>`
    SELECT DISTINCT ON (c.document_id) c.document_id, p.page_number, p.content
    FROM document_search_passages p
    JOIN document_search_chunks c ON c.id = p.chunk_id
    JOIN document_extractions e ON e.id = c.extraction_id
    WHERE c.org_id = ${orgId}::uuid
      AND c.document_id = ANY(${[...documentIds]}::uuid[])
      AND e.status = 'COMPLETED'
    ORDER BY c.document_id, (p.search_vector @@ ${query}) DESC, ts_rank(p.search_vector, ${query}) DESC, c.chunk_index, p.passage_index`;
  return new Map(rows.map((r) => [r.document_id, { documentId: r.document_id, pageNumber: r.page_number, content: r.content }]));
}
