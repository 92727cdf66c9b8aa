-- CreateTable
CREATE TABLE "document_search_chunks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "extraction_id" UUID NOT NULL,
    "chunk_index" INTEGER NOT NULL,
    "page_from" INTEGER NOT NULL,
    "page_to" INTEGER NOT NULL,
    "characters" INTEGER NOT NULL,
    "search_vector" tsvector NOT NULL,

    CONSTRAINT "document_search_chunks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_search_passages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "chunk_id" UUID NOT NULL,
    "passage_index" INTEGER NOT NULL,
    "page_number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "search_vector" tsvector NOT NULL,

    CONSTRAINT "document_search_passages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "document_search_chunks_document_id_idx" ON "document_search_chunks"("document_id");

-- CreateIndex
CREATE INDEX "document_search_chunks_org_id_idx" ON "document_search_chunks"("org_id");

-- CreateIndex
CREATE INDEX "document_search_chunks_search_vector_idx" ON "document_search_chunks" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "document_search_chunks_extraction_id_chunk_index_key" ON "document_search_chunks"("extraction_id", "chunk_index");

-- CreateIndex
CREATE UNIQUE INDEX "document_search_passages_chunk_id_passage_index_key" ON "document_search_passages"("chunk_id", "passage_index");

-- AddForeignKey
ALTER TABLE "document_search_chunks" ADD CONSTRAINT "document_search_chunks_extraction_id_fkey" FOREIGN KEY ("extraction_id") REFERENCES "document_extractions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_search_passages" ADD CONSTRAINT "document_search_passages_chunk_id_fkey" FOREIGN KEY ("chunk_id") REFERENCES "document_search_chunks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data room search reads stored vectors (lib/dataroom/search-documents-query.ts). The expression
-- index it replaces made every search parse the text of every document of the org: the planner
-- could not estimate the expression and skipped the index, then ts_rank and ts_headline
-- re-parsed each text (9-23 s over 200 PDFs).
--
-- Two sizes, because ranking and snippets pull opposite ways. Ranking reads the vector of every
-- matching row, so a common word costs one ts_rank per chunk: chunks of about 8,000 characters
-- (four pages of a report) keep that to a few per document. ts_headline parses the text it is
-- given, so the hits take their snippet from the best passage of their chunk (a page), chosen
-- by the passages' stored vectors. A page over 4,000 characters (a spreadsheet, a text file) is
-- cut between words into passages of about 2,000; a run without spaces is cut at 2,000. So a
-- passage holds at most 4,000 characters and a chunk at most 12,000, far below the 125,000 that
-- keep any tsvector under PostgreSQL's 1 MB (lib/dataroom/search-text-cap.ts); the CHECKs hold
-- that bound as a last guard. Search reads the first 1,000,000 characters of a document
-- (SEARCH_DOCUMENT_MAX_CHARS): a 22 MB text file costs a second at upload, not a minute.
ALTER TABLE "document_search_chunks" ADD CONSTRAINT "document_search_chunks_characters" CHECK ("characters" <= 125000);
ALTER TABLE "document_search_passages" ADD CONSTRAINT "document_search_passages_content_length" CHECK (char_length("content") <= 125000);

-- Ranking reads each matching chunk's vector: kept in the row and uncompressed up to a full page,
-- it is read in place, with no decompression and no TOAST lookup.
ALTER TABLE "document_search_chunks" ALTER COLUMN "search_vector" SET STORAGE MAIN;
ALTER TABLE "document_search_chunks" SET (toast_tuple_target = 8160);

-- New chunks go straight into the GIN tree rather than a pending list: every search would scan
-- that list in full, and the planner, counting its pages, turns from the index to the org's rows.
-- The cost lands on the upload job's staging step, which writes the chunks.
ALTER INDEX "document_search_chunks_search_vector_idx" SET (fastupdate = off);

-- The passages of one TEXT extraction, numbered by chunk: its pages (`result.pages`, as
-- toTextExtractionRecord stores them) or, without pages, its content as page 1 (as
-- readExtractionPages reads it).
CREATE FUNCTION document_search_passages(extraction_result jsonb, extraction_content text)
RETURNS TABLE (chunk_index integer, passage_index integer, page integer, passage text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH page AS (
    SELECT coalesce((e.p ->> 'page')::integer, e.n::integer) AS page, e.n, coalesce(e.p ->> 'text', '') AS text
    FROM jsonb_array_elements(
      CASE WHEN jsonb_typeof(extraction_result -> 'pages') = 'array' AND jsonb_array_length(extraction_result -> 'pages') > 0
        THEN extraction_result -> 'pages'
        ELSE jsonb_build_array(jsonb_build_object('page', 1, 'text', coalesce(extraction_content, '')))
      END) WITH ORDINALITY AS e(p, n)
  ),
  searched AS (
    SELECT page, n, left(text, greatest(0, 1000000 - coalesce(sum(length(text)) OVER before, 0))::integer) AS text
    FROM page
    WINDOW before AS (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ),
  piece AS (
    SELECT page, n, 0::bigint AS k, text FROM searched WHERE length(text) BETWEEN 1 AND 4000
    UNION ALL
    SELECT s.page, s.n, w.k, left(w.m[1], 2000)
    FROM searched s CROSS JOIN LATERAL regexp_matches(s.text, '\S+\s*', 'g') WITH ORDINALITY AS w(m, k)
    WHERE length(s.text) > 4000
  ),
  passage AS (
    SELECT page, n, min(k) AS k, btrim(string_agg(text, '' ORDER BY k), E' \t\r\n') AS text
    FROM (SELECT piece.*, coalesce(sum(length(text)) OVER (PARTITION BY n ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / 2000 AS slot FROM piece) p
    GROUP BY page, n, slot
  ),
  chunked AS (
    SELECT page, n, k, text, coalesce(sum(length(text)) OVER (ORDER BY n, k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / 8000 AS slot
    FROM passage
    WHERE text <> ''
  )
  SELECT (dense_rank() OVER (ORDER BY slot) - 1)::integer, (row_number() OVER (PARTITION BY slot ORDER BY n, k) - 1)::integer, page, text
  FROM chunked
$$;

-- tsvector || tsvector over rows: a chunk's vector from its passages' (positions run on, so a
-- phrase across two pages still matches, as in the page-joined text).
CREATE AGGREGATE document_search_concat(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Rewrites the index of one extraction: each passage parsed once, the chunk's vector made of the
-- document's name (weight A) and its passages' vectors (weight D).
CREATE FUNCTION write_document_search_chunks(target_extraction_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "document_search_chunks" WHERE "extraction_id" = target_extraction_id;
  WITH source AS (
    SELECT d."org_id", d."id" AS document_id, e."id" AS extraction_id, d."name", p.chunk_index, p.passage_index, p.page, p.passage,
           to_tsvector('english', p.passage) AS vector
    FROM "document_extractions" e
    JOIN "documents" d ON d."id" = e."document_id"
    CROSS JOIN LATERAL document_search_passages(e."result", e."content") p
    WHERE e."id" = target_extraction_id AND e."extraction_type" = 'TEXT'
  ),
  chunk AS (
    INSERT INTO "document_search_chunks" ("org_id", "document_id", "extraction_id", "chunk_index", "page_from", "page_to", "characters", "search_vector")
    SELECT "org_id", document_id, extraction_id, chunk_index, min(page), max(page), sum(char_length(passage)),
           setweight(to_tsvector('english', min("name")), 'A') || document_search_concat(vector ORDER BY passage_index)
    FROM source
    GROUP BY "org_id", document_id, extraction_id, chunk_index
    RETURNING "id", "chunk_index"
  )
  INSERT INTO "document_search_passages" ("chunk_id", "passage_index", "page_number", "content", "search_vector")
  SELECT chunk."id", source.passage_index, source.page, source.passage, source.vector
  FROM source JOIN chunk ON chunk."chunk_index" = source.chunk_index;
END
$$;

-- Every writer of a TEXT extraction keeps the index in step: the upload job stages the text
-- outside any short transaction (so the parsing happens there), the seed and the factories write
-- it directly. Publishing a staged row changes only its status, which fires nothing; search
-- reads the chunks of COMPLETED extractions only.
CREATE FUNCTION document_extractions_write_search_chunks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM write_document_search_chunks(NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "document_extractions_search_chunks"
  AFTER INSERT OR UPDATE OF "content", "result", "extraction_type" ON "document_extractions"
  FOR EACH ROW EXECUTE FUNCTION document_extractions_write_search_chunks();

-- The index of the extractions already stored.
SELECT write_document_search_chunks("id") FROM "document_extractions" WHERE "extraction_type" = 'TEXT';

-- The expression index the old query was meant to use: nothing reads it now, and every upload
-- paid for parsing 125,000 characters into it.
DROP INDEX IF EXISTS "document_extractions_text_search_idx";
