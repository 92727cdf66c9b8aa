-- The projects list reads a page in its sort order from an index (issue 13).
CREATE INDEX "ix_projects_org_id_updated_at_id" ON "projects"("org_id", "updated_at", "id");
CREATE INDEX "ix_projects_org_id_name_id" ON "projects"("org_id", "name", "id");
CREATE INDEX "ix_projects_org_id_stage_id" ON "projects"("org_id", "stage", "id");
CREATE INDEX "ix_projects_org_id_project_type_id" ON "projects"("org_id", "project_type", "id");
CREATE INDEX "ix_projects_org_id_geography_country_id" ON "projects"("org_id", "geography_country", "id");
CREATE INDEX "ix_projects_org_id_total_investment_required_id" ON "projects"("org_id", "total_investment_required", "id");
CREATE INDEX "ix_projects_org_id_target_close_date_id" ON "projects"("org_id", "target_close_date", "id");
