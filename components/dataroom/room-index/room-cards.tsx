import { FolderLock } from "lucide-react";
import Link from "next/link";
import type { DataRoomSummary } from "@/lib/dataroom/rooms/list-data-rooms";
import { roomPath } from "@/lib/dataroom/rooms/room-ref";
import { formatDateTime } from "../format-date-time";

/** One card per room of the page: the index never renders more than a page of them. */
export function RoomCards({ rooms }: { rooms: DataRoomSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {rooms.map((room) => (
        <li key={room.id}>
          <Link
            href={roomPath(room)}
            className="flex h-full items-start gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm transition-colors hover:border-brand-300 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
          >
            <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-600">
              <FolderLock aria-hidden className="size-5" />
            </span>
            <span className="grid min-w-0 gap-0.5">
              <span className="truncate font-medium" title={room.name}>
                {room.name}
              </span>
              <span className="text-sm text-muted-foreground">{room.documents === 1 ? "1 document" : `${room.documents} documents`}</span>
              <span className="text-xs text-muted-foreground">{room.lastUploadAt ? `Last upload ${formatDateTime(room.lastUploadAt)}` : "Nothing uploaded yet"}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
