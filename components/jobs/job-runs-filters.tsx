"use client";

import { FilterX, LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import type { JobKindOption } from "@/lib/jobs/operations/job-kinds";
import { JOB_RUN_STATUSES, type JobRunStatusValue } from "@/lib/jobs/operations/job-runs-search";
import type { JobRunsQuery } from "@/lib/jobs/operations/schemas";

const STATUS_LABELS: Record<JobRunStatusValue, string> = { QUEUED: "Queued", RUNNING: "Running", COMPLETED: "Completed", FAILED: "Failed" };

type Props = { query: JobRunsQuery; kinds: JobKindOption[]; navigate(patch: Partial<JobRunsQuery>): void; pending: boolean };

/** Status and kind, each applied as soon as it changes (page back to 1). */
export function JobRunsFilters({ query, kinds, navigate, pending }: Props) {
  const filtered = Boolean(query.status || query.kind);
  return (
    // A form with role="search" as the audit log's filters: every browser and axe know it as a landmark.
    <form role="search" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-3">
      <Field label="Status" className="w-40">
        <NativeSelect value={query.status ?? ""} onChange={(event) => navigate({ status: (event.target.value || undefined) as JobRunStatusValue | undefined, page: 1 })}>
          <option value="">All statuses</option>
          {JOB_RUN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Job" className="w-56">
        <NativeSelect value={query.kind ?? ""} onChange={(event) => navigate({ kind: event.target.value || undefined, page: 1 })}>
          <option value="">All jobs</option>
          {kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
          {query.kind && !kinds.some((k) => k.id === query.kind) ? <option value={query.kind}>{query.kind}</option> : null}
        </NativeSelect>
      </Field>
      {filtered ? (
        <Button variant="ghost" size="sm" className="h-9" onClick={() => navigate({ status: undefined, kind: undefined, page: 1 })}>
          <FilterX aria-hidden /> Clear filters
        </Button>
      ) : null}
      <span role="status" aria-live="polite" className="inline-flex h-9 items-center gap-1.5 text-xs text-muted-foreground">
        {pending ? (
          <>
            <LoaderCircle aria-hidden className="size-3.5 animate-spin motion-reduce:animate-none" /> Updating…
          </>
        ) : null}
      </span>
    </form>
  );
}
