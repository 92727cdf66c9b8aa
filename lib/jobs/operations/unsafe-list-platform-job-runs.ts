import { db } from "@/lib/db/client";
import { readJobRunsPage } from "./read-job-runs-page";
import { unnamedEntity } from "./resolve-job-entities";
import type { JobRunsQuery } from "./schemas";
import { toJobRunDto, type JobRunsPage } from "./to-job-run-dto";

/**
 * Every org's job runs, newest first, with the org's name: unsafe by design, for the platform
 * operator's jobs page only (it requires an ADMIN org with platform.manage). What a run is about
 * is shown by kind and id, never by name: the operator sees that a document failed, not what the
 * tenant called it, and a link into another tenant's data room would answer 404 anyway.
 */
export async function unsafeListPlatformJobRuns(query: JobRunsQuery, now = new Date()): Promise<JobRunsPage> {
  const { runs, page } = await readJobRunsPage(query, {}, now);
  const orgIds = [...new Set(runs.map((r) => r.orgId).filter((id): id is string => Boolean(id)))];
  // No foreign key from job_runs to organizations: a run can outlive its org.
  const orgs = await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } });
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  return {
    rows: runs.map((run) =>
      toJobRunDto(
        run,
        {
          entity: run.entityType && run.entityId ? { ...unnamedEntity(run.entityType, run.entityId), label: `${run.entityType} ${run.entityId.slice(0, 8)}` } : null,
          org: run.orgId ? (orgById.get(run.orgId) ?? { id: run.orgId, name: "Removed organisation" }) : null,
        },
        now,
      ),
    ),
    ...page,
  };
}
