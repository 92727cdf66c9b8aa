import type { TenantContext } from "@/lib/auth/tenant-context";
import { visibleClassifications } from "@/lib/dataroom/access-rules";
import { SNIPPET_START, SNIPPET_STOP } from "@/lib/dataroom/search-documents-query";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { AnswerPassage, AnswerSearch } from "./qa-draft-output";

/** Passages given to the drafter: enough for a question that spans documents, few enough to read. */
const MAX_PASSAGES = 8;
/** A page of a report is about 3,000 characters; the model reads the first half of a long one. */
export const PASSAGE_MAX_CHARS = 1_500;
const MAX_WORDS = 30;
/** A page this short is quoted whole: cutting it around the words would only lose its ends. */
const WHOLE_PAGE_EXCERPT_CHARS = 400;

type Term = { word: string; query: string };
type PassageRow = { document_id: string; name: string; page_number: number; content: string; headline: string; matched: number[] };

/**
 * The question's words as PostgreSQL's english configuration sees them: each word's tsquery,
 * stop words ("what", "the") dropped, words with the same stem ("connect", "connection") once.
 */
async function questionTerms(question: string): Promise<Term[]> {
  const words = [...new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ word: string; query: string }[]>`
    SELECT w.word, plainto_tsquery('english', w.word)::text AS query FROM unnest(${words}::text[]) WITH ORDINALITY AS w(word, n) ORDER BY w.n`;
  const seen = new Set<string>();
  return rows.filter((row) => row.query !== "" && !seen.has(row.query) && seen.add(row.query));
}

/**
 * The pages of the project's own data room that best answer a question, for the ally's drafter:
 * the documents the user may open (current version, READY, not deleted, a classification the role
 * sees, a completed extraction), searched through the stored vectors of the data room search
 * (document_search_chunks, then their passages: a page each). A page matches any of the question's
 * words; pages that contain more of them come first, then by ts_rank. Each keeps its excerpt, the
 * page condensed around those words (ts_headline), which is what a citation quotes.
 */
export async function findAnswerPassages(scope: Pick<TenantContext, "org" | "role">, projectId: string, question: string): Promise<AnswerSearch> {
  const terms = await questionTerms(question);
  if (terms.length === 0) return { terms: [], passages: [] };
  // Written out, not taken from a CTE, so the planner sees a constant (as the data room search does).
  const anyTerm = Prisma.sql`${terms.map((t) => `(${t.query})`).join(" | ")}::tsquery`;
  const termQueries = terms.map((t) => t.query);
  const rows = await db.$queryRaw<PassageRow[]>`
    WITH page AS (
      SELECT DISTINCT ON (d.id, p.page_number) d.id AS document_id, d.name, d.created_at, p.page_number, p.content,
             ts_rank(p.search_vector, ${anyTerm})::float8 AS rank,
             ARRAY(SELECT (t.n - 1)::int FROM unnest(${termQueries}::text[]) WITH ORDINALITY AS t(q, n) WHERE p.search_vector @@ t.q::tsquery) AS matched
      FROM document_search_chunks c
      JOIN documents d ON d.id = c.document_id
      JOIN document_extractions e ON e.id = c.extraction_id
      JOIN document_search_passages p ON p.chunk_id = c.id
      WHERE c.org_id = ${scope.org.id}::uuid
        AND c.search_vector @@ ${anyTerm}
        AND p.search_vector @@ ${anyTerm}
        AND e.status = 'COMPLETED'
        AND d.org_id = ${scope.org.id}::uuid
        AND d.project_id = ${projectId}::uuid
        AND d.is_deleted = false
        AND d.status = 'READY'
        AND (d.classification IS NULL OR d.classification::text = ANY(${visibleClassifications(scope.role)}::text[]))
        AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.parent_version_id = d.id AND n.is_deleted = false)
      ORDER BY d.id, p.page_number, cardinality(ARRAY(SELECT 1 FROM unnest(${termQueries}::text[]) AS t(q) WHERE p.search_vector @@ t.q::tsquery)) DESC,
               ts_rank(p.search_vector, ${anyTerm}) DESC, p.passage_index
    ),
    best AS (
      SELECT * FROM page ORDER BY cardinality(matched) DESC, rank DESC, created_at, document_id, page_number LIMIT ${MAX_PASSAGES}
    )
    SELECT document_id, name, page_number, left(content, ${PASSAGE_MAX_CHARS}) AS content, matched,
           CASE WHEN length(content) <= ${WHOLE_PAGE_EXCERPT_CHARS} THEN content ELSE ts_headline('english', content, ${anyTerm},
             ${`StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) END AS headline
    FROM best
    ORDER BY cardinality(matched) DESC, rank DESC, created_at, document_id, page_number`;
  const markers = new RegExp(`[${SNIPPET_START}${SNIPPET_STOP}]`, "g");
  const passages: AnswerPassage[] = rows.map((row, index) => ({
    number: index + 1,
    documentId: row.document_id,
    documentName: row.name,
    pageNumber: row.page_number,
    content: row.content,
    excerpt: row.headline.replace(markers, "").replace(/\s+/g, " ").trim().slice(0, 600),
    matchedTerms: row.matched,
  }));
  return { terms: terms.map((t) => t.word), passages };
}
