import { Clock, Link2Off, Mail } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { GuestPageFrame } from "@/components/deal-rooms/guest-page-frame";
import { GuestRedeemForm } from "@/components/deal-rooms/guest-redeem-form";
import { formatDateTime } from "@/components/dataroom/format-date-time";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { getGuestInvite, type GuestInviteView } from "@/lib/deal-rooms/guests/get-guest-invite";
import { guestRoomPath } from "@/lib/deal-rooms/guests/guest-rules";
import { orNotFound } from "@/lib/errors/or-not-found";
import { rateLimitRefusal } from "@/lib/rate-limit/consume-rate-limit";

// The token is the credential: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: "Deal room invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** What an outside guest sees when they open their invite: the room, who invites them, the NDA, and their one step in. */
export default async function GuestInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Counted per address before the token is read, so guessing tokens spends the allowance too.
  const refusal = await rateLimitRefusal("share-open", { ip: (await getRequestMeta()).ipAddress });
  if (refusal) {
    return (
      <GuestPageFrame>
        <Alert variant="warning" title="Please wait a moment">
          {refusal}
        </Alert>
      </GuestPageFrame>
    );
  }
  const invite = await orNotFound(getGuestInvite(token));
  if (invite.state !== "open") {
    const copy = deadInviteCopy(invite);
    return (
      <GuestPageFrame>
        <Card>
          <CardContent className="grid justify-items-center gap-4 py-10 text-center">
            <div className="flex size-14 items-center justify-center rounded-full bg-muted text-muted-foreground">
              <Link2Off aria-hidden className="size-7" />
            </div>
            <h1 className="text-xl font-semibold tracking-tight">{copy.title}</h1>
            <p className="max-w-md text-sm text-muted-foreground">
              {copy.body} Ask {invite.allyOrgName} for a new invitation.
            </p>
            {invite.state === "used" ? (
              <Link className="text-sm font-medium text-brand-700 underline" href={guestRoomPath(invite.roomId)}>
                Already in on this browser? Go to the room
              </Link>
            ) : null}
          </CardContent>
        </Card>
      </GuestPageFrame>
    );
  }
  return (
    <GuestPageFrame>
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold tracking-tight">{invite.roomName}</h1>
          <CardDescription>
            {invite.allyOrgName} invites you to review documents on {invite.projectName}.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          <dl className="grid gap-2 text-sm">
            <div className="flex items-center gap-2">
              <Mail aria-hidden className="size-4 text-muted-foreground" />
              <dt className="text-muted-foreground">Invited</dt>
              <dd className="font-medium break-all">{invite.email}</dd>
            </div>
            <div className="flex items-center gap-2">
              <Clock aria-hidden className="size-4 text-muted-foreground" />
              <dt className="text-muted-foreground">Link valid until</dt>
              <dd className="font-medium">{formatDateTime(invite.expiresAt)}</dd>
            </div>
          </dl>
          <GuestRedeemForm token={token} nda={invite.nda} />
        </CardContent>
      </Card>
    </GuestPageFrame>
  );
}

function deadInviteCopy(invite: Exclude<GuestInviteView, { state: "open" }>) {
  switch (invite.state) {
    case "expired":
      return { title: "This invitation has expired", body: `It could be used until ${formatDateTime(invite.expiredAt)}.` };
    case "used":
      return { title: "This invitation link has already been used", body: "Each link opens the room once, on one browser." };
    case "withdrawn":
      return { title: "This invitation was withdrawn", body: "The room is closed to it." };
  }
}
