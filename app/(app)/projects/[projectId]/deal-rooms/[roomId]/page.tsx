import { ChartBar, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteMemberForm } from "@/components/deal-rooms/invite-member-form";
import { NdaAcceptancesTable } from "@/components/deal-rooms/nda-acceptances-table";
import { NdaEditor } from "@/components/deal-rooms/nda-editor";
import { RoomActionButton } from "@/components/deal-rooms/room-action-button";
import { RoomGuests } from "@/components/deal-rooms/room-guests";
import { RoomMessages } from "@/components/deal-rooms/room-messages";
import { ShareDocumentForm } from "@/components/deal-rooms/share-document-form";
import { RoomQuestions } from "@/components/qa/room-questions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { getAllyRoomView } from "@/lib/deal-rooms/get-ally-room-view";
import { DEAL_ROOM_STATUS_LABELS, DEAL_ROOM_STATUSES } from "@/lib/deal-rooms/room-rules";
import { orNotFound } from "@/lib/errors/or-not-found";

export const metadata: Metadata = { title: "Deal room" };

const permissionWords = (member: { accessLevel: string; canSeeFinancial: boolean }) =>
  `${member.accessLevel === "downloader" ? "View and download" : "View only"}${member.canSeeFinancial ? ", financial" : ""}`;

export default async function ProjectDealRoomPage({ params }: { params: Promise<{ projectId: string; roomId: string }> }) {
  const tenant = await requireFeaturePage(dealRoomsAccess.manageRead);
  const { projectId, roomId } = await params;
  const actor = userActor(tenant, await getRequestMeta());
  const room = await orNotFound(getAllyRoomView(actor, roomId));
  if (room.projectId !== projectId) notFound();
  const canManage = hasAccess(tenant, dealRoomsAccess.manage);
  const current = room.members.filter((member) => !member.removedAt);
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{room.name}</h2>
        <Badge variant={room.status === "open" ? "success" : "muted"}>{DEAL_ROOM_STATUS_LABELS[room.status]}</Badge>
        <Button asChild variant="outline" size="sm">
          <Link href={`/projects/${room.projectId}/deal-rooms/${room.id}/engagement`}>
            <ChartBar aria-hidden /> Engagement
          </Link>
        </Button>
        <Button asChild variant="outline" size="sm">
          <Link href={`/projects/${room.projectId}/deal-rooms/${room.id}/activity`}>
            <History aria-hidden /> Activity
          </Link>
        </Button>
        {canManage ? (
          <div className="ml-auto flex gap-2">
            {DEAL_ROOM_STATUSES.filter((status) => status !== room.status).map((status) => (
              <RoomActionButton key={status} roomId={room.id} command={{ kind: "status", status }} />
            ))}
          </div>
        ) : null}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>Investor organisations in the room and what they may do.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Table>
            <THead>
              <TR>
                <TH>Organisation</TH>
                <TH>May</TH>
                <TH>Status</TH>
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {room.members.map((member) => (
                <TR key={member.orgId}>
                  <TD className="font-medium">{member.orgName}</TD>
                  <TD>{permissionWords(member)}</TD>
                  <TD>{member.removedAt ? `Removed ${member.removedAt.slice(0, 10)}` : "Member"}</TD>
                  <TD className="text-right">
                    {canManage && !member.removedAt ? (
                      <RoomActionButton roomId={room.id} command={{ kind: "remove-member", orgId: member.orgId, orgName: member.orgName }} />
                    ) : null}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
          {canManage && room.status === "open" ? <InviteMemberForm roomId={room.id} investors={room.eligibleInvestors} /> : null}
          {current.length === 0 ? <p className="text-sm text-muted-foreground">No current member: nobody outside your organisation sees this room.</p> : null}
        </CardContent>
      </Card>

      <RoomGuests actor={actor} room={{ id: room.id, open: room.status === "open" }} canManage={canManage} />

      <Card>
        <CardHeader>
          <CardTitle>Shared documents</CardTitle>
          <CardDescription>Members see the current version of each. RESTRICTED and TOP_SECRET documents never open in a room.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {room.documents.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing shared yet.</p>
          ) : (
            <Table>
              <THead>
                <TR>
                  <TH>Document</TH>
                  <TH>Current version</TH>
                  <TH>Classification</TH>
                  <TH>Shared by</TH>
                  <TH>
                    <span className="sr-only">Actions</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {room.documents.map((document) => (
                  <TR key={document.sharedDocumentId}>
                    <TD>
                      <span className="font-medium">{document.name}</span> {document.isFinancial ? <Badge variant="info">Financial</Badge> : null}
                      {document.hiddenFromMembers ? <Badge variant="warning">Hidden: reclassified {document.classification}</Badge> : null}
                    </TD>
                    <TD>v{document.version}</TD>
                    <TD>{document.classification ?? "Unclassified"}</TD>
                    <TD>{document.sharedByName}</TD>
                    <TD className="text-right">
                      {canManage ? (
                        <RoomActionButton roomId={room.id} command={{ kind: "unshare", documentId: document.sharedDocumentId, documentName: document.name }} />
                      ) : null}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {canManage ? <ShareDocumentForm roomId={room.id} documents={room.shareable} /> : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>NDA</CardTitle>
          <CardDescription>Current version SHA-256: {room.ndaSha256}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {canManage ? (
            <NdaEditor roomId={room.id} ndaRequired={room.ndaRequired} ndaText={room.ndaText} />
          ) : (
            <p className="whitespace-pre-wrap text-sm">{room.ndaText}</p>
          )}
          <NdaAcceptancesTable acceptances={room.acceptances} />
        </CardContent>
      </Card>

      <RoomMessages tenant={tenant} room={{ id: room.id, allyOrgId: tenant.org.id, open: room.status === "open" }} />

      <RoomQuestions tenant={tenant} roomId={room.id} emptyText="Members ask their due-diligence questions here once they accept the NDA; you answer them in Q&A." />
    </div>
  );
}
