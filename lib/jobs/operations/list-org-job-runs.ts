import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toJobKindOptions } from "./job-kinds";
import { resolveJobEntities } from "./resolve-job-entities";
import type { JobRunsQuery } from "./schemas";
import { toJobRunDto, type JobRunsPage } from "./to-job-run-dto";

export const JOB_RUN_SELECT = {
  id: true,
  jobId: true,
  orgId: true,
  entityType: true,
  entityId: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  createdAt: true,
  runAt: true,
  startedAt: true,
  finishedAt: true,
  progressDone: true,
  progressTotal: true,
  lastError: true,
} satisfies Prisma.JobRunSelect;

export function jobRunsWhere(query: JobRunsQuery, scope: Prisma.JobRunWhereInput = {}): Prisma.JobRunWhereInput {
  return { ...scope, ...(query.status ? { status: query.status } : {}), ...(query.kind ? { jobId: query.kind } : {}) };
}

/**
 * One page of the org's job runs, newest first. Only the tenant's own runs: cron runs that act
 * for no org, and other orgs' runs, never appear here.
 */
export async function listOrgJobRuns(tenant: Pick<TenantContext, "org" | "role">, query: JobRunsQuery, now = new Date()): Promise<JobRunsPage> {
  const scope = { orgId: tenant.org.id };
  const where = jobRunsWhere(query, scope);
  const [runs, total, kinds, activeCount] = await Promise.all([
    db.jobRun.findMany({
      where,
      select: JOB_RUN_SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.jobRun.count({ where }),
    db.jobRun.groupBy({ by: ["jobId"], where: scope }),
    db.jobRun.count({ where: { ...scope, status: { in: ["QUEUED", "RUNNING"] } } }),
  ]);
  const entityOf = await resolveJobEntities(tenant, runs);
  return {
    rows: runs.map((run) => toJobRunDto(run, { entity: entityOf(run) }, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    kinds: toJobKindOptions(kinds.map((k) => k.jobId)),
    activeCount,
    now: now.toISOString(),
  };
}
