"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { changeMemberRoleAction } from "@/lib/team/actions";
import { MEMBER_ROLES, type MemberRole } from "@/lib/team/member-roles";
import type { MemberDto } from "@/lib/team/to-member-dto";
import { cn } from "@/lib/utils/cn";
import { ROLE_META } from "./role-meta";

/** Mounted while open (see MemberActions), so each opening starts from the member's current role. */
type Props = { member: MemberDto; open: boolean; onOpenChange: (open: boolean) => void };

/** Roles as radio cards with what each may do, so the choice is made knowing its effect. */
export function ChangeRoleDialog({ member, open, onOpenChange }: Props) {
  const [role, setRole] = useState<MemberRole>(member.role);
  const { execute, result, isPending } = useAction(changeMemberRoleAction, { onSuccess: () => onOpenChange(false) });

  function setOpen(next: boolean) {
    if (!isPending) onOpenChange(next);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Change role</DialogTitle>
          <DialogDescription>Choose what {member.fullName} can do in this organisation. The change applies from their next page load.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            execute({ userId: member.id, role });
          }}
        >
          {result.serverError ? (
            <Alert variant="danger" title="The role was not changed">
              {result.serverError.message}
            </Alert>
          ) : null}
          <fieldset className="grid gap-2">
            <legend className="sr-only">Role</legend>
            {MEMBER_ROLES.map((value) => (
              <label
                key={value}
                className={cn(
                  "flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2.5 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                  role === value ? "border-primary bg-secondary/60" : "border-border hover:bg-muted/60",
                )}
              >
                <input
                  type="radio"
                  name="role"
                  value={value}
                  checked={role === value}
                  onChange={() => setRole(value)}
                  className="mt-1 size-4 accent-[var(--color-primary)] focus-visible:outline-none"
                />
                <span className="grid gap-0.5">
                  <span className="text-sm font-medium">
                    {ROLE_META[value].label}
                    {value === member.role ? <span className="ml-2 text-xs font-normal text-muted-foreground">current</span> : null}
                  </span>
                  <span className="text-xs text-muted-foreground">{ROLE_META[value].description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {result.validationErrors?.fieldErrors?.role ? <p className="text-xs font-medium text-danger">{result.validationErrors.fieldErrors.role[0]}</p> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending || role === member.role} aria-busy={isPending}>
              {isPending ? "Saving…" : "Save role"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
