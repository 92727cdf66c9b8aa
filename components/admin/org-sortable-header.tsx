"use client";

import type { Header } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { TH } from "@/components/ui/table";
import type { OrgListRow } from "@/lib/admin/unsafe-list-organisations";
import { cn } from "@/lib/utils/cn";
import type { orgTableFeatures } from "./org-list-columns";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A column header holding a real button; the sorted one says so with aria-sort. */
export function OrgSortableHeader({ header }: { header: Header<typeof orgTableFeatures, OrgListRow, unknown> }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const label = typeof column.columnDef.header === "string" ? column.columnDef.header : column.id;
  const alignEnd = meta?.align === "end";
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  return (
    <TH aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={cn(alignEnd && "text-right", meta?.className)}>
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        className={cn(
          "-mx-1.5 inline-flex cursor-pointer items-center gap-1 rounded-sm px-1.5 py-1 uppercase hover:bg-accent hover:text-foreground",
          sorted && "text-foreground",
          alignEnd && "flex-row-reverse",
        )}
      >
        {label}
        <Icon aria-hidden className={cn("size-3.5 shrink-0", !sorted && "opacity-40")} />
      </button>
    </TH>
  );
}
