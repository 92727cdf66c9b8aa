import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { DataRoomPage } from "@/lib/dataroom/rooms/list-data-rooms";
import { dataRoomsHref } from "@/lib/dataroom/rooms/list-data-rooms-query";

/** Previous and next as links (the page is in the URL), with where the reader is. */
export function RoomPagination({ result }: { result: DataRoomPage }) {
  const { page, pageCount, pageSize, total, rows, query } = result;
  const first = (page - 1) * pageSize + 1;
  const last = first + rows.length - 1;
  const pageLink = (target: number, label: string, icon: ReactNode, disabled: boolean) =>
    disabled ? (
      <Button variant="outline" size="icon-sm" disabled aria-label={label} title={label}>
        {icon}
      </Button>
    ) : (
      <Button variant="outline" size="icon-sm" asChild>
        <Link href={dataRoomsHref(query, { page: target })} aria-label={label} title={label}>
          {icon}
        </Link>
      </Button>
    );
  return (
    <nav aria-label="Data room pages" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
      <p aria-live="polite">
        Showing{" "}
        <span className="font-medium text-foreground tabular-nums">
          {first.toLocaleString("en")}–{last.toLocaleString("en")}
        </span>{" "}
        of <span className="font-medium text-foreground tabular-nums">{total.toLocaleString("en")}</span>
      </p>
      <div className="flex items-center gap-3">
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
