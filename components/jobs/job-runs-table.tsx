"use client";

import { functionalUpdate, useTable, type PaginationState } from "@tanstack/react-table";
import { ListChecks } from "lucide-react";
import { useMemo } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { JobRunsQuery } from "@/lib/jobs/operations/schemas";
import type { JobRunsPage } from "@/lib/jobs/operations/to-job-run-dto";
import { cn } from "@/lib/utils/cn";
import { jobRunColumns, jobTableFeatures } from "./job-run-columns";
import { JobRunsFilters } from "./job-runs-filters";
import { JobRunsPagination } from "./job-runs-pagination";
import { useJobRunsQuery } from "./use-job-runs-query";

type Props = {
  page: JobRunsPage;
  query: JobRunsQuery;
  /** The platform page: every org's runs, with an Organisation column. */
  showOrg?: boolean;
  canRetry?: boolean;
  caption: string;
  emptyTitle: string;
  emptyDescription?: string;
};

/**
 * One server-rendered page of job runs. Filters and paging live in the URL: changing them
 * navigates and the server answers with the new rows.
 */
export function JobRunsTable({ page, query, showOrg = false, canRetry = false, caption, emptyTitle, emptyDescription }: Props) {
  const { navigate, isPending } = useJobRunsQuery(query);
  const columns = useMemo(() => jobRunColumns({ now: page.now, showOrg, canRetry }), [page.now, showOrg, canRetry]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: query.page - 1, pageSize: query.pageSize }), [query.page, query.pageSize]);
  const table = useTable({
    features: jobTableFeatures,
    columns,
    data: page.rows,
    getRowId: (row) => row.id,
    manualPagination: true,
    rowCount: page.total,
    autoResetPageIndex: false,
    state: { pagination },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      navigate(next.pageSize !== pagination.pageSize ? { page: 1, pageSize: next.pageSize } : { page: next.pageIndex + 1 });
    },
  });

  const filtered = Boolean(query.status || query.kind);
  if (page.total === 0 && !filtered && query.page === 1) {
    return <EmptyState icon={ListChecks} title={emptyTitle} description={emptyDescription} />;
  }
  return (
    <Card className="overflow-hidden p-0">
      <div className="border-b border-border px-4 py-3">
        <JobRunsFilters query={query} kinds={page.kinds} navigate={navigate} pending={isPending} />
      </div>
      {page.rows.length === 0 ? (
        <EmptyState
          size="sm"
          className="m-4"
          title={page.total === 0 ? "No jobs match these filters." : "No jobs on this page."}
          description={page.total === 0 ? "Choose another status or job, or clear the filters." : "Go back to an earlier page."}
        />
      ) : (
        <Table scrollLabel={caption} aria-busy={isPending || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
          <caption className="sr-only">{caption}</caption>
          <THead>
            {table.getHeaderGroups().map((group) => (
              <TR key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => (
                  <TH key={header.id}>{header.isPlaceholder ? null : <table.FlexRender header={header} />}</TH>
                ))}
              </TR>
            ))}
          </THead>
          <TBody>
            {table.getRowModel().rows.map((row) => (
              <TR key={row.id} data-status={row.original.status}>
                {row.getAllCells().map((cell) => (
                  <TD key={cell.id} className={cn("whitespace-nowrap", cell.column.columnDef.meta?.className)}>
                    <table.FlexRender cell={cell} />
                  </TD>
                ))}
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <JobRunsPagination table={table} total={page.total} />
    </Card>
  );
}
