import { DoorOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { userActor } from "@/lib/auth/actor";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listMemberRooms } from "@/lib/deal-rooms/get-member-room-view";

export const metadata: Metadata = { title: "Deal rooms" };

export default async function DealRoomsPage() {
  const tenant = await requireFeaturePage(dealRoomsAccess.read);
  const rooms = await listMemberRooms(userActor(tenant, await getRequestMeta()));
  return (
    <>
      <PageHeader title="Deal rooms" description="Rooms developers opened for your organisation: their NDA, then the documents they shared." />
      {rooms.length === 0 ? (
        <EmptyState
          icon={DoorOpen}
          title="No deal rooms yet"
          description="When a developer you are connected with opens a deal room for your organisation, it appears here."
        />
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>Room</TH>
              <TH>Project</TH>
              <TH>Developer</TH>
              <TH>NDA</TH>
            </TR>
          </THead>
          <TBody>
            {rooms.map((room) => (
              <TR key={room.id}>
                <TD>
                  <Link className="font-medium underline-offset-4 hover:underline" href={`/deal-rooms/${room.id}`}>
                    {room.name}
                  </Link>
                </TD>
                <TD>{room.projectName}</TD>
                <TD>{room.allyOrgName}</TD>
                <TD>{room.ndaPending ? <Badge variant="warning">To accept</Badge> : <Badge variant="success">Accepted</Badge>}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
