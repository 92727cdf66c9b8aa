import { PageLinks } from "@/components/ui/page-links";
import type { DataRoomPage } from "@/lib/dataroom/rooms/list-data-rooms";
import { dataRoomsHref } from "@/lib/dataroom/rooms/list-data-rooms-query";

export function RoomPagination({ result }: { result: DataRoomPage }) {
  const { page, pageCount, pageSize, total, rows, query } = result;
  const first = (page - 1) * pageSize + 1;
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      hrefFor={(target) => dataRoomsHref(query, { page: target })}
      label="Data room pages"
      shown={{ first, last: first + rows.length - 1, total }}
      className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground"
    />
  );
}
