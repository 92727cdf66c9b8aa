import { Globe } from "lucide-react";
import Link from "next/link";
import { columnVisibilityFeature, createColumnHelper, metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { ProjectStatusBadge } from "@/components/projects/project-status-badge";
import { Badge } from "@/components/ui/badge";
import type { ProjectListRow } from "@/lib/projects/list-projects";
import { formatMoney } from "@/lib/utils/format-money";
import { stageLabel } from "./filter-options";
import { formatListDate, trimDecimal } from "./format-cells";
import { PastTargetCloseBadge } from "./past-target-close-badge";

export type ProjectTableRow = ProjectListRow & { countryName: string };
type ProjectColumnMeta = { label: string; align?: "end"; className?: string };

/** Sorting and paging are done by the server (manual modes): the table holds their state only. */
export const projectTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<ProjectColumnMeta>(),
});

const column = createColumnHelper<typeof projectTableFeatures, ProjectTableRow>();
const muted = <span className="text-muted-foreground/60">—</span>;

export const projectColumns = column.columns([
  column.accessor("name", {
    id: "name",
    header: "Project",
    enableHiding: false,
    meta: { label: "Project", className: "min-w-52 max-w-80 whitespace-normal" },
    cell: ({ row }) => (
      <div className="grid gap-0.5">
        <Link href={`/projects/${row.original.id}`} className="font-medium text-foreground hover:text-primary hover:underline">
          {row.original.name}
        </Link>
        <span className="flex items-center gap-2 text-xs text-muted-foreground">
          {row.original.geographyRegion}
          {row.original.isPublished ? (
            <Badge variant="info">
              <Globe aria-hidden /> Published
            </Badge>
          ) : null}
        </span>
      </div>
    ),
  }),
  column.accessor("status", {
    id: "status",
    header: "Status",
    meta: { label: "Status" },
    cell: ({ getValue }) => <ProjectStatusBadge status={getValue()} />,
  }),
  column.accessor("stage", { id: "stage", header: "Stage", meta: { label: "Stage" }, cell: ({ getValue }) => stageLabel(getValue()) }),
  column.accessor("projectType", {
    id: "type",
    header: "Technology",
    meta: { label: "Technology" },
    cell: ({ getValue }) => projectTypeLabel(getValue()),
  }),
  column.accessor("countryName", { id: "country", header: "Country", meta: { label: "Country" } }),
  column.accessor("capacityMw", {
    id: "capacity",
    header: "Capacity",
    enableSorting: false,
    meta: { label: "Capacity (MW)", align: "end" },
    cell: ({ getValue }) => {
      const value = getValue();
      return value === null ? muted : `${trimDecimal(value)} MW`;
    },
  }),
  column.accessor("totalInvestmentRequired", {
    id: "investment",
    header: "Investment sought",
    sortDescFirst: true,
    meta: { label: "Investment sought", align: "end" },
    cell: ({ row }) => formatMoney(row.original.totalInvestmentRequired, row.original.currency),
  }),
  column.accessor("targetCloseDate", {
    id: "targetClose",
    header: "Target close",
    meta: { label: "Target close" },
    cell: ({ row, getValue }) => {
      const date = getValue();
      if (!date) return muted;
      return (
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {formatListDate(date)}
          {row.original.pastTargetClose ? <PastTargetCloseBadge date={date} /> : null}
        </span>
      );
    },
  }),
  column.accessor("updatedAt", {
    id: "updated",
    header: "Updated",
    sortDescFirst: true,
    meta: { label: "Last updated" },
    cell: ({ getValue }) => formatListDate(getValue()),
  }),
]);
