-- CreateTable
CREATE TABLE "covenant_checks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "covenant_id" UUID NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "value" DECIMAL(19,4),
    "status" "covenant_status" NOT NULL,
    "previous_status" "covenant_status" NOT NULL,
    "source" VARCHAR(100),
    "detail" TEXT,
    "checked_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "covenant_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_kpi_targets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "holding_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "metric_name" VARCHAR(100) NOT NULL,
    "unit" VARCHAR(20) NOT NULL,
    "target_value" DECIMAL(19,4) NOT NULL,
    "tolerance_pct" DECIMAL(7,4) NOT NULL DEFAULT 0,
    "direction" VARCHAR(20) NOT NULL DEFAULT 'higher_is_better',
    "frequency" VARCHAR(20) NOT NULL DEFAULT 'quarterly',
    "created_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "project_kpi_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_kpi_actuals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "metric_name" VARCHAR(100) NOT NULL,
    "period" VARCHAR(10) NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(19,4) NOT NULL,
    "note" TEXT,
    "reported_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "project_kpi_actuals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_kpi_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "ally_org_id" UUID NOT NULL,
    "period" VARCHAR(10) NOT NULL,
    "due_date" DATE NOT NULL,
    "requested_by" UUID,
    "fulfilled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_kpi_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portfolio_holding_shares" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "holding_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "shared_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "portfolio_holding_shares_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "covenant_checks_covenant_id_checked_at_idx" ON "covenant_checks"("covenant_id", "checked_at" DESC);

-- CreateIndex
CREATE INDEX "covenant_checks_org_id_idx" ON "covenant_checks"("org_id");

-- CreateIndex
CREATE INDEX "project_kpi_targets_project_id_metric_name_idx" ON "project_kpi_targets"("project_id", "metric_name");

-- CreateIndex
CREATE INDEX "project_kpi_targets_org_id_idx" ON "project_kpi_targets"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_kpi_targets_holding_id_metric_name_key" ON "project_kpi_targets"("holding_id", "metric_name");

-- CreateIndex
CREATE INDEX "project_kpi_actuals_org_id_idx" ON "project_kpi_actuals"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_kpi_actuals_project_id_metric_name_period_key" ON "project_kpi_actuals"("project_id", "metric_name", "period");

-- CreateIndex
CREATE INDEX "project_kpi_requests_ally_org_id_fulfilled_at_idx" ON "project_kpi_requests"("ally_org_id", "fulfilled_at");

-- CreateIndex
CREATE INDEX "project_kpi_requests_project_id_period_idx" ON "project_kpi_requests"("project_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "project_kpi_requests_target_id_period_key" ON "project_kpi_requests"("target_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "portfolio_holding_shares_holding_id_key" ON "portfolio_holding_shares"("holding_id");

-- CreateIndex
CREATE INDEX "portfolio_holding_shares_project_id_idx" ON "portfolio_holding_shares"("project_id");

-- AddForeignKey
ALTER TABLE "covenant_checks" ADD CONSTRAINT "covenant_checks_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "covenant_checks" ADD CONSTRAINT "covenant_checks_covenant_id_fkey" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "covenant_checks" ADD CONSTRAINT "covenant_checks_checked_by_fkey" FOREIGN KEY ("checked_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "project_kpi_targets_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "project_kpi_targets_holding_id_fkey" FOREIGN KEY ("holding_id") REFERENCES "portfolio_holdings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "project_kpi_targets_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "project_kpi_targets_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_actuals" ADD CONSTRAINT "project_kpi_actuals_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_actuals" ADD CONSTRAINT "project_kpi_actuals_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_actuals" ADD CONSTRAINT "project_kpi_actuals_reported_by_fkey" FOREIGN KEY ("reported_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "project_kpi_requests_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "project_kpi_requests_ally_org_id_fkey" FOREIGN KEY ("ally_org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "project_kpi_requests_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "project_kpi_targets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "project_kpi_requests_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "project_kpi_requests_requested_by_fkey" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holding_shares" ADD CONSTRAINT "portfolio_holding_shares_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holding_shares" ADD CONSTRAINT "portfolio_holding_shares_holding_id_fkey" FOREIGN KEY ("holding_id") REFERENCES "portfolio_holdings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holding_shares" ADD CONSTRAINT "portfolio_holding_shares_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holding_shares" ADD CONSTRAINT "portfolio_holding_shares_shared_by_fkey" FOREIGN KEY ("shared_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks the schema cannot express (issue 16)
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "ck_project_kpi_targets_tolerance" CHECK ("tolerance_pct" >= 0 AND "tolerance_pct" <= 100);
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "ck_project_kpi_targets_direction" CHECK ("direction" IN ('higher_is_better', 'lower_is_better'));
ALTER TABLE "project_kpi_targets" ADD CONSTRAINT "ck_project_kpi_targets_frequency" CHECK ("frequency" IN ('monthly', 'quarterly', 'annual'));
ALTER TABLE "project_kpi_actuals" ADD CONSTRAINT "ck_project_kpi_actuals_period" CHECK ("period" ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$');
ALTER TABLE "project_kpi_requests" ADD CONSTRAINT "ck_project_kpi_requests_period" CHECK ("period" ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$');
ALTER TABLE "covenants" ADD CONSTRAINT "ck_covenants_operator" CHECK ("operator" IN ('>=', '<=', '='));
