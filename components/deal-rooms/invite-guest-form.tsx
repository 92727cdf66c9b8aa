"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { inviteRoomGuestAction } from "@/lib/deal-rooms/guests/actions";
import { GUEST_INVITE_DAYS } from "@/lib/deal-rooms/guests/guest-rules";
import { MemberPermissionFields, type MemberPermissions } from "./member-permission-fields";

const DELIVERY_WORDS = {
  sent: "The invitation was mailed.",
  "dev-mailbox": "The invitation is in the development mailbox (/dev/mailbox).",
  "mail-off": "Mail is not configured here, so nothing was sent: pass the link on yourself.",
  failed: "The mail could not be sent: pass the link on yourself.",
} as const;

/** Invites someone outside the platform by email, or sends a guest a new link; the link is also shown once, to pass on by hand. */
export function InviteGuestForm({ roomId }: { roomId: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [days, setDays] = useState(String(GUEST_INVITE_DAYS.default));
  const [permissions, setPermissions] = useState<MemberPermissions>({ accessLevel: "viewer", canSeeFinancial: false });
  const [copied, setCopied] = useState(false);
  const { execute, result, isPending, reset } = useAction(inviteRoomGuestAction, { onSuccess: () => router.refresh() });
  const errors = result.validationErrors?.fieldErrors;
  const invite = result.data;
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setCopied(false);
        execute({ roomId, email, expiresInDays: Number(days), ...permissions });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Not invited">
          {result.serverError.message}
        </Alert>
      ) : null}
      {invite ? (
        <Alert variant="success" title="Invitation created">
          <span className="grid gap-2">
            <span>{DELIVERY_WORDS[invite.delivery]} The link works once and is shown only now.</span>
            <span className="flex flex-wrap items-center gap-2">
              <code className="max-w-full break-all rounded bg-surface px-2 py-1 text-xs" data-testid="guest-invite-link">
                {invite.inviteUrl}
              </code>
              <Button
                type="button"
                size="sm"
                variant="outline"
                onClick={async () => {
                  await navigator.clipboard.writeText(invite.inviteUrl);
                  setCopied(true);
                }}
              >
                {copied ? "Copied" : "Copy link"}
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => reset()}>
                Done
              </Button>
            </span>
          </span>
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field label="Guest's email" error={errors?.email?.[0]} required>
          <Input type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" maxLength={320} />
        </Field>
        <Field label="Link valid for (days)" error={errors?.expiresInDays?.[0]}>
          <Input type="number" min={GUEST_INVITE_DAYS.min} max={GUEST_INVITE_DAYS.max} value={days} onChange={(event) => setDays(event.target.value)} />
        </Field>
      </div>
      <MemberPermissionFields value={permissions} onChange={setPermissions} />
      <div>
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Inviting…" : "Invite guest"}
        </Button>
      </div>
    </form>
  );
}
