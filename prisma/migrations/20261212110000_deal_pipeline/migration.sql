-- Deal pipeline (issue 15): the projects an investor org works on, each in one stage, and every
-- move with who, when and why.
CREATE TABLE "deal_pipeline_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "stage" VARCHAR(30) NOT NULL,
    "match_id" UUID,
    "added_by" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "deal_pipeline_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_deal_pipeline_entries_stage" CHECK ("stage" IN ('sourced', 'screening', 'diligence', 'investment_committee', 'closed_won', 'closed_lost'))
);

CREATE TABLE "deal_stage_transitions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entry_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "from_stage" VARCHAR(30),
    "to_stage" VARCHAR(30) NOT NULL,
    "reason" TEXT NOT NULL,
    "moved_by" UUID NOT NULL,
    "moved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "deal_stage_transitions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ck_deal_stage_transitions_to_stage" CHECK ("to_stage" IN ('sourced', 'screening', 'diligence', 'investment_committee', 'closed_won', 'closed_lost')),
    CONSTRAINT "ck_deal_stage_transitions_moved" CHECK ("from_stage" IS DISTINCT FROM "to_stage")
);

CREATE UNIQUE INDEX "deal_pipeline_entries_org_id_project_id_key" ON "deal_pipeline_entries"("org_id", "project_id");
CREATE INDEX "deal_pipeline_entries_org_id_stage_idx" ON "deal_pipeline_entries"("org_id", "stage");
CREATE INDEX "deal_stage_transitions_entry_id_moved_at_idx" ON "deal_stage_transitions"("entry_id", "moved_at");
CREATE INDEX "deal_stage_transitions_org_id_moved_at_idx" ON "deal_stage_transitions"("org_id", "moved_at");

ALTER TABLE "deal_pipeline_entries" ADD CONSTRAINT "deal_pipeline_entries_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_pipeline_entries" ADD CONSTRAINT "deal_pipeline_entries_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_pipeline_entries" ADD CONSTRAINT "deal_pipeline_entries_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match_results"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "deal_pipeline_entries" ADD CONSTRAINT "deal_pipeline_entries_added_by_fkey" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "deal_stage_transitions" ADD CONSTRAINT "deal_stage_transitions_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "deal_pipeline_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_stage_transitions" ADD CONSTRAINT "deal_stage_transitions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deal_stage_transitions" ADD CONSTRAINT "deal_stage_transitions_moved_by_fkey" FOREIGN KEY ("moved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
