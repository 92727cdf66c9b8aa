import { createColumnHelper, metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures, type ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatUsd } from "@/components/ai-usage/format-usd";
import { formatAgo, msBetween } from "@/components/jobs/format-job-time";
import { Badge } from "@/components/ui/badge";
import { TIERS } from "@/lib/access/tiers";
import type { OrgListRow } from "@/lib/admin/unsafe-list-organisations";
import { ORG_TYPE_NAME } from "@/lib/admin/status-labels";
import { formatInstant } from "@/lib/audit/format-audit-value";
import { formatBytes } from "@/lib/dataroom/upload-limits";
import { OrgStatusBadge } from "./org-status-badge";

type OrgColumnMeta = { align?: "end"; className?: string };

/** Sorting and paging are done by the server (manual modes): the table holds their state only. */
export const orgTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnMeta: metaHelper<OrgColumnMeta>() });

const column = createColumnHelper<typeof orgTableFeatures, OrgListRow>();
const none = <span className="text-muted-foreground/60">—</span>;

// biome-ignore lint/suspicious/noExplicitAny: columns of different value types share one list, as TanStack's own helper types them
export function orgColumns(now: string): ColumnDef<typeof orgTableFeatures, OrgListRow, any>[] {
  return [
    column.accessor("name", {
      id: "name",
      header: "Organisation",
      meta: { className: "min-w-52 whitespace-normal" },
      cell: ({ row }) => (
        <div className="grid gap-0.5">
          <Link href={`/admin/organisations/${row.original.id}`} className="font-medium text-foreground hover:text-primary hover:underline">
            {row.original.name}
          </Link>
          <span className="text-xs text-muted-foreground">{row.original.slug}</span>
        </div>
      ),
    }),
    column.accessor("type", { id: "type", header: "Type", cell: ({ row }) => <Badge variant="outline">{ORG_TYPE_NAME[row.original.type]}</Badge> }),
    column.accessor("tier", { id: "tier", header: "Plan", cell: ({ row }) => TIERS[row.original.tier].label }),
    column.accessor("status", {
      id: "status",
      header: "Status",
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <OrgStatusBadge status={row.original.status} />
          {row.original.status === "trial" && row.original.trialEndsAt ? <span className="text-xs text-muted-foreground">until {row.original.trialEndsAt}</span> : null}
        </span>
      ),
    }),
    column.accessor("activeUsers", { id: "users", header: "Users", sortDescFirst: true, meta: { align: "end" } }),
    column.accessor("aiSpendUsd", {
      id: "aiSpend",
      header: "AI spend this month",
      sortDescFirst: true,
      meta: { align: "end" },
      cell: ({ row }) => (
        <span title={row.original.aiBudgetIsCustom ? "The org's own budget" : "The plan's default budget"}>
          {formatUsd(row.original.aiSpendUsd)} <span className="text-muted-foreground">of {formatUsd(row.original.aiBudgetUsd)}</span>
        </span>
      ),
    }),
    column.accessor("storageBytes", { id: "storage", header: "Storage", sortDescFirst: true, meta: { align: "end" }, cell: ({ getValue }) => formatBytes(getValue()) }),
    column.accessor("lastActivityAt", {
      id: "lastActivity",
      header: "Last activity",
      sortDescFirst: true,
      cell: ({ getValue }) => {
        const at = getValue();
        return at ? (
          <time dateTime={at} title={formatInstant(at, true)}>
            {formatAgo(msBetween(at, now))}
          </time>
        ) : (
          none
        );
      },
    }),
  ];
}
