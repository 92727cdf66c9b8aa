import type { Metadata } from "next";
import Link from "next/link";
import { OpenRoomForm } from "@/components/deal-rooms/open-room-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listEligibleInvestors } from "@/lib/deal-rooms/eligible-investors";
import { listProjectRooms } from "@/lib/deal-rooms/get-ally-room-view";
import { DEAL_ROOM_STATUS_LABELS } from "@/lib/deal-rooms/room-rules";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export const metadata: Metadata = { title: "Deal rooms" };

export default async function ProjectDealRoomsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(dealRoomsAccess.manageRead);
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const actor = userActor(tenant, await getRequestMeta());
  const canManage = hasAccess(tenant, dealRoomsAccess.manage);
  const [rooms, investors] = await Promise.all([listProjectRooms(actor, project.id), canManage ? listEligibleInvestors(actor, project.id) : []]);
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Deal rooms</CardTitle>
          <CardDescription>Private rooms where investors you are connected with read the documents you share, after accepting your NDA.</CardDescription>
        </CardHeader>
        <CardContent>
          {rooms.length === 0 ? (
            <p className="text-sm text-muted-foreground">No room on this project yet.</p>
          ) : (
            <Table>
              <THead>
                <TR>
                  <TH>Room</TH>
                  <TH>Status</TH>
                  <TH>Members</TH>
                  <TH>Documents</TH>
                  <TH>Opened</TH>
                </TR>
              </THead>
              <TBody>
                {rooms.map((room) => (
                  <TR key={room.id}>
                    <TD>
                      <Link className="font-medium underline-offset-4 hover:underline" href={`/projects/${project.id}/deal-rooms/${room.id}`}>
                        {room.name}
                      </Link>
                    </TD>
                    <TD>
                      <Badge variant={room.status === "open" ? "success" : "muted"}>{DEAL_ROOM_STATUS_LABELS[room.status]}</Badge>
                    </TD>
                    <TD>{room.memberCount}</TD>
                    <TD>{room.documentCount}</TD>
                    <TD>{room.createdAt.slice(0, 10)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>Open a room</CardTitle>
            <CardDescription>For an investor you are connected with on a match.</CardDescription>
          </CardHeader>
          <CardContent>
            <OpenRoomForm projectId={project.id} projectName={project.name} investors={investors} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
