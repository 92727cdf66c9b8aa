"use client";

import { functionalUpdate, useTable, type PaginationState, type SortingState } from "@tanstack/react-table";
import { Download } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, THead, TR } from "@/components/ui/table";
import { type ListProjectsQuery, type ProjectSortKey, toProjectsSearch } from "@/lib/projects/projects-search";
import { cn } from "@/lib/utils/cn";
import { ColumnVisibilityMenu } from "./column-visibility-menu";
import { projectColumns, projectTableFeatures, type ProjectTableRow } from "./project-columns";
import { ProjectsPagination } from "./projects-pagination";
import { SortableHeader } from "./sortable-header";
import { useColumnVisibility } from "./use-column-visibility";
import { useProjectsQuery } from "./use-projects-query";

type ProjectsTableProps = { rows: ProjectTableRow[]; total: number; query: ListProjectsQuery };

/**
 * One server-rendered page of projects. The table owns sorting, paging and column visibility as
 * state; changing sorting or paging navigates, and the server answers with the new rows.
 */
export function ProjectsTable({ rows, total, query }: ProjectsTableProps) {
  const { navigate, isPending } = useProjectsQuery(query);
  const { visibility, setVisibility } = useColumnVisibility();
  const sorting = useMemo<SortingState>(() => [{ id: query.sort, desc: query.dir === "desc" }], [query.sort, query.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: query.page - 1, pageSize: query.size }), [query.page, query.size]);

  const table = useTable({
    features: projectTableFeatures,
    columns: projectColumns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    state: { sorting, pagination, columnVisibility: visibility },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) navigate({ sort: next.id as ProjectSortKey, dir: next.desc ? "desc" : "asc", page: 1 });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      navigate({ page: sizeChanged ? 1 : next.pageIndex + 1, size: next.pageSize });
    },
    onColumnVisibilityChange: (updater) => setVisibility(functionalUpdate(updater, visibility)),
  });

  const first = (query.page - 1) * query.size + 1;
  const last = first + rows.length - 1;
  const exportSearch = toProjectsSearch(query, { paging: false });
  const exportHref = exportSearch ? `/api/projects/export?${exportSearch}` : "/api/projects/export";

  return (
    <Card className="overflow-hidden p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-border px-4 py-3">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Showing{" "}
          <span className="font-medium text-foreground">
            {first.toLocaleString("en")}–{last.toLocaleString("en")}
          </span>{" "}
          of <span className="font-medium text-foreground">{total.toLocaleString("en")}</span> project{total === 1 ? "" : "s"}
        </p>
        <div className="flex items-center gap-2">
          <ColumnVisibilityMenu table={table} />
          <Button variant="outline" size="sm" asChild>
            <a href={exportHref} download>
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        </div>
      </div>
      <Table aria-busy={isPending || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
        <THead>
          {table.getHeaderGroups().map((group) => (
            <TR key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </TR>
          ))}
        </THead>
        <TBody>
          {table.getRowModel().rows.map((row) => (
            <TR key={row.id}>
              {row.getVisibleCells().map((cell) => {
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
      <ProjectsPagination table={table} />
    </Card>
  );
}
