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
-- matching chunk, so a common word costs one ts_rank per chunk: few, large chunks rank fastest,
-- as long as each vector stays in its row, uncompressed (a compressed or out-of-line vector costs
-- several times a row). So a chunk takes consecutive passages while its vector stays within
-- 7,000 bytes and its text within 16,000 characters (about five pages of a report; fewer of a
-- text rich in distinct words). ts_headline parses the text it is given, so the hits take their
-- snippet from the best passage of their chunk, chosen by the passages' stored vectors: a page,
-- or, for a page over 4,000 characters (a spreadsheet, a text file), a run of about 2,000
-- characters cut between words (a run without spaces is cut at 2,000). Every vector so stays far
-- below PostgreSQL's 1 MB (a text of 125,000 characters cannot pass it, see
-- lib/dataroom/search-text-cap.ts); the CHECKs hold that bound as a last guard. Search reads the
-- first 1,000,000 characters of a document (SEARCH_DOCUMENT_MAX_CHARS): a 22 MB text file costs
-- a second at upload, not a minute.
ALTER TABLE "document_search_chunks" ADD CONSTRAINT "document_search_chunks_characters" CHECK ("characters" <= 125000);
ALTER TABLE "document_search_passages" ADD CONSTRAINT "document_search_passages_content_length" CHECK (char_length("content") <= 125000);

-- Ranking reads each matching chunk's vector: kept in the row and uncompressed, it is read in
-- place, with no decompression and no TOAST lookup.
ALTER TABLE "document_search_chunks" ALTER COLUMN "search_vector" SET STORAGE MAIN;
ALTER TABLE "document_search_chunks" SET (toast_tuple_target = 8160);

-- New chunks go straight into the GIN tree rather than a pending list: every search would scan
-- that list in full, and the planner, counting its pages, turns from the index to the org's rows.
-- The cost lands on the upload job's staging step, which writes the chunks.
ALTER INDEX "document_search_chunks_search_vector_idx" SET (fastupdate = off);

-- The passages of one TEXT extraction in reading order: its pages (`result.pages`, as
-- toTextExtractionRecord stores them) or, without pages, its content as page 1 (as
-- readExtractionPages reads it).
CREATE FUNCTION document_search_passages(extraction_result jsonb, extraction_content text)
RETURNS TABLE (passage_number bigint, page integer, passage text)
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
  )
  SELECT row_number() OVER (ORDER BY n, k), page, text FROM passage WHERE text <> ''
$$;

-- Rewrites the index of one extraction: each passage parsed once; passages packed in order into
-- chunks while the chunk's vector (the document's name, weight A, then its passages, weight D;
-- tsvector || shifts positions on, so a phrase across two pages still matches) stays within
-- 7,000 bytes and its text within 16,000 characters.
CREATE FUNCTION write_document_search_chunks(target_extraction_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  source record;
  piece record;
  name_vector tsvector;
  piece_vector tsvector;
  chunk_vector tsvector;
  chunk_number integer := 0;
  texts text[] := '{}';
  vectors tsvector[] := '{}';
  pages integer[] := '{}';
  text_length integer := 0;
  new_chunk_id uuid;
BEGIN
  DELETE FROM "document_search_chunks" WHERE "extraction_id" = target_extraction_id;
  SELECT d."org_id", d."id" AS document_id, d."name", e."result", e."content" INTO source
  FROM "document_extractions" e JOIN "documents" d ON d."id" = e."document_id"
  WHERE e."id" = target_extraction_id AND e."extraction_type" = 'TEXT';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  name_vector := setweight(to_tsvector('english', source."name"), 'A');
  chunk_vector := name_vector;
  FOR piece IN SELECT * FROM document_search_passages(source."result", source."content") ORDER BY passage_number LOOP
    piece_vector := to_tsvector('english', piece.passage);
    IF cardinality(texts) > 0 AND (pg_column_size(chunk_vector || piece_vector) > 7000 OR text_length + length(piece.passage) > 16000) THEN
      INSERT INTO "document_search_chunks" ("org_id", "document_id", "extraction_id", "chunk_index", "page_from", "page_to", "characters", "search_vector")
      VALUES (source."org_id", source.document_id, target_extraction_id, chunk_number, pages[1], pages[cardinality(pages)], text_length, chunk_vector)
      RETURNING "id" INTO new_chunk_id;
      INSERT INTO "document_search_passages" ("chunk_id", "passage_index", "page_number", "content", "search_vector")
      SELECT new_chunk_id, (n - 1)::integer, p, t, v FROM unnest(pages, texts, vectors) WITH ORDINALITY AS u(p, t, v, n);
      chunk_number := chunk_number + 1;
      chunk_vector := name_vector;
      texts := '{}';
      vectors := '{}';
      pages := '{}';
      text_length := 0;
    END IF;
    chunk_vector := chunk_vector || piece_vector;
    texts := texts || piece.passage;
    vectors := vectors || piece_vector;
    pages := pages || piece.page;
    text_length := text_length + length(piece.passage);
  END LOOP;
  IF cardinality(texts) > 0 THEN
    INSERT INTO "document_search_chunks" ("org_id", "document_id", "extraction_id", "chunk_index", "page_from", "page_to", "characters", "search_vector")
    VALUES (source."org_id", source.document_id, target_extraction_id, chunk_number, pages[1], pages[cardinality(pages)], text_length, chunk_vector)
    RETURNING "id" INTO new_chunk_id;
    INSERT INTO "document_search_passages" ("chunk_id", "passage_index", "page_number", "content", "search_vector")
    SELECT new_chunk_id, (n - 1)::integer, p, t, v FROM unnest(pages, texts, vectors) WITH ORDINALITY AS u(p, t, v, n);
  END IF;
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
