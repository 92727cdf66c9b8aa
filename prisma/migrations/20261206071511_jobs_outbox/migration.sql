-- CreateEnum
CREATE TYPE "job_run_status" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "org_id" UUID,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatched_at" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "job_id" VARCHAR(100) NOT NULL,
    "event_id" UUID,
    "event_name" VARCHAR(100) NOT NULL,
    "org_id" UUID,
    "payload" JSONB NOT NULL,
    "entity_type" VARCHAR(50),
    "entity_id" UUID,
    "status" "job_run_status" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL,
    "run_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "debounce_key" VARCHAR(200),
    "locked_by" VARCHAR(100),
    "locked_until" TIMESTAMP(3),
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "progress_done" INTEGER,
    "progress_total" INTEGER,
    "last_error" TEXT,
    "output" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_steps" (
    "run_id" UUID NOT NULL,
    "step_id" VARCHAR(100) NOT NULL,
    "output" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_steps_pkey" PRIMARY KEY ("run_id","step_id")
);

-- CreateTable
CREATE TABLE "cron_schedules" (
    "job_id" VARCHAR(100) NOT NULL,
    "last_slot_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cron_schedules_pkey" PRIMARY KEY ("job_id")
);

-- CreateTable
CREATE TABLE "worker_heartbeats" (
    "worker_id" VARCHAR(100) NOT NULL,
    "host" VARCHAR(200) NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "beat_at" TIMESTAMP(3) NOT NULL,
    "runs_done" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "worker_heartbeats_pkey" PRIMARY KEY ("worker_id")
);

-- CreateIndex
CREATE INDEX "outbox_events_dispatched_at_created_at_idx" ON "outbox_events"("dispatched_at", "created_at");

-- CreateIndex
CREATE INDEX "outbox_events_org_id_created_at_idx" ON "outbox_events"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "job_runs_status_run_at_idx" ON "job_runs"("status", "run_at");

-- CreateIndex
CREATE INDEX "job_runs_org_id_created_at_idx" ON "job_runs"("org_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "job_runs_entity_type_entity_id_idx" ON "job_runs"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "job_runs_job_id_event_id_key" ON "job_runs"("job_id", "event_id");

-- AddForeignKey
ALTER TABLE "job_steps" ADD CONSTRAINT "job_steps_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "job_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
