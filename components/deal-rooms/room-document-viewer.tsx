"use client";

import { ExternalLink, FileText } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { engagementEndpoint } from "@/lib/deal-rooms/engagement/engagement-options";
import { usePageEngagement } from "./use-page-engagement";

/** pdf.js's viewer arrives after the page has drawn; a placeholder of its size holds its place. */
const RoomPdfViewer = dynamic(() => import("./room-pdf-viewer").then((viewer) => viewer.RoomPdfViewer), {
  ssr: false,
  loading: () => <Skeleton className="mx-auto h-[75vh] w-full" />,
});

type RoomDocumentViewerProps = { roomId: string; document: { id: string; name: string; fileType: string } };

const inlineHref = (roomId: string, documentId: string) => `/api/deal-rooms/${roomId}/documents/${documentId}?inline=1`;

/**
 * A shared document as a member reads it: a PDF page by page, an image, or for other files a card
 * to open them in a new tab (the page header has the download, when allowed). The time each page is in view goes to the room's engagement, which the
 * developer sees (the page says so).
 */
export function RoomDocumentViewer({ roomId, document }: RoomDocumentViewerProps) {
  const [page, setPage] = useState(1);
  usePageEngagement(engagementEndpoint(roomId, document.id), page);
  const inline = inlineHref(roomId, document.id);
  if (document.fileType === "pdf") return <RoomPdfViewer fileUrl={inline} page={page} onPage={setPage} />;
  if (document.fileType === "png" || document.fileType === "jpg") {
    return <img src={inline} alt={document.name} className="mx-auto max-h-[80vh] rounded-lg border border-border bg-surface object-contain" />;
  }
  return (
    <div className="grid justify-items-center gap-4 rounded-lg border border-border bg-surface p-10 text-center">
      <FileText aria-hidden className="size-10 text-muted-foreground" />
      <div className="grid gap-1">
        <p className="font-medium break-all">{document.name}</p>
        <p className="text-sm text-muted-foreground">This kind of file ({document.fileType.toUpperCase()}) has no preview here. Open it in a new tab to read it.</p>
      </div>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild variant="outline">
          <a href={inline} target="_blank" rel="noopener">
            <ExternalLink aria-hidden /> Open
          </a>
        </Button>
      </div>
    </div>
  );
}
