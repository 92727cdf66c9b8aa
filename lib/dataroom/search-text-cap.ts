/**
 * PostgreSQL refuses a tsvector whose lexemes and positions pass 1 MB, and the index on it then
 * refuses the row. The worst text we know of costs just under 8 bytes of tsvector per character:
 * hyphenated pairs of 4-byte letters ("𠀁𠀂-𠀃𠀄"), each letter stored in the compound and again in
 * its part, plus 4 bytes of position per lexeme. So a text of 125,000 characters stays under
 * 1,000,000 bytes whatever it holds (tests/integration/dataroom-file-limits). Search stores one
 * vector per chunk (at most 16,000 characters) in `document_search_chunks` and one per passage
 * (at most 4,000) in `document_search_passages`; their CHECKs hold both to this bound.
 */
export const SEARCH_TEXT_MAX_CHARS = 125_000;

/**
 * Search reads the first 1,000,000 characters of a document's text (about 300 pages of a report);
 * the full text stays stored and viewable. Past that, a 22 MB text file would cost a minute of
 * parsing at upload and a large share of the index for little use. The migration
 * 20261209100000_document_search_chunks writes the same number into the chunking function.
 */
export const SEARCH_DOCUMENT_MAX_CHARS = 1_000_000;
