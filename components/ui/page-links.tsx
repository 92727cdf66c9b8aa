import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type PageLinksProps = {
  page: number;
  pageCount: number;
  /** The URL of a page: the page lives in the URL, so a page is a link that works without JavaScript. */
  hrefFor: (page: number) => string;
  /** What the pages are, for assistive tech: "Member pages". */
  label: string;
  /** Where the reader is among the rows: "Showing 51–100 of 2,000". */
  shown?: { first: number; last: number; total: number };
  className?: string;
};

/** Previous and next as links, with the page count and, when given, which rows are shown. */
export function PageLinks({ page, pageCount, hrefFor, label, shown, className }: PageLinksProps) {
  const pageLink = (target: number, text: string, icon: ReactNode, disabled: boolean) =>
    disabled ? (
      <Button variant="outline" size="icon-sm" disabled aria-label={text} title={text}>
        {icon}
      </Button>
    ) : (
      <Button variant="outline" size="icon-sm" asChild>
        <Link href={hrefFor(target)} aria-label={text} title={text}>
          {icon}
        </Link>
      </Button>
    );
  return (
    <nav aria-label={label} className={className ?? "flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground"}>
      {shown ? (
        <p aria-live="polite">
          Showing{" "}
          <span className="font-medium text-foreground tabular-nums">
            {shown.first.toLocaleString("en")}–{shown.last.toLocaleString("en")}
          </span>{" "}
          of <span className="font-medium text-foreground tabular-nums">{shown.total.toLocaleString("en")}</span>
        </p>
      ) : null}
      <div className="ml-auto flex items-center gap-3">
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
