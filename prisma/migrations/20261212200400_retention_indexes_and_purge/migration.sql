-- CreateIndex
CREATE INDEX "ai_task_logs_created_at_idx" ON "ai_task_logs"("created_at");

-- CreateIndex
CREATE INDEX "document_access_logs_created_at_idx" ON "document_access_logs"("created_at");

-- CreateIndex
CREATE INDEX "ix_projects_org_id_created_at_id" ON "projects"("org_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_subscription_id_created_at_idx" ON "webhook_deliveries"("subscription_id", "created_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_created_at_idx" ON "webhook_deliveries"("status", "created_at");

-- Retention (issue 17): audit and access logs are archived to object storage after 365 days and
-- only then removed. The tables stay append-only for everything else: the trigger lets a DELETE
-- through only inside the purge function below (which raises a transaction-local flag) and only
-- for a row past the retention age, so neither a bug nor the app's role can remove a recent row.
CREATE OR REPLACE FUNCTION "reject_audit_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('scr.retention_purge', true) = 'on' AND OLD."timestamp" < now() - interval '365 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_logs is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- SECURITY DEFINER: the app's role has no DELETE on these tables; it may call this, which removes
-- only rows past 365 days among the ids it is given (those the caller has archived first).
CREATE FUNCTION "purge_archived_audit_logs"(ids uuid[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  removed integer;
BEGIN
  PERFORM set_config('scr.retention_purge', 'on', true);
  DELETE FROM "audit_log_actors" a USING "audit_logs" l
    WHERE a."audit_log_id" = l."id" AND l."id" = ANY(ids) AND l."timestamp" < now() - interval '365 days';
  DELETE FROM "audit_logs" WHERE "id" = ANY(ids) AND "timestamp" < now() - interval '365 days';
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('scr.retention_purge', 'off', true);
  RETURN removed;
END;
$$;

CREATE FUNCTION "purge_archived_access_logs"(ids uuid[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  removed integer;
BEGIN
  DELETE FROM "document_access_logs" WHERE "id" = ANY(ids) AND "created_at" < now() - interval '365 days';
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END;
$$;
