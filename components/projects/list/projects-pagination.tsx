"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { PAGE_SIZES } from "@/lib/projects/projects-search";
import type { ProjectsTableInstance } from "./column-visibility-menu";

export function ProjectsPagination({ table }: { table: ProjectsTableInstance }) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const pages: { label: string; icon: typeof ChevronLeft; onClick(): void; disabled: boolean; hideOnMobile?: boolean }[] = [
    { label: "First page", icon: ChevronsLeft, onClick: () => table.firstPage(), disabled: !table.getCanPreviousPage(), hideOnMobile: true },
    { label: "Previous page", icon: ChevronLeft, onClick: () => table.previousPage(), disabled: !table.getCanPreviousPage() },
    { label: "Next page", icon: ChevronRight, onClick: () => table.nextPage(), disabled: !table.getCanNextPage() },
    { label: "Last page", icon: ChevronsRight, onClick: () => table.lastPage(), disabled: !table.getCanNextPage(), hideOnMobile: true },
  ];

  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm">
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="whitespace-nowrap text-muted-foreground">
          Rows per page
        </label>
        <NativeSelect id={sizeId} className="h-8 w-20" value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-1">
        <span className="mr-2 whitespace-nowrap text-muted-foreground" aria-live="polite">
          Page <span className="font-medium text-foreground">{pageIndex + 1}</span> of {pageCount.toLocaleString("en")}
        </span>
        {pages.map(({ label, icon: Icon, onClick, disabled, hideOnMobile }) => (
          <Button
            key={label}
            variant="outline"
            size="icon-sm"
            aria-label={label}
            title={label}
            onClick={onClick}
            disabled={disabled}
            className={hideOnMobile ? "hidden sm:inline-flex" : undefined}
          >
            <Icon aria-hidden />
          </Button>
        ))}
      </div>
    </nav>
  );
}
