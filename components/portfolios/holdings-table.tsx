"use client";

import { createColumnHelper, type ColumnDef, functionalUpdate, metaHelper, rowSortingFeature, type SortingState, tableFeatures, useTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { HoldingRowDto } from "@/lib/portfolios/portfolio-dtos";
import { cn } from "@/lib/utils/cn";
import { formatMoneyCompact } from "@/lib/utils/format-money";
import { describeIrr, formatMultiple } from "./format-metrics";
import { HoldingStatusBadge } from "./portfolio-status-badge";

type Meta = { align?: "end" };
const features = tableFeatures({ rowSortingFeature, columnMeta: metaHelper<Meta>() });
const column = createColumnHelper<typeof features, HoldingRowDto>();
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** Sort keys: money and multiples by value, the IRR with undefined ones last. */
const SORT_VALUE: Record<string, (row: HoldingRowDto) => number | string> = {
  project: (r) => r.projectName.toLowerCase(),
  status: (r) => r.status,
  committed: (r) => Number(r.committed),
  paidIn: (r) => Number(r.paidIn),
  distributed: (r) => Number(r.distributed),
  nav: (r) => Number(r.nav),
  moic: (r) => (r.moic === null ? Number.NEGATIVE_INFINITY : Number(r.moic)),
  irr: (r) => (r.netIrr.kind === "rate" ? r.netIrr.rate : Number.NEGATIVE_INFINITY),
};

function columns(currency: string, portfolioId: string) {
  const money = (value: string, code = currency) => <span title={`${code} ${value}`}>{formatMoneyCompact(value, code)}</span>;
  // biome-ignore lint/suspicious/noExplicitAny: columns of different value types share one list, as TanStack's own helper types them
  const list: ColumnDef<typeof features, HoldingRowDto, any>[] = [
    column.accessor("projectName", {
      id: "project",
      header: "Holding",
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2">
          <Link href={`/portfolios/${portfolioId}/holdings/${row.original.id}`} className="font-medium text-foreground hover:underline">
            {row.original.projectName}
          </Link>
          {row.original.offPlatform ? <Badge variant="outline">Off-platform</Badge> : null}
        </span>
      ),
    }),
    column.accessor("status", { id: "status", header: "Status", cell: ({ row }) => <HoldingStatusBadge status={row.original.status} /> }),
    column.accessor("committed", {
      id: "committed",
      header: "Committed",
      meta: { align: "end" },
      cell: ({ row }) => money(row.original.committed, row.original.currency),
    }),
    column.accessor("paidIn", { id: "paidIn", header: `Paid in (${currency})`, meta: { align: "end" }, cell: ({ row }) => money(row.original.paidIn) }),
    column.accessor("distributed", {
      id: "distributed",
      header: `Distributed (${currency})`,
      meta: { align: "end" },
      cell: ({ row }) => money(row.original.distributed),
    }),
    column.accessor("nav", { id: "nav", header: `NAV (${currency})`, meta: { align: "end" }, cell: ({ row }) => money(row.original.nav) }),
    column.accessor("moic", { id: "moic", header: "MOIC (net)", meta: { align: "end" }, cell: ({ row }) => formatMultiple(row.original.moic) }),
    column.accessor("netIrr", {
      id: "irr",
      header: "IRR (net)",
      meta: { align: "end" },
      cell: ({ row }) => {
        const irr = describeIrr(row.original.netIrr);
        return <span title={irr.note ?? undefined}>{irr.value}</span>;
      },
    }),
  ];
  return list;
}

/** The portfolio's holdings; every header sorts (a button, with aria-sort on the sorted one). */
export function HoldingsTable({ holdings, currency, portfolioId }: { holdings: HoldingRowDto[]; currency: string; portfolioId: string }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "project", desc: false }]);
  const cols = useMemo(() => columns(currency, portfolioId), [currency, portfolioId]);
  const data = useMemo(() => {
    const [sort] = sorting;
    if (!sort) return holdings;
    const key = SORT_VALUE[sort.id]!;
    return [...holdings].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.desc ? -order : order;
    });
  }, [holdings, sorting]);
  const table = useTable({
    features,
    columns: cols,
    data,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => setSorting((current) => functionalUpdate(updater, current)),
  });
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Holdings</caption>
        <THead>
          {table.getHeaderGroups().map((group) => (
            <TR key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const end = header.column.columnDef.meta?.align === "end";
                const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
                return (
                  <TH key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={cn(end && "text-right")}>
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className={cn("-mx-1.5 inline-flex cursor-pointer items-center gap-1 rounded-sm px-1.5 py-1 uppercase hover:bg-accent", end && "flex-row-reverse")}
                    >
                      {String(header.column.columnDef.header)}
                      <Icon aria-hidden className={cn("size-3.5 shrink-0", !sorted && "opacity-40")} />
                    </button>
                  </TH>
                );
              })}
            </TR>
          ))}
        </THead>
        <TBody>
          {table.getRowModel().rows.map((row) => (
            <TR key={row.id}>
              {row.getAllCells().map((cell) => (
                <TD key={cell.id} className={cn(cell.column.columnDef.meta?.align === "end" && "text-right tabular-nums whitespace-nowrap")}>
                  <table.FlexRender cell={cell} />
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
