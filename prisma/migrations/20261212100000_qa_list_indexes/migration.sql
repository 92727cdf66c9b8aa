-- The Q&A table filtered by status and priority (the common triage view: open urgent and high
-- questions by deadline) counts and pages from this index alone: the (project_id, status) index
-- found every waiting question of the project and read the heap to drop the other priorities
-- (measured at 5,000 questions on PostgreSQL: the count from 1-10 ms to 0.2 ms). Prisma's schema
-- language has no INCLUDE, so the index lives here only.
CREATE INDEX "ix_qa_questions_project_status_priority" ON "qa_questions"("project_id", "status", "priority") INCLUDE ("sla_deadline", "id");
