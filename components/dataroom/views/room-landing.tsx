import { Folder } from "lucide-react";
import Link from "next/link";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";
import { folderPath } from "@/lib/dataroom/list-folder-tree";
import type { RoomLanding as Landing } from "@/lib/dataroom/get-room-landing";
import { documentHref, folderHref, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { FileTypeIcon } from "../file-type-icon";
import { formatDateTime } from "../format-date-time";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A room's top level before a folder is opened: its folders, then the latest uploads. */
export function RoomLanding({ room, landing, tree }: { room: RoomRef; landing: Landing; tree: FolderNode[] }) {
  return (
    <>
      {landing.folders.length ? (
        <section aria-labelledby="room-folders" className="grid gap-2">
          <h2 id="room-folders" className="text-sm font-semibold text-muted-foreground">
            Folders
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {landing.folders.map((folder) => (
              <li key={folder.id}>
                <Link
                  href={folderHref(room, folder.id)}
                  data-testid="landing-folder"
                  className="flex items-center gap-3 rounded-lg border border-border bg-surface p-3 transition-colors hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                >
                  <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-600">
                    <Folder aria-hidden className="size-4" />
                  </span>
                  <span className="grid min-w-0 gap-0.5">
                    <span className="truncate font-medium">{folder.name}</span>
                    <span className="text-xs text-muted-foreground">
                      {plural(folder.documents, "document", "documents")}
                      {folder.subfolders ? ` · ${plural(folder.subfolders, "subfolder", "subfolders")}` : ""}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {landing.recent.length ? (
        <section aria-labelledby="room-recent" className="grid gap-2">
          <h2 id="room-recent" className="text-sm font-semibold text-muted-foreground">
            Recent documents
          </h2>
          <ol className="divide-y divide-border rounded-lg border border-border bg-surface">
            {landing.recent.map((document) => {
              const where = document.folderId
                ? folderPath(tree, document.folderId)
                    .map((f) => f.name)
                    .join(" / ")
                : "Top level";
              return (
                <li key={document.id} className="flex items-center gap-3 px-3 py-2.5">
                  <FileTypeIcon fileType={document.fileType} />
                  <span className="grid min-w-0 gap-0.5">
                    <Link href={documentHref(room, document.id)} className="truncate font-medium hover:underline">
                      {document.name}
                    </Link>
                    <span className="truncate text-xs text-muted-foreground">
                      {where} · {document.uploaderName ?? "Unknown"} · {formatDateTime(document.createdAt)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}
