import { UserRoundPlus } from "lucide-react";
import { formatDateTime } from "@/components/dataroom/format-date-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import type { GuestStatus } from "@/lib/deal-rooms/guests/guest-rules";
import { listRoomGuests, type RoomGuestDto } from "@/lib/deal-rooms/guests/list-room-guests";
import { InviteGuestForm } from "./invite-guest-form";
import { RoomActionButton } from "./room-action-button";

const STATUS_BADGE: Record<GuestStatus, { label: string; variant: "info" | "warning" | "success" | "muted" }> = {
  invited: { label: "Invited", variant: "info" },
  expired: { label: "Link expired", variant: "warning" },
  joined: { label: "Joined", variant: "success" },
  removed: { label: "Removed", variant: "muted" },
};

function statusDetail(guest: RoomGuestDto): string {
  if (guest.status === "joined" && guest.redeemedAt) return `since ${formatDateTime(guest.redeemedAt)}`;
  if (guest.status === "invited") return `link valid until ${formatDateTime(guest.inviteExpiresAt)}`;
  if (guest.status === "expired") return `on ${formatDateTime(guest.inviteExpiresAt)}`;
  return "";
}

const permissionWords = (guest: RoomGuestDto) => `${guest.accessLevel === "downloader" ? "View and download" : "View only"}${guest.canSeeFinancial ? ", financial" : ""}`;

/** People outside the platform in the room by an emailed link: who, what they may do, where their invite stands. */
export async function RoomGuests({ actor, room, canManage }: { actor: Pick<Actor, "org">; room: { id: string; open: boolean }; canManage: boolean }) {
  const guests = await listRoomGuests(actor, room.id);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Outside guests</CardTitle>
        <CardDescription>
          People without an account (an adviser, a lawyer) invited by email. The link works once and expires; inviting the same address again sends a new link and ends
          the old one.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {guests.length === 0 ? (
          <EmptyState icon={UserRoundPlus} title="No guest yet" description="Invite someone by email to let them read this room's documents under its NDA." />
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>Guest</TH>
                <TH>May</TH>
                <TH>Status</TH>
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {guests.map((guest) => (
                <TR key={guest.id}>
                  <TD>
                    <span className="grid">
                      <span className="font-medium break-all">{guest.email}</span>
                      {guest.name ? <span className="text-xs text-muted-foreground">{guest.name}</span> : null}
                    </span>
                  </TD>
                  <TD>{permissionWords(guest)}</TD>
                  <TD>
                    <span className="flex flex-wrap items-center gap-2">
                      <Badge variant={STATUS_BADGE[guest.status].variant}>{STATUS_BADGE[guest.status].label}</Badge>
                      <span className="text-xs text-muted-foreground">{statusDetail(guest)}</span>
                    </span>
                  </TD>
                  <TD className="text-right">
                    {canManage && guest.status !== "removed" ? (
                      <RoomActionButton roomId={room.id} command={{ kind: "remove-guest", guestId: guest.id, email: guest.email }} />
                    ) : null}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {canManage && room.open ? <InviteGuestForm roomId={room.id} /> : null}
      </CardContent>
    </Card>
  );
}
