import { type ColumnDef, createColumnHelper, metaHelper, rowPaginationFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import { formatInstant } from "@/lib/audit/format-audit-value";
import type { JobRunDto } from "@/lib/jobs/operations/to-job-run-dto";
import { formatAgo, formatDuration, msBetween } from "./format-job-time";
import { JobProgress } from "./job-progress";
import { JobStatusBadge } from "./job-status-badge";
import { RetryJobButton } from "./retry-job-button";

type JobColumnMeta = { className?: string };

/** Paging is done by the server (manual mode): the table holds its state only. */
export const jobTableFeatures = tableFeatures({ rowPaginationFeature, columnMeta: metaHelper<JobColumnMeta>() });

const column = createColumnHelper<typeof jobTableFeatures, JobRunDto>();
const none = <span className="text-muted-foreground/60">—</span>;

function Details({ run }: { run: JobRunDto }) {
  if (run.status === "RUNNING") return run.progress ? <JobProgress progress={run.progress} /> : <span className="text-muted-foreground">Working…</span>;
  if (run.manuallyRetried) return <span className="text-muted-foreground">Retried by an admin; waiting for a worker.</span>;
  if (!run.lastError || run.status === "COMPLETED") return none;
  return (
    <p title={run.lastError} className="line-clamp-2 max-w-72 text-xs whitespace-normal [overflow-wrap:anywhere] text-danger">
      {run.retryingAfterError ? `Attempt ${run.attempts} failed: ` : null}
      {run.lastError}
    </p>
  );
}

export type JobColumnOptions = { now: string; showOrg: boolean; canRetry: boolean };

// biome-ignore lint/suspicious/noExplicitAny: columns of different value types share one list, as TanStack's own helper types them
type JobColumn = ColumnDef<typeof jobTableFeatures, JobRunDto, any>;

export function jobRunColumns({ now, showOrg, canRetry }: JobColumnOptions): JobColumn[] {
  const org: JobColumn = column.accessor((run) => run.org?.name ?? null, {
    id: "org",
    header: "Organisation",
    cell: ({ getValue }) => getValue() ?? <span className="text-muted-foreground">Platform (scheduled)</span>,
  });
  const actions: JobColumn = column.display({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    meta: { className: "text-right" },
    cell: ({ row }) => (row.original.status === "FAILED" ? <RetryJobButton runId={row.original.id} kind={row.original.kind} /> : null),
  });
  const columns: JobColumn[] = [
    column.accessor("kind", {
      id: "kind",
      header: "Job",
      cell: ({ row }) => <span className="font-medium text-foreground">{row.original.kind}</span>,
    }),
    column.accessor("entity", {
      id: "about",
      header: "About",
      meta: { className: "max-w-64 truncate" },
      cell: ({ getValue }) => {
        const entity = getValue();
        if (!entity) return none;
        return entity.href ? (
          <Link href={entity.href} className="rounded-sm font-medium text-primary hover:underline">
            {entity.label}
          </Link>
        ) : (
          <span className="text-muted-foreground">{entity.label}</span>
        );
      },
    }),
    column.accessor("status", { id: "status", header: "Status", cell: ({ row }) => <JobStatusBadge run={row.original} /> }),
    column.accessor("attempts", {
      id: "attempts",
      header: "Attempts",
      meta: { className: "tabular-nums" },
      cell: ({ row }) => `${row.original.attempts} of ${row.original.maxAttempts}`,
    }),
    column.accessor("startedAt", {
      id: "started",
      header: "Started",
      cell: ({ getValue }) => {
        const at = getValue();
        if (!at) return <span className="text-muted-foreground">Not yet</span>;
        return (
          <time dateTime={at} title={formatInstant(at, true)}>
            {formatAgo(msBetween(at, now))}
          </time>
        );
      },
    }),
    column.accessor("durationMs", {
      id: "duration",
      header: "Duration",
      meta: { className: "tabular-nums" },
      cell: ({ getValue }) => {
        const ms = getValue();
        return ms === null ? none : formatDuration(ms);
      },
    }),
    column.display({ id: "details", header: "Progress or error", meta: { className: "whitespace-normal" }, cell: ({ row }) => <Details run={row.original} /> }),
  ];
  return [...(showOrg ? [org] : []), ...columns, ...(canRetry ? [actions] : [])];
}
