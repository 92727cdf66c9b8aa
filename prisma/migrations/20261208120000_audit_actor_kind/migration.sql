-- Principals (issue 12): an audit row says which kind of principal acted. The dictionary's
-- audit_logs has no column for it, so rows acted by a job, a share link or an API key get a row
-- here; a row with a user and none here was a signed-in user.
CREATE TABLE "audit_log_actors" (
    "audit_log_id" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "ref" VARCHAR(100),

    CONSTRAINT "audit_log_actors_pkey" PRIMARY KEY ("audit_log_id")
);

CREATE INDEX "audit_log_actors_kind_idx" ON "audit_log_actors"("kind");

ALTER TABLE "audit_log_actors" ADD CONSTRAINT "audit_log_actors_audit_log_id_fkey" FOREIGN KEY ("audit_log_id") REFERENCES "audit_logs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
