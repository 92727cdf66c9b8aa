"use client";

import { functionalUpdate, useTable, type PaginationState, type SortingState } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TBody, TD, THead, TR } from "@/components/ui/table";
import { ORG_PAGE_SIZES, type OrgSortKey } from "@/lib/admin/list-search";
import type { OrgListQuery } from "@/lib/admin/schemas";
import type { OrgListPage } from "@/lib/admin/unsafe-list-organisations";
import { cn } from "@/lib/utils/cn";
import { orgColumns, orgTableFeatures } from "./org-list-columns";
import { OrgListFilters } from "./org-list-filters";
import { OrgSortableHeader } from "./org-sortable-header";
import { useOrgListQuery } from "./use-org-list-query";

/**
 * One server-rendered page of organisations. Sorting, filters and paging live in the URL: a
 * change navigates and the server answers with the new rows.
 */
export function OrgListTable({ page, query, now }: { page: OrgListPage; query: OrgListQuery; now: string }) {
  const { navigate, isPending } = useOrgListQuery(query);
  const sizeId = useId();
  const columns = useMemo(() => orgColumns(now), [now]);
  const sorting = useMemo<SortingState>(() => [{ id: query.sort, desc: query.dir === "desc" }], [query.sort, query.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: query.page - 1, pageSize: query.pageSize }), [query.page, query.pageSize]);
  const table = useTable({
    features: orgTableFeatures,
    columns,
    data: page.rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: page.total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) navigate({ sort: next.id as OrgSortKey, dir: next.desc ? "desc" : "asc", page: 1 });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      navigate(next.pageSize !== pagination.pageSize ? { page: 1, pageSize: next.pageSize } : { page: next.pageIndex + 1 });
    },
  });
  const first = page.total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = Math.min(page.total, query.page * query.pageSize);

  return (
    <Card className="overflow-hidden p-0">
      <div className="border-b border-border px-4 py-3">
        <OrgListFilters query={query} navigate={navigate} pending={isPending} />
      </div>
      {page.rows.length === 0 ? (
        <EmptyState
          size="sm"
          className="m-4"
          title={page.total === 0 ? "No organisation matches." : "No organisations on this page."}
          description={page.total === 0 ? "Try another name, or clear the filters." : "Go back to an earlier page."}
        />
      ) : (
        <Table aria-busy={isPending || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
          <caption className="sr-only">Organisations on the platform</caption>
          <THead>
            {table.getHeaderGroups().map((group) => (
              <TR key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => (
                  <OrgSortableHeader key={header.id} header={header} />
                ))}
              </TR>
            ))}
          </THead>
          <TBody>
            {table.getRowModel().rows.map((row) => (
              <TR key={row.id} data-org-slug={row.original.slug}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <TD key={cell.id} className={cn("whitespace-nowrap", meta?.align === "end" && "text-right tabular-nums", meta?.className)}>
                      <table.FlexRender cell={cell} />
                    </TD>
                  );
                })}
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <nav aria-label="Organisation pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm text-muted-foreground">
        <p aria-live="polite">
          Showing{" "}
          <span className="font-medium text-foreground tabular-nums">
            {first.toLocaleString("en")}–{last.toLocaleString("en")}
          </span>{" "}
          of <span className="font-medium text-foreground tabular-nums">{page.total.toLocaleString("en")}</span>
        </p>
        <div className="flex items-center gap-3">
          <label htmlFor={sizeId} className="whitespace-nowrap">
            Rows
          </label>
          <NativeSelect id={sizeId} className="h-8 w-20" value={query.pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {ORG_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
          <span className="whitespace-nowrap tabular-nums">
            Page {query.page.toLocaleString("en")} of {page.pageCount.toLocaleString("en")}
          </span>
          <div className="flex gap-1">
            <Button
              variant="outline"
              size="icon-sm"
              aria-label="Previous page"
              title="Previous page"
              onClick={() => table.previousPage()}
              disabled={!table.getCanPreviousPage()}
            >
              <ChevronLeft aria-hidden />
            </Button>
            <Button variant="outline" size="icon-sm" aria-label="Next page" title="Next page" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              <ChevronRight aria-hidden />
            </Button>
          </div>
        </div>
      </nav>
    </Card>
  );
}
