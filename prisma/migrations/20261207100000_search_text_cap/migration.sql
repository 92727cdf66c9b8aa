-- Data room search reads the first 125,000 characters of a text (lib/dataroom/search-text-cap.ts
-- says why that many). Indexed on the whole text, a long or word-rich file made to_tsvector pass
-- PostgreSQL's 1 MB tsvector limit, so the extraction row, and with it the document, could not be
-- saved. The query in lib/dataroom/search-documents.ts writes this expression exactly, the cap a
-- literal, so the planner matches it to the index.
DROP INDEX IF EXISTS "document_extractions_text_search_idx";

CREATE INDEX "document_extractions_text_search_idx" ON "document_extractions"
  USING GIN (to_tsvector('english', left(coalesce("content", ''), 125000))) WHERE "extraction_type" = 'TEXT';
