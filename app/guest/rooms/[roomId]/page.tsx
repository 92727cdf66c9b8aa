import { LockKeyhole } from "lucide-react";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { GuestPageFrame } from "@/components/deal-rooms/guest-page-frame";
import { MemberRoomDocuments } from "@/components/deal-rooms/member-room-documents";
import { NdaGateForm } from "@/components/deal-rooms/nda-gate-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getGuestRoomView } from "@/lib/deal-rooms/guests/get-guest-room-view";
import { guestCookieName } from "@/lib/deal-rooms/guests/guest-rules";
import { isAppError } from "@/lib/errors/app-error";

export const metadata: Metadata = { title: "Deal room", robots: { index: false, follow: false }, referrer: "no-referrer" };

const fileHref = (roomId: string, documentId: string) => `/api/guest/rooms/${roomId}/documents/${documentId}`;

/** The room as an outside guest sees it, on the session their invite link gave this browser. */
export default async function GuestRoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const cookie = (await cookies()).get(guestCookieName(roomId))?.value;
  const room = await getGuestRoomView(cookie, roomId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  // One answer for an unknown room, a foreign or stale cookie and no cookie: nothing is revealed.
  if (!room) {
    return (
      <GuestPageFrame>
        <Card>
          <CardContent className="grid justify-items-center gap-4 py-10 text-center">
            <div className="flex size-14 items-center justify-center rounded-full bg-muted text-muted-foreground">
              <LockKeyhole aria-hidden className="size-7" />
            </div>
            <h1 className="text-xl font-semibold tracking-tight">This room opens with your invitation</h1>
            <p className="max-w-md text-sm text-muted-foreground">
              Open the link in the invitation mail on this browser. If it was already used elsewhere, or you were removed, ask the developer for a new invitation.
            </p>
          </CardContent>
        </Card>
      </GuestPageFrame>
    );
  }
  return (
    <GuestPageFrame wide>
      <header className="grid gap-1">
        <p className="text-sm text-muted-foreground">
          {room.allyOrgName} · {room.projectName}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{room.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          Signed in as guest {room.guest.name} ({room.guest.email})
          <Badge variant="muted">{room.guest.accessLevel === "downloader" ? "View and download" : "View only"}</Badge>
        </p>
      </header>
      {room.ndaToAccept ? (
        <Card>
          <CardHeader>
            <CardTitle>The NDA has changed</CardTitle>
            <CardDescription>{room.allyOrgName} changed the room&apos;s non-disclosure agreement. Accept the new text to open the documents again.</CardDescription>
          </CardHeader>
          <CardContent>
            <NdaGateForm roomId={room.id} text={room.ndaToAccept.text} sha256={room.ndaToAccept.sha256} signer="guest" />
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>Documents</CardTitle>
            <CardDescription>Each opens at its current version, stamped with your name. Every view and download is logged for {room.allyOrgName}.</CardDescription>
          </CardHeader>
          <CardContent>
            <MemberRoomDocuments
              roomId={room.id}
              documents={room.documents ?? []}
              canDownload={room.guest.accessLevel === "downloader"}
              links={{ view: (id) => `${fileHref(room.id, id)}?inline=1`, download: (id) => fileHref(room.id, id), viewInNewTab: true }}
            />
          </CardContent>
        </Card>
      )}
    </GuestPageFrame>
  );
}
