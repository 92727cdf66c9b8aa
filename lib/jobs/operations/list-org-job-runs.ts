import type { TenantContext } from "@/lib/auth/tenant-context";
import { readJobRunsPage } from "./read-job-runs-page";
import { resolveJobEntities } from "./resolve-job-entities";
import type { JobRunsQuery } from "./schemas";
import { toJobRunDto, type JobRunsPage } from "./to-job-run-dto";

/**
 * One page of the org's job runs, newest first. Only the tenant's own runs: cron runs that act
 * for no org, and other orgs' runs, never appear here.
 */
export async function listOrgJobRuns(tenant: Pick<TenantContext, "org" | "role">, query: JobRunsQuery, now = new Date()): Promise<JobRunsPage> {
  const { runs, page } = await readJobRunsPage(query, { orgId: tenant.org.id }, now);
  const entityOf = await resolveJobEntities(tenant, runs);
  return { rows: runs.map((run) => toJobRunDto(run, { entity: entityOf(run) }, now)), ...page };
}
