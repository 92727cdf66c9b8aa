"use client";

import { Ellipsis, ShieldCheck, UserCheck, UserX } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { setMemberActiveAction } from "@/lib/team/actions";
import type { MemberDto } from "@/lib/team/to-member-dto";
import { ChangeRoleDialog } from "./change-role-dialog";

/** The row menu of an admin: change role, deactivate or reactivate. Not rendered for the admin's own row. */
export function MemberActions({ member }: { member: MemberDto }) {
  const [dialog, setDialog] = useState<"role" | "active" | null>(null);
  const setActive = useAction(setMemberActiveAction);
  const onOpenChangeFor = (name: "role" | "active") => (open: boolean) => setDialog(open ? name : null);

  return (
    <>
      <LazyMenu
        className="min-w-52"
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${member.fullName}`}>
            <Ellipsis aria-hidden />
          </Button>
        }
        content={({ Item, Separator }) => (
          <>
            <Item onSelect={() => setDialog("role")}>
              <ShieldCheck aria-hidden /> Change role…
            </Item>
            <Separator />
            {member.isActive ? (
              <Item
                variant="destructive"
                onSelect={() => {
                  setActive.reset();
                  setDialog("active");
                }}
              >
                <UserX aria-hidden /> Deactivate…
              </Item>
            ) : (
              <Item
                onSelect={() => {
                  setActive.reset();
                  setDialog("active");
                }}
              >
                <UserCheck aria-hidden /> Reactivate…
              </Item>
            )}
          </>
        )}
      />

      {dialog === "role" ? <ChangeRoleDialog member={member} open onOpenChange={onOpenChangeFor("role")} /> : null}
      <ConfirmDialog
        open={dialog === "active"}
        onOpenChange={onOpenChangeFor("active")}
        destructive={member.isActive}
        title={member.isActive ? `Deactivate ${member.fullName}?` : `Reactivate ${member.fullName}?`}
        description={
          member.isActive
            ? "They are signed out on their next request and cannot sign in again until an admin reactivates them. Their work and audit history stay."
            : `They can sign in again, with their current role (${member.role}).`
        }
        confirmLabel={member.isActive ? "Deactivate" : "Reactivate"}
        pendingLabel={member.isActive ? "Deactivating…" : "Reactivating…"}
        error={setActive.result.serverError?.message}
        onConfirm={async () => !(await setActive.executeAsync({ userId: member.id, isActive: !member.isActive }))?.serverError}
      />
    </>
  );
}
