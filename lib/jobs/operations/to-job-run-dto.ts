import type { JobRun } from "@/lib/db/generated/client";
import { jobKindLabel, jobProgressUnit } from "./job-kinds";
import type { JobEntityView } from "./resolve-job-entities";
import type { JobRunStatusValue } from "./schemas";

/** One run as the operations tables show it: plain values only (dates as ISO strings). */
export type JobRunDto = {
  id: string;
  jobId: string;
  kind: string;
  /** Set on the platform page only. */
  org: { id: string; name: string } | null;
  entity: JobEntityView | null;
  status: JobRunStatusValue;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  runAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Finished runs: how long the last attempt took; running ones: how long so far. */
  durationMs: number | null;
  progress: { done: number; total: number; unit: string | null } | null;
  lastError: string | null;
  /** QUEUED after a person retried it (the worker restores the entity's working state first). */
  manuallyRetried: boolean;
  /** QUEUED again after a failed attempt, waiting out its backoff. */
  retryingAfterError: boolean;
};

export type JobRunRecord = Pick<
  JobRun,
  "id" | "jobId" | "status" | "attempts" | "maxAttempts" | "createdAt" | "runAt" | "startedAt" | "finishedAt" | "progressDone" | "progressTotal" | "lastError"
>;

/** Error texts can be long (a stack of causes): the table shows the start, the full one is in the title. */
const ERROR_LIMIT = 2_000;

function durationOf(run: JobRunRecord, now: Date): number | null {
  if (!run.startedAt) return null;
  if (run.status === "RUNNING") return Math.max(0, now.getTime() - run.startedAt.getTime());
  if (run.status === "QUEUED" || !run.finishedAt) return null;
  return Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime());
}

export function toJobRunDto(run: JobRunRecord, extra: { entity: JobEntityView | null; org?: { id: string; name: string } | null }, now: Date): JobRunDto {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: run.id,
    jobId: run.jobId,
    kind: jobKindLabel(run.jobId),
    org: extra.org ?? null,
    entity: extra.entity,
    status: run.status,
    attempts: run.attempts,
    maxAttempts: run.maxAttempts,
    createdAt: run.createdAt.toISOString(),
    runAt: run.runAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    durationMs: durationOf(run, now),
    progress: run.progressTotal ? { done: Math.min(run.progressDone ?? 0, run.progressTotal), total: run.progressTotal, unit: jobProgressUnit(run.jobId) } : null,
    lastError: run.lastError ? run.lastError.slice(0, ERROR_LIMIT) : null,
    manuallyRetried: run.status === "QUEUED" && run.finishedAt !== null,
    retryingAfterError: run.status === "QUEUED" && run.finishedAt === null && run.attempts > 0,
  };
}

export type JobRunsPage = {
  rows: JobRunDto[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  kinds: { id: string; label: string }[];
  /** Runs queued or running in the whole list, whatever the filters show: the page re-reads itself while there are any. */
  activeCount: number;
  now: string;
};
