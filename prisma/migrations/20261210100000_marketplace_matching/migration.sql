-- CreateEnum
CREATE TYPE "risk_tolerance" AS ENUM ('CONSERVATIVE', 'MODERATE', 'AGGRESSIVE');

-- AlterTable
ALTER TABLE "investor_mandates" ADD COLUMN     "dimension_weights" JSONB NOT NULL DEFAULT '{"geography": 25, "sector": 20, "stage": 15, "deal_size": 20, "esg": 10, "evidence": 10}',
ADD COLUMN     "excluded_geographies" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "exclusions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "is_discoverable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "risk_tolerance" "risk_tolerance" NOT NULL DEFAULT 'MODERATE';

-- CreateTable
CREATE TABLE "marketplace_listings" (
    "project_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "project_type" "project_type" NOT NULL,
    "stage" "project_stage" NOT NULL,
    "geography_country" VARCHAR(100) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "capacity_mw" DECIMAL(19,4),
    "total_investment_required" DECIMAL(19,4) NOT NULL,
    "signal_score" DECIMAL(5,2),
    "published_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector NOT NULL,

    CONSTRAINT "marketplace_listings_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "project_marketplace_settings" (
    "project_id" UUID NOT NULL,
    "show_milestones" BOOLEAN NOT NULL DEFAULT true,
    "show_budget" BOOLEAN NOT NULL DEFAULT true,
    "show_signal_score" BOOLEAN NOT NULL DEFAULT true,
    "show_documents" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "project_marketplace_settings_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "query" VARCHAR(2000) NOT NULL,
    "notify" BOOLEAN NOT NULL DEFAULT true,
    "last_notified_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_watches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_watches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fx_rates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "rate_date" DATE NOT NULL,
    "base" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rate" DECIMAL(19,8) NOT NULL,
    "source" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fx_rates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_reads" (
    "match_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "last_read_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "match_reads_pkey" PRIMARY KEY ("match_id","user_id")
);

-- CreateIndex
CREATE INDEX "marketplace_listings_search_vector_idx" ON "marketplace_listings" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "marketplace_listings_published_at_project_id_idx" ON "marketplace_listings"("published_at", "project_id");

-- CreateIndex
CREATE INDEX "marketplace_listings_project_type_idx" ON "marketplace_listings"("project_type");

-- CreateIndex
CREATE INDEX "marketplace_listings_stage_idx" ON "marketplace_listings"("stage");

-- CreateIndex
CREATE INDEX "marketplace_listings_geography_country_idx" ON "marketplace_listings"("geography_country");

-- CreateIndex
CREATE INDEX "saved_searches_org_id_user_id_idx" ON "saved_searches"("org_id", "user_id");

-- CreateIndex
CREATE INDEX "project_watches_project_id_idx" ON "project_watches"("project_id");

-- CreateIndex
CREATE INDEX "project_watches_org_id_idx" ON "project_watches"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_watches_user_id_project_id_key" ON "project_watches"("user_id", "project_id");

-- CreateIndex
CREATE INDEX "fx_rates_rate_date_idx" ON "fx_rates"("rate_date");

-- CreateIndex
CREATE UNIQUE INDEX "fx_rates_base_currency_rate_date_key" ON "fx_rates"("base", "currency", "rate_date");

-- CreateIndex
CREATE INDEX "match_reads_user_id_idx" ON "match_reads"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "ux_match_results_mandate_project" ON "match_results"("mandate_id", "project_id");

-- AddForeignKey
ALTER TABLE "marketplace_listings" ADD CONSTRAINT "marketplace_listings_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_marketplace_settings" ADD CONSTRAINT "project_marketplace_settings_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_watches" ADD CONSTRAINT "project_watches_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_watches" ADD CONSTRAINT "project_watches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_watches" ADD CONSTRAINT "project_watches_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_reads" ADD CONSTRAINT "match_reads_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_reads" ADD CONSTRAINT "match_reads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The marketplace read model follows projects and signal_scores through triggers, so every writer
-- (actions, jobs, the seed, the factories, a manual UPDATE) keeps it in step: a project is listed
-- exactly while it is published and ACTIVE. Facets and search then read one narrow table.
CREATE FUNCTION marketplace_listing_vector(p_name text, p_region text, p_description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(p_name, '')), 'A')
        || setweight(to_tsvector('english', coalesce(p_region, '')), 'B')
        || setweight(to_tsvector('english', left(coalesce(p_description, ''), 20000)), 'C')
  $$;

CREATE FUNCTION marketplace_latest_signal_score(p_project uuid) RETURNS numeric
  LANGUAGE sql STABLE AS $$
    SELECT overall_score FROM signal_scores
     WHERE project_id = p_project AND status = 'COMPLETED'
     ORDER BY version DESC, created_at DESC LIMIT 1
  $$;

CREATE FUNCTION marketplace_sync_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.is_published AND NEW.status = 'ACTIVE' THEN
    INSERT INTO marketplace_listings AS l (project_id, org_id, project_type, stage, geography_country, currency,
        capacity_mw, total_investment_required, signal_score, published_at, search_vector)
    VALUES (NEW.id, NEW.org_id, NEW.project_type, NEW.stage, NEW.geography_country, NEW.currency, NEW.capacity_mw,
        NEW.total_investment_required, marketplace_latest_signal_score(NEW.id), coalesce(NEW.published_at, now()),
        marketplace_listing_vector(NEW.name, NEW.geography_region, NEW.description))
    ON CONFLICT (project_id) DO UPDATE SET
        org_id = EXCLUDED.org_id, project_type = EXCLUDED.project_type, stage = EXCLUDED.stage,
        geography_country = EXCLUDED.geography_country, currency = EXCLUDED.currency, capacity_mw = EXCLUDED.capacity_mw,
        total_investment_required = EXCLUDED.total_investment_required, published_at = EXCLUDED.published_at,
        search_vector = EXCLUDED.search_vector;
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM marketplace_listings WHERE project_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER projects_marketplace_listing
  AFTER INSERT OR UPDATE OF is_published, status, name, description, geography_region, project_type, stage,
    geography_country, currency, capacity_mw, total_investment_required, published_at ON projects
  FOR EACH ROW EXECUTE FUNCTION marketplace_sync_project();

CREATE FUNCTION marketplace_sync_signal_score() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE marketplace_listings SET signal_score = marketplace_latest_signal_score(NEW.project_id)
   WHERE project_id = NEW.project_id;
  RETURN NULL;
END $$;

CREATE TRIGGER signal_scores_marketplace_listing
  AFTER INSERT OR UPDATE OF status, overall_score ON signal_scores
  FOR EACH ROW WHEN (NEW.status = 'COMPLETED') EXECUTE FUNCTION marketplace_sync_signal_score();

-- Projects published before this migration.
INSERT INTO marketplace_listings (project_id, org_id, project_type, stage, geography_country, currency, capacity_mw,
    total_investment_required, signal_score, published_at, search_vector)
SELECT id, org_id, project_type, stage, geography_country, currency, capacity_mw, total_investment_required,
       marketplace_latest_signal_score(id), coalesce(published_at, now()),
       marketplace_listing_vector(name, geography_region, description)
  FROM projects WHERE is_published AND status = 'ACTIVE';

-- Listings enter the GIN tree directly: a pending list would be scanned by every search.
ALTER INDEX "marketplace_listings_search_vector_idx" SET (fastupdate = off);

ALTER TABLE "fx_rates" ADD CONSTRAINT "fx_rates_rate_positive" CHECK ("rate" > 0);
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_name_not_blank" CHECK (length(btrim("name")) > 0);
