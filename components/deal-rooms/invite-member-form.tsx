"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { inviteRoomMemberAction } from "@/lib/deal-rooms/actions";
import { MemberPermissionFields, type MemberPermissions } from "./member-permission-fields";

/** Invites an investor org, or sets the permissions of one already in the room. */
export function InviteMemberForm({ roomId, investors }: { roomId: string; investors: { id: string; name: string }[] }) {
  const router = useRouter();
  const [orgId, setOrgId] = useState(investors[0]?.id ?? "");
  const [permissions, setPermissions] = useState<MemberPermissions>({ accessLevel: "viewer", canSeeFinancial: false });
  const { execute, result, isPending } = useAction(inviteRoomMemberAction, { onSuccess: () => router.refresh() });
  if (investors.length === 0) return <p className="text-sm text-muted-foreground">No investor you are connected with to invite.</p>;
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ roomId, orgId, ...permissions });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Not invited">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Investor">
        <NativeSelect value={orgId} onChange={(event) => setOrgId(event.target.value)}>
          {investors.map((investor) => (
            <option key={investor.id} value={investor.id}>
              {investor.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <MemberPermissionFields value={permissions} onChange={setPermissions} />
      <div>
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Saving…" : "Invite or update"}
        </Button>
      </div>
    </form>
  );
}
