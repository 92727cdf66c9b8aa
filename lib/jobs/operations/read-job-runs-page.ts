import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toJobKindOptions } from "./job-kinds";
import type { JobRunsQuery } from "./schemas";
import type { JobRunsPage } from "./to-job-run-dto";

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

export type JobRunRecord = Prisma.JobRunGetPayload<{ select: typeof JOB_RUN_SELECT }>;

/**
 * One page of runs within `scope` (an org, or every org for the platform page), newest first,
 * with the kinds and the active count the filters and live refresh need. The caller turns the
 * runs into rows: what it may say about each entity differs between the two pages.
 */
export async function readJobRunsPage(
  query: JobRunsQuery,
  scope: Prisma.JobRunWhereInput,
  now: Date,
): Promise<{ runs: JobRunRecord[]; page: Omit<JobRunsPage, "rows"> }> {
  const where = { ...scope, ...(query.status ? { status: query.status } : {}), ...(query.kind ? { jobId: query.kind } : {}) };
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
  return {
    runs,
    page: {
      total,
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
      kinds: toJobKindOptions(kinds.map((k) => k.jobId)),
      activeCount,
      now: now.toISOString(),
    },
  };
}
