import { Prisma } from "@/lib/db/generated/client";

/**
 * Search reads the first 125,000 characters of a document's text; the full text stays stored
 * and viewable. PostgreSQL refuses a tsvector whose lexemes and positions pass 1 MB, and the
 * index on it then refuses the row. The worst text we know of costs just under 8 bytes of
 * tsvector per character: hyphenated pairs of 4-byte letters ("𠀁𠀂-𠀃𠀄"), each letter stored in
 * the compound and again in its part, plus 4 bytes of position per lexeme. So 125,000
 * characters stay under 1,000,000 bytes whatever the text (tests/integration/dataroom-file-limits).
 * About 20,000 words of prose: the first 40 pages or so of a report.
 */
export const SEARCH_TEXT_MAX_CHARS = 125_000;

/**
 * The searched text and its tsvector, written exactly as the GIN index
 * `document_extractions_text_search_idx` (migration 20261207100000_search_text_cap) is, with the
 * cap as a literal: a bound parameter would not match the index expression and every search
 * would scan and re-parse every document.
 */
export function searchText(alias: string): Prisma.Sql {
  return Prisma.raw(`left(coalesce(${alias}.content, ''), ${SEARCH_TEXT_MAX_CHARS})`);
}

export function searchVector(alias: string): Prisma.Sql {
  return Prisma.sql`to_tsvector('english', ${searchText(alias)})`;
}
