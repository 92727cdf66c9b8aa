"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { AUDIT_PAGE_SIZES } from "@/lib/audit/audit-page-sizes";
import { auditHref, type AuditFilterState } from "./audit-href";

type Props = { basePath: string; query: AuditFilterState; page: number; pageSize: number; pageCount: number; total: number; shown: number };

export function AuditPagination({ basePath, query, page, pageSize, pageCount, total, shown }: Props) {
  const router = useRouter();
  const first = total === 0 || shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = first === 0 ? 0 : first + shown - 1;
  const pageLink = (target: number, label: string, icon: ReactNode, disabled: boolean) =>
    disabled ? (
      <Button variant="outline" size="sm" disabled aria-label={label}>
        {icon}
      </Button>
    ) : (
      <Button variant="outline" size="sm" asChild>
        <Link href={auditHref(basePath, query, { page: target })} aria-label={label} scroll={false}>
          {icon}
        </Link>
      </Button>
    );

  return (
    <nav aria-label="Audit log pages" className="flex flex-col-reverse items-center justify-between gap-3 text-sm text-muted-foreground sm:flex-row">
      <p aria-live="polite">
        {total === 0 ? (
          "No entries"
        ) : (
          <>
            Showing{" "}
            <span className="font-medium text-foreground tabular-nums">
              {first.toLocaleString("en")}–{last.toLocaleString("en")}
            </span>{" "}
            of <span className="font-medium text-foreground tabular-nums">{total.toLocaleString("en")}</span>
          </>
        )}
      </p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2">
          <span>Rows</span>
          <select
            value={pageSize}
            onChange={(event) => router.push(auditHref(basePath, query, { pageSize: Number(event.target.value), page: 1 }), { scroll: false })}
            className="h-8 cursor-pointer rounded-md border border-input bg-surface px-2 text-sm text-foreground shadow-sm"
          >
            {AUDIT_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span className="tabular-nums">
          Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
        </span>
        <div className="flex gap-1">
          {pageLink(page - 1, "Previous page", <ChevronLeft aria-hidden />, page <= 1)}
          {pageLink(page + 1, "Next page", <ChevronRight aria-hidden />, page >= pageCount)}
        </div>
      </div>
    </nav>
  );
}
