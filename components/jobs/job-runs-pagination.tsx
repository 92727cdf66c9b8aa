"use client";

import type { ReactTable } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { JOB_RUN_PAGE_SIZES } from "@/lib/jobs/operations/job-runs-search";
import type { JobRunDto } from "@/lib/jobs/operations/to-job-run-dto";
import type { jobTableFeatures } from "./job-run-columns";

export function JobRunsPagination({ table, total }: { table: ReactTable<typeof jobTableFeatures, JobRunDto>; total: number }) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <nav aria-label="Job pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm text-muted-foreground">
      <p aria-live="polite">
        Showing{" "}
        <span className="font-medium text-foreground tabular-nums">
          {first.toLocaleString("en")}–{last.toLocaleString("en")}
        </span>{" "}
        of <span className="font-medium text-foreground tabular-nums">{total.toLocaleString("en")}</span>
      </p>
      <div className="flex items-center gap-3">
        <label htmlFor={sizeId} className="whitespace-nowrap">
          Rows
        </label>
        <NativeSelect id={sizeId} className="h-8 w-20" value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
          {JOB_RUN_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </NativeSelect>
        <span className="whitespace-nowrap tabular-nums">
          Page {(pageIndex + 1).toLocaleString("en")} of {pageCount.toLocaleString("en")}
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
  );
}
