-- Search and listing indexes the dictionary does not list.
-- The projects list searches name and description with ILIKE '%term%': trigram GIN indexes serve
-- it. PGlite (the embedded database) loads the extension in lib/db/embedded-postgres.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "ix_audit_logs_org_id_timestamp" ON "audit_logs"("org_id", "timestamp" DESC);

-- CreateIndex
CREATE INDEX "projects_name_trgm_idx" ON "projects" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "projects_description_trgm_idx" ON "projects" USING GIN ("description" gin_trgm_ops);

-- Data room full-text search: the search query's to_tsvector expression, indexed (Prisma cannot
-- express an expression index; its diff leaves this one alone).
CREATE INDEX "document_extractions_text_search_idx" ON "document_extractions"
  USING GIN (to_tsvector('english', coalesce("content", ''))) WHERE "extraction_type" = 'TEXT';
