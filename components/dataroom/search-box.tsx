import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { roomPath, type RoomRef } from "@/lib/dataroom/rooms/room-ref";

/** A plain GET form: the query lives in the URL, so a search can be shared and survives reloads. */
export function SearchBox({ room, folderId, query }: { room: RoomRef; folderId: string | null; query: string }) {
  return (
    <form action={roomPath(room)} role="search" className="relative w-full sm:max-w-sm">
      {folderId ? <input type="hidden" name="folder" value={folderId} /> : null}
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input type="search" name="q" defaultValue={query} placeholder="Search inside documents…" aria-label="Search inside documents" className="pl-9" maxLength={200} />
    </form>
  );
}
