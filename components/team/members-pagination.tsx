import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** Previous and next as links: the page is in the URL (`/team?page=2`). */
export function MembersPagination({ page, pageCount }: { page: number; pageCount: number }) {
  const pageLink = (target: number, label: string, icon: ReactNode, disabled: boolean) =>
    disabled ? (
      <Button variant="outline" size="icon-sm" disabled aria-label={label} title={label}>
        {icon}
      </Button>
    ) : (
      <Button variant="outline" size="icon-sm" asChild>
        <Link href={target > 1 ? `/team?page=${target}` : "/team"} aria-label={label} title={label}>
          {icon}
        </Link>
      </Button>
    );
  return (
    <nav aria-label="Member pages" className="flex items-center justify-end gap-3 border-t border-border px-4 py-3 text-sm text-muted-foreground">
      <span className="tabular-nums">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </span>
      <div className="flex gap-1">
        {pageLink(page - 1, "Previous page", <ChevronLeft aria-hidden />, page <= 1)}
        {pageLink(page + 1, "Next page", <ChevronRight aria-hidden />, page >= pageCount)}
      </div>
    </nav>
  );
}
