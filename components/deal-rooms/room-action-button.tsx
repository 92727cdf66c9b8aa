"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeRoomMemberAction, setRoomStatusAction, unshareRoomDocumentAction } from "@/lib/deal-rooms/actions";
import { removeRoomGuestAction } from "@/lib/deal-rooms/guests/actions";
import type { DealRoomStatus } from "@/lib/deal-rooms/room-rules";

type Command =
  | { kind: "remove-member"; orgId: string; orgName: string }
  | { kind: "remove-guest"; guestId: string; email: string }
  | { kind: "unshare"; documentId: string; documentName: string }
  | { kind: "status"; status: DealRoomStatus };

const STATUS_COPY: Record<DealRoomStatus, { label: string; description: string }> = {
  open: { label: "Reopen", description: "Current members get access again (their NDA acceptances still count for the same text)." },
  closed: { label: "Close", description: "Members lose access at once. The history (acceptances, access log) stays, and you can reopen it." },
  archived: { label: "Archive", description: "Members lose access at once; the room is kept for the record. You can reopen it." },
};

function describe(command: Command) {
  if (command.kind === "remove-member")
    return { label: "Remove", title: `Remove ${command.orgName}?`, description: "The organisation loses access at once; its NDA acceptances stay in the history." };
  if (command.kind === "remove-guest")
    return { label: "Remove", title: `Remove ${command.email}?`, description: "Their link and session stop working at once; their NDA acceptances stay in the history." };
  if (command.kind === "unshare")
    return { label: "Unshare", title: `Stop sharing ${command.documentName}?`, description: "Members no longer see it; the access log keeps who opened it." };
  const copy = STATUS_COPY[command.status];
  return { label: copy.label, title: `${copy.label} the room?`, description: copy.description };
}

/** A confirmed one-click room change: remove a member or a guest, unshare a document, close, archive or reopen. */
export function RoomActionButton({ roomId, command }: { roomId: string; command: Command }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const copy = describe(command);
  const run = () => {
    if (command.kind === "remove-member") return removeRoomMemberAction({ roomId, orgId: command.orgId });
    if (command.kind === "remove-guest") return removeRoomGuestAction({ roomId, guestId: command.guestId });
    if (command.kind === "unshare") return unshareRoomDocumentAction({ roomId, documentId: command.documentId });
    return setRoomStatusAction({ roomId, status: command.status });
  };
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline">
          {copy.label}
        </Button>
      }
      title={copy.title}
      description={copy.description}
      confirmLabel={copy.label}
      pendingLabel="Saving…"
      error={error}
      onOpenChange={() => setError(null)}
      onConfirm={async () => {
        const result = await run();
        const message = result?.serverError?.message ?? (result?.validationErrors ? "That request was not valid: reload the page and try again." : null);
        setError(message);
        if (!message) router.refresh();
        return message === null;
      }}
    />
  );
}
