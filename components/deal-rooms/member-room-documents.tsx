import { Download, Eye } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { MemberRoomDocumentDto } from "@/lib/deal-rooms/get-member-room-view";

/** Where a document opens: a member's viewer page and download route, or a guest's file route. */
export type RoomDocumentLinks = { view: (documentId: string) => string; download: (documentId: string) => string; viewInNewTab?: boolean };

const memberLinks = (roomId: string): RoomDocumentLinks => ({
  view: (documentId) => `/deal-rooms/${roomId}/documents/${documentId}`,
  download: (documentId) => `/api/deal-rooms/${roomId}/documents/${documentId}`,
});

/** The shared documents, each at its current version; download only when the org (or guest) may download. */
export function MemberRoomDocuments({
  roomId,
  documents,
  canDownload,
  links = memberLinks(roomId),
}: {
  roomId: string;
  documents: MemberRoomDocumentDto[];
  canDownload: boolean;
  links?: RoomDocumentLinks;
}) {
  if (documents.length === 0) {
    return <EmptyState icon={Eye} title="Nothing shared with you yet" description="The developer has not shared any document you may open in this room." />;
  }
  return (
    <Table>
      <THead>
        <TR>
          <TH>Document</TH>
          <TH>Version</TH>
          <TH>Updated</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {documents.map((document) => (
          <TR key={document.id}>
            <TD>
              <span className="font-medium">{document.name}</span> {document.isFinancial ? <Badge variant="info">Financial</Badge> : null}
            </TD>
            <TD>v{document.version}</TD>
            <TD>{document.updatedAt.slice(0, 10)}</TD>
            <TD className="flex justify-end gap-2">
              <Button asChild size="sm" variant="outline">
                {links.viewInNewTab ? (
                  <a href={links.view(document.id)} target="_blank" rel="noopener">
                    <Eye aria-hidden /> View
                  </a>
                ) : (
                  <Link href={links.view(document.id)}>
                    <Eye aria-hidden /> View
                  </Link>
                )}
              </Button>
              {canDownload ? (
                <Button asChild size="sm" variant="outline">
                  <a href={links.download(document.id)}>
                    <Download aria-hidden /> Download
                  </a>
                </Button>
              ) : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
