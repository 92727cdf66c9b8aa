import { SearchX } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { documentHref, folderHref, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import type { SearchHit } from "@/lib/dataroom/search-documents";
import { FileTypeIcon } from "./file-type-icon";

/** Hits with their snippets; matched words are <mark>ed from plain parts, never from HTML. */
export function SearchResults({ query, hits, room }: { query: string; hits: SearchHit[]; room: RoomRef }) {
  if (!hits.length) {
    return (
      <EmptyState
        icon={SearchX}
        title={`Nothing matches “${query}”`}
        description="Search looks inside the text of ready documents. Try fewer or different words."
        size="sm"
      />
    );
  }
  return (
    <ol aria-label="Search results" className="grid gap-3">
      {hits.map((hit) => (
        <li key={hit.documentId} data-testid="search-hit" className="flex gap-3 rounded-lg border border-border bg-surface p-4">
          <FileTypeIcon fileType={hit.fileType} />
          <div className="grid min-w-0 gap-1">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={documentHref(room, hit.documentId)} className="font-medium hover:underline">
                {hit.name}
              </Link>
              <Link href={folderHref(room, hit.folderId)} className="text-xs text-muted-foreground hover:underline">
                Open folder
              </Link>
            </div>
            <p className="text-sm text-muted-foreground">
              {hit.snippet.map((part, i) =>
                part.match ? (
                  <mark key={i} className="rounded-sm bg-warning-soft px-0.5 text-foreground">
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
