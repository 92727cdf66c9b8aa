import { Download } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RoomDocumentViewer } from "@/components/deal-rooms/room-document-viewer";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { getMemberRoomDocumentView } from "@/lib/deal-rooms/engagement/get-member-room-document-view";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Deal room document" };

/** A shared document in the room's viewer. Before the NDA, the room's gate; anything not open to the org, a 404. */
export default async function DealRoomDocumentPage({ params }: { params: Promise<{ roomId: string; documentId: string }> }) {
  const tenant = await requireFeaturePage(dealRoomsAccess.read);
  const { roomId, documentId } = await params;
  const view = await orNotFound(getMemberRoomDocumentView(userActor(tenant, await getRequestMeta()), roomId, documentId));
  if (view.ndaPending) redirect(`/deal-rooms/${view.roomId}`);
  const { room, document, canDownload } = view;
  return (
    <>
      <PageHeader
        title={<span className="break-all">{document.name}</span>}
        description={`Version ${document.version} · ${room.projectName} · The developer sees which pages you view and for how long.`}
        breadcrumbs={[{ label: "Deal rooms", href: "/deal-rooms" }, { label: room.name, href: `/deal-rooms/${room.id}` }, { label: document.name }]}
        actions={
          canDownload ? (
            <Button asChild variant="outline">
              <a href={`/api/deal-rooms/${room.id}/documents/${document.id}`}>
                <Download aria-hidden /> Download
              </a>
            </Button>
          ) : null
        }
      />
      <RoomDocumentViewer roomId={room.id} document={{ id: document.id, name: document.name, fileType: document.fileType }} />
    </>
  );
}
