import type { Metadata } from "next";
import { MemberRoomDocuments } from "@/components/deal-rooms/member-room-documents";
import { NdaGateForm } from "@/components/deal-rooms/nda-gate-form";
import { RoomMessages } from "@/components/deal-rooms/room-messages";
import { AskQuestionButton } from "@/components/qa/ask-question-button";
import { RoomQuestions } from "@/components/qa/room-questions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { getMemberRoomView } from "@/lib/deal-rooms/get-member-room-view";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Deal room" };

/** The NDA first; the documents only once the current NDA is accepted. A removed member or a closed room is a 404. */
export default async function DealRoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const tenant = await requireFeaturePage(dealRoomsAccess.read);
  const { roomId } = await params;
  const room = await orNotFound(getMemberRoomView(userActor(tenant, await getRequestMeta()), roomId));
  const permissions = `${room.accessLevel === "downloader" ? "View and download" : "View only"}${room.canSeeFinancial ? ", financial documents included" : ""}`;
  return (
    <>
      <PageHeader
        title={room.name}
        description={`${room.projectName} · ${room.allyOrgName} · ${permissions}`}
        breadcrumbs={[{ label: "Deal rooms", href: "/deal-rooms" }, { label: room.name }]}
        actions={
          room.documents === null ? null : (
            <AskQuestionButton
              tenant={tenant}
              project={{ id: room.projectId, orgId: room.allyOrgId, developerName: room.allyOrgName }}
              dealRoomId={room.id}
              documents={room.documents}
            />
          )
        }
      />
      {room.documents === null ? (
        <Card>
          <CardHeader>
            <CardTitle>Non-disclosure agreement</CardTitle>
            <CardDescription>Accept the NDA to open this room. Your name, the time, your IP address and the exact version you accept are recorded.</CardDescription>
          </CardHeader>
          <CardContent>
            {room.nda.text.trim() ? (
              <NdaGateForm roomId={room.id} text={room.nda.text} sha256={room.nda.sha256} />
            ) : (
              <p className="text-sm text-muted-foreground">The developer has not written this room's NDA yet. The room opens once they have and you accept it.</p>
            )}
          </CardContent>
        </Card>
      ) : (
        <div className="grid gap-8">
          <MemberRoomDocuments roomId={room.id} documents={room.documents} canDownload={room.accessLevel === "downloader"} />
          <RoomMessages tenant={tenant} room={{ id: room.id, allyOrgId: room.allyOrgId, open: true }} />
          <RoomQuestions
            tenant={tenant}
            roomId={room.id}
            emptyText="Ask the developer a question here: it is numbered with the project's questions, and you may point at the room's documents."
          />
        </div>
      )}
    </>
  );
}
