-- Deal screening (issue 15): every run of a deal screen is kept as a version, so a re-screen
-- leaves the earlier ones readable. deal_screens (one per org and project) carries the newest
-- completed version.
CREATE TABLE "deal_screen_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_screen_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ai_task_status" NOT NULL DEFAULT 'PENDING',
    "recommendation" "deal_recommendation",
    "overall_score" DECIMAL(5,2),
    "rationale" TEXT,
    "key_strengths" JSONB,
    "key_risks" JSONB,
    "next_steps" JSONB,
    "model_used" VARCHAR(100),
    "triggered_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "deal_screen_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_deal_screen_versions_overall_score" CHECK ("overall_score" IS NULL OR ("overall_score" >= 0 AND "overall_score" <= 100)),
    CONSTRAINT "ck_deal_screen_versions_version" CHECK ("version" >= 1)
);

CREATE UNIQUE INDEX "deal_screen_versions_deal_screen_id_version_key" ON "deal_screen_versions"("deal_screen_id", "version");
CREATE INDEX "deal_screen_versions_org_id_status_idx" ON "deal_screen_versions"("org_id", "status");

ALTER TABLE "deal_screen_versions" ADD CONSTRAINT "deal_screen_versions_deal_screen_id_fkey" FOREIGN KEY ("deal_screen_id") REFERENCES "deal_screens"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_screen_versions" ADD CONSTRAINT "deal_screen_versions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_screen_versions" ADD CONSTRAINT "deal_screen_versions_triggered_by_fkey" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
