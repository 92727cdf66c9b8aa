-- Q&A workflow (issue 15): gapless question numbers per project, each org's SLA hours, one final
-- answer per question, and the columns' value lists as constraints.

-- The last question number of each project. Taking a number is one upsert on this row: concurrent
-- asks queue on its lock, and a rolled-back ask gives its number back with the transaction.
CREATE TABLE "qa_number_counters" (
    "project_id" UUID NOT NULL,
    "last_number" INTEGER NOT NULL,
    CONSTRAINT "qa_number_counters_pkey" PRIMARY KEY ("project_id"),
    CONSTRAINT "ck_qa_number_counters_last_number" CHECK ("last_number" >= 1)
);
ALTER TABLE "qa_number_counters" ADD CONSTRAINT "qa_number_counters_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hours an org gives itself to answer, by priority. No row: the platform defaults (24/72/120/240).
CREATE TABLE "qa_sla_policies" (
    "org_id" UUID NOT NULL,
    "urgent_hours" INTEGER NOT NULL,
    "high_hours" INTEGER NOT NULL,
    "normal_hours" INTEGER NOT NULL,
    "low_hours" INTEGER NOT NULL,
    "updated_by" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "qa_sla_policies_pkey" PRIMARY KEY ("org_id"),
    CONSTRAINT "ck_qa_sla_policies_hours" CHECK (
      "urgent_hours" BETWEEN 1 AND 2160 AND "high_hours" BETWEEN 1 AND 2160 AND "normal_hours" BETWEEN 1 AND 2160 AND "low_hours" BETWEEN 1 AND 2160)
);
ALTER TABLE "qa_sla_policies" ADD CONSTRAINT "qa_sla_policies_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "qa_sla_policies" ADD CONSTRAINT "qa_sla_policies_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One final answer per question, whatever races to submit it.
CREATE UNIQUE INDEX "ux_qa_answers_final" ON "qa_answers"("question_id") WHERE "is_final";

-- The overdue job reads only the open questions not yet flagged, by deadline.
CREATE INDEX "ix_qa_questions_open_deadline" ON "qa_questions"("sla_deadline") WHERE "status" IN ('open', 'in_progress') AND NOT "sla_breached";

ALTER TABLE "qa_questions" ADD CONSTRAINT "ck_qa_questions_status" CHECK ("status" IN ('open', 'in_progress', 'answered', 'closed'));
ALTER TABLE "qa_questions" ADD CONSTRAINT "ck_qa_questions_priority" CHECK ("priority" IN ('urgent', 'high', 'normal', 'low'));
ALTER TABLE "qa_questions" ADD CONSTRAINT "ck_qa_questions_question_number" CHECK ("question_number" >= 1);
